// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/normalizers/timenormalizer.h"
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

class TestTimeNormalizer : public QObject
{
    Q_OBJECT

private:
    NormalizerTesting::Cache<TimeNormalizer> normalizer;

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de colon and Uhr") << de << QStringLiteral("16:35 Uhr") << QStringLiteral("16:35");
        QTest::newRow("de seconds dropped") << de << QStringLiteral("11:20:42 Uhr") << QStringLiteral("11:20");
        QTest::newRow("de colon without Uhr") << de << QStringLiteral("16:35") << QStringLiteral("16:35");
        QTest::newRow("de one-digit hour") << de << QStringLiteral("7:05 Uhr") << QStringLiteral("07:05");
        QTest::newRow("de after midnight") << de << QStringLiteral("0:30 Uhr") << QStringLiteral("00:30");
        QTest::newRow("de um bare hour") << de << QStringLiteral("um 11 Uhr") << QStringLiteral("11:00");
        QTest::newRow("de dot and Uhr") << de << QStringLiteral("10.49 Uhr") << QStringLiteral("10:49");
        QTest::newRow("de gegen dot") << de << QStringLiteral("gegen 9.30 Uhr") << QStringLiteral("09:30");
        QTest::newRow("de ab") << de << QStringLiteral("ab 18 Uhr") << QStringLiteral("18:00");
        QTest::newRow("de glued Uhr") << de << QStringLiteral("14Uhr") << QStringLiteral("14:00");
        QTest::newRow("de Uhr abends") << de << QStringLiteral("8 Uhr abends") << QStringLiteral("20:00");
        QTest::newRow("de Uhr morgens") << de << QStringLiteral("um 6 Uhr morgens") << QStringLiteral("06:00");
        QTest::newRow("de 24 Uhr") << de << QStringLiteral("24 Uhr") << QStringLiteral("24:00");
        QTest::newRow("de Mitternacht") << de << QStringLiteral("um Mitternacht") << QStringLiteral("00:00");
        QTest::newRow("de von bis") << de << QStringLiteral("von 16:08 bis 16:40 Uhr") << range("16:08", "16:40");
        QTest::newRow("de zwischen und") << de << QStringLiteral("zwischen 16 und 17 Uhr") << range("16:00", "17:00");
        QTest::newRow("de von Uhr bis Uhr")
            << de << QStringLiteral("von 9 Uhr bis 11.30 Uhr") << range("09:00", "11:30");
        QTest::newRow("de dash range") << de << QStringLiteral("16:08\u201316:40 Uhr") << range("16:08", "16:40");
        QTest::newRow("de over midnight") << de << QStringLiteral("von 23 bis 1 Uhr") << range("23:00", "01:00");
        QTest::newRow("de zwischen abends")
            << de << QStringLiteral("zwischen 8 und 9 Uhr abends") << range("20:00", "21:00");

