// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/learning/candidatefeatures.h"
#include "extraction/learning/crossvalidation.h"
#include "extraction/learning/curationlabels.h"
#include "extraction/learning/factclassifier.h"
#include "extraction/learning/factclassifiertrainer.h"
#include "extraction/learning/factjudge.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Iwb;

namespace {

Fact countFact(const QString &text, const QString &covered, const QString &unit)
{
    Fact fact;
    fact.type = FactType::Count;
    fact.start = text.indexOf(covered);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.origin = QStringLiteral("en.count");
    fact.value = QJsonObject { { QStringLiteral("count"), covered.section(u' ', 0, 0).toInt() },
        { QStringLiteral("unit"), unit } };
    return fact;
}

// A tiny corpus the test writes: in every article the customers count is a true fact and the devices
// count is not. Numbers, names and word order vary so that only the pattern carries over.
struct SyntheticArticle
{
    QString text;
    QList<Fact> proposals;
    QList<bool> truth;
};

SyntheticArticle syntheticArticle(int k)
{
    const QString customers = QStringLiteral("%1 customers").arg(100 + 37 * k);
    const QString devices = QStringLiteral("%1 devices").arg(3 + 11 * k);
    const QString text = k % 2 == 0
        ? QStringLiteral("Firm%1 said attackers copied the files of %2. Staff had replaced %3 last year.")
              .arg(k)
              .arg(customers, devices)
        : QStringLiteral("Staff at Firm%1 replaced %3 in spring. Attackers copied the files of %2, it said.")
              .arg(k)
              .arg(customers, devices);
    SyntheticArticle article;
    article.text = text;
    article.proposals = { countFact(text, customers, QStringLiteral("customers")),
        countFact(text, devices, QStringLiteral("devices")) };
    article.truth = { true, false };
    return article;
}

QList<TrainingExample> examplesOf(const SyntheticArticle &article)
{
    const IncidentRecord record;
    const CandidateFeatures features(article.text, article.proposals, record);
    QList<TrainingExample> out;
    for (qsizetype i = 0; i < article.proposals.size(); ++i) {
        out.append({ features.of(i), article.truth.at(i) });
    }
    return out;
}

Fact spanFact(
    FactType type, qsizetype start, qsizetype end, FactStatus status, const QString &origin = QStringLiteral("en.rule"))
{
    Fact fact;
    fact.type = type;
    fact.start = start;
    fact.end = end;
    fact.status = status;
    fact.origin = origin;
    return fact;
}

} // namespace

