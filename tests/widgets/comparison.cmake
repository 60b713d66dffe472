# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing incident records: field differences, similar incidents, timelines: iwb_add_test(...) for this area.
iwb_add_test(tst_comparewindow SOURCES tst_comparewindow.cpp LIBS IncidentWorkbench::Widgets)