        QTest::newRow("en p.m.") << en << QStringLiteral("4:08 p.m.") << QStringLiteral("16:08");
        QTest::newRow("en a.m.") << en << QStringLiteral("7:45 a.m.") << QStringLiteral("07:45");
        QTest::newRow("en pm glued") << en << QStringLiteral("4pm") << QStringLiteral("16:00");
        QTest::newRow("en am glued to minutes") << en << QStringLiteral("10:30am") << QStringLiteral("10:30");
        QTest::newRow("en at bare hour pm") << en << QStringLiteral("at 9 p.m.") << QStringLiteral("21:00");
        QTest::newRow("en 12 p.m. is noon") << en << QStringLiteral("12 p.m.") << QStringLiteral("12:00");
        QTest::newRow("en 12 a.m. is midnight") << en << QStringLiteral("12:15 a.m.") << QStringLiteral("00:15");
        QTest::newRow("en o'clock") << en << QStringLiteral("around 9 o'clock") << QStringLiteral("09:00");
        QTest::newRow("en in the evening") << en << QStringLiteral("8 in the evening") << QStringLiteral("20:00");
        QTest::newRow("en colon 24h") << en << QStringLiteral("at 16:40") << QStringLiteral("16:40");
        QTest::newRow("en noon") << en << QStringLiteral("at noon") << QStringLiteral("12:00");
        QTest::newRow("en midnight") << en << QStringLiteral("midnight") << QStringLiteral("00:00");
        QTest::newRow("en from to p.m.") << en << QStringLiteral("from 6:30 to 7:45 p.m.") << range("18:30", "19:45");
        QTest::newRow("en from to, start before noon")
            << en << QStringLiteral("from 11:30 to 1:15 p.m.") << range("11:30", "13:15");
        QTest::newRow("en between and") << en << QStringLiteral("between 4 and 5 p.m.") << range("16:00", "17:00");
        QTest::newRow("en own halves") << en << QStringLiteral("from 11 p.m. until 2 a.m.") << range("23:00", "02:00");
        QTest::newRow("en dash a.m.") << en << QStringLiteral("9-11 a.m.") << range("09:00", "11:00");
    }

    void normalizes()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto value = normalizer(language).normalize(text);
        QVERIFY2(value, qPrintable(text));
        QCOMPARE(json(*value), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de Uhr alone") << de << QStringLiteral("Uhr");
        QTest::newRow("de 99:99 Uhr") << de << QStringLiteral("99:99 Uhr");
        QTest::newRow("de hour 25") << de << QStringLiteral("25:00 Uhr");
        QTest::newRow("de past 24:00") << de << QStringLiteral("24:30 Uhr");
        QTest::newRow("de minute 60") << de << QStringLiteral("16:60");
        QTest::newRow("de bare number") << de << QStringLiteral("16");
        QTest::newRow("de dot without Uhr") << de << QStringLiteral("10.49");
        QTest::newRow("de um without Uhr") << de << QStringLiteral("um 11");
        QTest::newRow("de range without any marker") << de << QStringLiteral("zwischen 16 und 17");
        QTest::newRow("de morning after 12") << de << QStringLiteral("14 Uhr morgens");
        QTest::newRow("de empty") << de << QString();
        QTest::newRow("de trailing text") << de << QStringLiteral("16:35 Uhr heute");
        QTest::newRow("en 13 a.m.") << en << QStringLiteral("13 a.m.");
        QTest::newRow("en 0 a.m.") << en << QStringLiteral("0 a.m.");
        QTest::newRow("en German Uhr") << en << QStringLiteral("11 Uhr");
        QTest::newRow("en amazing is no am") << en << QStringLiteral("7 amazing");
        QTest::newRow("en bare hour") << en << QStringLiteral("at 7");
    }

    void rejects()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        const auto value = normalizer(language).normalize(text);
        QVERIFY2(!value, qPrintable(value ? json(*value) : QString()));
    }

    void patternFindsSpan_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de range") << de << QStringLiteral("Die Störung dauerte von 16:08 bis 16:40 Uhr an.")
                                  << QStringLiteral("von 16:08 bis 16:40 Uhr");
        QTest::newRow("de gegen") << de << QStringLiteral("Die Polizei wurde gegen 9.30 Uhr alarmiert.")
                                  << QStringLiteral("gegen 9.30 Uhr");
        QTest::newRow("de zwischen") << de << QStringLiteral("Zeugen sahen zwischen 16 und 17 Uhr zwei Männer.")
                                     << QStringLiteral("zwischen 16 und 17 Uhr");
        QTest::newRow("de not a date") << de << QStringLiteral("Am 9.12.2019 um 11 Uhr fiel das Netz aus.")
                                       << QStringLiteral("um 11 Uhr");
        QTest::newRow("en p.m.") << en << QStringLiteral("The outage began at 4:08 p.m. on Monday.")
                                 << QStringLiteral("at 4:08 p.m.");
        QTest::newRow("en range") << en << QStringLiteral("Service was down from 6:30 to 7:45 p.m. local time.")
                                  << QStringLiteral("from 6:30 to 7:45 p.m.");
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
        QVERIFY2(normalizer(language).normalize(match.captured()), qPrintable(match.captured()));
    }

    void brokenVocabularyNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown role") << QStringLiteral("Uhr\tclock\nbis\tto\n# Tageszeit\nabends\tevening\n")
                                      << QStringLiteral(
                                             "norm-time-words.tsv:4: the value 'evening' is not one of: clock, "
                                             "am, pm, at, from, to, between, and, noon, midnight");
        QTest::newRow("duplicate") << QStringLiteral("Uhr\tclock\nbis\tto\nUHR\tclock\n")
                                   << QStringLiteral("norm-time-words.tsv:3: entry 'UHR' appears twice");
        QTest::newRow("no range word") << QStringLiteral("Uhr\tclock\n")
                                       << QStringLiteral("norm-time-words.tsv: no entry has the value 'to'");
        QTest::newRow("empty") << QStringLiteral("# nichts\n")
                               << QStringLiteral("norm-time-words.tsv: the file has no entries");
    }

    void brokenVocabularyNamesFileAndLine()
    {
        QFETCH(QString, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile out(dir.filePath(QStringLiteral("norm-time-words.tsv")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content.toUtf8());
        out.close();

        QString actual;
        QVERIFY(!TimeNormalizer::load(dir.path(), &actual));
        QCOMPARE(actual, dir.path() + QLatin1Char('/') + error);
    }
};

QTEST_GUILESS_MAIN(TestTimeNormalizer)
#include "tst_timenormalizer.moc"
