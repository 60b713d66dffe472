// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "agreement/agreementtable.h"
#include "agreement/annotationagreement.h"
#include "agreement/versioncomparison.h"
#include "storage/incidentstore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {

/// "count:10-20" or "count:10-20:-" (negated) → a fact; the type names are the contract's.
Fact fact(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const QStringList span = parts.at(1).split(QLatin1Char('-'));
    Fact fact;
    fact.type = factTypeFromName(parts.at(0)).value();
    fact.start = span.at(0).toInt();
    fact.end = span.at(1).toInt();
    if (parts.size() > 2 && parts.at(2) == QLatin1String("-")) {
        fact.polarity = Polarity::Negative;
    }
    return fact;
}

QList<Fact> facts(const QString &specs)
{
    QList<Fact> list;
    for (const QString &spec : specs.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        list.append(fact(spec));
    }
    return list;
}

/// An optional score as a number, -1 for undefined, so that data tables can hold it.
double score(const std::optional<double> &value)
{
    return value.value_or(-1.0);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

/// Precision, recall, F1 and Cohen's kappa, checked against values computed by hand.
class TestAnnotationAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kappa_data()
    {
        QTest::addColumn<QStringList>("cells"); // "reference,other,count"
        QTest::addColumn<int>("units");
        QTest::addColumn<double>("observed");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("kappa");

        // p_o = 35/50; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2 / 0.5.
        QTest::newRow("textbook 2x2") << QStringList { QStringLiteral("y,y,20"), QStringLiteral("y,n,5"),
            QStringLiteral("n,y,10"), QStringLiteral("n,n,15") }
                                      << 50 << 0.7 << 0.5 << 0.4;
        // p_e = (3/4)² + (1/4)² = 0.625, but p_o = 1.
        QTest::newRow("perfect agreement")
            << QStringList { QStringLiteral("a,a,3"), QStringLiteral("b,b,1") } << 4 << 1.0 << 0.625 << 1.0;
        QTest::newRow("swapped labels") << QStringList { QStringLiteral("a,b,2"), QStringLiteral("b,a,2") } << 4 << 0.0
                                        << 0.5 << -1.0;
        QTest::newRow("chance level") << QStringList { QStringLiteral("a,a,1"), QStringLiteral("a,b,1"),
            QStringLiteral("b,a,1"), QStringLiteral("b,b,1") }
                                      << 4 << 0.5 << 0.5 << 0.0;
        // Marginals x 2/1, y 1/2, z 1/1: p_e = 5/16; κ = (3/4 − 5/16) / (11/16) = 7/11.
        QTest::newRow("three labels") << QStringList { QStringLiteral("x,x,1"), QStringLiteral("x,y,1"),
            QStringLiteral("y,y,1"), QStringLiteral("z,z,1") }
                                      << 4 << 0.75 << 0.3125 << 7.0 / 11.0;
        // One rater always says a: p_e = 4·3/16 = p_o.
        QTest::newRow("constant rater") << QStringList { QStringLiteral("a,a,3"), QStringLiteral("a,b,1") } << 4 << 0.75
                                        << 0.75 << 0.0;
        // Everything one label on both sides: p_e = 1, κ undefined.
        QTest::newRow("p_e = 1") << QStringList { QStringLiteral("x,x,4") } << 4 << 1.0 << 1.0 << -1.0;
        QTest::newRow("empty") << QStringList {} << 0 << -1.0 << -1.0 << -1.0;
    }

    void kappa()
    {
        QFETCH(QStringList, cells);
        QFETCH(int, units);
        QFETCH(double, observed);
        QFETCH(double, expected);
        QFETCH(double, kappa);
        AgreementTable table;
        for (const QString &cell : std::as_const(cells)) {
            const QStringList parts = cell.split(QLatin1Char(','));
            table.add(parts.at(0), parts.at(1), parts.at(2).toInt());
        }
        QCOMPARE(table.unitCount(), units);
        QVERIFY2(near(score(table.observed()), observed), qPrintable(QString::number(score(table.observed()))));
        QVERIFY2(near(score(table.expected()), expected), qPrintable(QString::number(score(table.expected()))));
        // "swapped labels" really is −1, not undefined; the degenerate rows are undefined.
        const bool undefined
            = QByteArray(QTest::currentDataTag()) == "p_e = 1" || QByteArray(QTest::currentDataTag()) == "empty";
        QCOMPARE(!table.kappa().has_value(), undefined);
        if (!undefined) {
            QVERIFY2(near(*table.kappa(), kappa), qPrintable(QString::number(*table.kappa())));
        }
    }

    void mergingPoolsUnits()
    {
        AgreementTable a;
        a.add(QStringLiteral("y"), QStringLiteral("y"), 20);
        a.add(QStringLiteral("y"), QStringLiteral("n"), 5);
        AgreementTable b;
        b.add(QStringLiteral("n"), QStringLiteral("y"), 10);
        b.add(QStringLiteral("n"), QStringLiteral("n"), 15);
        a.merge(b);
        QCOMPARE(a.unitCount(), 50);
        QCOMPARE(a.count(QStringLiteral("n"), QStringLiteral("y")), 10);
        QCOMPARE(a.labels(), (QStringList { QStringLiteral("n"), QStringLiteral("y") }));
        QVERIFY(near(*a.kappa(), 0.4));
    }

    void precisionRecallF1_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("other");
        QTest::addColumn<int>("exactMatched");
        QTest::addColumn<int>("lenientMatched");
        QTest::addColumn<double>("exactP");
        QTest::addColumn<double>("exactR");
        QTest::addColumn<double>("exactF1");
        QTest::addColumn<double>("lenientF1");
        QTest::addColumn<QStringList>("kinds"); // disagreements in text order

        QTest::newRow("identical") << u"organization:0-5 count:10-20"_s << u"organization:0-5 count:10-20"_s << 2 << 2
                                   << 1.0 << 1.0 << 1.0 << 1.0 << QStringList {};
        QTest::newRow("boundary") << u"count:10-20"_s << u"count:12-20"_s << 0 << 1 << 0.0 << 0.0 << 0.0 << 1.0
                                  << QStringList { u"boundary_differs"_s };
        QTest::newRow("type") << u"count:10-20"_s << u"date:10-20"_s << 0 << 0 << 0.0 << 0.0 << 0.0 << 0.0
                              << QStringList { u"type_differs"_s };
        // P = 1/2, R = 1/3, F1 = 2·1/(3+2).
        QTest::newRow("missing and extra")
            << u"organization:0-5 count:10-20 date:30-40"_s << u"organization:0-5 cause:50-60"_s << 1 << 1 << 0.5
            << 1.0 / 3.0 << 0.4 << 0.4
            << QStringList { u"only_in_reference"_s, u"only_in_reference"_s, u"only_in_other"_s };
        // One to one: the second half of a split span is left over.
        QTest::newRow("split span") << u"count:10-20"_s << u"count:10-15 count:15-20"_s << 0 << 1 << 0.0 << 0.0 << 0.0
                                    << 2.0 / 3.0 << QStringList { u"boundary_differs"_s, u"only_in_other"_s };
        // An exact partner is preferred over an overlapping one.
        QTest::newRow("exact first") << u"count:10-20 count:12-20"_s << u"count:12-20"_s << 1 << 1 << 1.0 << 0.5
                                     << 2.0 / 3.0 << 2.0 / 3.0 << QStringList { u"only_in_reference"_s };
        QTest::newRow("reference empty") << QString() << u"organization:0-5"_s << 0 << 0 << 0.0 << -1.0 << 0.0 << 0.0
                                         << QStringList { u"only_in_other"_s };
        QTest::newRow("other empty") << u"organization:0-5"_s << QString() << 0 << 0 << -1.0 << 0.0 << 0.0 << 0.0
                                     << QStringList { u"only_in_reference"_s };
        QTest::newRow("both empty") << QString() << QString() << 0 << 0 << -1.0 << -1.0 << -1.0 << -1.0
                                    << QStringList {};
    }

    void precisionRecallF1()
    {
        QFETCH(QString, reference);
        QFETCH(QString, other);
        QFETCH(int, exactMatched);
        QFETCH(int, lenientMatched);
        QFETCH(double, exactP);
        QFETCH(double, exactR);
        QFETCH(double, exactF1);
        QFETCH(double, lenientF1);
        QFETCH(QStringList, kinds);
        const QString text(80, QLatin1Char(' '));
        const FactComparison comparison = AnnotationAgreement::compareFacts(text, facts(reference), facts(other));
        QCOMPARE(comparison.micro.exact.matched, exactMatched);
        QCOMPARE(comparison.micro.lenient.matched, lenientMatched);
        QCOMPARE(comparison.micro.exact.reference, static_cast<int>(facts(reference).size()));
        QCOMPARE(comparison.micro.exact.other, static_cast<int>(facts(other).size()));
        QVERIFY2(near(score(comparison.micro.exact.precision()), exactP),
            qPrintable(QString::number(score(comparison.micro.exact.precision()))));
        QVERIFY2(near(score(comparison.micro.exact.recall()), exactR),
            qPrintable(QString::number(score(comparison.micro.exact.recall()))));
        QVERIFY2(near(score(comparison.micro.exact.f1()), exactF1),
            qPrintable(QString::number(score(comparison.micro.exact.f1()))));
        QVERIFY2(near(score(comparison.micro.lenient.f1()), lenientF1),
            qPrintable(QString::number(score(comparison.micro.lenient.f1()))));
        QStringList found;
        for (const Disagreement &item : comparison.disagreements) {
            found.append(disagreementKindName(item.kind));
            QCOMPARE(item.reference.has_value(), item.referenceIndex >= 0);
            QCOMPARE(item.other.has_value(), item.otherIndex >= 0);
        }
        QCOMPARE(found, kinds);
    }

    void perTypeScores()
    {
        // Two organizations found of two, one of two counts, one extra date.
        const FactComparison comparison = AnnotationAgreement::compareFacts(QString(80, QLatin1Char(' ')),
            facts(u"organization:0-5 organization:6-9 count:10-20 count:30-35"_s),
            facts(u"organization:0-5 organization:6-9 count:10-20 date:40-45"_s));
        QCOMPARE(comparison.perType.size(), 3);
        QCOMPARE(comparison.perType.at(0).type, FactType::Organization);
        QCOMPARE(comparison.perType.at(0).exact.f1(), std::optional<double>(1.0));
        QCOMPARE(comparison.perType.at(1).type, FactType::Date);
        QCOMPARE(comparison.perType.at(1).exact.precision(), std::optional<double>(0.0));
        QCOMPARE(comparison.perType.at(1).exact.recall(), std::nullopt);
        QCOMPARE(comparison.perType.at(2).type, FactType::Count);
        QCOMPARE(comparison.perType.at(2).exact.precision(), std::optional<double>(1.0));
        QCOMPARE(comparison.perType.at(2).exact.recall(), std::optional<double>(0.5));
        // Micro: 3 matched of 4 and 4: P = R = F1 = 0.75.
        QCOMPARE(comparison.micro.exact.f1(), std::optional<double>(0.75));
    }

    void valueAndPolarityDifferences()
    {
        QList<Fact> reference = facts(u"count:10-20 data_category:30-40 organization:50-55"_s);
        QList<Fact> other = facts(u"count:10-20 data_category:30-40:- organization:50-55"_s);
        reference[0].value = QJsonObject { { u"count"_s, 9500 }, { u"unit"_s, u"users"_s } };
        other[0].value = QJsonObject { { u"count"_s, 4100 }, { u"unit"_s, u"users"_s } };
        other[2].certainty = Certainty::Uncertain;
        const FactComparison comparison
            = AnnotationAgreement::compareFacts(QString(80, QLatin1Char(' ')), reference, other);
        QCOMPARE(comparison.micro.exact.matched, 3);
        QCOMPARE(comparison.valueDifferences, 1);
        QCOMPARE(comparison.polarityDifferences, 1);
        QCOMPARE(comparison.certaintyDifferences, 1);
        QCOMPARE(comparison.disagreements.size(), 3);
        QCOMPARE(comparison.disagreements.at(0).kind, DisagreementKind::ValueDiffers);
        QCOMPARE(comparison.disagreements.at(0).details, QStringList { u"value 9500 users vs 4100 users"_s });
        QCOMPARE(comparison.disagreements.at(1).kind, DisagreementKind::PolarityDiffers);
        QCOMPARE(comparison.disagreements.at(1).details, QStringList { u"polarity positive vs negative"_s });
        QCOMPARE(comparison.disagreements.at(2).kind, DisagreementKind::CertaintyDiffers);
        QCOMPARE(comparison.disagreements.at(2).otherIndex, 2);
    }

    void boundaryDetailsCountCodePoints()
    {
        // The emoji is two UTF-16 units but one code point: details speak in code points, like the contract.
        const QString text = u"\U0001F4E2 Lumera Pay meldet"_s;
        const FactComparison comparison
            = AnnotationAgreement::compareFacts(text, facts(u"organization:3-13"_s), facts(u"organization:3-9"_s));
        QCOMPARE(comparison.disagreements.size(), 1);
        QCOMPARE(comparison.disagreements.at(0).details, QStringList { u"span 2–12 vs 2–8"_s });
        QCOMPARE(comparison.disagreements.at(0).reference->start, 3);
    }

    void tokenLabels_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QStringList>("labels");
        const QString none = u"none"_s;
        // "Lumera Pay meldet 9500 betroffene Nutzer am Montag": 8 tokens.
        QTest::newRow("none") << QString() << QStringList(8, none);
        QTest::newRow("partial cover counts")
            << u"organization:2-8"_s
            << QStringList { u"organization"_s, u"organization"_s, none, none, none, none, none, none };
        QTest::newRow("innermost wins") << u"count:18-40 data_category:34-40"_s
                                        << QStringList { none, none, none, u"count"_s, u"count"_s, u"data_category"_s,
                                               none, none };
    }

    void tokenLabels()
    {
        QFETCH(QString, facts);
        QFETCH(QStringList, labels);
        const QString text = u"Lumera Pay meldet 9500 betroffene Nutzer am Montag"_s;
        QCOMPARE(AnnotationAgreement::tokens(text).size(), 8);
        QCOMPARE(AnnotationAgreement::tokens(text).at(3), (std::pair<qsizetype, qsizetype>(18, 22)));
        QCOMPARE(AnnotationAgreement::tokenLabels(text, ::facts(facts)), labels);
    }

    void tokenKappa_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("other");
        QTest::addColumn<int>("units");
        QTest::addColumn<double>("observed");
        QTest::addColumn<double>("kappa"); // -1: undefined
        // Labels: ref org org none count count count date date; other org none none count none none none none.
        // p_o = 3/8; marginals org 2/1, none 1/6, count 3/1, date 2/0: Σ = 11; κ = (8·3 − 11)/(64 − 11) = 13/53.
        QTest::newRow("partly") << u"organization:0-10 count:18-40 date:41-50"_s << u"organization:0-6 count:18-22"_s
                                << 8 << 0.375 << 13.0 / 53.0;
        QTest::newRow("identical") << u"organization:0-10 count:18-40"_s << u"organization:0-10 count:18-40"_s << 8
                                   << 1.0 << 1.0;
        QTest::newRow("no facts, p_e = 1") << QString() << QString() << 8 << 1.0 << -1.0;
    }

    void tokenKappa()
    {
        QFETCH(QString, reference);
        QFETCH(QString, other);
        QFETCH(int, units);
        QFETCH(double, observed);
        QFETCH(double, kappa);
        const QString text = u"Lumera Pay meldet 9500 betroffene Nutzer am Montag"_s;
        const FactComparison comparison = AnnotationAgreement::compareFacts(text, facts(reference), facts(other));
        QCOMPARE(comparison.tokens.unitCount(), units);
        QVERIFY(near(score(comparison.tokens.observed()), observed));
        QVERIFY2(near(score(comparison.tokens.kappa()), kappa),
            qPrintable(QString::number(score(comparison.tokens.kappa()))));
    }

    void tokenKappaOfAnEmptyText()
    {
        const FactComparison comparison = AnnotationAgreement::compareFacts(QString(), {}, {});
        QCOMPARE(comparison.tokens.unitCount(), 0);
        QCOMPARE(comparison.tokens.kappa(), std::nullopt);
        QCOMPARE(comparison.micro.exact.f1(), std::nullopt);
    }

    void categoricalValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("cause") << u"cause"_s << u"software_error"_s;
        QTest::newRow("attack") << u"external_attack"_s << u"no"_s;
        QTest::newRow("discovered empty") << u"discovered_by"_s << u"unstated"_s;
        QTest::newRow("authority true") << u"authority_notified"_s << u"true"_s;
        QTest::newRow("affected null") << u"affected_notified"_s << u"unstated"_s;
        QTest::newRow("unit") << u"affected_unit"_s << u"users"_s;
    }

    void categoricalValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        IncidentRecord record;
        record.cause = u"software_error"_s;
        record.externalAttack = u"no"_s;
        record.authorityNotified = true;
        record.affectedUnit = u"users"_s;
        QCOMPARE(AnnotationAgreement::categoricalValue(record, field), value);
    }

    void recordFieldKappa()
    {
        // Causes A A B B against A B B B, every other field unstated on both sides.
        const QStringList referenceCauses { u"software_error"_s, u"software_error"_s, u"attack"_s, u"attack"_s };
        const QStringList otherCauses { u"software_error"_s, u"attack"_s, u"attack"_s, u"attack"_s };
        AgreementReport report;
        for (int i = 0; i < 4; ++i) {
            IncidentRecord a;
            a.cause = referenceCauses.at(i);
            IncidentRecord b;
            b.cause = otherCauses.at(i);
            Document document;
            document.setText(u"Text %1"_s.arg(i));
            report.add(VersionComparison::compareDocument(document, {}, {}, a, b));
        }
        QCOMPARE(report.fields.size(), 6);
        QCOMPARE(report.fields.at(0).field, u"cause"_s);
        QCOMPARE(report.fields.at(0).table.unitCount(), 4);
        // p_o = 3/4, p_e = (2·1 + 2·3)/16 = 1/2, κ = 1/2.
        QVERIFY(near(*report.fields.at(0).table.kappa(), 0.5));
        // A field both leave unstated everywhere: p_e = 1.
        QCOMPARE(report.fields.at(1).table.kappa(), std::nullopt);
        QCOMPARE(report.fields.at(1).table.observed(), std::optional<double>(1.0));
        // Pooled: 24 units, 23 agreements, Σ = 5·16 + 2 + 6 = 88: κ = (24·23 − 88)/(576 − 88) = 464/488.
        QCOMPARE(report.recordFields.unitCount(), 24);
        QVERIFY(near(*report.recordFields.kappa(), 464.0 / 488.0));
        QCOMPARE(report.documents.at(1).recordDifferences().size(), 1);
        QCOMPARE(report.documents.at(1).recordDifferences().at(0).field, u"cause"_s);
    }

    void twoStores()
    {
        QTemporaryDir dir;
        IncidentStore a;
        IncidentStore b;
        QVERIFY2(a.open(dir.filePath(u"a.sqlite"_s)), qPrintable(a.errorString()));
        QVERIFY2(b.open(dir.filePath(u"b.sqlite"_s)), qPrintable(b.errorString()));
        const QString text = u"Lumera Pay meldet 9500 betroffene Nutzer am Montag"_s;
        const auto addTo = [&text](IncidentStore &store, const QString &factSpecs, const QString &cause) {
            Document document;
            document.setText(text);
            document.setTitle(u"Lumera Pay meldet"_s);
            const auto added = store.addDocument(document);
            QList<Fact> list = facts(factSpecs);
            for (Fact &fact : list) {
                fact.text = text.mid(fact.start, fact.length());
            }
            IncidentRecord record;
            record.cause = cause;
            record.sourceDocumentIds = { added->id };
            return store.saveFacts(added->id, list) && store.saveIncident(record);
        };
        QVERIFY(addTo(a, u"organization:0-10 count:18-40 date:41-50"_s, u"software_error"_s));
        QVERIFY(addTo(b, u"organization:0-10 count:18-22"_s, u"attack"_s));
        // A rejected fact in B does not count.
        {
            QList<Fact> stored = *b.facts(1);
            Fact rejected = fact(u"date:41-50"_s);
            rejected.text = u"am Montag"_s;
            rejected.status = FactStatus::Rejected;
            stored.append(rejected);
            QVERIFY(b.saveFacts(1, stored));
        }
        // A document only A has is not compared.
        Document only;
        only.setText(u"Ein anderer Text ohne Gegenstück"_s);
        QVERIFY(a.addDocument(only));

        QString error;
        const auto report = VersionComparison::compareStores(a, b, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->referenceDocumentCount, 2);
        QCOMPARE(report->otherDocumentCount, 1);
        QCOMPARE(report->documents.size(), 1);
        QCOMPARE(report->micro.exact.reference, 3);
        QCOMPARE(report->micro.exact.other, 2);
        QCOMPARE(report->micro.exact.matched, 1);
        QCOMPARE(report->micro.lenient.matched, 2);
        QCOMPARE(report->disagreementCount(), 2); // the count's boundary, the date only in A
        QCOMPARE(report->fields.at(0).table.count(u"software_error"_s, u"attack"_s), 1);
        QCOMPARE(report->documents.at(0).recordDifferences().at(0).other.toString(), u"attack"_s);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationAgreement)
#include "tst_annotationagreement.moc"
