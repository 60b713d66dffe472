# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing annotation versions: the agreement dialog, clicked through.
iwb_add_test(tst_agreementdialog SOURCES tst_agreementdialog.cpp LIBS IncidentWorkbench::Widgets)
