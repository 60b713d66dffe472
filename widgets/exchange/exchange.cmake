# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Csv, json and veris export and import: target_sources(incident_widgets PRIVATE ...) for this area.
target_sources(incident_widgets PRIVATE
    exchange/exportdialog.cpp exchange/exportdialog.h
)
