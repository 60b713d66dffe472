# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# The GDPR breach register: deadlines, pre-fill and report checks, and its storage.
foreach(unit registerdeadlines registerdocuments registerprefill registerstore)
    iwb_add_test(tst_${unit} SOURCES tst_${unit}.cpp LIBS IncidentWorkbench::Model)
endforeach()
