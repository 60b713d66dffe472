// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "factclassifiertrainer.h"

#include <QJsonObject>
#include <QList>

namespace Iwb {

class ExtractionEngine;
struct ExtractionResult;

/// An article with its gold incident record (the schema of ../shared/corpus/seeds-gold: a list is any of
/// its values, null is "not stated").
struct RecordGoldArticle
{
    QString id;
    Document document;
    QJsonObject gold;
};

/**
 * k-fold cross-validation of the record ranker on articles with gold
 * records: for each fold and each training size the ranker is trained on the
 * other folds' first n articles and the fold's articles are extracted with
 * it, so that score_records.py can score exactly what `extract --json`
 * would print. The folds are CrossValidation::testFolds(), no model sees its
 * test fold.
 */
class RecordCrossValidation
{
public:
    RecordCrossValidation(const ExtractionEngine &engine, const QList<RecordGoldArticle> &articles);

    /// One prediction per article and training size: (n, results in article order). n = 0 is the rules
    /// alone; sizes at or above a fold's training set are left out, all of it always comes last.
    /// @p engine is the one given to the constructor: its model is set per fold and cleared at the end.
    QList<std::pair<int, QList<ExtractionResult>>> predictions(ExtractionEngine &engine, int folds,
        const QList<int> &sizes, const FactClassifierTrainer &trainer, unsigned seed = 16) const;

    QList<TrainingExample> examples(const QList<qsizetype> &indexes) const;

private:
    QList<RecordGoldArticle> m_articles;
    QList<QList<TrainingExample>> m_examples; ///< per article
};

} // namespace Iwb
