// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/normalizers/durationnormalizer.h"
#include "normalizertesting.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace NormalizerTesting;

class TestDurationNormalizer : public QObject
{
    Q_OBJECT

private:
    NormalizerTesting::Cache<DurationNormalizer> normalizer;

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("anchor");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        const QDate anchor(2019, 12, 11);
        const QDate none;

        QTest::newRow("de minutes") << de << QStringLiteral("31 Minuten") << none << QStringLiteral("31");
        QTest::newRow("de zuvor keeps the length")
            << de << QStringLiteral("15 Minuten zuvor") << none << QStringLiteral("15");
        QTest::newRow("de vor keeps the length")
            << de << QStringLiteral("vor 15 Minuten") << none << QStringLiteral("15");
        QTest::newRow("de nach") << de << QStringLiteral("nach 31 Minuten") << none << QStringLiteral("31");
        QTest::newRow("de zwei Tage") << de << QStringLiteral("zwei Tage") << none << QStringLiteral("2880");
        QTest::newRow("de ein Tag") << de << QStringLiteral("ein Tag") << none << QStringLiteral("1440");
        QTest::newRow("de knapp zwei Tage")
            << de << QStringLiteral("knapp zwei Tage") << none << QStringLiteral("{\"max\":2880}");
        QTest::newRow("de mehr als zwei Wochen")
            << de << QStringLiteral("mehr als zwei Wochen") << none << QStringLiteral("{\"min\":20160}");
        QTest::newRow("de rund is still a number")
            << de << QStringLiteral("rund drei Stunden") << none << QStringLiteral("180");
        QTest::newRow("de eine halbe Stunde")
            << de << QStringLiteral("eine halbe Stunde") << none << QStringLiteral("30");
        QTest::newRow("de einer halben Stunde")
            << de << QStringLiteral("nach einer halben Stunde") << none << QStringLiteral("30");
        QTest::newRow("de anderthalb Stunden")
            << de << QStringLiteral("anderthalb Stunden") << none << QStringLiteral("90");
        QTest::newRow("de decimal comma") << de << QStringLiteral("1,5 Stunden") << none << QStringLiteral("90");
        QTest::newRow("de seconds") << de << QStringLiteral("30 Sekunden") << none << QStringLiteral("0.5");
        QTest::newRow("de hour and minutes")
            << de << QStringLiteral("eine Stunde und 20 Minuten") << none << QStringLiteral("80");
        QTest::newRow("de binnen 72 Stunden")
            << de << QStringLiteral("binnen 72 Stunden") << none << QStringLiteral("4320");
        QTest::newRow("de ein halbes Jahr")
            << de << QStringLiteral("ein halbes Jahr") << none << QStringLiteral("262800");
        QTest::newRow("de seit drei Jahren")
            << de << QStringLiteral("seit drei Jahren") << none << QStringLiteral("1576800");
        QTest::newRow("de zwei Tage lang") << de << QStringLiteral("zwei Tage lang") << none << QStringLiteral("2880");
        QTest::newRow("de range bis") << de << QStringLiteral("zwei bis drei Tage") << none
                                      << QStringLiteral("{\"max\":4320,\"min\":2880}");
        QTest::newRow("de range zwischen") << de << QStringLiteral("zwischen zwei und drei Tagen") << none
                                           << QStringLiteral("{\"max\":4320,\"min\":2880}");
        QTest::newRow("de range dash") << de << QStringLiteral("2-3 Stunden") << none
                                       << QStringLiteral("{\"max\":180,\"min\":120}");
        QTest::newRow("de mehrere Stunden")
            << de << QStringLiteral("mehrere Stunden") << none << QStringLiteral("{\"max\":720,\"min\":120}");
        QTest::newRow("de seit mehreren Tagen")
            << de << QStringLiteral("seit mehreren Tagen") << none << QStringLiteral("{\"max\":17280,\"min\":2880}");
        QTest::newRow("de ein paar Minuten")
            << de << QStringLiteral("ein paar Minuten") << none << QStringLiteral("{\"max\":5,\"min\":2}");
        QTest::newRow("de jahrelang") << de << QStringLiteral("jahrelang") << none
                                      << QStringLiteral("{\"min\":1051200}");
        QTest::newRow("de seit Jahren") << de << QStringLiteral("seit Jahren") << none
                                        << QStringLiteral("{\"min\":1051200}");
        QTest::newRow("de seit year") << de << QStringLiteral("seit 2005") << anchor
                                      << QStringLiteral("{\"max\":7858080,\"min\":7333920}");
        QTest::newRow("de seit month year")
            << de << QStringLiteral("seit März 2019") << anchor << QStringLiteral("{\"max\":410400,\"min\":367200}");
        QTest::newRow("de seit dem day") << de << QStringLiteral("seit dem 9. Dezember 2019") << anchor
                                         << QStringLiteral("2880");
        QTest::newRow("de seit gestern") << de << QStringLiteral("seit gestern") << anchor << QStringLiteral("1440");
        QTest::newRow("de seit heute") << de << QStringLiteral("seit heute") << anchor << QStringLiteral("0");

