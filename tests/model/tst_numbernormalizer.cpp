// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/normalizers/numbernormalizer.h"
#include "normalizertesting.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace NormalizerTesting;

class TestNumberNormalizer : public QObject
{
    Q_OBJECT

private:
    NormalizerTesting::Cache<NumberNormalizer> normalizer;

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("qualifier"); // "", approximate, lower, upper

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        const QString none;
        const QString approx = QStringLiteral("approximate");
        const QString lower = QStringLiteral("lower");
        const QString upper = QStringLiteral("upper");

        QTest::newRow("de thousands 4.100") << de << QStringLiteral("4.100") << qint64(4100) << none;
        QTest::newRow("de thousands 9.500") << de << QStringLiteral("9.500") << qint64(9500) << none;
        QTest::newRow("de two groups") << de << QStringLiteral("1.250.000") << qint64(1250000) << none;
        QTest::newRow("de plain digits") << de << QStringLiteral("4100") << qint64(4100) << none;
        QTest::newRow("de 250 Millionen") << de << QStringLiteral("250 Millionen") << qint64(250000000) << none;
        QTest::newRow("de 1,35 Mio.") << de << QStringLiteral("1,35 Mio.") << qint64(1350000) << none;
        QTest::newRow("de 1,35 Mio without dot") << de << QStringLiteral("1,35 Mio") << qint64(1350000) << none;
        QTest::newRow("de 2,5 Millionen") << de << QStringLiteral("2,5 Millionen") << qint64(2500000) << none;
        QTest::newRow("de 3,2 Mrd.") << de << QStringLiteral("3,2 Mrd.") << qint64(3200000000) << none;
        QTest::newRow("de Billion is 10^12") << de << QStringLiteral("eine Billion") << qint64(1000000000000) << none;
        QTest::newRow("de rund 30.000") << de << QStringLiteral("rund 30.000") << qint64(30000) << approx;
        QTest::newRow("de ca. 500") << de << QStringLiteral("ca. 500") << qint64(500) << approx;
        QTest::newRow("de etwa zwölf") << de << QStringLiteral("etwa zwölf") << qint64(12) << approx;
        QTest::newRow("de mehr als zwei Millionen")
            << de << QStringLiteral("mehr als zwei Millionen") << qint64(2000000) << lower;
        QTest::newRow("de über 1.000") << de << QStringLiteral("über 1.000") << qint64(1000) << lower;
        QTest::newRow("de mindestens 80") << de << QStringLiteral("Mindestens 80") << qint64(80) << lower;
        QTest::newRow("de knapp 30.000") << de << QStringLiteral("knapp 30.000") << qint64(30000) << upper;
        QTest::newRow("de bis zu 500.000") << de << QStringLiteral("bis zu 500.000") << qint64(500000) << upper;
        QTest::newRow("de zwölf") << de << QStringLiteral("zwölf") << qint64(12) << none;
        QTest::newRow("de ZWÖLF upper case") << de << QStringLiteral("ZWÖLF") << qint64(12) << none;
        QTest::newRow("de eine Million") << de << QStringLiteral("eine Million") << qint64(1000000) << none;
        QTest::newRow("de eine halbe Million") << de << QStringLiteral("eine halbe Million") << qint64(500000) << none;
        QTest::newRow("de anderthalb Millionen")
            << de << QStringLiteral("anderthalb Millionen") << qint64(1500000) << none;
        QTest::newRow("de zwei Dutzend") << de << QStringLiteral("zwei Dutzend") << qint64(24) << none;
        QTest::newRow("de hundert Tausend") << de << QStringLiteral("hundert Tausend") << qint64(100000) << none;
        QTest::newRow("de tausend alone") << de << QStringLiteral("tausend") << qint64(1000) << none;
        QTest::newRow("de 30 Tsd.") << de << QStringLiteral("30 Tsd.") << qint64(30000) << none;
        QTest::newRow("de glued 5Mio.") << de << QStringLiteral("5Mio.") << qint64(5000000) << none;
        QTest::newRow("de line break inside") << de << QStringLiteral("mehr\nals 40") << qint64(40) << lower;
        QTest::newRow("de decimal with groups")
            << de << QStringLiteral("1.234,5 Millionen") << qint64(1234500000) << none;

