// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/capitalizedsequences.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Iwb;

namespace {

QStringList sequencesOf(const QString &text)
{
    QStringList found;
    CapitalizedSequences sequences(text);
    for (qsizetype start = 0, end = 0; sequences.next(start, end);) {
        found.append(text.mid(start, end - start));
    }
    return found;
}

/// What the loop replaces: the regex the recurring-name search used to run.
QStringList regexSequencesOf(const QString &text)
{
    static const QRegularExpression regex(QStringLiteral("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}'\\x{2019}\\-]*(?:[ "
                                                         "\\t]+(?:&[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'\\x{2019}\\-]*){0,3}"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (auto it = regex.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured());
    }
    return found;
}

} // namespace

/// The hand-written capitalized-sequence scanner: its own cases, and the same matches as the regex it replaces.
class TestCapitalizedSequences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("no capitals") << QStringLiteral("nichts zu sehen, 42 mal.") << QStringList();
        QTest::newRow("two names") << QStringLiteral("Die Firma Velmont Freight meldete es am Montag.")
                                   << QStringList { QStringLiteral("Die Firma Velmont Freight"),
                                          QStringLiteral("Montag") };
        QTest::newRow("ampersand joins") << QStringLiteral("bei Brenner & Holt und Miles &More")
                                         << QStringList { QStringLiteral("Brenner & Holt"), QStringLiteral("Miles"),
                                                QStringLiteral("More") };
        QTest::newRow("ampersand before lower case")
            << QStringLiteral("Brenner & co") << QStringList { QStringLiteral("Brenner") };
        QTest::newRow("four words at most")
            << QStringLiteral("Alder Quay Ocean Ridge West")
            << QStringList { QStringLiteral("Alder Quay Ocean Ridge"), QStringLiteral("West") };
        QTest::newRow("tabs but no line breaks") << QStringLiteral(
            "Alder\tQuay\nOcean") << QStringList { QStringLiteral("Alder\tQuay"), QStringLiteral("Ocean") };
        QTest::newRow("apostrophes and hyphens") << QStringLiteral("O\u2019Brien's Velmont-Kunden")
                                                 << QStringList { QStringLiteral("O\u2019Brien's Velmont-Kunden") };
        QTest::newRow("not inside a word")
            << QStringLiteral("eBay und 3M und x-Files") << QStringList { QStringLiteral("Files") };
        QTest::newRow("umlauts") << QStringLiteral("über Österreichs Ämter")
                                 << QStringList { QStringLiteral("Österreichs Ämter") };
        QTest::newRow("title case is no capital")
            << QStringLiteral("\u01C5ungla Vor") << QStringList { QStringLiteral("Vor") };
        QTest::newRow("capital outside the BMP")
            << QStringLiteral("ein \U0001D400bc Test") << QStringList { QStringLiteral("\U0001D400bc Test") };
    }

    void sequences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(sequencesOf(text), expected);
        QCOMPARE(regexSequencesOf(text), expected);
    }

    void sameAsTheRegexOnRandomText()
    {
        // Short texts over an alphabet of every character class the pattern distinguishes.
        const QStringList alphabet {
            QStringLiteral("A"),
            QStringLiteral("b"),
            QStringLiteral("\u00C4"),
            QStringLiteral("\u00F6"),
            QStringLiteral(" "),
            QStringLiteral("\t"),
            QStringLiteral("\n"),
            QStringLiteral("&"),
            QStringLiteral("-"),
            QStringLiteral("'"),
            QStringLiteral("\u2019"),
            QStringLiteral("."),
            QStringLiteral("7"),
            QStringLiteral("\u00B2"),
            QStringLiteral("\u01C5"),
            QStringLiteral("\u0301"),
            QStringLiteral("\u00A0"),
            QStringLiteral("\U0001D400"),
            QStringLiteral("\U0001D41A"),
        };
        QRandomGenerator random(20261201); // fixed: the same texts on every run
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = random.bounded(24);
            for (int i = 0; i < length; ++i) {
                text += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
            }
            const QStringList expected = regexSequencesOf(text);
            const QStringList actual = sequencesOf(text);
            if (actual != expected) {
                QFAIL(qPrintable(QStringLiteral("differs on \"%1\": %2 instead of %3")
                        .arg(text, actual.join(QLatin1Char('|')), expected.join(QLatin1Char('|')))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCapitalizedSequences)
#include "tst_capitalizedsequences.moc"
