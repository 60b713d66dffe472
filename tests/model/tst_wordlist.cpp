// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/wordlist.h"

#include <QTest>

using namespace Iwb;

class TestWordList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEntries()
    {
        QString error;
        const auto list = WordList::parse(QStringLiteral("# Monate\nDezember\t12\nDez.\t12\n\nMai\t5\nohne Wert\n"),
            QStringLiteral("months.tsv"), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->value(u"dezember"), std::optional<QString>(QStringLiteral("12")));
        QCOMPARE(list->value(u"DEZ."), std::optional<QString>(QStringLiteral("12")));
        QCOMPARE(list->value(u"ohne Wert"), std::optional<QString>(QString()));
        QCOMPARE(list->value(u"Juni"), std::nullopt);
        QCOMPARE(list->keys().first(), QStringLiteral("Dezember"));
        QCOMPARE(list->alternation(), QStringLiteral("ohne Wert|Dezember|Dez\\.|Mai"));
        QCOMPARE(WordList::escapeForRegex(QStringLiteral("Kund*innen (ä) 1.5$")),
            QStringLiteral("Kund\\*innen \\(ä\\) 1\\.5\\$"));
    }

    void reportsProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("error");

        QTest::newRow("duplicate, case-insensitive") << QStringLiteral("Mai\t5\n# x\nMAI\t5\n") << QStringList()
                                                     << QStringLiteral("cats.tsv:3: entry 'MAI' appears twice");
        QTest::newRow("empty key") << QStringLiteral("ok\tx\n\tvalue\n") << QStringList()
                                   << QStringLiteral("cats.tsv:2: the entry has no word before the tab");
        QTest::newRow("value not allowed")
            << QStringLiteral("Kartendaten\tpayment_cards\nPostleitzahl\tpostcode\n")
            << QStringList { QStringLiteral("payment_cards"), QStringLiteral("postal_addresses") }
            << QStringLiteral("cats.tsv:2: entry 'Postleitzahl' has the value 'postcode', which "
                              "is not one of: payment_cards, postal_addresses");
    }

    void reportsProblems()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, allowed);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!WordList::parse(text, QStringLiteral("cats.tsv"), &actual, allowed));
        QCOMPARE(actual, error);
    }

    void missingFileNamesIt()
    {
        QString error;
        QVERIFY(!WordList::load(QStringLiteral("/nonexistent/rules/months.tsv"), &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent/rules/months.tsv: cannot be read")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWordList)
#include "tst_wordlist.moc"
