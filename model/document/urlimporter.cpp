// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "urlimporter.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslError>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Iwb {

namespace {

    QString sizeText(qint64 bytes)
    {
        if (bytes < qint64(1024) * 1024) {
            return QStringLiteral("%1 kB").arg((bytes + 1023) / 1024);
        }
        return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
    }

    /// "text/html; charset=ISO-8859-1" → ("text/html", "iso-8859-1").
    std::pair<QString, QString> splitContentType(const QString &contentType)
    {
        const QStringList parts = contentType.split(QLatin1Char(';'));
        const QString mimeType = parts.value(0).trimmed().toLower();
        QString charset;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString parameter = parts.at(i).trimmed();
            if (parameter.startsWith(QLatin1String("charset="), Qt::CaseInsensitive)) {
                charset = parameter.mid(8).trimmed().remove(QLatin1Char('"')).remove(QLatin1Char('\'')).toLower();
            }
        }
        return { mimeType, charset };
    }

    bool isUtf8Label(const QString &charset)
    {
        return charset == QLatin1String("utf-8") || charset == QLatin1String("utf8");
    }

    bool isValidUtf8(const QByteArray &bytes)
    {
        QStringDecoder decoder(QStringConverter::Utf8);
        const QString ignored = decoder.decode(bytes);
        return !decoder.hasError();
    }

    /// A page sent without a Content-Type: HTML when it starts like HTML, otherwise plain text.
    QString sniffFormat(const QByteArray &bytes)
    {
        const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 1024)).trimmed().toLower();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
            ? QStringLiteral("html")
            : QStringLiteral("txt");
    }

    bool isRedirect(int status)
    {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    bool isWebScheme(const QString &scheme)
    {
        return scheme == QLatin1String("http") || scheme == QLatin1String("https");
    }

} // namespace

UrlImporter::UrlImporter(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &UrlImporter::onTimeout);
}

UrlImporter::~UrlImporter()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray UrlImporter::userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return "IncidentWorkbench/" + (version.isEmpty() ? QByteArray("dev") : version.toLatin1()) + " (Qt/" + qVersion()
        + ")";
}

bool UrlImporter::isWebAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

std::optional<QUrl> UrlImporter::parseUrl(const QString &text, QString *error)
{
    const auto refuse = [&](const QString &reason) -> std::optional<QUrl> {
        if (error) {
            *error = text.trimmed() + QStringLiteral(": ") + reason;
        }
        return std::nullopt;
    };
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return refuse(QCoreApplication::translate("Iwb::UrlImporter", "no address given"));
    }
    if (!trimmed.contains(QLatin1String("://"))) {
        trimmed.prepend(QStringLiteral("https://"));
    }
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid()) {
        return refuse(
            QCoreApplication::translate("Iwb::UrlImporter", "not a valid address (%1)").arg(url.errorString()));
    }
    if (!isWebScheme(url.scheme().toLower())) {
        return refuse(
            QCoreApplication::translate("Iwb::UrlImporter", "only http and https addresses can be fetched, not %1")
                .arg(url.scheme()));
    }
    if (url.host().isEmpty()) {
        return refuse(QCoreApplication::translate("Iwb::UrlImporter", "the address has no host name"));
    }
    return url;
}

QString UrlImporter::formatForContentType(const QString &mimeType)
{
    // The one place that decides which fetched types are imported.
    if (mimeType == QLatin1String("text/html") || mimeType == QLatin1String("application/xhtml+xml")) {
        return QStringLiteral("html");
    }
    if (mimeType == QLatin1String("text/plain")) {
        return QStringLiteral("txt");
    }
    if (mimeType == QLatin1String("text/markdown")) {
        return QStringLiteral("md");
    }
    if (mimeType == QLatin1String("application/pdf")) {
        return QStringLiteral("pdf");
    }
    return {};
}

qint64 UrlImporter::bodyLimit() const
{
    // Most of a PDF's bytes are fonts and images: it gets the larger limit the importer gives PDF files.
    return m_format == QLatin1String("pdf") ? maxBytes() * DocumentImporter::pdfSizeFactor : maxBytes();
}

ImportResult UrlImporter::importFetchedPdf(
    const DocumentImporter &importer, const QByteArray &body, const QString &fetchedUrl)
{
    // The PDF reader runs in its own process (IsolatedParser) and reads files: the fetched bytes go
    // to a temporary file first, which is gone when the import is done.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/incident-workbench-XXXXXX.pdf"));
    if (!file.open() || file.write(body) != body.size() || !file.flush()) {
        return { {},
            QCoreApplication::translate(
                "Iwb::UrlImporter", "the fetched PDF cannot be written to a temporary file (%1)")
                .arg(file.errorString()),
            {} };
    }
    ImportResult result = importer.importFile(file.fileName());
    if (!result.isValid()) {
        // The message names the temporary file; the analyst knows the document by its address.
        result.error.replace(file.fileName() + QStringLiteral(": "), QString());
        return result;
    }
    result.document.setSource(fetchedUrl);
    return result;
}

