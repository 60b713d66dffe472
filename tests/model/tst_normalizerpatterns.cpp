// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The normalizers' pattern() strings must work in Hyperscan as well as in
// QRegularExpression: this compiles each of them with Hyperscan, as the
// scanner would (caseless, UTF-8, leftmost start of match; not UCP, which
// Hyperscan refuses together with \b), and checks that a span is reported.
#include "extraction/normalizers/datenormalizer.h"
#include "extraction/normalizers/durationnormalizer.h"
#include "extraction/normalizers/numbernormalizer.h"
#include "extraction/normalizers/timenormalizer.h"

#include <QTest>

#include <hs.h>

#include <memory>
#include <utility>

using namespace Iwb;

namespace {

QString rulesDir(const QString &language)
{
    return QStringLiteral(IWB_SOURCE_DIR "/resources/rules/") + language;
}

std::optional<QString> patternOf(const QString &kind, const QString &language, QString *error)
{
    const QString dir = rulesDir(language);
    if (kind == QLatin1String("number")) {
        const auto normalizer = NumberNormalizer::load(dir, error);
        return normalizer ? std::optional(normalizer->pattern()) : std::nullopt;
    }
    if (kind == QLatin1String("date")) {
        const auto normalizer = DateNormalizer::load(dir, error);
        return normalizer ? std::optional(normalizer->pattern()) : std::nullopt;
    }
    if (kind == QLatin1String("time")) {
        const auto normalizer = TimeNormalizer::load(dir, error);
        return normalizer ? std::optional(normalizer->pattern()) : std::nullopt;
    }
    const auto normalizer = DurationNormalizer::load(dir, error);
    return normalizer ? std::optional(normalizer->pattern()) : std::nullopt;
}

struct Database
{
    hs_database_t *database = nullptr;
    hs_scratch_t *scratch = nullptr;
    ~Database()
    {
        hs_free_scratch(scratch);
        hs_free_database(database);
    }
};

int collect(unsigned int, unsigned long long from, unsigned long long to, unsigned int, void *context)
{
    static_cast<QList<std::pair<qsizetype, qsizetype>> *>(context)->append({ qsizetype(from), qsizetype(to) });
    return 0;
}

} // namespace

class TestNormalizerPatterns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hyperscanFindsSpan_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");

        const QString de = QStringLiteral("de");
        const QString en = QStringLiteral("en");
        QTest::newRow("number de") << QStringLiteral(
            "number") << de << QStringLiteral("Betroffen sind über 1.000 Kunden, laut Firma mehr als zwei Millionen.")
                                   << QStringLiteral("mehr als zwei Millionen");
        QTest::newRow("number en") << QStringLiteral("number") << en
                                   << QStringLiteral("The insurer lost $3.8bn in 2019.") << QStringLiteral("3.8bn");
        QTest::newRow("date de") << QStringLiteral("date") << de
                                 << QStringLiteral("Der Angriff wurde am Montag, den 9. Dezember 2019 bemerkt.")
                                 << QStringLiteral("am Montag, den 9. Dezember 2019");
        QTest::newRow("date de range") << QStringLiteral("date") << de
                                       << QStringLiteral("Vom 30.12. bis 31.12. war das Portal nicht erreichbar.")
                                       << QStringLiteral("Vom 30.12. bis 31.12.");
        QTest::newRow("date en") << QStringLiteral("date") << en << QStringLiteral("It said on Dec. 9, 2019 that ...")
                                 << QStringLiteral("on Dec. 9, 2019");
        QTest::newRow("time de") << QStringLiteral("time") << de
                                 << QStringLiteral("Die Störung dauerte von 16:08 bis 16:40 Uhr an.")
                                 << QStringLiteral("von 16:08 bis 16:40 Uhr");
        QTest::newRow("time en") << QStringLiteral("time") << en
                                 << QStringLiteral("The outage began at 4:08 p.m. Monday.")
                                 << QStringLiteral("at 4:08 p.m.");
        QTest::newRow("duration de") << QStringLiteral("duration") << de
                                     << QStringLiteral(
                                            "Die Lücke bestand seit 2005, die Täter hatten knapp zwei Tage Zugriff.")
                                     << QStringLiteral("knapp zwei Tage");
        QTest::newRow("duration de seit")
            << QStringLiteral("duration") << de << QStringLiteral("Die Lücke bestand seit dem 9. Dezember 2019.")
            << QStringLiteral("seit dem 9. Dezember 2019");
        QTest::newRow("duration en") << QStringLiteral("duration") << en
                                     << QStringLiteral("Intruders had access for several weeks.")
                                     << QStringLiteral("for several weeks");
    }

    void hyperscanFindsSpan()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(QString, expected);

        QString error;
        const auto pattern = patternOf(kind, language, &error);
        QVERIFY2(pattern, qPrintable(error));

        Database db;
        hs_compile_error_t *compileError = nullptr;
        const QByteArray patternUtf8 = pattern->toUtf8();
        if (hs_compile(patternUtf8.constData(), HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST, HS_MODE_BLOCK,
                nullptr, &db.database, &compileError)
            != HS_SUCCESS) {
            const QByteArray message = compileError->message;
            hs_free_compile_error(compileError);
            QFAIL(message.constData());
        }
        QCOMPARE(hs_alloc_scratch(db.database, &db.scratch), HS_SUCCESS);

        const QByteArray text = sentence.toUtf8();
        QList<std::pair<qsizetype, qsizetype>> matches;
        QCOMPARE(hs_scan(db.database, text.constData(), static_cast<unsigned int>(text.size()), 0, db.scratch, collect,
                     &matches),
            HS_SUCCESS);
        const qsizetype start = text.indexOf(expected.toUtf8());
        QVERIFY(start >= 0);
        const std::pair<qsizetype, qsizetype> wanted { start, start + expected.toUtf8().size() };
        QVERIFY2(matches.contains(wanted), qPrintable(QStringLiteral("%1 spans reported").arg(matches.size())));
    }
};

QTEST_GUILESS_MAIN(TestNormalizerPatterns)
#include "tst_normalizerpatterns.moc"
