# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Several source articles for one incident: conflicts between sources and merging them into one record.
target_sources(incident_model PRIVATE
    sources/recordmerge.cpp sources/recordmerge.h
    sources/sourceconflicts.cpp sources/sourceconflicts.h
    sources/sourcelinking.cpp sources/sourcelinking.h
    sources/sourcerecordbuilder.cpp sources/sourcerecordbuilder.h
)
