# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing incident records: field differences, similar incidents, timelines: target_sources(incident_widgets PRIVATE ...) for this area.
