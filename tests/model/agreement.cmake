# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# Comparing annotation versions: precision, recall, F1, Cohen's kappa, disagreements.
iwb_add_test(tst_annotationagreement SOURCES tst_annotationagreement.cpp LIBS IncidentWorkbench::Model)
