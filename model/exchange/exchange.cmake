# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Csv, json and veris export and import: target_sources(incident_model PRIVATE ...) for this area.
target_sources(incident_model PRIVATE
    exchange/csvexporter.cpp exchange/csvexporter.h
    exchange/csvwriter.cpp exchange/csvwriter.h
    exchange/exportjob.cpp exchange/exportjob.h
    exchange/incidentfilter.cpp exchange/incidentfilter.h
    exchange/incidentselection.cpp exchange/incidentselection.h
    exchange/storesnapshot.cpp exchange/storesnapshot.h
    exchange/verisexporter.cpp exchange/verisexporter.h
    exchange/verismapper.cpp exchange/verismapper.h
)
