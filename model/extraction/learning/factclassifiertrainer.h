// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifier.h"

#include <QList>
#include <QStringList>

namespace Iwb {

/// One decided proposal: its features (CandidateFeatures) and whether it is a true fact.
struct TrainingExample
{
    QStringList features;
    bool isFact = false;

    friend bool operator==(const TrainingExample &, const TrainingExample &) = default;
};

/**
 * Trains a FactClassifier with LIBLINEAR's L2-regularized logistic regression
 * (solver L2R_LR, a trust-region Newton method): each distinct feature string
 * gets a column, every example a sparse row of ones. Deterministic: the same
 * examples give the same weights. Hundreds of articles (tens of thousands of
 * examples) train in well under a second on one core.
 */
class FactClassifierTrainer
{
public:
    /// Inverse regularization strength (LIBLINEAR's C); 0.5 was best of 0.1–4 in the CASIE cross-validation
    /// (docs/extraction.md).
    double cost = 0.5;
    /// Weight of the true facts against the rejected ones.
    double positiveWeight = 1.0;
    /// The threshold the trained model gets (FactClassifier::threshold()). Below one half because the
    /// classes are unbalanced (most proposals of dates and names are no facts of the incident): 0.3 was
    /// best of 0.2–0.5 for F1 with precision at least 0.55 in the CASIE cross-validation (docs/extraction.md).
    double threshold = 0.3;

    /// The model learned from @p examples. With no examples it is empty (judges nothing); with only
    /// one kind of answer it only knows each type's bias.
    FactClassifier train(const QList<TrainingExample> &examples, ModelProvenance provenance) const;
};

} // namespace Iwb
