// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/incidentcontext.h"
#include "extraction/wordlist.h"

#include <QTest>

using namespace Iwb;

namespace {

/// The span of @p needle in @p text (first occurrence).
TextSpan spanOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return { at, at + needle.size() };
}

/// Sentences split at ". " (the tests' texts are written that way).
QList<TextSpan> sentencesOf(const QString &text)
{
    QList<TextSpan> sentences;
    qsizetype start = 0;
    for (qsizetype at = text.indexOf(QStringLiteral(". ")); at >= 0; at = text.indexOf(QStringLiteral(". "), at + 1)) {
        sentences.append({ start, at + 1 });
        start = at + 2;
    }
    sentences.append({ start, text.size() });
    return sentences;
}

Fact factAt(FactType type, const TextSpan &span)
{
    Fact fact;
    fact.type = type;
    fact.start = span.start;
    fact.end = span.end;
    return fact;
}

} // namespace

class TestIncidentContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void admits_data();
    void admits();
    void listItemsShareTheirContext();
    void spansCoverWhereFactsMayBe_data();
    void spansCoverWhereFactsMayBe();
    void readReachRejectsBadEntries_data();
    void readReachRejectsBadEntries();
};

void TestIncidentContext::admits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("fact");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("sentences");
    QTest::addColumn<bool>("admitted");

    QTest::newRow("next to the cue") << "Attackers stole passwords from the shop." << "stole" << "passwords" << 20 << 0
                                     << true;
    QTest::newRow("beyond the reach") << "Passwords of the shop and of all its many partner sites were stolen."
                                      << "stolen" << "Passwords" << 20 << 0 << false;
    QTest::newRow("within a long reach") << "Passwords of the shop and of all its many partner sites were stolen."
                                         << "stolen" << "Passwords" << 80 << 0 << true;
    QTest::newRow("other sentence") << "The shop was hacked. On Monday it opened a branch." << "hacked" << "Monday"
                                    << 80 << 0 << false;
    QTest::newRow("neighbour sentence allowed")
        << "The shop was hacked. On Monday it opened a branch." << "hacked" << "Monday" << 80 << 1 << true;
    QTest::newRow("two sentences away") << "The shop was hacked. It said so. On Monday it opened a branch." << "hacked"
                                        << "Monday" << 80 << 1 << false;
    QTest::newRow("cue after the fact") << "Am Montag wurden Kundendaten gestohlen." << "gestohlen" << "Montag" << 40
                                        << 0 << true;
}

void TestIncidentContext::admits()
{
    QFETCH(QString, text);
    QFETCH(QString, anchor);
    QFETCH(QString, fact);
    QFETCH(int, characters);
    QFETCH(int, sentences);
    QFETCH(bool, admitted);

    const QList<TextSpan> split = sentencesOf(text);
    const IncidentContext context({ { FactType::Date, { characters, sentences } } }, { spanOf(text, anchor) }, split);
    const TextSpan span = spanOf(text, fact);
    QCOMPARE(context.admits(FactType::Date, span.start, span.end), admitted);
    // Types without a reach are not restricted.
    QVERIFY(context.admits(FactType::Cause, span.start, span.end));
    // The cheap check before confirming never rejects what would be admitted; it does reject
    // facts sentences away from any anchor.
    const bool mayAdmit = context.mayAdmitStartingIn(FactType::Date, span.start, span.start);
    QVERIFY(mayAdmit || !admitted);
    if (QByteArray(QTest::currentDataTag()) == "two sentences away") {
        QVERIFY(!mayAdmit);
        QVERIFY(!context.mayHoldFactsIn(span.start, span.end));
    }
}

void TestIncidentContext::listItemsShareTheirContext()
{
    const QString text
        = QStringLiteral("Names, birth dates, home addresses and policy numbers of members could have been accessed. "
                         "The club keeps names on paper.");
    const QList<TextSpan> split = sentencesOf(text);
    const IncidentContext context(
        { { FactType::DataCategory, { 30, 0 } } }, { spanOf(text, QStringLiteral("accessed")) }, split);
    const QList<Fact> facts {
        factAt(FactType::DataCategory, spanOf(text, QStringLiteral("policy numbers"))),
        factAt(FactType::DataCategory, spanOf(text, QStringLiteral("Names"))),
        factAt(FactType::DataCategory, spanOf(text, QStringLiteral("birth dates"))),
        factAt(FactType::DataCategory, spanOf(text, QStringLiteral("home addresses"))),
        factAt(FactType::DataCategory,
            { text.lastIndexOf(QStringLiteral("names")), text.lastIndexOf(QStringLiteral("names")) + 5 }),
    };
    // Only "policy numbers" is near "accessed"; the list carries the others, not the next sentence's "names".
    QCOMPARE(context.admits(FactType::DataCategory, facts.at(1).start, facts.at(1).end), false);
    const QList<bool> admitted = context.admittedFacts(facts, text, { QStringLiteral("and"), QStringLiteral("or") });
    QCOMPARE(admitted, (QList<bool> { true, true, true, true, false }));
}

