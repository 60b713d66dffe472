# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Several source articles for one incident: linking and field-by-field resolution.
iwb_add_test(tst_recordmerge SOURCES tst_recordmerge.cpp LIBS IncidentWorkbench::Model)
iwb_add_test(tst_multisourcestore SOURCES tst_multisourcestore.cpp LIBS IncidentWorkbench::Model)
iwb_add_test(tst_sourcelinkingsteps SOURCES tst_sourcelinkingsteps.cpp LIBS IncidentWorkbench::Model)
