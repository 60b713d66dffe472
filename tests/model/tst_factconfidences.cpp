// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The workbench side of learning without a display: the model's judgement of an article's facts as they
// stand (FactConfidences), shown by FactListModel (confidence, doubtful suggestions, reasons) and sorted and
// filtered by FactFilterModel; training from a store and keeping the model there (CuratedTraining).

#include "annotation/annotationsession.h"
#include "annotation/factconfidences.h"
#include "annotation/factfiltermodel.h"
#include "annotation/factlistmodel.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "extraction/learning/candidatefeatures.h"
#include "extraction/learning/curatedtraining.h"
#include "extraction/learning/reviewqueue.h"
#include "extraction/learning/spantagger.h"
#include "storage/incidentstore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Iwb;

namespace {

const QString text = QStringLiteral("Acme said attackers copied the files of 4200 customers. Staff had replaced 12 "
                                    "devices last year. Acme was told on 3 March.");

Fact countFact(
    const QString &covered, const QString &unit, FactStatus status = FactStatus::Suggested, const QString &in = text)
{
    Fact fact;
    fact.type = FactType::Count;
    fact.start = in.indexOf(covered);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.origin = QStringLiteral("en.count");
    fact.status = status;
    fact.value = QJsonObject { { QStringLiteral("count"), covered.section(u' ', 0, 0).toInt() },
        { QStringLiteral("unit"), unit } };
    return fact;
}

Fact dateFact()
{
    Fact fact;
    fact.type = FactType::Date;
    fact.text = QStringLiteral("3 March");
    fact.start = text.indexOf(fact.text);
    fact.end = fact.start + fact.text.size();
    fact.origin = QStringLiteral("en.date");
    fact.value = QStringLiteral("2026-03-03");
    return fact;
}

/// A model that knows counts only: customers make a count likely, devices unlikely.
FactClassifier countModel()
{
    FactClassifier classifier(
        { { CandidateFeatures::biasFeature(FactType::Count), 0.5 }, { QStringLiteral("count|unit=customers"), 2.0 },
            { QStringLiteral("count|unit=devices"), -2.0 } },
        {});
    classifier.setThreshold(0.3);
    return classifier;
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace

class TestFactConfidences : public QObject
{
    Q_OBJECT

    ExtractionEngine m_engine; ///< the built-in rules, loaded once

    /// Imports @p text (an article written for the test) into @p store; its id, 0 when that failed.
    static qint64 addArticle(IncidentStore &store, const QString &text)
    {
        ImportResult imported = DocumentImporter().importText(text, QStringLiteral("txt"), QStringLiteral("test"));
        if (!imported.isValid()) {
            qWarning("%s", qPrintable(imported.error));
            return 0;
        }
        const auto added = store.addDocument(imported.document);
        return added ? added->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QString error;
        QVERIFY2(m_engine.load(&error), qPrintable(error));
    }

    void judgesTheRulesFactsOfKnownTypes()
    {
        Fact handMade = countFact(QStringLiteral("12 devices"), QStringLiteral("devices"), FactStatus::Edited);
        handMade.origin = Fact::analystOrigin();
        const QList<Fact> facts { countFact(QStringLiteral("4200 customers"), QStringLiteral("customers")),
            countFact(QStringLiteral("12 devices"), QStringLiteral("devices")), dateFact(), handMade };
        const QHash<qint64, Judgement> judged
            = FactConfidences::judge(countModel(), text, { 11, 12, 13, 14 }, facts, IncidentRecord());
        // The date's type is unknown to the model and the hand-made count was proposed by no rule.
        QCOMPARE(judged.keys().size(), 2);
        QVERIFY(judged.contains(11) && judged.contains(12));
        QCOMPARE(judged.value(11).confidence, sigmoid(0.5 + 2.0));
        QCOMPARE(judged.value(12).confidence, sigmoid(0.5 - 2.0));
        QVERIFY(judged.value(11).judged);
        QCOMPARE(judged.value(11).why.size(), 1); // the bias is no reason
        QCOMPARE(judged.value(11).why.first().feature, QStringLiteral("count|unit=customers"));
        QCOMPARE(judged.value(12).why.first().weight, -2.0);
    }

    void recordEvidenceIsReadByKey()
    {
        // A count that is the record's affected count weighs more; the session's record names it by key.
        FactClassifier classifier({ { CandidateFeatures::biasFeature(FactType::Count), 0.0 },
                                      { QStringLiteral("count|evidence=affected_count"), 1.5 } },
            {});
        const QList<Fact> facts { countFact(QStringLiteral("4200 customers"), QStringLiteral("customers")),
            countFact(QStringLiteral("12 devices"), QStringLiteral("devices")) };
        IncidentRecord record;
        record.evidence.insert(QStringLiteral("affected_count"), { 42, -7 }); // -7: a fact of another article
        const QHash<qint64, Judgement> judged = FactConfidences::judge(classifier, text, { 41, 42 }, facts, record);
        QCOMPARE(judged.value(41).confidence, 0.5);
        QCOMPARE(judged.value(42).confidence, sigmoid(1.5));
    }

    void listShowsConfidenceAndSuggestions()
    {
        FactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<qint64> keys
            = model.setFacts({ countFact(QStringLiteral("4200 customers"), QStringLiteral("customers")),
                countFact(QStringLiteral("12 devices"), QStringLiteral("devices")), dateFact() });
        const qint64 customers = keys.at(0);
        const qint64 devices = keys.at(1);
        const qint64 date = keys.at(2);
        QSignalSpy factsChanged(&model, &FactListModel::factsChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.setJudgements(FactConfidences::judge(countModel(), text, keys, model.facts(), IncidentRecord()), 0.3);
        QCOMPARE(factsChanged.count(), 0); // judging is no edit
        QVERIFY(dataChanged.count() > 0);

        const QModelIndex customersConfidence = model.indexForKey(customers, FactListModel::ConfidenceColumn);
        QCOMPARE(customersConfidence.data().toString(), QStringLiteral("92 %"));
        QCOMPARE(customersConfidence.data(FactListModel::ConfidenceRole).toDouble(), sigmoid(2.5));
        QCOMPARE(model.indexForKey(devices, FactListModel::ConfidenceColumn).data().toString(), QStringLiteral("18 %"));
        QVERIFY(!model.indexForKey(date, FactListModel::ConfidenceColumn).data().isValid());
        QVERIFY(!model.indexForKey(date).data(FactListModel::ConfidenceRole).isValid());
        QCOMPARE(
            model.headerData(FactListModel::ConfidenceColumn, Qt::Horizontal).toString(), QStringLiteral("Confidence"));

        // 18 % is below the model's 30 %: the undecided count is a suggestion; the others are facts.
        QVERIFY(model.indexForKey(devices).data(FactListModel::IsDoubtfulRole).toBool());
        QVERIFY(!model.indexForKey(customers).data(FactListModel::IsDoubtfulRole).toBool());
        QVERIFY(!model.indexForKey(date).data(FactListModel::IsDoubtfulRole).toBool());
        const QString tip = model.indexForKey(devices).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Confidence 18 %, below the model's threshold of 30 %")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("count|unit=devices (-2.00)")), qPrintable(tip));
        QVERIFY2(model.indexForKey(customers)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("count|unit=customers (+2.00)")),
            qPrintable(model.indexForKey(customers).data(Qt::ToolTipRole).toString()));

        // Accepting it decides it: no longer a suggestion, whatever the model says.
        Fact accepted = model.fact(devices);
        accepted.status = FactStatus::Accepted;
        model.updateFact(devices, accepted);
        QVERIFY(!model.isDoubtful(devices));
        QVERIFY(model.judgement(devices).has_value());
        // A removed fact's judgement goes with it; new facts start unjudged.
        model.removeFact(devices);
        QVERIFY(!model.judgement(devices).has_value());
        model.setFacts({ dateFact() });
        QVERIFY(!model.judgement(customers).has_value());
    }

    void filterAndSortByConfidence()
    {
        FactListModel model;
        const QList<qint64> keys = model.setFacts({ countFact(QStringLiteral("12 devices"), QStringLiteral("devices")),
            countFact(QStringLiteral("4200 customers"), QStringLiteral("customers")), dateFact() });
        FactFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJudgements(
            FactConfidences::judge(countModel(), text, model.keys(), model.facts(), IncidentRecord()), 0.3);
        // The group rows are looked up again after every change: a proxy's indexes do not outlive its layout.
        const auto group = [&](FactType type) { return filter.mapFromSource(model.index(static_cast<int>(type), 0)); };
        const auto textsOf = [&filter](const QModelIndex &group) {
            QStringList texts;
            for (int row = 0; row < filter.rowCount(group); ++row) {
                texts.append(filter.index(row, FactListModel::TextColumn, group).data().toString());
            }
            return texts;
        };
        // Unsorted: text order.
        QCOMPARE(textsOf(group(FactType::Count)),
            QStringList({ QStringLiteral("4200 customers"), QStringLiteral("12 devices") }));
        filter.sort(FactListModel::ConfidenceColumn, Qt::AscendingOrder);
        QCOMPARE(textsOf(group(FactType::Count)),
            QStringList({ QStringLiteral("12 devices"), QStringLiteral("4200 customers") }));
        filter.sort(FactListModel::ConfidenceColumn, Qt::DescendingOrder);
        QCOMPARE(textsOf(group(FactType::Count)),
            QStringList({ QStringLiteral("4200 customers"), QStringLiteral("12 devices") }));
        // The type groups keep the contract's order whatever the sort.
        QCOMPARE(filter.rowCount(), static_cast<int>(allFactTypes().size()));
        QCOMPARE(
            filter.index(0, 0).data(FactListModel::FactTypeRole).toInt(), static_cast<int>(FactType::Organization));

        filter.setShow(FactFilterModel::Show::Facts);
        QCOMPARE(textsOf(group(FactType::Count)), QStringList({ QStringLiteral("4200 customers") }));
        QCOMPARE(textsOf(group(FactType::Date)), QStringList({ QStringLiteral("3 March") })); // not judged: a fact
        filter.setShow(FactFilterModel::Show::Suggestions);
        QCOMPARE(textsOf(group(FactType::Count)), QStringList({ QStringLiteral("12 devices") }));
        QCOMPARE(filter.rowCount(group(FactType::Date)), 0);
        QCOMPARE(filter.rowCount(), static_cast<int>(allFactTypes().size()));
        // Accepting the suggestion makes it a fact: it leaves the suggestions.
        Fact accepted = model.fact(keys.at(0));
        accepted.status = FactStatus::Accepted;
        model.updateFact(keys.at(0), accepted);
        QCOMPARE(filter.rowCount(group(FactType::Count)), 0);
        filter.setShow(FactFilterModel::Show::All);
        QCOMPARE(filter.rowCount(group(FactType::Count)), 2);
    }

    void followsTheSession()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("session.sqlite"))), qPrintable(store.errorString()));
        ImportResult imported = DocumentImporter().importText(text, QStringLiteral("txt"), QStringLiteral("test"));
        QVERIFY2(imported.isValid(), qPrintable(imported.error));
        const auto added = store.addDocument(imported.document);
        QVERIFY(added);
        AnnotationSession session(store);
        FactConfidences confidences(&session);
        QSignalSpy judged(&confidences, &FactConfidences::judged);
        QVERIFY(session.load(added->id));
        confidences.setClassifier(std::make_shared<const FactClassifier>(countModel()));
        const QString &stored = session.document().text();
        const qint64 key = session.labelSpan(
            FactType::Count, stored.indexOf(QStringLiteral("4200")), stored.indexOf(QStringLiteral("customers")) + 9);
        QVERIFY(key > 0);
        // Made by hand: not judged. A rule's fact is, on the next pass of the event loop.
        const Fact proposed
            = countFact(QStringLiteral("12 devices"), QStringLiteral("devices"), FactStatus::Suggested, stored);
        QVERIFY(proposed.start > 0);
        ExtractionResult result;
        result.facts = { proposed };
        session.applyExtraction(result, QStringLiteral("Extract"));
        QTRY_VERIFY(judged.count() > 0);
        qint64 devices = 0;
        for (const qint64 candidate : session.facts()->keys()) {
            if (session.facts()->fact(candidate).text == QLatin1String("12 devices")) {
                devices = candidate;
            }
        }
        QVERIFY(devices > 0);
        QTRY_VERIFY(session.facts()->judgement(devices).has_value());
        QCOMPARE(session.facts()->judgement(devices)->confidence, sigmoid(-1.5));
        QVERIFY(session.facts()->isDoubtful(devices));
        QVERIFY(!session.facts()->judgement(key).has_value());
        // Without a model nothing is judged.
        confidences.setClassifier(nullptr);
        QVERIFY(!session.facts()->judgement(devices).has_value());
    }

    void trainsFromTheStoreAndKeepsTheModel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("curated.sqlite"));
        IncidentStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const ExtractionEngine &engine = m_engine;
        QString error;

        // Nothing decided yet: no model, and no error.
        KeptModel none = CuratedTraining::trainAndKeep(path, QStringLiteral("tester"), engine);
        QCOMPARE(none.version, 0);
        QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
        QVERIFY(!CuratedTraining::latest(store, &error));
        QVERIFY(error.isEmpty());

        // Written for this test: two short incident reports, their counts accepted and their dates rejected.
        const QStringList articles {
            QStringLiteral("Datenpanne bei der Nordlicht Bank\n\nDie Nordlicht Bank hat am 3. März 2026 eine "
                           "Datenpanne gemeldet. Betroffen waren rund 4.200 Kunden. Einsehbar waren Namen und "
                           "IBAN-Nummern.\n"),
            QStringLiteral("Leck bei den Stadtwerken Südheim\n\nDie Stadtwerke Südheim haben am 12. Mai 2026 ein "
                           "Datenleck gemeldet. Betroffen waren 950 Kunden. Offengelegt wurden Adressen und "
                           "Zählernummern.\n"),
        };
        for (const QString &article : articles) {
            const qint64 id = addArticle(store, article);
            QVERIFY(id > 0);
            AnnotationSession session(store);
            QVERIFY(session.load(id));
            session.applyExtraction(engine.extract(session.document()), QStringLiteral("Extract"));
            bool decided = false;
            for (const qint64 key : session.facts()->keys()) {
                const FactType type = session.facts()->fact(key).type;
                if (type == FactType::Count || type == FactType::Date) {
                    session.setStatus(key, type == FactType::Count ? FactStatus::Accepted : FactStatus::Rejected);
                    decided = true;
                } else if (type == FactType::Organization) {
                    session.setStatus(key, FactStatus::Accepted); // the span tagger learns the names
                }
            }
            QVERIFY2(decided, qPrintable(article));
            QVERIFY2(session.save(), qPrintable(session.errorString()));
        }

        const KeptModel first = CuratedTraining::trainAndKeep(path, QStringLiteral("tester"), engine);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.version, 1);
        QCOMPARE(first.articles, 2);
        QVERIFY(first.examples >= 4);
        QVERIFY(first.positives >= 2 && first.positives < first.examples);
        QVERIFY(
            first.classifier && first.classifier->knows(FactType::Count) && first.classifier->knows(FactType::Date));
        // The organizations were decided too: the model carries a name tagger.
        QVERIFY(SpanTagger::knows(*first.classifier));
        // The learned model likes the accepted counts better than the rejected dates.
        const auto stored = CuratedTraining::latest(store, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->featureCount(), first.classifier->featureCount());
        QCOMPARE(stored->provenance().trainingArticles, 2);
        QCOMPARE(store.latestExtractionModel()->version, 1);
        QCOMPARE(store.latestExtractionModel()->trainingExamples, first.examples);
        // Cross-validated on the two curated articles at training time: each decided by a model of the other.
        QCOMPARE(store.latestExtractionModel()->cvFolds, 2);
        QVERIFY(store.latestExtractionModel()->cvPrecision.has_value());
        QVERIFY(store.latestExtractionModel()->cvRecall.has_value());
        QVERIFY(*store.latestExtractionModel()->cvRecall > 0 && *store.latestExtractionModel()->cvRecall <= 1);
        QVERIFY(stored->probability({ CandidateFeatures::biasFeature(FactType::Count) })
            > stored->probability({ CandidateFeatures::biasFeature(FactType::Date) }));

        const KeptModel second = CuratedTraining::trainAndKeep(path, QStringLiteral("tester"), engine);
        QCOMPARE(second.version, 2);
        QCOMPARE(store.latestExtractionModel()->version, 2);
        const auto history = store.extractionModelHistory();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().version, 1);
        QVERIFY(history->first().json.isEmpty()); // the history leaves the models themselves out
    }

    void reviewUncertainty_data()
    {
        QTest::addColumn<double>("probability");
        QTest::addColumn<double>("uncertainty");
        QTest::newRow("coin toss") << 0.5 << 1.0;
        QTest::newRow("sure it is") << 1.0 << 0.0;
        QTest::newRow("sure it is not") << 0.0 << 0.0;
        QTest::newRow("one in four") << 0.25 << 0.5;
        QTest::newRow("nine in ten") << 0.9 << 0.2;
    }

    void reviewUncertainty()
    {
        QFETCH(double, probability);
        QFETCH(double, uncertainty);
        QVERIFY(std::abs(ReviewQueue::uncertainty(probability) - uncertainty) < 1e-9);
    }

    void reviewNextOrdersUnreviewedArticlesByDoubt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.sqlite"));
        IncidentStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const ExtractionEngine &engine = m_engine;
        QString error;

        // Written for this test: one report with a date only, one with a date and a count, and one reviewed.
        const QStringList articles {
            QStringLiteral("Panne bei der Firma Elbstrom\n\nDie Firma Elbstrom meldete am 3. März 2026 eine "
                           "Datenpanne.\n"),
            QStringLiteral("Leck beim Verein Nordwind\n\nDer Verein Nordwind meldete am 4. März 2026 ein "
                           "Datenleck. Betroffen waren 310 Mitglieder.\n"),
            QStringLiteral("Fehlversand bei Südhafen\n\nSüdhafen meldete am 5. März 2026 einen Fehlversand. "
                           "Betroffen waren 77 Kunden.\n"),
        };
        QList<qint64> ids;
        for (const QString &article : articles) {
            ids.append(addArticle(store, article));
            QVERIFY(ids.last() > 0);
        }
        // The third is reviewed: a decision on one of its facts.
        {
            AnnotationSession session(store);
            QVERIFY(session.load(ids.at(2)));
            session.applyExtraction(engine.extract(session.document()), QStringLiteral("Extract"));
            QVERIFY(session.facts()->factCount() > 0);
            session.setStatus(session.facts()->keys().first(), FactStatus::Accepted);
            QVERIFY2(session.save(), qPrintable(session.errorString()));
        }
        // A model sure of dates and torn on counts.
        const FactClassifier model({ { CandidateFeatures::biasFeature(FactType::Date), 5.0 },
                                       { CandidateFeatures::biasFeature(FactType::Count), 0.01 } },
            {});
        const auto ranked = ReviewQueue::rank(store, engine, model, &error);
        QVERIFY2(ranked, qPrintable(error));
        QCOMPARE(ranked->size(), 2);
        QCOMPARE(ranked->at(0).documentId, ids.at(1)); // its count is a coin toss
        QCOMPARE(ranked->at(1).documentId, ids.at(0));
        QVERIFY(ranked->at(0).uncertainty > ranked->at(1).uncertainty);
        QCOMPARE(ranked->at(0).doubtfulFacts, 1);
        QCOMPARE(ranked->at(1).doubtfulFacts, 0);
        QVERIFY(ranked->at(1).judgedFacts >= 1);
        // The same on a connection of its own, as the workbench's worker reads it.
        const ReviewQueueResult onItsOwn = ReviewQueue::rankStore(path, engine, model);
        QVERIFY2(onItsOwn.error.isEmpty(), qPrintable(onItsOwn.error));
        QCOMPARE(onItsOwn.candidates.size(), 2);
        QCOMPARE(onItsOwn.candidates.first().documentId, ids.at(1));
    }
};

QTEST_GUILESS_MAIN(TestFactConfidences)
#include "tst_factconfidences.moc"