QString UrlImporter::normalizedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

void UrlImporter::start(const QUrl &url)
{
    dropReply();
    m_requested = url;
    m_visited.clear();
    m_current = url;
    if (!url.isValid() || !isWebScheme(url.scheme().toLower()) || url.host().isEmpty()) {
        fail(QCoreApplication::translate("Iwb::UrlImporter", "not an http or https address with a host name"));
        return;
    }
    request(url);
}

void UrlImporter::cancel()
{
    if (isRunning()) {
        fail(QStringLiteral("cancelled"));
    }
}

bool UrlImporter::isRunning() const
{
    return m_reply != nullptr || m_importing != nullptr;
}

void UrlImporter::request(const QUrl &url)
{
    m_current = url;
    m_visited.append(normalizedUrl(url));
    m_sslErrors.clear();
    m_contentType.clear();
    m_format.clear();
    m_body.clear();
    m_headersSeen = false;

    QNetworkRequest request(url);
    // Redirects are followed here, hop by hop, to name loops and refuse other schemes and downgrades.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &UrlImporter::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &UrlImporter::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UrlImporter::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_idle->start(m_timeout);
        Q_EMIT progress(received, total, m_current);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and onFinished() names these.
        for (const QSslError &error : errors) {
            m_sslErrors.append(error.errorString());
        }
    });
    m_idle->start(m_timeout);
}

void UrlImporter::onMetaData()
{
    if (!m_reply || m_headersSeen) {
        return;
    }
    const QVariant statusAttribute = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        return; // no answer yet (an error follows in onFinished)
    }
    m_headersSeen = true;
    m_idle->start(m_timeout);
    const int status = statusAttribute.toInt();
    const QString reason
        = QString::fromLatin1(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()).trimmed();
    const QString answer = QStringLiteral("%1 %2").arg(status).arg(reason).trimmed();

    if (status >= 300 && status < 400) {
        if (!isRedirect(status) || !m_reply->hasRawHeader("Location")) {
            fail(QCoreApplication::translate(
                "Iwb::UrlImporter", "the server answered %1 without saying where the page is")
                    .arg(answer));
            return;
        }
        const QUrl target = m_current.resolved(QUrl::fromEncoded(m_reply->rawHeader("Location").trimmed()));
        const QString from = m_current.toDisplayString();
        if (!target.isValid() || !isWebScheme(target.scheme().toLower())) {
            fail(QCoreApplication::translate(
                "Iwb::UrlImporter", "%1 redirected to %2, which is not an http or https address")
                    .arg(from, target.toDisplayString()));
            return;
        }
        if (m_current.scheme().toLower() == QLatin1String("https")
            && target.scheme().toLower() == QLatin1String("http")) {
            fail(QCoreApplication::translate(
                "Iwb::UrlImporter", "%1 redirected from https to unencrypted http (%2); refused")
                    .arg(from, target.toDisplayString()));
            return;
        }
        if (m_visited.contains(normalizedUrl(target))) {
            QStringList chain = m_visited;
            chain.append(normalizedUrl(target));
            fail(QCoreApplication::translate("Iwb::UrlImporter", "the redirects go round in a loop (%1)")
                    .arg(chain.join(QStringLiteral(" → "))));
            return;
        }
        if (m_visited.size() > m_maxRedirects) {
            fail(QCoreApplication::translate("Iwb::UrlImporter", "more than %1 redirects (the last to %2); gave up")
                    .arg(m_maxRedirects)
                    .arg(target.toDisplayString()));
            return;
        }
        dropReply();
        request(target);
        return;
    }
    if (status >= 400 || status < 200) {
        fail(QCoreApplication::translate("Iwb::UrlImporter", "the server answered %1").arg(answer));
        return;
    }

    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QString mimeType = splitContentType(m_contentType).first;
    if (!mimeType.isEmpty()) {
        m_format = formatForContentType(mimeType);
        if (m_format.isEmpty()) {
            fail(QCoreApplication::translate(
                "Iwb::UrlImporter", "the page is of type %1, which is not imported (only web pages, text and PDF)")
                    .arg(mimeType));
            return;
        }
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > bodyLimit()) {
        fail(QCoreApplication::translate("Iwb::UrlImporter", "the page is %1, over the import limit of %2")
                .arg(sizeText(length.toLongLong()), sizeText(bodyLimit())));
    }
}

void UrlImporter::onReadyRead()
{
    onMetaData();
    if (!m_reply || !m_headersSeen) {
        return;
    }
    m_body += m_reply->read(bodyLimit() + 1 - m_body.size());
    if (m_body.size() > bodyLimit()) {
        fail(QCoreApplication::translate(
            "Iwb::UrlImporter", "the page is larger than the import limit of %1; stopped reading")
                .arg(sizeText(bodyLimit())));
    }
}

