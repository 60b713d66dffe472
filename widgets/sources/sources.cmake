# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Several source articles for one incident: linking and field-by-field resolution.
target_sources(incident_widgets PRIVATE
    sources/incidentchooser.cpp sources/incidentchooser.h
    sources/resolutiondialog.cpp sources/resolutiondialog.h
    sources/sourcelinker.cpp sources/sourcelinker.h
    sources/sourcesbar.cpp sources/sourcesbar.h
)
