// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "curatedtraining.h"

#include "candidatefeatures.h"
#include "curationlabels.h"
#include "extraction/extractionengine.h"
#include "storage/incidentstore.h"

#include <algorithm>

namespace Iwb {

std::optional<CuratedTrainingResult> CuratedTraining::train(
    const IncidentStore &store, const ExtractionEngine &engine, const FactClassifierTrainer &trainer, QString *error)
{
    CuratedTrainingResult result;
    QList<TrainingExample> examples;
    for (const DocumentSummary &summary : store.documentSummaries(IncidentStore::SummaryLength::Skip)) {
        const auto stored = store.facts(summary.id);
        if (!stored) {
            *error = store.errorString();
            return std::nullopt;
        }
        if (std::none_of(stored->cbegin(), stored->cend(), [](const Fact &fact) { return fact.isDecided(); })) {
            continue;
        }
        const auto document = store.document(summary.id);
        if (!document) {
            *error = store.errorString();
            return std::nullopt;
        }
        const ExtractionResult proposals = engine.extractProposals(*document);
        const QList<std::optional<bool>> labels = CurationLabels::fromCurated(proposals.facts, *stored);
        const CandidateFeatures features(document->text(), proposals.facts, proposals.record);
        bool labelled = false;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (const std::optional<bool> &label = labels.at(i)) {
                examples.append({ features.of(i), *label });
                result.positives += *label ? 1 : 0;
                labelled = true;
            }
        }
        result.articles += labelled ? 1 : 0;
    }
    ModelProvenance provenance;
    provenance.trainingArticles = result.articles;
    provenance.trainedAt = QDateTime::currentDateTimeUtc();
    provenance.source = QStringLiteral("store");
    result.examples = static_cast<int>(examples.size());
    result.classifier = trainer.train(examples, provenance);
    return result;
}

} // namespace Iwb
