// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordcrossvalidation.h"

#include "candidatefeatures.h"
#include "crossvalidation.h"
#include "extraction/extractionengine.h"
#include "recordranker.h"

namespace Iwb {

RecordCrossValidation::RecordCrossValidation(const ExtractionEngine &engine, const QList<RecordGoldArticle> &articles)
    : m_articles(articles)
{
    for (const RecordGoldArticle &article : articles) {
        const ExtractionResult proposals = engine.extractProposals(article.document);
        const CandidateFeatures features(article.document.text(), proposals.facts, proposals.record);
        m_examples.append(RecordRanker::examples(proposals.facts, features, proposals.record, article.gold));
    }
}

QList<TrainingExample> RecordCrossValidation::examples(const QList<qsizetype> &indexes) const
{
    QList<TrainingExample> out;
    for (const qsizetype index : indexes) {
        out += m_examples.at(index);
    }
    return out;
}

QList<std::pair<int, QList<ExtractionResult>>> RecordCrossValidation::predictions(ExtractionEngine &engine, int folds,
    const QList<int> &sizes, const FactClassifierTrainer &trainer, unsigned seed) const
{
    const qsizetype count = m_articles.size();
    folds = std::clamp<int>(folds, 2, std::max<int>(2, static_cast<int>(count)));
    const QList<QList<qsizetype>> tests = CrossValidation::testFolds(count, folds, seed);
    const int smallestTraining = static_cast<int>(count - (count + folds - 1) / folds);
    QList<int> points { 0 };
    for (const int size : sizes) {
        if (size > 0 && size < smallestTraining) {
            points.append(size);
        }
    }
    points.append(smallestTraining);

    const auto previous = engine.classifier();
    QList<std::pair<int, QList<ExtractionResult>>> out;
    for (const int n : std::as_const(points)) {
        QList<ExtractionResult> results(count);
        for (int fold = 0; fold < folds; ++fold) {
            QList<qsizetype> training;
            for (int other = 0; other < folds; ++other) {
                if (other != fold) {
                    training += tests.at(other);
                }
            }
            // The other folds interleaved in their shuffled order, so that the first n mix all of them.
            std::sort(training.begin(), training.end(), [&tests, folds](qsizetype a, qsizetype b) {
                const auto position = [&tests, folds](qsizetype article) {
                    for (int f = 0; f < folds; ++f) {
                        const qsizetype at = tests.at(f).indexOf(article);
                        if (at >= 0) {
                            return at * folds + f;
                        }
                    }
                    return qsizetype(0);
                };
                return position(a) < position(b);
            });
            if (n == 0) {
                engine.setClassifier(nullptr);
            } else {
                ModelProvenance provenance;
                provenance.trainingArticles = n;
                engine.setClassifier(std::make_shared<const FactClassifier>(
                    trainer.train(examples(training.first(std::min<qsizetype>(n, training.size()))), provenance)));
            }
            for (const qsizetype index : tests.at(fold)) {
                results[index] = engine.extract(m_articles.at(index).document);
            }
        }
        out.append({ n, results });
    }
    engine.setClassifier(previous);
    return out;
}

} // namespace Iwb
