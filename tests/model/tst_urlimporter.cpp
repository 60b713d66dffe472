// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/urlimporter.h"
#include "httptestserver.h"
#include "storage/incidentstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using IwbTest::CannedResponse;

namespace {

// Pages written for this test: a fictional incident at a fictional company. (The address is outside the
// raw strings: moc takes "//" in a raw string for a comment and then misses the test class.)
const QByteArray germanPage = R"(<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Datenleck bei der Stadtwerke Nordheim GmbH | Lokalblatt</title>
<meta property="og:site_name" content="Lokalblatt">
<meta property="article:published_time" content="2026-03-04T09:15:00+01:00">
)"
                              "<link rel=\"canonical\" href=\"https://lokalblatt.example/nordheim-datenleck\">\n"
                              R"(</head><body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<main><article><h1>Datenleck bei der Stadtwerke Nordheim GmbH</h1>
<p>Die Stadtwerke Nordheim haben am Dienstag mitgeteilt, dass Unbekannte Zugriff auf ein Kundenportal hatten.
Betroffen sind nach Angaben des Unternehmens rund 4.200 Kundinnen und Kunden.</p>
<p>Namen, Anschriften und Zählerstände seien abgeflossen, Bankdaten nach bisherigem Stand nicht.
Die Landesdatenschutzbeauftragte wurde informiert.</p>
</article></main><footer>Impressum</footer></body></html>
)";

/// A Latin-1 page: "ß", "ü", "ä" are single bytes that are not valid UTF-8.
QByteArray latin1Page(const QByteArray &declared)
{
    const QString html = QStringLiteral("<html><head>%1<title>Fehlversand bei der Müller Versicherung</title></head>"
                                        "<body><article><p>Die Müller Versicherung hat Briefe mit Gesundheitsdaten an "
                                        "falsche Empfänger verschickt. Betroffen sind 312 Versicherte; die Anschriften "
                                        "wurden vertauscht, teilte die Gesellschaft mit. Ein Datenschutzverstoß wurde "
                                        "gemeldet.</p></article></body></html>")
                             .arg(QString::fromLatin1(declared));
    return html.toLatin1();
}

} // namespace

class TestUrlImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IwbTest::HttpTestServer> m_server;
    QTemporaryDir m_dir;

    /// Fetches @p url and waits for the outcome (the importer must report within @p waitMs).
    static ImportResult fetch(UrlImporter &importer, const QUrl &url, int waitMs = 15000)
    {
        ImportResult outcome;
        int reports = 0;
        const QMetaObject::Connection connection
            = QObject::connect(&importer, &UrlImporter::finished, [&](const ImportResult &result) {
                  outcome = result;
                  ++reports;
              });
        importer.start(url);
        if (!QTest::qWaitFor([&] { return reports > 0; }, waitMs)) {
            qWarning("no outcome for %s", qPrintable(url.toString()));
        }
        QObject::disconnect(connection);
        QTest::qWait(0);
        [&] { QCOMPARE(reports, 1); }();
        return outcome;
    }

    static ImportResult fetch(const QUrl &url)
    {
        UrlImporter importer;
        return fetch(importer, url);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<IwbTest::HttpTestServer>();
        m_server->serve("/nordheim.html", CannedResponse::page("text/html; charset=utf-8", germanPage));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_server.reset(); }

    void normalPage()
    {
        const QUrl url = m_server->url(QStringLiteral("/nordheim.html"));
        const ImportResult result = fetch(url);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const Document &document = result.document;
        QCOMPARE(document.title(), QStringLiteral("Datenleck bei der Stadtwerke Nordheim GmbH"));
        QCOMPARE(document.format(), QStringLiteral("html"));
        QCOMPARE(document.language(), QStringLiteral("de"));
        QCOMPARE(document.published(), QStringLiteral("2026-03-04"));
        QVERIFY(document.text().contains(QStringLiteral("rund 4.200 Kundinnen und Kunden")));
        QVERIFY(document.text().contains(QStringLiteral("Zählerstände")));
        QVERIFY(!document.text().contains(QStringLiteral("Impressum")));
        QVERIFY(document.rawSource().contains(QStringLiteral("<nav>")));
        QCOMPARE(document.source(), url.toString());
        const DocumentMetadata &metadata = document.metadata();
        QCOMPARE(metadata.requestedUrl, url.toString());
        QCOMPARE(metadata.fetchedUrl, url.toString());
        QCOMPARE(metadata.contentType, QStringLiteral("text/html; charset=utf-8"));
        QVERIFY(metadata.fetchedAt.isValid());
        QVERIFY(qAbs(metadata.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(metadata.canonicalUrl, QStringLiteral("https://lokalblatt.example/nordheim-datenleck"));
        QCOMPARE(metadata.siteName, QStringLiteral("Lokalblatt"));
        // The program names itself.
        QVERIFY2(m_server->lastRequestHeaders().value("user-agent").startsWith("IncidentWorkbench/"),
            m_server->lastRequestHeaders().value("user-agent").constData());
    }

    void plainText()
    {
        m_server->serve("/notice.txt",
            CannedResponse::page("text/plain; charset=utf-8",
                "Hinweis nach Art. 34 DSGVO\n\nAm 2. März wurde ein Laptop mit Daten von 80 Beschäftigten "
                "gestohlen.\n"));
        const ImportResult result = fetch(m_server->url(QStringLiteral("/notice.txt")));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.format(), QStringLiteral("txt"));
        QCOMPARE(result.document.title(), QStringLiteral("Hinweis nach Art. 34 DSGVO"));
        QVERIFY(result.document.text().contains(QStringLiteral("80 Beschäftigten")));
        QVERIFY(result.document.rawSource().isEmpty());
    }

    void redirectChainRecordsTheFinalUrl()
    {
        m_server->serve("/r/start", CannedResponse::redirect(301, "/r/second"));
        m_server->serve("/r/second", CannedResponse::redirect(302, "third")); // relative to /r/
        m_server->serve(
            "/r/third", CannedResponse::redirect(307, m_server->url(QStringLiteral("/r/article.html")).toEncoded()));
        m_server->serve("/r/article.html", CannedResponse::page("text/html", germanPage));
        const QUrl start = m_server->url(QStringLiteral("/r/start"));
        const ImportResult result = fetch(start);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const QString final = m_server->url(QStringLiteral("/r/article.html")).toString();
        QCOMPARE(result.document.source(), final);
        QCOMPARE(result.document.metadata().fetchedUrl, final);
        QCOMPARE(result.document.metadata().requestedUrl, start.toString());
        QCOMPARE(m_server->requestCount("/r/third"), 1);
    }

    void redirectLoopIsAnError()
    {
        m_server->serve("/loop/a", CannedResponse::redirect(302, "/loop/b"));
        m_server->serve("/loop/b", CannedResponse::redirect(302, "/loop/a"));
        const QUrl start = m_server->url(QStringLiteral("/loop/a"));
        const ImportResult result = fetch(start);
        QVERIFY(!result.isValid());
        QVERIFY2(result.error.startsWith(start.toString() + QStringLiteral(": the redirects go round in a loop")),
            qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("/loop/b → ")), qPrintable(result.error));
        QCOMPARE(m_server->requestCount("/loop/a"), 1);
    }

    void tooManyRedirectsIsAnError()
    {
        for (int hop = 0; hop < 12; ++hop) {
            m_server->serve("/hop/" + QByteArray::number(hop),
                CannedResponse::redirect(302, "/hop/" + QByteArray::number(hop + 1)));
        }
        m_server->serve("/hop/12", CannedResponse::page("text/plain", "Am Ende der Kette steht dieser Text."));
        // Twelve hops: more than the default ten.
        const ImportResult tooMany = fetch(m_server->url(QStringLiteral("/hop/0")));
        QVERIFY(!tooMany.isValid());
        QVERIFY2(tooMany.error.contains(QStringLiteral(": more than 10 redirects")), qPrintable(tooMany.error));
        QCOMPARE(m_server->requestCount("/hop/11"), 0);
        // Ten hops are allowed.
        const ImportResult ten = fetch(m_server->url(QStringLiteral("/hop/2")));
        QVERIFY2(ten.isValid(), qPrintable(ten.error));
        QCOMPARE(ten.document.source(), m_server->url(QStringLiteral("/hop/12")).toString());
    }

    void httpErrorsNameStatusAndReason()
    {
        const QUrl missing = m_server->url(QStringLiteral("/gibt-es-nicht.html"));
        const ImportResult notFound = fetch(missing);
        QCOMPARE(notFound.error, missing.toString() + QStringLiteral(": the server answered 404 Not Found"));

        CannedResponse broken = CannedResponse::page("text/html", "<p>Fehler</p>");
        broken.status = 503;
        broken.reason = "Service Unavailable";
        m_server->serve("/down", broken);
        const ImportResult unavailable = fetch(m_server->url(QStringLiteral("/down")));
        QVERIFY2(unavailable.error.endsWith(QStringLiteral(": the server answered 503 Service Unavailable")),
            qPrintable(unavailable.error));

        // A redirect to a missing page names the page it ended at, too.
        m_server->serve("/moved", CannedResponse::redirect(301, "/gibt-es-nicht.html"));
        const ImportResult movedAway = fetch(m_server->url(QStringLiteral("/moved")));
        QVERIFY2(
            movedAway.error.contains(QStringLiteral("404 Not Found (after redirects, at %1)").arg(missing.toString())),
            qPrintable(movedAway.error));
    }

    void slowServerTimesOut()
    {
        CannedResponse slow = CannedResponse::page("text/html", germanPage);
        slow.delayMs = 5000;
        m_server->serve("/slow", slow);
        UrlImporter importer;
        importer.setTimeout(std::chrono::milliseconds(300));
        QElapsedTimer clock;
        clock.start();
        const ImportResult result = fetch(importer, m_server->url(QStringLiteral("/slow")));
        QVERIFY2(result.error.contains(QStringLiteral("within 0.3 s (time-out)")), qPrintable(result.error));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void latin1PageLabelledCorrectly()
    {
        m_server->serve("/latin1-labelled", CannedResponse::page("text/html; charset=ISO-8859-1", latin1Page({})));
        const ImportResult result = fetch(m_server->url(QStringLiteral("/latin1-labelled")));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.title(), QStringLiteral("Fehlversand bei der Müller Versicherung"));
        QVERIFY(result.document.text().contains(QStringLiteral("falsche Empfänger")));
        QVERIFY(result.document.text().contains(QStringLiteral("Datenschutzverstoß")));
    }

    void latin1PageMislabelledAsUtf8()
    {
        // The server claims UTF-8; the bytes are not UTF-8, so the page's own declaration decides.
        m_server->serve("/latin1-mislabelled",
            CannedResponse::page("text/html; charset=utf-8", latin1Page("<meta charset=\"iso-8859-1\">")));
        const ImportResult declared = fetch(m_server->url(QStringLiteral("/latin1-mislabelled")));
        QVERIFY2(declared.isValid(), qPrintable(declared.error));
        QVERIFY(declared.document.text().contains(QStringLiteral("falsche Empfänger")));
        QVERIFY(!declared.document.text().contains(QChar(0xFFFD)));
        // Without a declaration detection finds the legacy encoding.
        m_server->serve("/latin1-undeclared", CannedResponse::page("text/html; charset=utf-8", latin1Page({})));
        const ImportResult detected = fetch(m_server->url(QStringLiteral("/latin1-undeclared")));
        QVERIFY2(detected.isValid(), qPrintable(detected.error));
        QVERIFY(detected.document.text().contains(QStringLiteral("Datenschutzverstoß")));
        // The header that the bytes do not contradict wins over the page's declaration, as in a browser.
        m_server->serve("/latin1-header-wins",
            CannedResponse::page("text/html; charset=windows-1252", latin1Page("<meta charset=\"utf-8\">")));
        const ImportResult headerWins = fetch(m_server->url(QStringLiteral("/latin1-header-wins")));
        QVERIFY(headerWins.document.text().contains(QStringLiteral("falsche Empfänger")));
    }

    void oversizedBodyIsRefused()
    {
        const QByteArray big
            = "<html><body><p>" + QByteArray("Viel Text über nichts. ").repeated(500) + "</p></body></html>";
        m_server->serve("/big", CannedResponse::page("text/html; charset=utf-8", big));
        CannedResponse unannounced = CannedResponse::page("text/html; charset=utf-8", big);
        unannounced.sendLength = false;
        m_server->serve("/big-unannounced", unannounced);
        UrlImporter importer;
        importer.setMaxBytes(4096);
        const ImportResult announced = fetch(importer, m_server->url(QStringLiteral("/big")));
        QVERIFY2(announced.error.endsWith(QStringLiteral(": the page is 12 kB, over the import limit of 4 kB")),
            qPrintable(announced.error));
        const ImportResult read = fetch(importer, m_server->url(QStringLiteral("/big-unannounced")));
        QVERIFY2(read.error.contains(QStringLiteral("larger than the import limit")), qPrintable(read.error));
        QVERIFY2(read.error.contains(QStringLiteral("stopped reading")), qPrintable(read.error));
        // Under the limit the same page is read.
        importer.setMaxBytes(DocumentImporter::defaultMaxBytes);
        QVERIFY(fetch(importer, m_server->url(QStringLiteral("/big-unannounced"))).isValid());
    }

    void unsupportedContentTypeIsNamed()
    {
        m_server->serve("/logo.png", CannedResponse::page("image/png", "\x89PNG\r\n\x1a\n"));
        const QUrl png = m_server->url(QStringLiteral("/logo.png"));
        const ImportResult refused = fetch(png);
        QVERIFY2(refused.error.startsWith(png.toString() + QStringLiteral(": the page is of type image/png")),
            qPrintable(refused.error));
        QCOMPARE(UrlImporter::formatForContentType(QStringLiteral("image/png")), QString());
        QCOMPARE(UrlImporter::formatForContentType(QStringLiteral("application/pdf")), QStringLiteral("pdf"));
        QCOMPARE(UrlImporter::formatForContentType(QStringLiteral("text/html")), QStringLiteral("html"));
        QCOMPARE(UrlImporter::formatForContentType(QStringLiteral("text/plain")), QStringLiteral("txt"));
        QCOMPARE(UrlImporter::formatForContentType(QStringLiteral("text/markdown")), QStringLiteral("md"));
    }

    void fetchedPdfIsReadLikeAPdfFile()
    {
        // A PDF the test writes, served as application/pdf: read by the isolated reader, known by its address.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statement.pdf"));
        QPdfWriter writer(path);
        writer.setTitle(QStringLiteral("Stellungnahme zum Datenabfluss"));
        {
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
            painter.drawText(QPointF(100, 200), QStringLiteral("Die Musterkasse bestätigt einen unbefugten Zugriff."));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_server->serve("/statement.pdf", CannedResponse::page("application/pdf", file.readAll()));
        const QUrl url = m_server->url(QStringLiteral("/statement.pdf"));
        const ImportResult result = fetch(url);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.format(), QStringLiteral("pdf"));
        QCOMPARE(result.document.text(), QStringLiteral("Die Musterkasse bestätigt einen unbefugten Zugriff."));
        QCOMPARE(result.document.title(), QStringLiteral("Stellungnahme zum Datenabfluss"));
        QCOMPARE(result.document.source(), url.toString());
        QCOMPARE(result.document.metadata().contentType, QStringLiteral("application/pdf"));
        QCOMPARE(result.document.metadata().pageStarts, QList<qsizetype> { 0 });

        m_server->serve("/broken.pdf", CannedResponse::page("application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"));
        const QUrl broken = m_server->url(QStringLiteral("/broken.pdf"));
        const ImportResult refused = fetch(broken);
        QVERIFY(!refused.isValid());
        // The reason names the address, not the temporary file the reader was given.
        QVERIFY2(refused.error.startsWith(broken.toString() + QStringLiteral(": ")), qPrintable(refused.error));
        QVERIFY2(!refused.error.contains(QStringLiteral("incident-workbench-")), qPrintable(refused.error));
    }

    void refusedConnectionAndCancel()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QUrl nobody(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
        const ImportResult refused = fetch(nobody);
        QVERIFY2(refused.error.contains(QStringLiteral("127.0.0.1:%1 refused the connection").arg(closedPort)),
            qPrintable(refused.error));

        CannedResponse slow = CannedResponse::page("text/html", germanPage);
        slow.delayMs = 3000;
        m_server->serve("/slow-cancel", slow);
        UrlImporter importer;
        ImportResult outcome;
        connect(&importer, &UrlImporter::finished, this, [&](const ImportResult &result) { outcome = result; });
        importer.start(m_server->url(QStringLiteral("/slow-cancel")));
        QVERIFY(importer.isRunning());
        QTRY_COMPARE(m_server->requestCount("/slow-cancel"), 1);
        importer.cancel();
        QVERIFY(!importer.isRunning());
        QVERIFY2(outcome.error.endsWith(QStringLiteral(": cancelled")), qPrintable(outcome.error));
    }

    void tlsErrorsAreShownNotIgnored()
    {
        IwbTest::HttpTestServer secure(IwbTest::HttpTestServer::Transport::Tls);
        secure.serve("/nordheim.html", CannedResponse::page("text/html; charset=utf-8", germanPage));
        const QUrl url = secure.url(QStringLiteral("/nordheim.html"));
        const ImportResult result = fetch(url);
        QVERIFY(!result.isValid());
        QVERIFY2(
            result.error.startsWith(url.toString() + QStringLiteral(": the secure connection to 127.0.0.1 failed: ")),
            qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive), qPrintable(result.error));
        QCOMPARE(secure.requestCount("/nordheim.html"), 0);
    }

    void addressesTheAnalystTypes()
    {
        QString error;
        QCOMPARE(UrlImporter::parseUrl(QStringLiteral(" lokalblatt.example/nordheim "), &error),
            QUrl(QStringLiteral("https://lokalblatt.example/nordheim")));
        QVERIFY(!UrlImporter::parseUrl(QStringLiteral("ftp://files.example/a.txt"), &error));
        QCOMPARE(
            error, QStringLiteral("ftp://files.example/a.txt: only http and https addresses can be fetched, not ftp"));
        QVERIFY(!UrlImporter::parseUrl(QStringLiteral("file:///etc/passwd"), &error));
        QVERIFY(!UrlImporter::parseUrl(QStringLiteral("   "), &error));
        QVERIFY(UrlImporter::isWebAddress(QStringLiteral("HTTPS://example.org")));
        QVERIFY(!UrlImporter::isWebAddress(QStringLiteral("/tmp/http-notes.txt")));
        // A redirect to another scheme is refused.
        m_server->serve("/to-file", CannedResponse::redirect(302, "file:///etc/passwd"));
        const ImportResult toFile = fetch(m_server->url(QStringLiteral("/to-file")));
        QVERIFY2(
            toFile.error.contains(QStringLiteral("which is not an http or https address")), qPrintable(toFile.error));
    }

    void samePageFetchedTwiceIsRecognised()
    {
        IncidentStore store;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("duplicates.sqlite"))), qPrintable(store.errorString()));
        const QUrl url = m_server->url(QStringLiteral("/nordheim.html"));
        ImportResult first = fetch(url);
        QVERIFY(first.isValid());
        const auto added = store.addDocument(first.document);
        QVERIFY(added && !added->isDuplicate);
        QCOMPARE(store.document(added->id)->metadata(), first.document.metadata());
        QCOMPARE(store.documentIdForFetchedUrl(url.toString()), added->id);

        // The page changed a little since (a corrected figure): the same address is the same article.
        QByteArray updated = germanPage;
        updated.replace("rund 4.200", "rund 4.300");
        m_server->serve("/nordheim.html", CannedResponse::page("text/html; charset=utf-8", updated));
        ImportResult second = fetch(url);
        QVERIFY(second.isValid());
        QVERIFY(second.document.sha256() != first.document.sha256());
        const auto again = store.addDocument(second.document);
        QVERIFY(again && again->isDuplicate && again->sameAddress);
        QCOMPARE(again->id, added->id);

        // The same text at another address is recognised by its text.
        m_server->serve("/copy/nordheim.html", CannedResponse::page("text/html; charset=utf-8", germanPage));
        ImportResult copy = fetch(m_server->url(QStringLiteral("/copy/nordheim.html")));
        const auto byText = store.addDocument(copy.document);
        QVERIFY(byText && byText->isDuplicate && !byText->sameAddress);
        QCOMPARE(byText->id, added->id);
        QCOMPARE(store.documentCount(), 1);
        m_server->serve("/nordheim.html", CannedResponse::page("text/html; charset=utf-8", germanPage));
    }
};

QTEST_MAIN(TestUrlImporter)
#include "tst_urlimporter.moc"
