# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
# The learned half of extraction: features of rule proposals, labels from curation, training (LIBLINEAR),
# cross-validation (docs/extraction.md#learning).
iwb_add_test(tst_candidatefeatures SOURCES tst_candidatefeatures.cpp LIBS IncidentWorkbench::Model)
iwb_add_test(tst_factclassifier SOURCES tst_factclassifier.cpp LIBS IncidentWorkbench::Model)
iwb_add_test(tst_factconfidences SOURCES tst_factconfidences.cpp LIBS IncidentWorkbench::Model)
