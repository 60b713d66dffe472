# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Csv, json and veris export and import: iwb_add_test(...) for this area.
iwb_add_test(tst_exportdialog SOURCES tst_exportdialog.cpp LIBS IncidentWorkbench::Widgets)
