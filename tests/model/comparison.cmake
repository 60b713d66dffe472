# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing incident records: field differences, similar incidents, timelines: iwb_add_test(...) for this area.
foreach(unit recordcomparison similarincidents incidenttimeline)
    iwb_add_test(tst_${unit} SOURCES tst_${unit}.cpp LIBS IncidentWorkbench::Model)
endforeach()
