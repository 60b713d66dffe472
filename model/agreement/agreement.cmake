# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing annotation versions: precision, recall, F1, Cohen's kappa, disagreements (docs/agreement.md).
target_sources(incident_model PRIVATE
    agreement/agreementtable.cpp agreement/agreementtable.h
    agreement/annotationagreement.cpp agreement/annotationagreement.h
    agreement/versioncomparison.cpp agreement/versioncomparison.h
)
