// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparison/similarincidents.h"
#include "storage/incidentstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

namespace {

IncidentRecord record(
    qint64 id, const QString &organization, const QString &cause, const QStringList &data, const QString &date)
{
    IncidentRecord result;
    result.id = id;
    result.organization = organization;
    result.cause = cause;
    result.dataExposed = data;
    result.incidentDate = date;
    return result;
}

const QString names = QStringLiteral("names");
const QString financial = QStringLiteral("financial_data");
const QString credentials = QStringLiteral("credentials");
const QString postal = QStringLiteral("postal_addresses");

} // namespace

class TestSimilarIncidents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jaccard_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("two of three") << QStringList { names, financial, credentials }
                                      << QStringList { financial, names } << 2.0 / 3.0;
        QTest::newRow("one of four") << QStringList { names, financial } << QStringList { names, credentials, postal }
                                     << 0.25;
        QTest::newRow("same set, other order") << QStringList { names, postal } << QStringList { postal, names } << 1.0;
        QTest::newRow("disjoint") << QStringList { names } << QStringList { postal } << 0.0;
        QTest::newRow("both empty") << QStringList {} << QStringList {} << 0.0;
        QTest::newRow("duplicates count once") << QStringList { names, names } << QStringList { names } << 1.0;
    }

    void jaccard()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(double, expected);
        QCOMPARE(SimilarIncidents::jaccard(a, b), expected);
    }

    void daysApart_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("days"); // -1: unknown
        QTest::newRow("eleven days") << QStringLiteral("2026-01-15") << QStringLiteral("2026-01-26") << 11;
        QTest::newRow("order does not matter") << QStringLiteral("2026-01-26") << QStringLiteral("2026-01-15") << 11;
        QTest::newRow("across the year") << QStringLiteral("2025-12-09") << QStringLiteral("2026-01-15") << 37;
        QTest::newRow("month only") << QStringLiteral("2026-02") << QStringLiteral("2026-02-11") << 10;
        QTest::newRow("year only") << QStringLiteral("2010") << QStringLiteral("2011") << 365;
        QTest::newRow("unknown") << QString() << QStringLiteral("2026-01-15") << -1;
        QTest::newRow("garbage") << QStringLiteral("gestern") << QStringLiteral("2026-01-15") << -1;
    }

    void daysApart()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, days);
        const auto result = SimilarIncidents::daysApart(a, b);
        QCOMPARE(result.has_value(), days >= 0);
        if (result) {
            QCOMPARE(*result, qint64(days));
        }
    }

    void textSimilarityIsCosineOverWordSets()
    {
        // Words of four letters or more, case-folded: {fehler, nach, update} and {fehler, nach, wartung, heute}.
        const QString a = QStringLiteral("Ein Fehler nach dem Update, der FEHLER.");
        const QString b = QStringLiteral("Der fehler kam nach Wartung heute.");
        QCOMPARE(SimilarIncidents::wordSet(a),
            (QSet<QString> { QStringLiteral("fehler"), QStringLiteral("nach"), QStringLiteral("update") }));
        QCOMPARE(SimilarIncidents::textSimilarity(a, b), 2.0 / std::sqrt(12.0));
        QCOMPARE(SimilarIncidents::textSimilarity(a, a), 1.0);
        QCOMPARE(SimilarIncidents::textSimilarity(a, QStringLiteral("ganz andere Wörter")), 0.0);
        QCOMPARE(SimilarIncidents::textSimilarity(a, QString()), 0.0);
    }

    void scoresAndExplainsOnePair()
    {
        const SimilarIncidents::Candidate target { record(1, QStringLiteral("Lumera Pay GmbH"),
                                                       QStringLiteral("software_error"),
                                                       { names, financial, credentials }, QStringLiteral("2026-01-15")),
            {} };
        const SimilarIncidents::Candidate candidate { record(2, QStringLiteral("Sternpunkte Loyalty"),
                                                          QStringLiteral("software_error"), { financial, names },
                                                          QStringLiteral("2026-01-26")),
            {} };
        const SimilarIncident similar = SimilarIncidents::score(target, candidate);
        QCOMPARE(similar.reasons,
            (QStringList { QStringLiteral("same cause: software_error"),
                QStringLiteral("2 of 3 data categories in common"), QStringLiteral("11 days apart") }));
        const double expected = 0.25 + 0.25 * 2.0 / 3.0 + 0.15 / (1.0 + 11.0 / 30.0);
        QVERIFY2(std::abs(similar.score - expected) < 1e-9, qPrintable(QString::number(similar.score)));
        QCOMPARE(similar.record.id, 2);
    }

    void ranksCandidatesWithReasons()
    {
        const QString sharedText = QStringLiteral(
            "Nach einem Update sahen Kunden fremde Kontodaten in der App. Der Fehler dauerte Minuten.");
        const SimilarIncidents::Candidate target { record(1, QStringLiteral("Lumera Pay GmbH"),
                                                       QStringLiteral("software_error"),
                                                       { names, financial, credentials }, QStringLiteral("2026-01-15")),
            sharedText };
        const QList<SimilarIncidents::Candidate> candidates {
            // the target itself is never its own match
            target,
            // nothing in common at all
            { record(2, QStringLiteral("Kreisklinikum Sellheim"), QStringLiteral("attack"),
                  { QStringLiteral("health_data") }, QStringLiteral("2019-06-01")),
                QStringLiteral("Erpresser verschlüsselten Server") },
            // same organization, written differently, other cause, a year later
            { record(3, QStringLiteral("lumera pay"), QStringLiteral("human_error"), { names },
                  QStringLiteral("2027-01-15")),
                QStringLiteral("Ein Mitarbeiter verschickte eine Liste") },
            // same cause, two of three categories, eleven days, nearly the same article
            { record(4, QStringLiteral("Sternpunkte Loyalty GmbH"), QStringLiteral("software_error"),
                  { names, financial }, QStringLiteral("2026-01-26")),
                sharedText + QStringLiteral(" Bremen.") },
        };
        const QList<SimilarIncident> ranked = SimilarIncidents::rank(target, candidates);
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.at(0).record.id, 4);
        QCOMPARE(ranked.at(1).record.id, 3);
        QCOMPARE(ranked.at(0).reasons.mid(0, 3),
            (QStringList { QStringLiteral("same cause: software_error"),
                QStringLiteral("2 of 3 data categories in common"), QStringLiteral("11 days apart") }));
        // All 10 words of four letters or more shared, 10 and 11 words: cosine 10 / √110 = 0.95.
        QCOMPARE(ranked.at(0).reasons.value(3), QStringLiteral("articles 95% alike in wording"));
        QCOMPARE(ranked.at(1).reasons,
            (QStringList { QStringLiteral("1 of 3 data categories in common"),
                QStringLiteral("same organization: lumera pay"), QStringLiteral("365 days apart") }));
        QVERIFY(ranked.at(0).score > ranked.at(1).score);
        QCOMPARE(SimilarIncidents::rank(target, candidates, 1).size(), 1);
    }

    void findsInTheStore()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("similar.sqlite"))), qPrintable(store.errorString()));
        const auto addIncident = [&store](const QString &text, IncidentRecord incident) {
            Document document;
            document.setText(text);
            document.setTitle(text.left(20));
            const auto added = store.addDocument(document);
            incident.id = 0;
            incident.sourceDocumentIds = { added->id };
            store.saveIncident(incident);
            return incident.id;
        };
        const qint64 first
            = addIncident(QStringLiteral("Nach dem Update zeigte die Bezahl-App fremde Umsätze und Namen an."),
                record(0, QStringLiteral("Lumera Pay GmbH"), QStringLiteral("software_error"), { names, financial },
                    QStringLiteral("2026-01-15")));
        const qint64 second
            = addIncident(QStringLiteral("Nach dem Update zeigte das Kundenportal fremde Punktestände und Namen an."),
                record(0, QStringLiteral("Sternpunkte Loyalty GmbH"), QStringLiteral("software_error"), { names },
                    QStringLiteral("2025-12-09")));
        const qint64 third = addIncident(QStringLiteral("Ein Laptop wurde aus dem Auto gestohlen."),
            record(0, QStringLiteral("Harwick & Doyle"), QStringLiteral("loss_or_theft"), { postal },
                QStringLiteral("2020-02-03")));
        QVERIFY(first > 0 && second > 0 && third > 0);

        QString error;
        const auto found = SimilarIncidents::find(store, first, 20, &error);
        QVERIFY2(found, qPrintable(error));
        // The stolen laptop shares nothing but being dated six years apart: below the minimum score, not listed.
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).record.id, second);
        // 5 of 7 words ("nach", "update", "zeigte", "fremde", "namen") in both: 5 / 7 = 71%.
        QCOMPARE(found->at(0).reasons,
            (QStringList { QStringLiteral("same cause: software_error"),
                QStringLiteral("1 of 2 data categories in common"), QStringLiteral("37 days apart"),
                QStringLiteral("articles 71% alike in wording") }));

        const auto missing = SimilarIncidents::find(store, 999, 20, &error);
        QVERIFY(!missing);
        QVERIFY2(error.contains(QStringLiteral("999")) && error.contains(QStringLiteral("similar.sqlite")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimilarIncidents)
#include "tst_similarincidents.moc"