        QTest::newRow("en minutes") << en << QStringLiteral("40 minutes") << none << QStringLiteral("40");
        QTest::newRow("en for three weeks")
            << en << QStringLiteral("for three weeks") << none << QStringLiteral("30240");
        QTest::newRow("en half an hour") << en << QStringLiteral("half an hour") << none << QStringLiteral("30");
        QTest::newRow("en an hour") << en << QStringLiteral("an hour") << none << QStringLiteral("60");
        QTest::newRow("en decimal") << en << QStringLiteral("1.5 hours") << none << QStringLiteral("90");
        QTest::newRow("en glued") << en << QStringLiteral("40min") << none << QStringLiteral("40");
        QTest::newRow("en two days ago") << en << QStringLiteral("two days ago") << none << QStringLiteral("2880");
        QTest::newRow("en hour and minutes")
            << en << QStringLiteral("an hour and 20 minutes") << none << QStringLiteral("80");
        QTest::newRow("en hour minutes, no joiner")
            << en << QStringLiteral("1 hour 20 minutes") << none << QStringLiteral("80");
        QTest::newRow("en within") << en << QStringLiteral("within 72 hours") << none << QStringLiteral("4320");
        QTest::newRow("en nearly") << en << QStringLiteral("nearly two days") << none
                                   << QStringLiteral("{\"max\":2880}");
        QTest::newRow("en more than") << en << QStringLiteral("for more than a week") << none
                                      << QStringLiteral("{\"min\":10080}");
        QTest::newRow("en several weeks")
            << en << QStringLiteral("several weeks") << none << QStringLiteral("{\"max\":120960,\"min\":20160}");
        QTest::newRow("en a few hours") << en << QStringLiteral("for a few hours") << none
                                        << QStringLiteral("{\"max\":300,\"min\":120}");
        QTest::newRow("en for years") << en << QStringLiteral("for years") << none
                                      << QStringLiteral("{\"min\":1051200}");
        QTest::newRow("en range to") << en << QStringLiteral("two to three days") << none
                                     << QStringLiteral("{\"max\":4320,\"min\":2880}");
        QTest::newRow("en since year") << en << QStringLiteral("since 2005") << anchor
                                       << QStringLiteral("{\"max\":7858080,\"min\":7333920}");
        QTest::newRow("en since last year")
            << en << QStringLiteral("since last year") << anchor << QStringLiteral("{\"max\":1020960,\"min\":496800}");
        QTest::newRow("en since Monday") << en << QStringLiteral("since Monday") << anchor << QStringLiteral("2880");
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
        QTest::newRow("de unit alone") << de << QStringLiteral("Minuten") << anchor;
        QTest::newRow("de number alone") << de << QStringLiteral("31") << anchor;
        QTest::newRow("de vague count alone") << de << QStringLiteral("mehrere") << anchor;
        QTest::newRow("de seit year without anchor") << de << QStringLiteral("seit 2005") << QDate();
        QTest::newRow("de seit a later year") << de << QStringLiteral("seit 2025") << anchor;
        QTest::newRow("de range backwards") << de << QStringLiteral("drei bis zwei Tage") << anchor;
        QTest::newRow("de inflected unit") << de << QStringLiteral("zwei Tagesordnungen") << anchor;
        QTest::newRow("de empty") << de << QString() << anchor;
        QTest::newRow("de Uhr") << de << QStringLiteral("Uhr") << anchor;
        QTest::newRow("de seit without what") << de << QStringLiteral("seit") << anchor;
        QTest::newRow("en German unit") << en << QStringLiteral("zwei Tage") << anchor;
        QTest::newRow("en article alone") << en << QStringLiteral("an") << anchor;
        QTest::newRow("en since without anchor") << en << QStringLiteral("since yesterday") << QDate();
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
        QTest::newRow("de minutes") << de << QStringLiteral("Der Ausfall dauerte 31 Minuten, teilte der Betreiber mit.")
                                    << QStringLiteral("31 Minuten");
        QTest::newRow("de knapp") << de << QStringLiteral("Die Angreifer hatten knapp zwei Tage Zugriff.")
                                  << QStringLiteral("knapp zwei Tage");
        QTest::newRow("de seit") << de << QStringLiteral("Die Sicherheitslücke bestand seit 2005 unbemerkt.")
                                 << QStringLiteral("seit 2005");
        QTest::newRow("de jahrelang") << de << QStringLiteral("Die Daten lagen jahrelang offen im Netz.")
                                      << QStringLiteral("jahrelang");
        QTest::newRow("en for") << en << QStringLiteral("The intruders had access for three weeks before detection.")
                                << QStringLiteral("for three weeks");
        QTest::newRow("en half an hour") << en << QStringLiteral("It took half an hour to restore the site.")
                                         << QStringLiteral("half an hour");
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

