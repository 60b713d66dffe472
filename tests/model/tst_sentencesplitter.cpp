// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/sentencesplitter.h"
#include "extraction/wordlist.h"

#include <QTest>

using namespace Iwb;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("two plain sentences")
            << QStringLiteral("de") << QStringLiteral("Das Portal war offen. Niemand merkte es.")
            << QStringList { QStringLiteral("Das Portal war offen. "), QStringLiteral("Niemand merkte es.") };
        QTest::newRow("numeric date stays whole")
            << QStringLiteral("de") << QStringLiteral("Am 9.12.2019 fiel das Portal aus. Es lief wieder.")
            << QStringList { QStringLiteral("Am 9.12.2019 fiel das Portal aus. "), QStringLiteral("Es lief wieder.") };
        QTest::newRow("ordinal day before month name")
            << QStringLiteral("de")
            << QStringLiteral("Der Fehler trat am 9. Dezember auf. Betroffen waren 4.100 Logins.")
            << QStringList { QStringLiteral("Der Fehler trat am 9. Dezember auf. "),
                   QStringLiteral("Betroffen waren 4.100 Logins.") };
        QTest::newRow("weekday, ordinal and year")
            << QStringLiteral("de")
            << QStringLiteral("Montag, den 9. Dezember 2019, meldete sich die Firma. Danach war Ruhe.")
            << QStringList { QStringLiteral("Montag, den 9. Dezember 2019, meldete sich die Firma. "),
                   QStringLiteral("Danach war Ruhe.") };
        QTest::newRow("german abbreviation")
            << QStringLiteral("de") << QStringLiteral("Daten wie z. B. Namen waren sichtbar. Mehr nicht.")
            << QStringList { QStringLiteral("Daten wie z. B. Namen waren sichtbar. "), QStringLiteral("Mehr nicht.") };
        QTest::newRow("year at sentence end still ends it")
            << QStringLiteral("de") << QStringLiteral("Das war im Jahr 2019. Heute ist alles anders.")
            << QStringList { QStringLiteral("Das war im Jahr 2019. "), QStringLiteral("Heute ist alles anders.") };
        QTest::newRow("english title abbreviation")
            << QStringLiteral("en") << QStringLiteral("Dr. Reyes found the database. It was open.")
            << QStringList { QStringLiteral("Dr. Reyes found the database. "), QStringLiteral("It was open.") };
        QTest::newRow("empty") << QStringLiteral("en") << QString() << QStringList {};
    }

    void splits()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList actual;
        qsizetype expectedStart = 0;
        QString error;
        const auto abbreviations = WordList::load(
            QStringLiteral(IWB_SOURCE_DIR "/resources/rules/") + language + QStringLiteral("/abbreviations.tsv"),
            &error);
        QVERIFY2(abbreviations, qPrintable(error));
        for (const TextSpan &span : SentenceSplitter(language, abbreviations->keys()).split(text)) {
            QCOMPARE(span.start, expectedStart); // contiguous, no gaps
            actual.append(text.mid(span.start, span.end - span.start));
            expectedStart = span.end;
        }
        QVERIFY2(actual == sentences, qPrintable(actual.join(QStringLiteral("|"))));
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
