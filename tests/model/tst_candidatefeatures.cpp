// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/learning/candidatefeatures.h"

#include <QJsonObject>
#include <QTest>

using namespace Iwb;

namespace {

Fact factAt(const QString &text, const QString &covered, FactType type,
    const QString &origin = QStringLiteral("en.test"), qsizetype from = 0)
{
    Fact fact;
    fact.type = type;
    fact.start = text.indexOf(covered, from);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.origin = origin;
    return fact;
}

} // namespace

/// The features of a rule proposal, feature by feature, on texts written for these tests.
class TestCandidateFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void features_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("covered");
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        const QString breach = QStringLiteral("Data breach at Norvia\nNorvia said hackers stole the records of "
                                              "12,000 customers. The firm also replaced 40 laptops.");
        QTest::newRow("count: words around it, unit, magnitude")
            << breach << QStringLiteral("12,000 customers") << int(FactType::Count)
            << QJsonValue(QJsonObject {
                   { QStringLiteral("count"), 12000 }, { QStringLiteral("unit"), QStringLiteral("customers") } })
            << QStringList { QStringLiteral("count|bias"), QStringLiteral("count|rule=en.test"),
                   QStringLiteral("count|w-1=of"), QStringLiteral("count|w-2=records"), QStringLiteral("count|w+1=."),
                   QStringLiteral("count|first=12"), QStringLiteral("count|last=customers"),
                   QStringLiteral("count|unit=customers"), QStringLiteral("count|magnitude=4"),
                   QStringLiteral("count|l:stole"), QStringLiteral("count|s:hacke"), QStringLiteral("count|sentence=1"),
                   QStringLiteral("count|shape=d,d x") }
            << QStringList { QStringLiteral("count|title"), QStringLiteral("count|s:lapto"),
                   QStringLiteral("count|year-like"), QStringLiteral("count|negated") };
        QTest::newRow("count: a year is year-like, the next sentence is another")
            << breach + QStringLiteral(" In 2024 more followed.") << QStringLiteral("2024") << int(FactType::Count)
            << QJsonValue(QJsonObject { { QStringLiteral("count"), 2024 }, { QStringLiteral("unit"), QString() } })
            << QStringList { QStringLiteral("count|year-like"), QStringLiteral("count|w-1=in"),
                   QStringLiteral("count|w-2=<s>"), QStringLiteral("count|sentence=3"),
                   QStringLiteral("count|magnitude=3") }
            << QStringList { QStringLiteral("count|s:lapto"), QStringLiteral("count|s:hacke") };
        QTest::newRow("organization in the title, twice in the text")
            << breach << QStringLiteral("Norvia") << int(FactType::Organization) << QJsonValue(QStringLiteral("Norvia"))
            << QStringList { QStringLiteral("organization|title"), QStringLiteral("organization|mentions=2"),
                   QStringLiteral("organization|sentence=0"), QStringLiteral("organization|decile=1"),
                   QStringLiteral("organization|shape=Xx"), QStringLiteral("organization|w-1=at"),
                   QStringLiteral("organization|record-organization") }
            << QStringList { QStringLiteral("organization|other-organization") };
        QTest::newRow("German ordinal: no sentence end after \"9.\"")
            << QStringLiteral("Am 9. Dezember wurden Daten von 500 Kunden gestohlen.") << QStringLiteral("500 Kunden")
            << int(FactType::Count)
            << QJsonValue(QJsonObject {
                   { QStringLiteral("count"), 500 }, { QStringLiteral("unit"), QStringLiteral("customers") } })
            << QStringList { QStringLiteral("count|sentence=0"), QStringLiteral("count|s:dezem"),
                   QStringLiteral("count|w-1=von"), QStringLiteral("count|r:gesto"),
                   QStringLiteral("count|laststem=kunde") }
            << QStringList { QStringLiteral("count|sentence=1") };
        QTest::newRow("date: precision of its value")
            << QStringLiteral("The attack began in March 2024, the company said.") << QStringLiteral("March 2024")
            << int(FactType::Date) << QJsonValue(QStringLiteral("2024-03"))
            << QStringList { QStringLiteral("date|precision=month"), QStringLiteral("date|w-1=in"),
                   QStringLiteral("date|w+1=,"), QStringLiteral("date|words=2") }
            << QStringList { QStringLiteral("date|precision=day") };
    }

    void features()
    {
        QFETCH(QString, text);
        QFETCH(QString, covered);
        QFETCH(int, type);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);

        Fact fact = factAt(text, covered, FactType(type));
        fact.value = value;
        IncidentRecord record;
        record.organization = QStringLiteral("Norvia");
        const QList<Fact> facts { fact };
        const CandidateFeatures features(text, facts, record);
        const QStringList got = features.of(0);
        for (const QString &feature : present) {
            QVERIFY2(got.contains(feature), qPrintable(feature + QStringLiteral(" missing from ") + got.join(u' ')));
        }
        for (const QString &feature : absent) {
            QVERIFY2(!got.contains(feature), qPrintable(feature + QStringLiteral(" in ") + got.join(u' ')));
        }
        QCOMPARE(got.size(), QSet<QString>(got.cbegin(), got.cend()).size()); // each feature once
    }

    void otherFactsOfTheSentenceAreCues()
    {
        const QString text = QStringLiteral("Hackers stole 300 passwords. Later 20 devices were sold.");
        QList<Fact> facts { factAt(
                                text, QStringLiteral("Hackers stole"), FactType::Attack, QStringLiteral("en.attack")),
            factAt(text, QStringLiteral("300 passwords"), FactType::Count),
            factAt(text, QStringLiteral("20 devices"), FactType::Count) };
        facts[2].polarity = Polarity::Negative;
        facts[2].certainty = Certainty::Uncertain;
        IncidentRecord record;
        record.evidence.insert(QStringLiteral("affected_count"), { 1 });
        const CandidateFeatures features(text, facts, record);
        const QStringList first = features.of(1);
        QVERIFY(first.contains(QStringLiteral("count|sentence-has=attack")));
        QVERIFY(first.contains(QStringLiteral("count|sentence-rule=en.attack")));
        QVERIFY(first.contains(QStringLiteral("count|evidence=affected_count")));
        const QStringList second = features.of(2);
        QVERIFY(!second.contains(QStringLiteral("count|sentence-has=attack")));
        QVERIFY(!second.contains(QStringLiteral("count|evidence=affected_count")));
        QVERIFY(second.contains(QStringLiteral("count|negated")));
        QVERIFY(second.contains(QStringLiteral("count|hedged")));
    }

    void wordShapes_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("shape");
        QTest::newRow("name") << QStringLiteral("Acme") << QStringLiteral("Xx");
        QTest::newRow("number with separator") << QStringLiteral("12,000") << QStringLiteral("d,d");
        QTest::newRow("acronym and digits") << QStringLiteral("AOK-42") << QStringLiteral("X-d");
        QTest::newRow("inner capital") << QStringLiteral("eBay") << QStringLiteral("xXx");
        QTest::newRow("cut at eight") << QStringLiteral("A1b2C3d4E5") << QStringLiteral("XdxdXdxd");
    }

    void wordShapes()
    {
        QFETCH(QString, word);
        QFETCH(QString, shape);
        QCOMPARE(wordShape(word), shape);
    }
};

QTEST_GUILESS_MAIN(TestCandidateFeatures)
#include "tst_candidatefeatures.moc"
