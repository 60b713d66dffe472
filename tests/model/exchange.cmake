# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Csv, json and veris export and import: iwb_add_test(...) for this area.
foreach(unit csvwriter exchange)
    iwb_add_test(tst_${unit} SOURCES tst_${unit}.cpp LIBS IncidentWorkbench::Model)
endforeach()
# XLSX export, read back with an independent reader (libzip + QXmlStreamReader), not with libxlsxwriter.
iwb_add_test(tst_xlsxexport SOURCES tst_xlsxexport.cpp LIBS IncidentWorkbench::Model PkgConfig::LibZip)
