# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Several source articles for one incident: linking and field-by-field resolution: target_sources(incident_widgets PRIVATE ...) for this area.
