// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "crossvalidation.h"

#include "candidatefeatures.h"
#include "curationlabels.h"
#include "extraction/extractionengine.h"
#include "factjudge.h"
#include "spantagger.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace Iwb {

namespace {

    using Span = std::pair<qsizetype, qsizetype>;

    bool overlaps(const Span &a, const Span &b)
    {
        return a.first < b.second && b.first < a.second;
    }

    // Kuhn's augmenting paths, with an explicit stack: the depth is bounded by the gold spans of one row
    // of one article, but input never decides how deep we recurse.
    int maximumMatching(const QList<QList<int>> &adjacent, int goldCount)
    {
        QList<int> goldPartner(goldCount, -1);
        int matched = 0;
        for (int start = 0; start < adjacent.size(); ++start) {
            QList<bool> visited(goldCount, false);
            // Frames: (predicted span, next neighbour to try); the gold taken at each level.
            QList<std::pair<int, int>> stack { { start, 0 } };
            QList<int> taken;
            bool found = false;
            while (!stack.isEmpty() && !found) {
                auto &[p, next] = stack.last();
                if (next >= adjacent.at(p).size()) {
                    stack.removeLast();
                    if (!taken.isEmpty()) {
                        taken.removeLast();
                    }
                    continue;
                }
                const int g = adjacent.at(p).at(next++);
                if (visited.at(g)) {
                    continue;
                }
                visited[g] = true;
                taken.append(g);
                if (goldPartner.at(g) < 0) {
                    found = true;
                } else {
                    stack.append({ goldPartner.at(g), 0 });
                }
            }
            if (found) {
                // Each level's predicted span takes the gold span chosen at that level.
                for (qsizetype level = 0; level < stack.size(); ++level) {
                    goldPartner[taken.at(level)] = stack.at(level).first;
                }
                ++matched;
            }
        }
        return matched;
    }

    QMap<QString, QList<Span>> spansByRow(const QList<Fact> &facts)
    {
        QMap<QString, QList<Span>> rows;
        for (const Fact &fact : facts) {
            QList<Span> &spans = rows[CurationLabels::rowOf(fact.type)];
            const Span span { fact.start, fact.end };
            if (!spans.contains(span)) {
                spans.append(span);
            }
        }
        return rows;
    }

} // namespace

SpanCounts &SpanCounts::operator+=(const SpanCounts &other)
{
    gold += other.gold;
    predicted += other.predicted;
    matched += other.matched;
    return *this;
}

SpanCounts CurvePoint::micro() const
{
    SpanCounts sum;
    for (const SpanCounts &row : rows) {
        sum += row;
    }
    return sum;
}

int CrossValidation::lenientMatches(QList<Span> gold, QList<Span> predicted)
{
    std::sort(gold.begin(), gold.end());
    std::sort(predicted.begin(), predicted.end());
    QList<QList<int>> adjacent(predicted.size());
    for (qsizetype p = 0; p < predicted.size(); ++p) {
        for (qsizetype g = 0; g < gold.size(); ++g) {
            if (overlaps(predicted.at(p), gold.at(g))) {
                adjacent[p].append(static_cast<int>(g));
            }
        }
    }
    return maximumMatching(adjacent, static_cast<int>(gold.size()));
}

CrossValidation::CrossValidation(
    const ExtractionEngine &engine, const QList<GoldArticle> &articles, QList<FactType> goldTypes)
    : m_goldTypes(std::move(goldTypes))
{
    m_articles.reserve(articles.size());
    for (const GoldArticle &article : articles) {
        const ExtractionResult result = engine.extractProposals(article.document);
        Prepared prepared;
        prepared.proposals = result.facts;
        const CandidateFeatures features(article.document.text(), result.facts, result.record);
        for (qsizetype i = 0; i < result.facts.size(); ++i) {
            prepared.features.append(features.of(i));
        }
        prepared.labels = CurationLabels::fromGold(result.facts, article.gold, m_goldTypes);
        prepared.gold = article.gold;
        prepared.text = article.document.text();
        prepared.recordOrganization = result.record.organization;
        if (m_goldTypes.contains(FactType::Organization)) {
            QList<Fact> organizations;
            for (const Fact &fact : article.gold) {
                if (fact.type == FactType::Organization) {
                    organizations.append(fact);
                }
            }
            prepared.spanExamples
                = SpanTagger(prepared.text, prepared.proposals, prepared.recordOrganization).examples(organizations);
        }
        m_articles.append(prepared);
    }
}

