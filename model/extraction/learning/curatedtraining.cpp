// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "curatedtraining.h"

#include "candidatefeatures.h"
#include "crossvalidation.h"
#include "curationlabels.h"
#include "extraction/extractionengine.h"
#include "spantagger.h"
#include "storage/incidentstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Iwb {

std::optional<CuratedTrainingResult> CuratedTraining::train(
    const IncidentStore &store, const ExtractionEngine &engine, const FactClassifierTrainer &trainer, QString *error)
{
    CuratedTrainingResult result;
    QList<TrainingExample> examples;
    QList<TrainingExample> spanExamples; // the span tagger's tokens, in the same model (SpanTagger)
    QList<ArticleExamples> byArticle; // the same, per curated article, for the cross-validation
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
        ArticleExamples article;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (const std::optional<bool> &label = labels.at(i)) {
                article.proposals.append({ features.of(i), *label });
                result.positives += *label ? 1 : 0;
            }
        }
        // The span tagger learns the article's names once the analyst decided on its organizations.
        if (const auto organizations = CurationLabels::curatedOrganizations(*stored)) {
            article.spans
                = SpanTagger(document->text(), proposals.facts, proposals.record.organization).examples(*organizations);
        }
        examples += article.proposals;
        spanExamples += article.spans;
        if (!article.proposals.isEmpty()) {
            ++result.articles;
            byArticle.append(std::move(article));
        }
    }
    ModelProvenance provenance;
    provenance.trainingArticles = result.articles;
    provenance.trainedAt = QDateTime::currentDateTimeUtc();
    provenance.source = QStringLiteral("store");
    result.examples = static_cast<int>(examples.size());
    result.spanExamples = static_cast<int>(spanExamples.size());
    result.classifier = trainer.train(examples + spanExamples, provenance);
    crossValidate(byArticle, trainer, result);
    return result;
}

void CuratedTraining::crossValidate(
    const QList<ArticleExamples> &articles, const FactClassifierTrainer &trainer, CuratedTrainingResult &result)
{
    if (articles.size() < 2) {
        return;
    }
    const int folds = static_cast<int>(std::min<qsizetype>(evaluationFolds, articles.size()));
    const QList<QList<qsizetype>> tests = CrossValidation::testFolds(articles.size(), folds, 16);
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    for (const QList<qsizetype> &test : tests) {
        QList<bool> tested(articles.size(), false);
        for (const qsizetype i : test) {
            tested[i] = true;
        }
        QList<TrainingExample> training;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            if (!tested.at(i)) {
                training += articles.at(i).proposals;
                training += articles.at(i).spans;
            }
        }
        const FactClassifier model = trainer.train(training, {});
        for (const qsizetype i : test) {
            for (const TrainingExample &example : articles.at(i).proposals) {
                // A type the model never saw a decision on keeps the rule's word, as FactJudge has it: the
                // model knows a type when it has a weight for the type's bias feature.
                const bool judged
                    = std::any_of(example.features.cbegin(), example.features.cend(), [&model](const QString &feature) {
                          return feature.endsWith(QLatin1String("|bias")) && model.hasWeight(feature);
                      });
                const bool kept = !judged || model.probability(example.features) >= model.threshold();
                truePositives += kept && example.isFact ? 1 : 0;
                falsePositives += kept && !example.isFact ? 1 : 0;
                falseNegatives += !kept && example.isFact ? 1 : 0;
            }
        }
    }
    result.cvFolds = folds;
    if (truePositives + falsePositives > 0) {
        result.cvPrecision = double(truePositives) / (truePositives + falsePositives);
    }
    if (truePositives + falseNegatives > 0) {
        result.cvRecall = double(truePositives) / (truePositives + falseNegatives);
    }
}

StoredModel CuratedTraining::storedModel(const CuratedTrainingResult &result)
{
    StoredModel model;
    model.trainedAt = result.classifier.provenance().trainedAt;
    model.trainingArticles = result.articles;
    model.trainingExamples = result.examples;
    model.source = result.classifier.provenance().source;
    model.json = QJsonDocument(result.classifier.toJson()).toJson(QJsonDocument::Compact);
    model.cvPrecision = result.cvPrecision;
    model.cvRecall = result.cvRecall;
    model.cvFolds = result.cvFolds;
    return model;
}

KeptModel CuratedTraining::trainAndKeep(const QString &storePath, const QString &author, const ExtractionEngine &engine)
{
    KeptModel kept;
    IncidentStore store;
    if (!store.open(storePath)) {
        kept.error = store.errorString();
        return kept;
    }
    store.setAuthor(author);
    const auto trained = train(store, engine, FactClassifierTrainer(), &kept.error);
    if (!trained) {
        return kept;
    }
    kept.articles = trained->articles;
    kept.examples = trained->examples;
    kept.positives = trained->positives;
    if (trained->examples == 0 && trained->spanExamples == 0) {
        return kept; // nothing accepted or rejected yet: no model, and no error
    }
    const auto version = store.addExtractionModel(storedModel(*trained));
    if (!version) {
        kept.error = store.errorString();
        return kept;
    }
    kept.version = *version;
    kept.classifier = std::make_shared<const FactClassifier>(trained->classifier);
    return kept;
}

std::shared_ptr<const FactClassifier> CuratedTraining::latest(const IncidentStore &store, QString *error)
{
    const auto stored = store.latestExtractionModel();
    if (!stored) {
        *error = store.errorString();
        return nullptr;
    }
    if (stored->version == 0) {
        return nullptr;
    }
    auto classifier = FactClassifier::fromJson(QJsonDocument::fromJson(stored->json).object(), error);
    if (!classifier) {
        *error
            = QStringLiteral("%1: extraction model version %2: %3").arg(store.path()).arg(stored->version).arg(*error);
        return nullptr;
    }
    return std::make_shared<const FactClassifier>(std::move(*classifier));
}

} // namespace Iwb
