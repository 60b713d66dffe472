// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "casiecorpus.h"
#include "factclassifiertrainer.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Iwb {

class ExtractionEngine;

/// Lenient span counts of one scoring row (or all of them).
struct SpanCounts
{
    int gold = 0;
    int predicted = 0;
    int matched = 0; ///< one-to-one pairs of overlapping spans

    double precision() const { return predicted > 0 ? double(matched) / predicted : 0; }
    double recall() const { return gold > 0 ? double(matched) / gold : 0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    SpanCounts &operator+=(const SpanCounts &other);
};

/// The scores after training on a number of articles, summed over the folds.
struct CurvePoint
{
    int trainingArticles = 0; ///< per fold; 0: the rules alone
    QMap<QString, SpanCounts> rows; ///< "count", "data_category", "date/time", "organization"
    SpanCounts micro() const;
};

/**
 * k-fold cross-validation of the learned classifier on gold articles, with
 * the analyst's curation simulated (CurationLabels::fromGold): for each fold,
 * models are trained on the first n of the other folds' articles (n from the
 * learning curve's sizes, then all of them) and scored on the fold itself,
 * which no model ever sees. Scores are lenient, as casie_score.py counts them:
 * same row, overlapping spans, matched one-to-one; spans repeated within a
 * row count once.
 *
 * The rules run once per article at construction; each model then only
 * judges the features computed there, so a whole curve takes seconds.
 */
class CrossValidation
{
public:
    CrossValidation(const ExtractionEngine &engine, const QList<GoldArticle> &articles, QList<FactType> goldTypes);

    /// Points for 0 (the rules alone), each of @p sizes smaller than a fold's training set, and all of it.
    /// Articles go to folds in a fixed shuffled order (@p seed), so runs are reproducible.
    QList<CurvePoint> learningCurve(
        int folds, const QList<int> &sizes, const FactClassifierTrainer &trainer, unsigned seed = 16) const;

    /// The articles of each test fold: @p articles indexes in a fixed shuffled order (@p seed), dealt
    /// round-robin into @p folds folds. A fold's model is trained only on the other folds.
    static QList<QList<qsizetype>> testFolds(qsizetype articles, int folds, unsigned seed);

    /// The size of a maximum one-to-one matching between overlapping spans (start, end).
    static int lenientMatches(
        QList<std::pair<qsizetype, qsizetype>> gold, QList<std::pair<qsizetype, qsizetype>> predicted);

    /// The examples of the articles at @p indexes, in that order: the proposals' and the span tagger's.
    QList<TrainingExample> examples(const QList<qsizetype> &indexes) const;

private:
    struct Prepared
    {
        QList<Fact> proposals;
        QList<QStringList> features;
        QList<std::optional<bool>> labels;
        QList<Fact> gold;
        QString text;
        QString recordOrganization;
        QList<TrainingExample> spanExamples; ///< the span tagger's, labelled by the gold organizations
    };

    void score(const Prepared &article, const FactClassifier *classifier, CurvePoint &point) const;

    QList<Prepared> m_articles;
    QList<FactType> m_goldTypes;
};

} // namespace Iwb
