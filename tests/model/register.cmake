# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# The GDPR breach register: deadlines, pre-fill and report checks, and its storage.
foreach(unit registerdeadlines registerdocuments registerprefill registerstore)
    iwb_add_test(tst_${unit} SOURCES tst_${unit}.cpp LIBS IncidentWorkbench::Model)
endforeach()
# The spreadsheet-register import: CSV here, XLSX through the parse helper, the workbooks written with
# libxlsxwriter (the export's library; the reader is our own libzip + QXmlStreamReader code in the helper).
iwb_add_test(tst_registerimport SOURCES tst_registerimport.cpp LIBS IncidentWorkbench::Model)
add_dependencies(tst_registerimport incident-parse)
target_include_directories(tst_registerimport SYSTEM PRIVATE ${IWB_XLSXWRITER_INCLUDE_DIR})
target_link_libraries(tst_registerimport PRIVATE ${IWB_XLSXWRITER_LIBRARY})
