// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "reviewqueue.h"

#include "candidatefeatures.h"
#include "extraction/extractionengine.h"
#include "storage/incidentstore.h"

#include <algorithm>
#include <cmath>

namespace Iwb {

double ReviewQueue::uncertainty(double p)
{
    return 1.0 - std::abs(2.0 * p - 1.0);
}

std::optional<QList<ReviewCandidate>> ReviewQueue::rank(
    const IncidentStore &store, const ExtractionEngine &engine, const FactClassifier &model, QString *error)
{
    QList<ReviewCandidate> out;
    for (const DocumentSummary &summary : store.documentSummaries(IncidentStore::SummaryLength::Skip)) {
        const auto stored = store.facts(summary.id);
        if (!stored) {
            *error = store.errorString();
            return std::nullopt;
        }
        if (std::any_of(stored->cbegin(), stored->cend(), [](const Fact &fact) { return fact.isDecided(); })) {
            continue; // reviewed (or being reviewed): its decisions already teach the model
        }
        const auto document = store.document(summary.id);
        if (!document) {
            *error = store.errorString();
            return std::nullopt;
        }
        const ExtractionResult proposals = engine.extractProposals(*document);
        const CandidateFeatures features(document->text(), proposals.facts, proposals.record);
        ReviewCandidate candidate;
        candidate.documentId = summary.id;
        candidate.title = summary.title;
        double sum = 0;
        for (const Judgement &judgement : FactJudge::judgeAll(model, proposals.facts, features)) {
            if (!judgement.judged) {
                continue;
            }
            ++candidate.judgedFacts;
            sum += uncertainty(judgement.confidence);
            candidate.doubtfulFacts += judgement.confidence > 0.2 && judgement.confidence < 0.8 ? 1 : 0;
        }
        candidate.uncertainty = candidate.judgedFacts > 0 ? sum / candidate.judgedFacts : 0;
        out.append(candidate);
    }
    std::stable_sort(out.begin(), out.end(), [](const ReviewCandidate &a, const ReviewCandidate &b) {
        if (a.uncertainty != b.uncertainty) {
            return a.uncertainty > b.uncertainty;
        }
        return a.doubtfulFacts > b.doubtfulFacts;
    });
    return out;
}

ReviewQueueResult ReviewQueue::rankStore(
    const QString &storePath, const ExtractionEngine &engine, const FactClassifier &model)
{
    ReviewQueueResult result;
    IncidentStore store;
    if (!store.open(storePath)) {
        result.error = store.errorString();
        return result;
    }
    if (auto ranked = rank(store, engine, model, &result.error)) {
        result.candidates = std::move(*ranked);
    }
    return result;
}

} // namespace Iwb