QList<TrainingExample> CrossValidation::examples(const QList<qsizetype> &indexes) const
{
    QList<TrainingExample> out;
    for (const qsizetype index : indexes) {
        const Prepared &article = m_articles.at(index);
        for (qsizetype i = 0; i < article.proposals.size(); ++i) {
            if (const std::optional<bool> &label = article.labels.at(i)) {
                out.append({ article.features.at(i), *label });
            }
        }
        out.append(article.spanExamples);
    }
    return out;
}

void CrossValidation::score(const Prepared &article, const FactClassifier *classifier, CurvePoint &point) const
{
    QList<Fact> kept;
    for (qsizetype i = 0; i < article.proposals.size(); ++i) {
        const Fact &fact = article.proposals.at(i);
        if (!m_goldTypes.contains(fact.type)) {
            continue;
        }
        if (!classifier) {
            // The rules alone keep a candidate name only when the record chose it.
            if (fact.type == FactType::Organization
                && !article.features.at(i).contains(u"organization|record-organization")
                && (fact.origin.endsWith(QLatin1String(".recurring_name"))
                    || fact.origin.endsWith(QLatin1String(".organization.context")))) {
                continue;
            }
            kept.append(fact);
        } else if (FactJudge::judge(*classifier, fact, article.features.at(i)).isFact(classifier->threshold())) {
            kept.append(fact);
        }
    }
    // The span tagger adds the names the rules did not propose (a name they did propose is the classifier's).
    if (classifier && SpanTagger::knows(*classifier)) {
        const SpanTagger tagger(article.text, article.proposals, article.recordOrganization);
        kept.append(SpanTagger::unproposed(tagger.tag(*classifier), article.proposals));
    }
    const QMap<QString, QList<Span>> gold = spansByRow(article.gold);
    const QMap<QString, QList<Span>> predicted = spansByRow(kept);
    QStringList rows = gold.keys() + predicted.keys();
    rows.removeDuplicates();
    for (const QString &row : std::as_const(rows)) {
        SpanCounts &counts = point.rows[row];
        counts.gold += static_cast<int>(gold.value(row).size());
        counts.predicted += static_cast<int>(predicted.value(row).size());
        counts.matched += lenientMatches(gold.value(row), predicted.value(row));
    }
}

QList<QList<qsizetype>> CrossValidation::testFolds(qsizetype articles, int folds, unsigned seed)
{
    QList<qsizetype> order(articles);
    std::iota(order.begin(), order.end(), 0);
    // std::shuffle's result depends on the standard library; a Fisher-Yates with mt19937 (fully specified)
    // gives the same folds everywhere.
    std::mt19937 random(seed);
    for (qsizetype i = order.size() - 1; i > 0; --i) {
        std::swap(order[i], order[static_cast<qsizetype>(random() % static_cast<unsigned>(i + 1))]);
    }
    QList<QList<qsizetype>> out(std::max(1, folds));
    for (qsizetype i = 0; i < order.size(); ++i) {
        out[i % out.size()].append(order.at(i));
    }
    return out;
}

QList<CurvePoint> CrossValidation::learningCurve(
    int folds, const QList<int> &sizes, const FactClassifierTrainer &trainer, unsigned seed) const
{
    folds = std::clamp<int>(folds, 2, std::max<int>(2, static_cast<int>(m_articles.size())));
    const QList<QList<qsizetype>> tests = testFolds(m_articles.size(), folds, seed);
    const qsizetype articleCount = m_articles.size();

    QList<int> points { 0 };
    const int smallestTraining = static_cast<int>(articleCount - (articleCount + folds - 1) / folds);
    for (const int size : sizes) {
        if (size > 0 && size < smallestTraining) {
            points.append(size);
        }
    }
    points.append(-1); // all of the training folds
    QList<CurvePoint> curve(points.size());
    for (int fold = 0; fold < folds; ++fold) {
        const QList<qsizetype> &test = tests.at(fold);
        QList<qsizetype> training; // the other folds, in their shuffled order
        for (qsizetype i = 0; i < articleCount; ++i) {
            for (int other = 0; other < folds; ++other) {
                if (other != fold && i / folds < tests.at(other).size() && i % folds == other) {
                    training.append(tests.at(other).at(i / folds));
                }
            }
        }
        for (qsizetype p = 0; p < points.size(); ++p) {
            const qsizetype n = points.at(p) < 0 ? training.size() : points.at(p);
            std::optional<FactClassifier> classifier;
            if (n > 0) {
                ModelProvenance provenance;
                provenance.trainingArticles = static_cast<int>(n);
                classifier = trainer.train(examples(training.first(n)), provenance);
            }
            curve[p].trainingArticles = points.at(p) < 0 ? smallestTraining : static_cast<int>(n);
            for (const qsizetype index : std::as_const(test)) {
                score(m_articles.at(index), classifier ? &*classifier : nullptr, curve[p]);
            }
        }
    }
    return curve;
}

} // namespace Iwb
