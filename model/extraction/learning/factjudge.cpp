// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factjudge.h"

#include "candidatefeatures.h"

namespace Iwb {

Judgement FactJudge::judge(const FactClassifier &classifier, const Fact &fact, const QStringList &features)
{
    Judgement judgement;
    if (!classifier.knows(fact.type)) {
        return judgement;
    }
    judgement.judged = true;
    judgement.confidence = classifier.probability(features);
    judgement.why = classifier.strongest(features, reasonCount);
    return judgement;
}

QList<Judgement> FactJudge::judgeAll(
    const FactClassifier &classifier, const QList<Fact> &facts, const CandidateFeatures &features)
{
    QList<Judgement> judgements;
    judgements.reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        judgements.append(
            classifier.knows(facts.at(i).type) ? judge(classifier, facts.at(i), features.of(i)) : Judgement {});
    }
    return judgements;
}

} // namespace Iwb
