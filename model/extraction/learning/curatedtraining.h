// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifiertrainer.h"

#include <memory>
#include <optional>

namespace Iwb {

class ExtractionEngine;
class IncidentStore;
struct StoredModel;

/// What training from a store found and made.
struct CuratedTrainingResult
{
    FactClassifier classifier;
    int articles = 0; ///< curated articles (at least one decided fact)
    int examples = 0; ///< labelled proposals
    int positives = 0; ///< proposals labelled true
    int spanExamples = 0; ///< the span tagger's labelled tokens
    /// Cross-validated on the curated articles (a model trained on the other folds decides each fold's
    /// labelled proposals): precision and recall of "is a fact"; null with fewer than two curated articles.
    std::optional<double> cvPrecision;
    std::optional<double> cvRecall;
    int cvFolds = 0;
};

/// A model trained from a store and kept in it (CuratedTraining::trainAndKeep()).
struct KeptModel
{
    qint64 version = 0; ///< the store's version of it; 0 when none was made
    std::shared_ptr<const FactClassifier> classifier;
    int articles = 0;
    int examples = 0;
    int positives = 0;
    QString error; ///< why no model was made (empty with version 0: nothing curated to learn from yet)
};

/**
 * Trains the fact classifier from a store's curated articles: the rules run
 * again over each article that has a decided fact (accepted, rejected,
 * edited or hand-made), their proposals are labelled with the analyst's
 * decisions (CurationLabels::fromCurated), and the trainer learns from them.
 * Reads the store only; saving the model is the caller's choice.
 */
class CuratedTraining
{
public:
    /// How many folds the cross-validation at training time uses at most.
    static constexpr int evaluationFolds = 5;

    /// Null when the store cannot be read; @p error says why.
    static std::optional<CuratedTrainingResult> train(const IncidentStore &store, const ExtractionEngine &engine,
        const FactClassifierTrainer &trainer, QString *error);
    /// The trained model as the store keeps it (IncidentStore::addExtractionModel()): its JSON and what it was
    /// trained on; the version is the store's to give.
    static StoredModel storedModel(const CuratedTrainingResult &result);
    /// Trains on the curated articles of the store at @p storePath and keeps the model there as its newest
    /// version, recorded in the history under @p author. Opens a connection of its own, so a worker thread may
    /// call it while the window's connection writes (WAL).
    static KeptModel trainAndKeep(const QString &storePath, const QString &author, const ExtractionEngine &engine);
    /// The store's newest model; null when it has none yet or it cannot be read (@p error says why then).
    static std::shared_ptr<const FactClassifier> latest(const IncidentStore &store, QString *error);

private:
    /// One curated article's labelled examples.
    struct ArticleExamples
    {
        QList<TrainingExample> proposals;
        QList<TrainingExample> spans;
    };
    /// Sets @p result's cross-validated precision and recall over @p articles (k folds, k ≤ evaluationFolds).
    static void crossValidate(
        const QList<ArticleExamples> &articles, const FactClassifierTrainer &trainer, CuratedTrainingResult &result);
};

} // namespace Iwb
