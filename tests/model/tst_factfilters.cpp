// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/factfilters.h"
#include "extraction/incidentcontext.h"

#include <QTest>

using namespace Iwb;

namespace {

/// A fact from "type:start-end" or "type:start-end:origin".
Fact factOf(const QString &description)
{
    const QStringList parts = description.split(QLatin1Char(':'));
    const QStringList span = parts.at(1).split(QLatin1Char('-'));
    Fact fact;
    fact.type = *factTypeFromName(parts.at(0));
    fact.start = span.at(0).toLongLong();
    fact.end = span.at(1).toLongLong();
    fact.origin = parts.value(2);
    return fact;
}

QString describe(const Fact &fact)
{
    return factTypeName(fact.type) + QLatin1Char(':') + QString::number(fact.start) + QLatin1Char('-')
        + QString::number(fact.end) + (fact.origin.isEmpty() ? QString() : QLatin1Char(':') + fact.origin);
}

QList<Fact> factsOf(const QStringList &descriptions)
{
    QList<Fact> facts;
    for (const QString &description : descriptions) {
        facts.append(factOf(description));
    }
    return facts;
}

QStringList describe(const QList<Fact> &facts)
{
    QStringList descriptions;
    for (const Fact &fact : facts) {
        descriptions.append(describe(fact));
    }
    return descriptions;
}

/// A fact of @p type on the first occurrence of @p phrase in @p text.
Fact factOn(const QString &text, FactType type, const QString &phrase)
{
    Fact fact;
    fact.type = type;
    fact.start = text.indexOf(phrase);
    fact.end = fact.start + phrase.size();
    fact.text = phrase;
    return fact;
}

/// The span of the first occurrence of @p phrase in @p text; none for an empty phrase.
QList<TextSpan> spanOf(const QString &text, const QString &phrase)
{
    if (phrase.isEmpty()) {
        return {};
    }
    const qsizetype start = text.indexOf(phrase);
    return { { start, start + phrase.size() } };
}

} // namespace

