# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing incident records: field differences, similar incidents, timelines: target_sources(incident_widgets PRIVATE ...) for this area.
target_sources(incident_widgets
    PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/comparewindow.cpp ${CMAKE_CURRENT_LIST_DIR}/comparewindow.h
        ${CMAKE_CURRENT_LIST_DIR}/comparisonactions.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisonactions.h
        ${CMAKE_CURRENT_LIST_DIR}/similarincidentsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/similarincidentsdialog.h
        ${CMAKE_CURRENT_LIST_DIR}/timelineview.cpp ${CMAKE_CURRENT_LIST_DIR}/timelineview.h
)