        QTest::newRow("en 3.8 billion") << en << QStringLiteral("3.8 billion") << qint64(3800000000) << none;
        QTest::newRow("en 3.8bn glued") << en << QStringLiteral("3.8bn") << qint64(3800000000) << none;
        QTest::newRow("en 1,200") << en << QStringLiteral("1,200") << qint64(1200) << none;
        QTest::newRow("en 12,000,000") << en << QStringLiteral("12,000,000") << qint64(12000000) << none;
        QTest::newRow("en half a million") << en << QStringLiteral("half a million") << qint64(500000) << none;
        QTest::newRow("en a quarter of a million")
            << en << QStringLiteral("a quarter of a million") << qint64(250000) << none;
        QTest::newRow("en 12 million") << en << QStringLiteral("12 million") << qint64(12000000) << none;
        QTest::newRow("en about 850") << en << QStringLiteral("about 850") << qint64(850) << approx;
        QTest::newRow("en more than 2 million")
            << en << QStringLiteral("more than 2 million") << qint64(2000000) << lower;
        QTest::newRow("en at least 1,000") << en << QStringLiteral("at least 1,000") << qint64(1000) << lower;
        QTest::newRow("en nearly 40,000") << en << QStringLiteral("nearly 40,000") << qint64(40000) << upper;
        QTest::newRow("en up to 1.5 million") << en << QStringLiteral("up to 1.5 million") << qint64(1500000) << upper;
        QTest::newRow("en two dozen") << en << QStringLiteral("two dozen") << qint64(24) << none;
        QTest::newRow("en a dozen") << en << QStringLiteral("a dozen") << qint64(12) << none;
        QTest::newRow("en two hundred thousand")
            << en << QStringLiteral("two hundred thousand") << qint64(200000) << none;
        QTest::newRow("en 10k") << en << QStringLiteral("10k") << qint64(10000) << none;
        QTest::newRow("en twelve") << en << QStringLiteral("Twelve") << qint64(12) << none;
        QTest::newRow("en one and a half million")
            << en << QStringLiteral("one and a half million") << qint64(1500000) << none;
    }

    void normalizes()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(qint64, value);
        QFETCH(QString, qualifier);
        const auto number = normalizer(language).normalize(text);
        QVERIFY2(number, qPrintable(text));
        QCOMPARE(number->value, value);
        QCOMPARE(number->approximate, qualifier == QLatin1String("approximate"));
        QCOMPARE(number->lowerBound, qualifier == QLatin1String("lower"));
        QCOMPARE(number->upperBound, qualifier == QLatin1String("upper"));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de empty") << de << QString();
        QTest::newRow("de scale alone") << de << QStringLiteral("Millionen");
        QTest::newRow("de approximator alone") << de << QStringLiteral("rund");
        QTest::newRow("de fraction without scale") << de << QStringLiteral("2,5");
        QTest::newRow("de article alone") << de << QStringLiteral("eine");
        QTest::newRow("de half without scale") << de << QStringLiteral("eine halbe");
        QTest::newRow("de fraction that stays a fraction") << de << QStringLiteral("1,33333333 Millionen");
        QTest::newRow("de broken grouping") << de << QStringLiteral("4.10");
        QTest::newRow("de inflected word") << de << QStringLiteral("zwölften");
        QTest::newRow("de trailing text") << de << QStringLiteral("30.000 Kunden");
        QTest::newRow("de too many digits") << de << QStringLiteral("12345678901234567890");
        QTest::newRow("de overflow by scale") << de << QStringLiteral("90.000.000 Billionen");
        QTest::newRow("de English separators") << de << QStringLiteral("3.8 Millionen");
        QTest::newRow("en German word") << en << QStringLiteral("zwölf");
        QTest::newRow("en half a alone") << en << QStringLiteral("half a");
        QTest::newRow("en article alone") << en << QStringLiteral("a");
        QTest::newRow("en decimal alone") << en << QStringLiteral("3.8");
        QTest::newRow("en letters in digits") << en << QStringLiteral("12a");
    }

    void rejects()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QCOMPARE(normalizer(language).normalize(text), std::nullopt);
    }

    void patternFindsSpan_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("de approximator and scale")
            << de << QStringLiteral("Betroffen sind nach Angaben des Versicherers mehr als zwei Millionen Kunden.")
            << QStringLiteral("mehr als zwei Millionen");
        QTest::newRow("de decimal scale with dot")
            << de << QStringLiteral("Die Firma nennt 1,35 Mio. Datensätze.") << QStringLiteral("1,35 Mio.");
        QTest::newRow("de grouped digits")
            << de << QStringLiteral("Insgesamt 4.100 Konten, sagte sie.") << QStringLiteral("4.100");
        QTest::newRow("de rund") << de << QStringLiteral("Rund 30.000 Menschen waren betroffen.")
                                 << QStringLiteral("Rund 30.000");
        QTest::newRow("en scale glued") << en << QStringLiteral("The breach cost the insurer $3.8bn last year.")
                                        << QStringLiteral("3.8bn");
        QTest::newRow("en half a million")
            << en << QStringLiteral("Records of half a million patients leaked.") << QStringLiteral("half a million");
        QTest::newRow("en about") << en << QStringLiteral("It hit about 850 schools in the state.")
                                  << QStringLiteral("about 850");
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

    void patternUsesNoUnsupportedSyntax()
    {
        // Hyperscan takes no lookaround, backreferences or capturing groups.
        for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
            const QString pattern = normalizer(language).pattern();
            for (const char *forbidden : { "(?=", "(?!", "(?<", "(?>", "\\K", "*+", "++", "?+" }) {
                QVERIFY2(!pattern.contains(QLatin1String(forbidden)), forbidden);
            }
            QVERIFY(!pattern.contains(QRegularExpression(QStringLiteral("\\((?!\\?:)"))));
        }
    }

    void brokenVocabularyNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("error");

        QTest::newRow("number word without number")
            << QStringLiteral("norm-number-words.tsv") << QStringLiteral("# Zahlwörter\neins\t1\nzwei\tzwo\n")
            << QStringLiteral("norm-number-words.tsv:3: the value 'zwo' is not a number like 12 or 0.5, "
                              "optionally followed by needs_unit");
        QTest::newRow("scale not whole") << QStringLiteral("norm-scales.tsv")
                                         << QStringLiteral("Mio.\t1000000\n\nMrd.\t1e9\n")
                                         << QStringLiteral(
                                                "norm-scales.tsv:3: the value '1e9' is not a positive whole number");
        QTest::newRow("unknown approximator meaning")
            << QStringLiteral("norm-approximators.tsv") << QStringLiteral("rund\tapproximate\netwa\tvague\n")
            << QStringLiteral("norm-approximators.tsv:2: the value 'vague' is not one of: approximate, "
                              "lower_bound, upper_bound");
        QTest::newRow("duplicate word") << QStringLiteral("norm-scales.tsv")
                                        << QStringLiteral("Mio.\t1000000\nmio.\t1000000\n")
                                        << QStringLiteral("norm-scales.tsv:2: entry 'mio.' appears twice");
        QTest::newRow("separator too long")
            << QStringLiteral("norm-settings.tsv") << QStringLiteral("thousands_separator\t..\ndecimal_separator\t,\n")
            << QStringLiteral("norm-settings.tsv:1: 'thousands_separator' must be one character that is neither a "
                              "letter, a digit nor a space");
    }

    void brokenVocabularyNamesFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyRules(QStringLiteral("de"), dir.path()));
        const QString path = dir.filePath(file);
        QFile::remove(path);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content.toUtf8());
        out.close();

        QString actual;
        QVERIFY(!NumberNormalizer::load(dir.path(), &actual));
        QCOMPARE(actual, dir.path() + QLatin1Char('/') + error);
    }

    void missingFolderNamesFile()
    {
        QString error;
        QVERIFY(!NumberNormalizer::load(QStringLiteral("/nonexistent/rules/de"), &error));
        QVERIFY2(error.startsWith(QLatin1String("/nonexistent/rules/de/norm-")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNumberNormalizer)
#include "tst_numbernormalizer.moc"