/// The filters after confirmation, on facts and cues made by hand.
class TestFactFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepLongestOfOverlapping_data()
    {
        QTest::addColumn<QStringList>("facts");
        QTest::addColumn<QStringList>("kept");

        QTest::newRow("longer of one type")
            << QStringList { QStringLiteral("data_category:0-5"), QStringLiteral("data_category:3-12") }
            << QStringList { QStringLiteral("data_category:3-12") };
        QTest::newRow("shorter later one dropped")
            << QStringList { QStringLiteral("data_category:0-5"), QStringLiteral("data_category:4-8"),
                   QStringLiteral("data_category:7-20") }
            << QStringList { QStringLiteral("data_category:0-5"), QStringLiteral("data_category:7-20") };
        QTest::newRow("equal spans: the first recognizer's")
            << QStringList { QStringLiteral("data_category:2-9:de.data_category"),
                   QStringLiteral("data_category:2-9:de.data_category.compound") }
            << QStringList { QStringLiteral("data_category:2-9:de.data_category") };
        QTest::newRow("other types overlap")
            << QStringList { QStringLiteral("count:0-20"), QStringLiteral("data_category:10-15") }
            << QStringList { QStringLiteral("count:0-20"), QStringLiteral("data_category:10-15") };
        QTest::newRow("one span, type order")
            << QStringList { QStringLiteral("attack:4-11"), QStringLiteral("cause:4-11") }
            << QStringList { QStringLiteral("cause:4-11"), QStringLiteral("attack:4-11") };
        QTest::newRow("text order") << QStringList { QStringLiteral("organization:30-40"), QStringLiteral("date:0-8"),
            QStringLiteral("date:30-35") }
                                    << QStringList { QStringLiteral("date:0-8"), QStringLiteral("date:30-35"),
                                           QStringLiteral("organization:30-40") };
        QTest::newRow("touching spans do not overlap") << QStringList { QStringLiteral("date:0-5"),
            QStringLiteral("date:5-9") } << QStringList { QStringLiteral("date:0-5"), QStringLiteral("date:5-9") };
    }

    void keepLongestOfOverlapping()
    {
        QFETCH(QStringList, facts);
        QFETCH(QStringList, kept);
        QList<Fact> list = factsOf(facts);
        FactFilters::keepLongestOfOverlapping(list);
        QCOMPARE(describe(list), kept);
    }

    void dropDataWordsInsideCues_data()
    {
        QTest::addColumn<QStringList>("facts");
        QTest::addColumn<QStringList>("cues"); // "start-end"
        QTest::addColumn<QStringList>("kept");

        // "data breach": cue 0-11, "data" 0-4.
        QTest::newRow("data word inside a cue") << QStringList { QStringLiteral("data_category:0-4") }
                                                << QStringList { QStringLiteral("0-11") } << QStringList();
        QTest::newRow("at the cue's end") << QStringList { QStringLiteral("data_category:5-11") }
                                          << QStringList { QStringLiteral("0-11") } << QStringList();
        QTest::newRow("as long as the cue")
            << QStringList { QStringLiteral("data_category:0-11") } << QStringList { QStringLiteral("0-11") }
            << QStringList { QStringLiteral("data_category:0-11") };
        QTest::newRow("reaching past the cue")
            << QStringList { QStringLiteral("data_category:5-14") } << QStringList { QStringLiteral("0-11") }
            << QStringList { QStringLiteral("data_category:5-14") };
        QTest::newRow("only data words") << QStringList { QStringLiteral("date:0-4") }
                                         << QStringList { QStringLiteral("0-11") }
                                         << QStringList { QStringLiteral("date:0-4") };
        QTest::newRow("cues in any order")
            << QStringList { QStringLiteral("data_category:52-56"), QStringLiteral("data_category:20-24") }
            << QStringList { QStringLiteral("50-60"), QStringLiteral("0-11") }
            << QStringList { QStringLiteral("data_category:20-24") };
    }

    void dropDataWordsInsideCues()
    {
        QFETCH(QStringList, facts);
        QFETCH(QStringList, cues);
        QFETCH(QStringList, kept);
        QList<TextSpan> cuePhrases;
        for (const QString &cue : cues) {
            cuePhrases.append(
                { cue.section(QLatin1Char('-'), 0, 0).toLongLong(), cue.section(QLatin1Char('-'), 1, 1).toLongLong() });
        }
        QList<Fact> list = factsOf(facts);
        FactFilters::dropDataWordsInsideCues(list, cuePhrases);
        QCOMPARE(describe(list), kept);
    }

    void dropAdvice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("fact");
        QTest::addColumn<QString>("adviceBefore");
        QTest::addColumn<QString>("adviceAfter");
        QTest::addColumn<bool>("kept");

        QTest::newRow("advice before data")
            << QStringLiteral("Customers should reset their passwords now.") << QStringLiteral("data_category")
            << QStringLiteral("passwords") << QStringLiteral("reset") << QString() << false;
        QTest::newRow("punctuation between")
            << QStringLiteral("They reset systems; passwords were stolen.") << QStringLiteral("data_category")
            << QStringLiteral("passwords") << QStringLiteral("reset") << QString() << true;
        QTest::newRow("too far apart") << QStringLiteral(
            "Please reset the router in the hall and the passwords leaked.")
                                       << QStringLiteral("data_category") << QStringLiteral("passwords")
                                       << QStringLiteral("reset") << QString() << true;
        QTest::newRow("advice after data")
            << QStringLiteral("Kunden sollen ihre Passwörter ändern.") << QStringLiteral("data_category")
            << QStringLiteral("Passwörter") << QString() << QStringLiteral("ändern") << false;
        QTest::newRow("remedy after a duration")
            << QStringLiteral("It offers two years of free credit monitoring.") << QStringLiteral("duration")
            << QStringLiteral("two years") << QString() << QStringLiteral("of free credit monitoring") << false;
        QTest::newRow("advice before a duration")
            << QStringLiteral("Reset it within two years.") << QStringLiteral("duration") << QStringLiteral("two years")
            << QStringLiteral("Reset") << QString() << true;
        QTest::newRow("other types stay")
            << QStringLiteral("Reset 500 users now.") << QStringLiteral("count") << QStringLiteral("500 users")
            << QStringLiteral("Reset") << QString() << true;
    }

    void dropAdvice()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, fact);
        QFETCH(QString, adviceBefore);
        QFETCH(QString, adviceAfter);
        QFETCH(bool, kept);
        QList<Fact> facts { factOn(text, *factTypeFromName(type), fact) };
        CueSpans cues;
        cues.adviceBefore = spanOf(text, adviceBefore);
        cues.adviceAfter = spanOf(text, adviceAfter);
        FactFilters::dropAdvice(facts, cues, text);
        QCOMPARE(facts.size(), kept ? 1 : 0);
    }

    void dropAdviceSortsTheCues()
    {
        const QString text = QStringLiteral("reset x. change y. passwords");
        QList<Fact> facts;
        CueSpans cues;
        cues.adviceBefore = { { 9, 15 }, { 0, 5 } };
        FactFilters::dropAdvice(facts, cues, text);
        QCOMPARE(cues.adviceBefore.first().start, 0);
        QCOMPARE(cues.adviceBefore.last().start, 9);
    }

    void keepInIncidentContext()
    {
        // "Acme" and the date near the anchor "breach"; "Globex" and the later date far from it.
        const QString text = QStringLiteral("Acme reported a breach on 2 May. "
                                            "Much later and far away, Globex opened a new office on 9 June.");
        const QList<TextSpan> sentences { { 0, 33 }, { 33, text.size() } };
        IncidentContext::Reach reach;
        reach.insert(FactType::Organization, { 20, 0 });
        reach.insert(FactType::Date, { 20, 0 });
        const IncidentContext context(reach, spanOf(text, QStringLiteral("breach")), sentences);
        FoundFacts found;
        found.facts = { factOn(text, FactType::Organization, QStringLiteral("Acme")),
            factOn(text, FactType::Date, QStringLiteral("2 May")),
            factOn(text, FactType::Organization, QStringLiteral("Globex")),
            factOn(text, FactType::Date, QStringLiteral("9 June")),
            factOn(text, FactType::Cause, QStringLiteral("office")) };
        FactFilters::keepInIncidentContext(found, context, text, {});
        QStringList kept;
        for (const Fact &fact : std::as_const(found.facts)) {
            kept.append(fact.text);
        }
        // Causes have no reach here: they are not restricted.
        QCOMPARE(kept, (QStringList { QStringLiteral("Acme"), QStringLiteral("2 May"), QStringLiteral("office") }));
        QCOMPARE(found.organizationsOutOfContext.size(), 1);
        QCOMPARE(found.organizationsOutOfContext.first().text, QStringLiteral("Globex"));
    }
};

QTEST_GUILESS_MAIN(TestFactFilters)
#include "tst_factfilters.moc"
