// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifier.h"

#include <QList>

namespace Iwb {

class CandidateFeatures;

/// What the model says of one proposal.
struct Judgement
{
    double confidence = 1; ///< P(true fact); 1 for types the model does not judge
    bool judged = false; ///< false: the model knows nothing of the fact's type, the rule's word stands
    QList<FeatureContribution> why; ///< the strongest features, strongest first

    bool isFact(double threshold) const { return !judged || confidence >= threshold; }
};

/**
 * The one point where the learned model meets the rule engine's proposals:
 * each proposal of a type the model knows gets its probability and the
 * features that weighed most. ExtractionEngine keeps those at or above the
 * model's threshold as facts and turns the rest into suggestions; the
 * cross-validation uses the same judgement on features it computed once.
 */
class FactJudge
{
public:
    /// How many features a judgement names as its reasons.
    static constexpr int reasonCount = 3;

    static Judgement judge(const FactClassifier &classifier, const Fact &fact, const QStringList &features);
    /// Judges every fact of one text (features from @p features).
    static QList<Judgement> judgeAll(
        const FactClassifier &classifier, const QList<Fact> &facts, const CandidateFeatures &features);
};

} // namespace Iwb