void TestIncidentContext::spansCoverWhereFactsMayBe_data()
{
    QTest::addColumn<qsizetype>("characters");
    QTest::addColumn<qsizetype>("sentences");
    QTest::addColumn<bool>("split");
    QTest::addColumn<QStringList>("anchors");
    QTest::addColumn<QString>("farAway"); // a stretch that no span may reach

    QTest::newRow("one sentence around") << qsizetype(40) << qsizetype(1) << true
                                         << QStringList { QStringLiteral("Datenleck") } << QStringLiteral("Im Stadion");
    QTest::newRow("own sentence only") << qsizetype(20) << qsizetype(0) << true
                                       << QStringList { QStringLiteral("Datenleck") } << QStringLiteral("Im Stadion");
    QTest::newRow("two anchors") << qsizetype(20) << qsizetype(1) << true
                                 << QStringList { QStringLiteral("Datenleck"), QStringLiteral("gestohlen") }
                                 << QStringLiteral("Im Stadion");
    QTest::newRow("no sentences") << qsizetype(30) << qsizetype(1) << false
                                  << QStringList { QStringLiteral("Datenleck") } << QStringLiteral("Dann gingen");
}

void TestIncidentContext::spansCoverWhereFactsMayBe()
{
    QFETCH(qsizetype, characters);
    QFETCH(qsizetype, sentences);
    QFETCH(bool, split);
    QFETCH(QStringList, anchors);
    QFETCH(QString, farAway);

    const QString text = QStringLiteral(
        "Der Verein lud zum Sommerfest ein. Es gab Kuchen und Musik. Am Nachmittag sprach der Vorstand. "
        "Ein Datenleck legte am Montag die Adressen von 300 Mitgliedern offen. Sie seien nicht gestohlen worden, hieß "
        "es. "
        "Die Polizei ermittelt. Danach ging es um den Sport. Im Stadion spielte die erste Mannschaft. "
        "Beim Bäcker gab es Brezeln. Zum Schluss wurde gesungen. Dann gingen alle heim.");
    const QList<TextSpan> sentenceSpans = split ? sentencesOf(text) : QList<TextSpan> {};
    QList<TextSpan> anchorSpans;
    for (const QString &anchor : std::as_const(anchors)) {
        anchorSpans.append(spanOf(text, anchor));
    }
    const IncidentContext context({ { FactType::Date, { characters, sentences } } }, anchorSpans, sentenceSpans);
    const QList<TextSpan> spans = context.spansThatMayHoldFacts();
    QVERIFY(!spans.isEmpty());
    for (qsizetype i = 1; i < spans.size(); ++i) {
        QVERIFY(spans.at(i - 1).end < spans.at(i).start); // in order and apart
    }
    const auto inSpans = [&spans](qsizetype p) {
        return std::any_of(
            spans.cbegin(), spans.cend(), [p](const TextSpan &span) { return span.start <= p && p < span.end; });
    };
    for (qsizetype p = 0; p < text.size(); ++p) {
        if (context.mayHoldFactsIn(p, p)) {
            QVERIFY2(
                inSpans(p), qPrintable(QStringLiteral("position %1 may hold facts but lies outside the spans").arg(p)));
        }
    }
    // The spans are no more than the neighbourhood: the end of the text is far from the anchors.
    const TextSpan far = spanOf(text, farAway);
    QVERIFY(!inSpans(far.start));
}

void TestIncidentContext::readReachRejectsBadEntries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");

    QTest::newRow("valid") << "date\t60\ndate.sentences\t1\n" << QString();
    QTest::newRow("unknown type") << "weather\t60\n" << "incident-context.tsv: entry 'weather': no such fact type";
    QTest::newRow("not a number")
        << "date\tnear\n"
        << "incident-context.tsv: entry 'date': the reach must be a number of characters, not 'near'";
    QTest::newRow("negative sentences")
        << "count.sentences\t-1\n"
        << "incident-context.tsv: entry 'count.sentences': the reach must be a number of sentences, not '-1'";
}

void TestIncidentContext::readReachRejectsBadEntries()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);

    QString error;
    const auto list = WordList::parse(file, QStringLiteral("incident-context.tsv"), &error);
    QVERIFY2(list, qPrintable(error));
    const auto reach = IncidentContext::readReach(*list, &error);
    QCOMPARE(reach.has_value(), problem.isEmpty());
    if (reach) {
        QCOMPARE(reach->value(FactType::Date).characters, 60);
        QCOMPARE(reach->value(FactType::Date).sentences, 1);
    } else {
        QCOMPARE(error, problem);
    }
}

QTEST_GUILESS_MAIN(TestIncidentContext)
#include "tst_incidentcontext.moc"