void UrlImporter::onFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply) {
        return;
    }
    onReadyRead(); // the headers and the last bytes, if no signal brought them
    if (m_reply != reply) {
        return; // a redirect followed or a limit ended the fetch
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError) {
        succeed();
        return;
    }
    const QString host = m_current.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        fail(QCoreApplication::translate("Iwb::UrlImporter", "%1 refused the connection").arg(m_current.authority()));
        return;
    case QNetworkReply::HostNotFoundError:
        fail(QCoreApplication::translate("Iwb::UrlImporter", "the host %1 was not found").arg(host));
        return;
    case QNetworkReply::RemoteHostClosedError:
        fail(QCoreApplication::translate("Iwb::UrlImporter", "%1 closed the connection before the page was complete")
                .arg(host));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        fail(QCoreApplication::translate("Iwb::UrlImporter", "the secure connection to %1 failed: %2")
                .arg(host, m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; "))));
        return;
    default:
        fail(reply->errorString());
        return;
    }
}

void UrlImporter::onTimeout()
{
    if (!m_reply) {
        return;
    }
    const double seconds = std::chrono::duration<double>(m_timeout).count();
    if (m_body.isEmpty()) {
        fail(QCoreApplication::translate("Iwb::UrlImporter", "no answer from %1 within %2 s (time-out)")
                .arg(m_current.authority())
                .arg(seconds));
    } else {
        fail(QCoreApplication::translate("Iwb::UrlImporter", "%1 stopped sending for %2 s after %3 bytes (time-out)")
                .arg(m_current.authority())
                .arg(seconds)
                .arg(m_body.size()));
    }
}

void UrlImporter::dropReply()
{
    m_idle->stop();
    m_importing = nullptr; // a result still on its way is dropped when it arrives
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void UrlImporter::fail(const QString &reason)
{
    dropReply();
    ImportResult result;
    const QString requested = m_requested.toDisplayString();
    const QString current = m_current.toDisplayString();
    result.error = requested + QStringLiteral(": ") + reason;
    if (!current.isEmpty() && normalizedUrl(m_current) != normalizedUrl(m_requested) && !reason.contains(current)) {
        result.error += QCoreApplication::translate("Iwb::UrlImporter", " (after redirects, at %1)").arg(current);
    }
    Q_EMIT finished(result);
}

void UrlImporter::succeed()
{
    const QByteArray body = m_body;
    const QString contentType = m_contentType;
    const QString format = m_format.isEmpty() ? sniffFormat(body) : m_format;
    if (body.trimmed().isEmpty()) {
        fail(QCoreApplication::translate("Iwb::UrlImporter", "the server sent an empty page"));
        return;
    }
    dropReply();
    // Decoding and reading the page (HTML parsing: up to seconds for a large one) run on a worker, so
    // that the window's thread never waits for them; the outcome comes back through the watcher.
    const QString fetchedUrl = normalizedUrl(m_current);
    const DocumentImporter importer = m_importer;
    auto promise = std::make_shared<QPromise<ImportResult>>();
    m_importing = new QFutureWatcher<ImportResult>(this);
    connect(m_importing, &QFutureWatcherBase::finished, this, [this, watcher = m_importing, contentType] {
        watcher->deleteLater();
        if (watcher != m_importing) {
            return; // cancelled, or another fetch started meanwhile
        }
        m_importing = nullptr;
        ImportResult result = watcher->result();
        if (!result.isValid()) {
            fail(result.error);
            return;
        }
        DocumentMetadata metadata = result.document.metadata();
        metadata.requestedUrl = m_requested.toString(QUrl::FullyEncoded);
        metadata.fetchedUrl = normalizedUrl(m_current);
        metadata.fetchedAt = QDateTime::currentDateTimeUtc();
        metadata.contentType = contentType;
        result.document.setMetadata(metadata);
        Q_EMIT finished(result);
    });
    m_importing->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, body, contentType, format, fetchedUrl, importer] {
        promise->start();
        // The header's charset wins, as in a browser, unless the bytes contradict it: a page labelled
        // UTF-8 that is not valid UTF-8 is read by its own declaration or by detection instead.
        QString charset = splitContentType(contentType).second;
        if (isUtf8Label(charset) && !isValidUtf8(body)) {
            charset.clear();
        }
        if (format == QLatin1String("pdf")) {
            promise->addResult(importFetchedPdf(importer, body, fetchedUrl));
            promise->finish();
            return;
        }
        const DecodedText decoded = TextDecoder::decodeWebPage(body, charset);
        promise->addResult(decoded.isValid() ? importer.importText(decoded.text, format, fetchedUrl)
                                             : ImportResult { {}, decoded.error, {} });
        promise->finish();
    });
}

} // namespace Iwb
