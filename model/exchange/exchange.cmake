# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Csv, json and veris export and import: target_sources(incident_model PRIVATE ...) for this area.
target_sources(incident_model PRIVATE
    exchange/csvexporter.cpp exchange/csvexporter.h
    exchange/csvtable.cpp exchange/csvtable.h
    exchange/spreadsheetfile.cpp exchange/spreadsheetfile.h
    exchange/csvwriter.cpp exchange/csvwriter.h
    exchange/registercsv.cpp exchange/registercsv.h
    exchange/registerveris.cpp exchange/registerveris.h
    exchange/exportjob.cpp exchange/exportjob.h
    exchange/incidentfilter.cpp exchange/incidentfilter.h
    exchange/incidentselection.cpp exchange/incidentselection.h
    exchange/storesnapshot.cpp exchange/storesnapshot.h
    exchange/verisexporter.cpp exchange/verisexporter.h
    exchange/verismapper.cpp exchange/verismapper.h
    exchange/tablesink.h
    exchange/xlsxtablewriter.cpp exchange/xlsxtablewriter.h
)
# XLSX export: libxlsxwriter writes the workbook (typed cells, frozen and filtered header). Found by its
# header and library: Debian 13's xlsxwriter.pc names minizip and zlib as Requires.private, which
# libxlsxwriter-dev does not pull in, so pkg-config refuses it although linking the shared library works.
find_path(IWB_XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
find_library(IWB_XLSXWRITER_LIBRARY xlsxwriter REQUIRED)
target_include_directories(incident_model SYSTEM PRIVATE ${IWB_XLSXWRITER_INCLUDE_DIR})
target_link_libraries(incident_model PRIVATE ${IWB_XLSXWRITER_LIBRARY})
