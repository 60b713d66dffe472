# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing incident records: field differences, similar incidents, timelines: target_sources(incident_model PRIVATE ...) for this area.
target_sources(incident_model
    PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/comparisontablemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/comparisontablemodel.h
        ${CMAKE_CURRENT_LIST_DIR}/incidenttimeline.cpp ${CMAKE_CURRENT_LIST_DIR}/incidenttimeline.h
        ${CMAKE_CURRENT_LIST_DIR}/organizationkey.cpp ${CMAKE_CURRENT_LIST_DIR}/organizationkey.h
        ${CMAKE_CURRENT_LIST_DIR}/recordcomparison.cpp ${CMAKE_CURRENT_LIST_DIR}/recordcomparison.h
        ${CMAKE_CURRENT_LIST_DIR}/similarincidents.cpp ${CMAKE_CURRENT_LIST_DIR}/similarincidents.h
)
