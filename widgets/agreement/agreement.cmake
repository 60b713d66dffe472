# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing annotation versions: precision, recall, f1, cohen's kappa, disagreements: target_sources(incident_widgets PRIVATE ...) for this area.