/// Training the fact classifier (LIBLINEAR) on corpora the test writes, its JSON form, the labels that
/// curation gives, and the cross-validation's scoring and folds.
class TestFactClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsAnObviousPattern()
    {
        QList<TrainingExample> examples;
        for (int k = 0; k < 20; ++k) {
            examples += examplesOf(syntheticArticle(k));
        }
        ModelProvenance provenance;
        provenance.trainingArticles = 20;
        const FactClassifier classifier = FactClassifierTrainer {}.train(examples, provenance);
        QVERIFY(classifier.knows(FactType::Count));
        QVERIFY(!classifier.knows(FactType::Organization));
        QCOMPARE(classifier.provenance().trainingExamples, 40);

        // Articles it has never seen, both word orders.
        for (const int k : { 100, 101 }) {
            const QList<TrainingExample> unseen = examplesOf(syntheticArticle(k));
            QVERIFY2(classifier.probability(unseen.at(0).features) > 0.8,
                qPrintable(QString::number(classifier.probability(unseen.at(0).features))));
            QVERIFY2(classifier.probability(unseen.at(1).features) < 0.2,
                qPrintable(QString::number(classifier.probability(unseen.at(1).features))));
            // Why: the unit is among the strongest reasons.
            const Judgement judgement
                = FactJudge::judge(classifier, syntheticArticle(k).proposals.at(0), unseen.at(0).features);
            QVERIFY(judgement.judged);
            QCOMPARE(judgement.why.size(), FactJudge::reasonCount);
            bool unitNamed = false;
            for (const FeatureContribution &reason : judgement.why) {
                unitNamed = unitNamed || reason.feature.contains(QLatin1String("custo"));
            }
            QVERIFY2(unitNamed, qPrintable(judgement.why.first().feature));
        }
        // An organization is not judged: the model never saw one.
        Fact organization;
        organization.type = FactType::Organization;
        QVERIFY(!FactJudge::judge(classifier, organization, {}).judged);
        QVERIFY(FactJudge::judge(classifier, organization, {}).isFact(classifier.threshold()));
    }

    void trainingIsDeterministic()
    {
        QList<TrainingExample> examples;
        for (int k = 0; k < 8; ++k) {
            examples += examplesOf(syntheticArticle(k));
        }
        const FactClassifierTrainer trainer;
        QCOMPARE(trainer.train(examples, {}).toJson(), trainer.train(examples, {}).toJson());
    }

    void oneKindOfAnswerGivesTheBiasOnly()
    {
        const QList<TrainingExample> examples { { { QStringLiteral("count|bias"), QStringLiteral("count|x") }, true } };
        const FactClassifier classifier = FactClassifierTrainer {}.train(examples, {});
        QCOMPARE(classifier.featureCount(), 1);
        QVERIFY(classifier.probability({ QStringLiteral("count|bias") }) > 0.9);
        QVERIFY(FactClassifierTrainer {}.train({}, {}).isEmpty());
    }

    void jsonRoundTrip()
    {
        QList<TrainingExample> examples;
        for (int k = 0; k < 6; ++k) {
            examples += examplesOf(syntheticArticle(k));
        }
        ModelProvenance provenance;
        provenance.trainingArticles = 6;
        provenance.trainedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::UTC);
        provenance.source = QStringLiteral("synthetic");
        FactClassifier classifier = FactClassifierTrainer {}.train(examples, provenance);
        classifier.setThreshold(0.4);
        QString error;
        const auto read = FactClassifier::fromJson(classifier.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->threshold(), 0.4);
        QCOMPARE(read->provenance().trainingArticles, 6);
        QCOMPARE(read->provenance().trainingExamples, 12);
        QCOMPARE(read->provenance().trainedAt, provenance.trainedAt);
        QCOMPARE(read->provenance().source, QStringLiteral("synthetic"));
        QCOMPARE(read->toJson(), classifier.toJson());
        // Rounding to 1e-4 changes a probability by far less than a percent.
        QVERIFY(std::abs(read->probability(examples.at(0).features) - classifier.probability(examples.at(0).features))
            < 0.005);
    }

    void badJsonIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("other format") << QJsonObject { { QStringLiteral("format"), QStringLiteral("x/1") } }
                                      << QStringLiteral("not a fact classifier");
        QTest::newRow("weight not a pair") << QJsonObject { { QStringLiteral("format"), FactClassifier::formatName() },
            { QStringLiteral("weights"), QJsonArray { QJsonArray { QStringLiteral("count|bias") } } } }
                                           << QStringLiteral("weight 1 is not a [feature, number] pair");
        QTest::newRow("threshold outside (0, 1)") << QJsonObject {
            { QStringLiteral("format"), FactClassifier::formatName() }, { QStringLiteral("threshold"), 1.5 }
        } << QStringLiteral("the threshold must lie between 0 and 1");
    }

    void badJsonIsRefused()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!FactClassifier::fromJson(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void curatedLabels_data()
    {
        QTest::addColumn<QList<Fact>>("stored");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 no label
        const auto proposal = spanFact(FactType::Count, 10, 20, FactStatus::Suggested);
        QTest::newRow("accepted") << QList<Fact> { spanFact(FactType::Count, 10, 20, FactStatus::Accepted) } << 1;
        QTest::newRow("rejected") << QList<Fact> { spanFact(FactType::Count, 10, 20, FactStatus::Rejected) } << 0;
        QTest::newRow("undecided") << QList<Fact> { proposal } << -1;
        QTest::newRow("retyped to a date") << QList<Fact> { spanFact(FactType::Date, 10, 20, FactStatus::Edited) } << 0;
        QTest::newRow("bounds fixed by hand")
            << QList<Fact> { spanFact(FactType::Count, 12, 25, FactStatus::Edited, Fact::analystOrigin()) } << 1;
        QTest::newRow("hand-made fact elsewhere")
            << QList<Fact> { spanFact(FactType::Count, 30, 35, FactStatus::Edited, Fact::analystOrigin()) } << -1;
        QTest::newRow("the decision on the very span wins")
            << QList<Fact> { spanFact(FactType::Count, 12, 25, FactStatus::Edited, Fact::analystOrigin()),
                   spanFact(FactType::Count, 10, 20, FactStatus::Rejected) }
            << 0;
    }

    void curatedLabels()
    {
        QFETCH(QList<Fact>, stored);
        QFETCH(int, expected);
        const auto labels
            = CurationLabels::fromCurated({ spanFact(FactType::Count, 10, 20, FactStatus::Suggested) }, stored);
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first() ? int(*labels.first()) : -1, expected);
    }

    void goldLabels()
    {
        const QList<Fact> proposals { spanFact(FactType::Time, 0, 5, FactStatus::Suggested),
            spanFact(FactType::Count, 10, 20, FactStatus::Suggested),
            spanFact(FactType::Count, 30, 40, FactStatus::Suggested),
            spanFact(FactType::Cause, 50, 60, FactStatus::Suggested) };
        const QList<Fact> gold { spanFact(FactType::Date, 2, 9, FactStatus::Accepted),
            spanFact(FactType::Count, 19, 25, FactStatus::Accepted) };
        const auto labels = CurationLabels::fromGold(proposals, gold,
            { FactType::Count, FactType::Date, FactType::Time, FactType::DataCategory, FactType::Organization });
        QCOMPARE(labels.size(), 4);
        QCOMPARE(labels.at(0), std::optional<bool>(true)); // a time overlapping a gold date: one row
        QCOMPARE(labels.at(1), std::optional<bool>(true));
        QCOMPARE(labels.at(2), std::optional<bool>(false));
        QCOMPARE(labels.at(3), std::optional<bool>()); // the gold says nothing of causes
    }

    void lenientMatches_data()
    {
        using Spans = QList<std::pair<qsizetype, qsizetype>>;
        QTest::addColumn<Spans>("predicted");
        QTest::addColumn<int>("matches");
        // Gold: (0,5) (10,20) (30,35); the cases of casie_score.py's self-test.
        QTest::newRow("exact") << Spans { { 0, 5 } } << 1;
        QTest::newRow("one prediction over two gold spans") << Spans { { 2, 12 } } << 1;
        QTest::newRow("matching reassigns") << Spans { { 2, 12 }, { 3, 4 } } << 2;
        QTest::newRow("touching is no overlap") << Spans { { 5, 10 }, { 20, 30 } } << 0;
        QTest::newRow("a chain of three") << Spans { { 4, 11 }, { 0, 1 }, { 19, 31 } } << 3;
        QTest::newRow("nothing") << Spans {} << 0;
    }

    void lenientMatches()
    {
        using Spans = QList<std::pair<qsizetype, qsizetype>>;
        QFETCH(Spans, predicted);
        QFETCH(int, matches);
        QCOMPARE(CrossValidation::lenientMatches({ { 0, 5 }, { 10, 20 }, { 30, 35 } }, predicted), matches);
    }

    void foldsNeverShareAnArticle()
    {
        const QList<QList<qsizetype>> folds = CrossValidation::testFolds(23, 5, 16);
        QCOMPARE(folds.size(), 5);
        QSet<qsizetype> seen;
        for (const QList<qsizetype> &fold : folds) {
            QVERIFY(fold.size() == 4 || fold.size() == 5);
            for (const qsizetype article : fold) {
                QVERIFY2(!seen.contains(article), "an article in two test folds");
                seen.insert(article);
            }
        }
        QCOMPARE(seen.size(), 23);
        QCOMPARE(CrossValidation::testFolds(23, 5, 16), folds); // reproducible
        QVERIFY(CrossValidation::testFolds(23, 5, 17) != folds);
    }
};

QTEST_GUILESS_MAIN(TestFactClassifier)
#include "tst_factclassifier.moc"
