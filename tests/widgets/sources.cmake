# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Several source articles for one incident: linking and field-by-field resolution.
iwb_add_test(tst_sourcelinking SOURCES tst_sourcelinking.cpp LIBS IncidentWorkbench::Widgets)