    void brokenVocabularyNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");

        QTest::newRow("unit without minutes")
            << QStringLiteral("norm-duration-units.tsv") << QStringLiteral("Minute\t1\nStunde\teine Stunde\n")
            << QStringLiteral("norm-duration-units.tsv:2: the value 'eine Stunde' is not "
                              "a number of minutes like 60 or 1/60");
        QTest::newRow("vague with unknown unit")
            << QStringLiteral("norm-vague-durations.tsv")
            << QStringLiteral("mehrere\t2 12\njahrelang\t2 - Jahrhundert\n")
            << QStringLiteral("norm-vague-durations.tsv:2: the unit 'Jahrhundert' is not in norm-duration-units.tsv");
        QTest::newRow("vague max below min")
            << QStringLiteral("norm-vague-durations.tsv") << QStringLiteral("# vage\n\nmehrere\t12 2\n")
            << QStringLiteral("norm-vague-durations.tsv:3: the value '12 2' is not MIN MAX [UNIT], like '2 12' or "
                              "'2 - Jahr'");
        QTest::newRow("unknown role") << QStringLiteral("norm-duration-words.tsv")
                                      << QStringLiteral("seit\tsince\nlang\tlong\n")
                                      << QStringLiteral(
                                             "norm-duration-words.tsv:2: the value 'long' is not one of: for, "
                                             "since, suffix, and, to, between");
        QTest::newRow("broken file of the dates")
            << QStringLiteral("norm-months.tsv") << QStringLiteral("Januar\tJan\n")
            << QStringLiteral("norm-months.tsv:1: the value 'Jan' is not a whole "
                              "number from 1 to 12");
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
        QVERIFY(!DurationNormalizer::load(dir.path(), &actual));
        QCOMPARE(actual, dir.path() + QLatin1Char('/') + error);
    }
};

QTEST_GUILESS_MAIN(TestDurationNormalizer)
#include "tst_durationnormalizer.moc"
