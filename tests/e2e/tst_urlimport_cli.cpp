// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "httptestserver.h"
#include "programrun.h"
#include "storage/incidentstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using IwbTest::CannedResponse;

namespace {

// A fictional English incident report, written for this test.
const QByteArray englishPage = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour Clinic reports misdirected lab results</title>
<meta name="description" content="Lab results sent to the wrong patients.">
</head><body><header><a href="/">Home</a></header><article>
<h1>Harbour Clinic reports misdirected lab results</h1>
<p>Harbour Clinic said on Monday that lab results of 57 patients had been sent to the wrong addresses
after a mail merge error on 3 February 2026. Names, dates of birth and test results were exposed.</p>
<p>The clinic notified the Information Commissioner's Office within 72 hours.</p>
</article></body></html>
)";

} // namespace

/// incident-cli import and read with http:// addresses, against a server the test runs on 127.0.0.1.
class TestUrlImportCli : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;
    QTemporaryDir m_dir;
    std::unique_ptr<IwbTest::HttpTestServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<IwbTest::HttpTestServer>();
        m_server->serve("/news/harbour-clinic", CannedResponse::page("text/html; charset=utf-8", englishPage));
        m_server->serve("/short/hc", CannedResponse::redirect(301, "/news/harbour-clinic"));
        m_server->serve("/files/report.pdf", CannedResponse::page("application/pdf", "%PDF-1.7\n"));
    }

    void cleanupTestCase() { m_server.reset(); }

    void importFetchesStoresAndRecognisesThePage()
    {
        const QString db = m_dir.filePath(QStringLiteral("urls.sqlite"));
        const QString page = m_server->url(QStringLiteral("/news/harbour-clinic")).toString();
        const QString shortLink = m_server->url(QStringLiteral("/short/hc")).toString();

        const Run import = IwbTest::runCli({ QStringLiteral("import"), shortLink, QStringLiteral("--db"), db });
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.out.contains(
                     QStringLiteral("imported document 1 [en] Harbour Clinic reports misdirected lab results (%1)")
                         .arg(shortLink)),
            qPrintable(import.out));
        QVERIFY(import.out.contains(QLatin1String("1 imported, 0 already stored, 0 failed")));

        // The final URL is the document's source; the provenance is stored with it.
        const Run list
            = IwbTest::runCli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
        const QJsonObject listed = IwbTest::jsonObjectOf(list.out.trimmed());
        QCOMPARE(listed.value(QStringLiteral("source")).toString(), page);
        QCOMPARE(listed.value(QStringLiteral("format")).toString(), QStringLiteral("html"));
        {
            Iwb::IncidentStore store;
            QVERIFY(store.open(db));
            const auto document = store.document(1);
            QVERIFY(document);
            QCOMPARE(document->metadata().requestedUrl, shortLink);
            QCOMPARE(document->metadata().fetchedUrl, page);
            QCOMPARE(document->metadata().contentType, QStringLiteral("text/html; charset=utf-8"));
            QVERIFY(document->metadata().fetchedAt.isValid());
            QVERIFY(document->rawSource().contains(QStringLiteral("<header>")));
        }

        // Fetched again, directly and through the short link: the same article.
        const Run again = IwbTest::runCli({ QStringLiteral("import"), page, shortLink, QStringLiteral("--db"), db });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(
                     QStringLiteral("already stored as document 1 (fetched from the same address): %1").arg(page)),
            qPrintable(again.out));
        QVERIFY(again.out.contains(QLatin1String("0 imported, 2 already stored, 0 failed")));
    }

    void badAddressesAreReportedWithTheReason()
    {
        const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
        const QString missing = m_server->url(QStringLiteral("/news/gone")).toString();
        const QString pdf = m_server->url(QStringLiteral("/files/report.pdf")).toString();
        const QString good = m_server->url(QStringLiteral("/news/harbour-clinic")).toString();
        const Run run = IwbTest::runCli({ QStringLiteral("import"), missing, pdf, good, QStringLiteral("--db"), db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("incident-cli import: %1: the server answered 404 Not Found").arg(missing)),
            qPrintable(run.err));
        QVERIFY2(
            // A fetched PDF is read like a PDF file (bc57196); this one is only a header.
            run.err.contains(
                QStringLiteral("incident-cli import: %1: the PDF could not be read: it is damaged").arg(pdf)),
            qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("1 imported, 0 already stored, 2 failed")));
    }

    void readPrintsWhatAPageHolds()
    {
        const QString page = m_server->url(QStringLiteral("/news/harbour-clinic")).toString();
        const Run read = IwbTest::runCli({ QStringLiteral("read"), QStringLiteral("--json"), page });
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        const QJsonObject line = IwbTest::jsonObjectOf(read.out.trimmed());
        QCOMPARE(line.value(QStringLiteral("title")).toString(),
            QStringLiteral("Harbour Clinic reports misdirected lab results"));
        QCOMPARE(line.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QVERIFY(line.value(QStringLiteral("text")).toString().contains(QLatin1String("lab results of 57 patients")));
        QCOMPARE(line.value(QStringLiteral("fetched_url")).toString(), page);
    }
};

QTEST_GUILESS_MAIN(TestUrlImportCli)
#include "tst_urlimport_cli.moc"
