// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/normalizers/datenormalizer.h"
#include "normalizertesting.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace NormalizerTesting;

class TestDateNormalizer : public QObject
{
    Q_OBJECT

private:
    NormalizerTesting::Cache<DateNormalizer> normalizer;

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        const QDate wednesday(2019, 12, 11); // published on Wednesday, 11 December 2019
        const QDate newYear(2020, 1, 5);
        const QDate none;

        // Full dates need no anchor.
        QTest::newRow("de numeric") << de << QStringLiteral("9.12.2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("de numeric two-digit year")
            << de << QStringLiteral("09.12.19") << none << QStringLiteral("2019-12-09");
        QTest::newRow("de two-digit year, last century")
            << de << QStringLiteral("1.4.98") << none << QStringLiteral("1998-04-01");
        QTest::newRow("de two-digit year near anchor")
            << de << QStringLiteral("3.3.75") << QDate(2070, 1, 1) << QStringLiteral("2075-03-03");
        QTest::newRow("de numeric with spaces")
            << de << QStringLiteral("9. 12. 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("de leap day") << de << QStringLiteral("29.02.2020") << none << QStringLiteral("2020-02-29");
        QTest::newRow("de weekday, den, day month year")
            << de << QStringLiteral("Montag, den 9. Dezember 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("de am weekday day month year")
            << de << QStringLiteral("am Dienstag, 10. Dezember 2019") << none << QStringLiteral("2019-12-10");
        QTest::newRow("de day month year")
            << de << QStringLiteral("21. Januar 2020") << none << QStringLiteral("2020-01-21");
        QTest::newRow("de abbreviated month")
            << de << QStringLiteral("3. Okt. 2018") << none << QStringLiteral("2018-10-03");
        QTest::newRow("de Austrian month")
            << de << QStringLiteral("7. Jänner 2021") << none << QStringLiteral("2021-01-07");
        QTest::newRow("de ISO") << de << QStringLiteral("2019-12-09") << none << QStringLiteral("2019-12-09");
        QTest::newRow("de month and year") << de << QStringLiteral("März 2026") << none << QStringLiteral("2026-03");
        QTest::newRow("de im month and year")
            << de << QStringLiteral("im Mai 2018") << none << QStringLiteral("2018-05");
        QTest::newRow("de im Jahr") << de << QStringLiteral("im Jahr 2019") << none << QStringLiteral("2019");
        QTest::newRow("de im Jahre") << de << QStringLiteral("im Jahre 2004") << none << QStringLiteral("2004");
        QTest::newRow("de weekday not checked against date")
            << de << QStringLiteral("Freitag, den 9. Dezember 2019") << none << QStringLiteral("2019-12-09");

        // A day and month take the anchor's year, or the year before.
        QTest::newRow("de am day month, same year")
            << de << QStringLiteral("am 29. November") << wednesday << QStringLiteral("2019-11-29");
        QTest::newRow("de am day month, after anchor")
            << de << QStringLiteral("am 29. Dezember") << wednesday << QStringLiteral("2018-12-29");
        QTest::newRow("de am day month, year before")
            << de << QStringLiteral("am 29. Dezember") << newYear << QStringLiteral("2019-12-29");
        QTest::newRow("de day month on the anchor")
            << de << QStringLiteral("11. Dezember") << wednesday << QStringLiteral("2019-12-11");
        QTest::newRow("de numeric without year")
            << de << QStringLiteral("30.12.") << newYear << QStringLiteral("2019-12-30");
        QTest::newRow("de im month") << de << QStringLiteral("im März") << wednesday << QStringLiteral("2019-03");
        QTest::newRow("de im month, year before")
            << de << QStringLiteral("im Dezember") << newYear << QStringLiteral("2019-12");

        // Ranges.
        QTest::newRow("de vom bis numeric")
            << de << QStringLiteral("Vom 30.12. bis 31.12.") << newYear << range("2019-12-30", "2019-12-31");
        QTest::newRow("de vom day bis day month year")
            << de << QStringLiteral("vom 30. bis 31. Dezember 2019") << none << range("2019-12-30", "2019-12-31");
        QTest::newRow("de zwischen dem und")
            << de << QStringLiteral("zwischen dem 3. und 5. Mai 2019") << none << range("2019-05-03", "2019-05-05");
        QTest::newRow("de across the year with years")
            << de << QStringLiteral("vom 30. Dezember 2019 bis 2. Januar 2020") << none
            << range("2019-12-30", "2020-01-02");
        QTest::newRow("de across the year, end without year")
            << de << QStringLiteral("vom 30. Dezember 2019 bis 2. Januar") << none << range("2019-12-30", "2020-01-02");
        QTest::newRow("de across the year from anchor")
            << de << QStringLiteral("vom 30. Dezember bis 2. Januar") << newYear << range("2019-12-30", "2020-01-02");
        QTest::newRow("de dash range") << de << QStringLiteral("9.\u201311. Dezember 2019") << none
                                       << range("2019-12-09", "2019-12-11");
        QTest::newRow("de numeric range with years")
            << de << QStringLiteral("9.12.2019 - 11.12.2019") << none << range("2019-12-09", "2019-12-11");
        QTest::newRow("de bis zum") << de << QStringLiteral("vom 2. bis zum 4. Juli 2017") << none
                                    << range("2017-07-02", "2017-07-04");

        // Relative to the anchor.
        QTest::newRow("de gestern") << de << QStringLiteral("gestern") << wednesday << QStringLiteral("2019-12-10");
        QTest::newRow("de heute Morgen") << de << QStringLiteral("heute Morgen") << wednesday
                                         << QStringLiteral("2019-12-11");
        QTest::newRow("de gestern Abend")
            << de << QStringLiteral("gestern Abend") << wednesday << QStringLiteral("2019-12-10");
        QTest::newRow("de vorgestern") << de << QStringLiteral("vorgestern") << wednesday
                                       << QStringLiteral("2019-12-09");
        QTest::newRow("de letzte Woche") << de << QStringLiteral("letzte Woche") << wednesday
                                         << range("2019-12-02", "2019-12-08");
        QTest::newRow("de diese Woche") << de << QStringLiteral("diese Woche") << wednesday
                                        << range("2019-12-09", "2019-12-15");
        QTest::newRow("de letzten Monat")
            << de << QStringLiteral("letzten Monat") << wednesday << QStringLiteral("2019-11");
        QTest::newRow("de Vormonat in January")
            << de << QStringLiteral("Vormonat") << newYear << QStringLiteral("2019-12");
        QTest::newRow("de Vorjahr") << de << QStringLiteral("Vorjahr") << wednesday << QStringLiteral("2018");
        QTest::newRow("de am Dienstag") << de << QStringLiteral("am Dienstag") << wednesday
                                        << QStringLiteral("2019-12-10");
        QTest::newRow("de am Mittwoch is the anchor")
            << de << QStringLiteral("am Mittwoch") << wednesday << QStringLiteral("2019-12-11");
        QTest::newRow("de am Donnerstag is last week")
            << de << QStringLiteral("am Donnerstag") << wednesday << QStringLiteral("2019-12-05");
        QTest::newRow("de letzten Mittwoch")
            << de << QStringLiteral("letzten Mittwoch") << wednesday << QStringLiteral("2019-12-04");
        QTest::newRow("de am vergangenen Montag")
            << de << QStringLiteral("am vergangenen Montag") << wednesday << QStringLiteral("2019-12-09");
        QTest::newRow("de Dienstagabend")
            << de << QStringLiteral("Dienstagabend") << wednesday << QStringLiteral("2019-12-10");
        QTest::newRow("de Sonntag Nacht")
            << de << QStringLiteral("Sonntag Nacht") << wednesday << QStringLiteral("2019-12-08");

        QTest::newRow("en month day year")
            << en << QStringLiteral("December 9, 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en abbreviated month with dot")
            << en << QStringLiteral("Dec. 9, 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en abbreviated month without dot")
            << en << QStringLiteral("Dec 9 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en ordinal") << en << QStringLiteral("December 9th, 2019") << none
                                    << QStringLiteral("2019-12-09");
        QTest::newRow("en day month year")
            << en << QStringLiteral("9 December 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en the 9th of December")
            << en << QStringLiteral("on the 9th of December 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en weekday month day year")
            << en << QStringLiteral("on Monday, December 9, 2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en ISO") << en << QStringLiteral("2019-12-09") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en numeric US order")
            << en << QStringLiteral("12/9/2019") << none << QStringLiteral("2019-12-09");
        QTest::newRow("en month day without year")
            << en << QStringLiteral("on May 3") << wednesday << QStringLiteral("2019-05-03");
        QTest::newRow("en month and year")
            << en << QStringLiteral("in March 2026") << none << QStringLiteral("2026-03");
        QTest::newRow("en in year") << en << QStringLiteral("in 2019") << none << QStringLiteral("2019");
        QTest::newRow("en in the year") << en << QStringLiteral("in the year 2019") << none << QStringLiteral("2019");
        QTest::newRow("en in month") << en << QStringLiteral("in October") << wednesday << QStringLiteral("2019-10");
        QTest::newRow("en month day range")
            << en << QStringLiteral("December 9-11, 2019") << none << range("2019-12-09", "2019-12-11");
        QTest::newRow("en between month day and day")
            << en << QStringLiteral("between December 9 and 11") << wednesday << range("2019-12-09", "2019-12-11");
        QTest::newRow("en from to with months")
            << en << QStringLiteral("from Dec. 9 to Dec. 11, 2019") << none << range("2019-12-09", "2019-12-11");
        QTest::newRow("en yesterday") << en << QStringLiteral("yesterday") << wednesday << QStringLiteral("2019-12-10");
        QTest::newRow("en yesterday morning")
            << en << QStringLiteral("yesterday morning") << wednesday << QStringLiteral("2019-12-10");
        QTest::newRow("en last night") << en << QStringLiteral("last night") << wednesday
                                       << QStringLiteral("2019-12-10");
        QTest::newRow("en last Tuesday") << en << QStringLiteral("last Tuesday") << wednesday
                                         << QStringLiteral("2019-12-10");
        QTest::newRow("en last Wednesday is a week back")
            << en << QStringLiteral("last Wednesday") << wednesday << QStringLiteral("2019-12-04");
        QTest::newRow("en on Tuesday") << en << QStringLiteral("on Tuesday") << wednesday
                                       << QStringLiteral("2019-12-10");
        QTest::newRow("en Friday night") << en << QStringLiteral("Friday night") << wednesday
                                         << QStringLiteral("2019-12-06");
        QTest::newRow("en last week") << en << QStringLiteral("last week") << wednesday
                                      << range("2019-12-02", "2019-12-08");
        QTest::newRow("en last year") << en << QStringLiteral("last year") << wednesday << QStringLiteral("2018");
    }

    void normalizes()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QDate, anchor);
        QFETCH(QString, expected);
        const auto value = normalizer(language).normalize(text, anchor);
        QVERIFY2(value, qPrintable(text));
        QCOMPARE(json(*value), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("anchor");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        const QDate anchor(2019, 12, 11);
        const QDate none;
        QTest::newRow("de 31 February") << de << QStringLiteral("31.02.2019") << anchor;
        QTest::newRow("de 29 February, no leap year") << de << QStringLiteral("29.02.2019") << anchor;
        QTest::newRow("de day 32") << de << QStringLiteral("32.12.2019") << anchor;
        QTest::newRow("de month 13") << de << QStringLiteral("9.13.2019") << anchor;
        QTest::newRow("de 31 November by name") << de << QStringLiteral("31. November 2019") << anchor;
        QTest::newRow("de Uhr") << de << QStringLiteral("Uhr") << anchor;
        QTest::newRow("de empty") << de << QString() << anchor;
        QTest::newRow("de year alone") << de << QStringLiteral("2019") << anchor;
        QTest::newRow("de month alone") << de << QStringLiteral("Dezember") << anchor;
        QTest::newRow("de numeric without year or final dot") << de << QStringLiteral("30.12") << anchor;
        QTest::newRow("de inflected weekday") << de << QStringLiteral("montags") << anchor;
        QTest::newRow("de range backwards") << de << QStringLiteral("vom 31.12. bis 30.12.") << anchor;
        QTest::newRow("de range, start day after end day")
            << de << QStringLiteral("vom 30. bis 2. Januar 2020") << anchor;
        QTest::newRow("de gestern without anchor") << de << QStringLiteral("gestern") << none;
        QTest::newRow("de day month without anchor") << de << QStringLiteral("am 29. Dezember") << none;
        QTest::newRow("de month without anchor") << de << QStringLiteral("im März") << none;
        QTest::newRow("de weekday without anchor") << de << QStringLiteral("am Dienstag") << none;
        QTest::newRow("de letzte Woche without anchor") << de << QStringLiteral("letzte Woche") << none;
        QTest::newRow("de month before day") << de << QStringLiteral("Dezember 9, 2019") << anchor;
        QTest::newRow("de morgen is not tomorrow") << de << QStringLiteral("morgen") << anchor;
        QTest::newRow("de trailing text") << de << QStringLiteral("9.12.2019 um") << anchor;
        QTest::newRow("en German month") << en << QStringLiteral("9. Dezember 2019") << anchor;
        QTest::newRow("en numeric without year") << en << QStringLiteral("12/9") << anchor;
        QTest::newRow("en 31 April") << en << QStringLiteral("April 31, 2019") << anchor;
        QTest::newRow("en yesterday without anchor") << en << QStringLiteral("yesterday") << none;
        QTest::newRow("en month day range backwards") << en << QStringLiteral("December 11-9, 2019") << anchor;
    }

    void rejects()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QDate, anchor);
        const auto value = normalizer(language).normalize(text, anchor);
        QVERIFY2(!value, qPrintable(value ? json(*value) : QString()));
    }

    void patternFindsSpan_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de full date with weekday")
            << de << QStringLiteral("Der Angriff wurde am Montag, den 9. Dezember 2019 bemerkt.")
            << QStringLiteral("am Montag, den 9. Dezember 2019");
        QTest::newRow("de range") << de << QStringLiteral("Vom 30.12. bis 31.12. war das Portal nicht erreichbar.")
                                  << QStringLiteral("Vom 30.12. bis 31.12.");
        QTest::newRow("de relative") << de << QStringLiteral("Wie die Stadtwerke gestern Abend mitteilten, ...")
                                     << QStringLiteral("gestern Abend");
        QTest::newRow("de month year") << de << QStringLiteral("Die Lücke besteht seit März 2026.")
                                       << QStringLiteral("März 2026");
        QTest::newRow("en date") << en << QStringLiteral("The firm said on Dec. 9, 2019 that card data was taken.")
                                 << QStringLiteral("on Dec. 9, 2019");
        QTest::newRow("en weekday") << en << QStringLiteral("Attackers struck last Tuesday, officials said.")
                                    << QStringLiteral("last Tuesday");
        QTest::newRow("en range") << en << QStringLiteral("Systems were down December 9-11, 2019 at the clinic.")
                                  << QStringLiteral("December 9-11, 2019");
    }

    void patternFindsSpan()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        const QRegularExpression regex(normalizer(language).pattern(),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QVERIFY2(regex.isValid(), qPrintable(regex.errorString()));
        const QRegularExpressionMatch match = regex.match(sentence);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(), expected);
        QVERIFY2(normalizer(language).normalize(match.captured(), QDate(2019, 12, 11)), qPrintable(match.captured()));
    }

    void spanOfValues()
    {
        using Span = std::optional<std::pair<QDate, QDate>>;
        QCOMPARE(
            DateNormalizer::span(QJsonValue(QStringLiteral("2019"))), Span({ QDate(2019, 1, 1), QDate(2019, 12, 31) }));
        QCOMPARE(DateNormalizer::span(QJsonValue(QStringLiteral("2020-02"))),
            Span({ QDate(2020, 2, 1), QDate(2020, 2, 29) }));
        QCOMPARE(DateNormalizer::span(QJsonValue(QStringLiteral("2019-12-09"))),
            Span({ QDate(2019, 12, 9), QDate(2019, 12, 9) }));
        QCOMPARE(DateNormalizer::span(QJsonObject { { QStringLiteral("from"), QStringLiteral("2019-12-30") },
                     { QStringLiteral("to"), QStringLiteral("2020-01-02") } }),
            Span({ QDate(2019, 12, 30), QDate(2020, 1, 2) }));
        QCOMPARE(DateNormalizer::span(QJsonValue(QStringLiteral("Dezember"))), Span());
    }

    void brokenVocabularyNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");

        QTest::newRow("month 13") << QStringLiteral("norm-months.tsv")
                                  << QStringLiteral("# Monate\nJanuar\t1\nSmarch\t13\n")
                                  << QStringLiteral(
                                         "norm-months.tsv:3: the value '13' is not a whole number from 1 to 12");
        QTest::newRow("weekday 0") << QStringLiteral("norm-weekdays.tsv") << QStringLiteral("Montag\t0\n")
                                   << QStringLiteral(
                                          "norm-weekdays.tsv:1: the value '0' is not a whole number from 1 to 7");
        QTest::newRow("period without unit")
            << QStringLiteral("norm-relative-periods.tsv") << QStringLiteral("letzte Woche\tweek -1\nVorjahr\t-1\n")
            << QStringLiteral(
                   "norm-relative-periods.tsv:2: the value '-1' is not a unit (week, month, year) and a whole "
                   "number, like 'week -1'");
        QTest::newRow("unknown role") << QStringLiteral("norm-date-words.tsv")
                                      << QStringLiteral("am\ton\nbis\tto\nund\tand\nnebst\twith\n")
                                      << QStringLiteral("norm-date-words.tsv:4: the value 'with' is not one of: on, "
                                                        "article, from, to, between, and, in, in_month, in_year, last, "
                                                        "ordinal, of");
        QTest::newRow("bad date order") << QStringLiteral("norm-settings.tsv")
                                        << QStringLiteral("thousands_separator\t.\nnumeric_date_order\tymd\n")
                                        << QStringLiteral(
                                               "norm-settings.tsv:2: 'numeric_date_order' must be dmy or mdy, "
                                               "not 'ymd'");
    }

    void brokenVocabularyNamesFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir source(rulesDir(QStringLiteral("de")));
        for (const QString &name : source.entryList({ QStringLiteral("norm-*.tsv") }, QDir::Files)) {
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        }
        QFile::remove(dir.filePath(file));
        QFile out(dir.filePath(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content.toUtf8());
        out.close();

        QString actual;
        QVERIFY(!DateNormalizer::load(dir.path(), &actual));
        QCOMPARE(actual, dir.path() + QLatin1Char('/') + error);
    }

    void missingRoleIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir source(rulesDir(QStringLiteral("de")));
        for (const QString &name : source.entryList({ QStringLiteral("norm-*.tsv") }, QDir::Files)) {
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        }
        QFile::remove(dir.filePath(QStringLiteral("norm-date-words.tsv")));
        QFile out(dir.filePath(QStringLiteral("norm-date-words.tsv")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("am\ton\nund\tand\n");
        out.close();
        QString error;
        QVERIFY(!DateNormalizer::load(dir.path(), &error));
        QCOMPARE(error,
            dir.filePath(QStringLiteral("norm-date-words.tsv")) + QStringLiteral(": no entry has the value 'to'"));
    }
};

QTEST_GUILESS_MAIN(TestDateNormalizer)
#include "tst_datenormalizer.moc"
