// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "documentimporter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

template<typename T> class QFutureWatcher;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Iwb {

/**
 * Fetches one web page (http or https) and imports it as a Document, without blocking: start() returns
 * at once, progress() reports the bytes received, the page is decoded and read on a worker thread, and
 * finished() hands over an ImportResult whose error names the URL and the reason. The GUI runs it in
 * its event loop; the CLI in a local QEventLoop.
 *
 * Limits: at most maxRedirects() redirects, each to http or https and never from https down to http; a
 * redirect back to an address already visited is a loop; no byte for timeout() ends the fetch (a
 * transfer timeout, counted per hop); a body over maxBytes() is refused as soon as it is known
 * (Content-Length) or read. TLS errors end the fetch and are named; they are never ignored.
 *
 * text/html goes to the HTML importer, text/plain to the text importer (decoded with the charset of
 * the Content-Type header, then the page's own declaration, TextDecoder::decodeWebPage); other types
 * are refused with the type named (formatForContentType()). The document's source is the final URL;
 * its metadata records the requested and final URL, the time and the Content-Type (provenance).
 */
class UrlImporter : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMaxRedirects = 10;
    static constexpr std::chrono::milliseconds defaultTimeout { 30000 };

    explicit UrlImporter(QObject *parent = nullptr);
    ~UrlImporter() override;

    int maxRedirects() const { return m_maxRedirects; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }
    /// How long the server may send nothing (per request; waiting for the answer included).
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    qint64 maxBytes() const { return m_importer.maxBytes(); }
    void setMaxBytes(qint64 maxBytes) { m_importer = DocumentImporter(maxBytes); }

    /// Starts fetching @p url (a running fetch is cancelled first). finished() follows exactly once,
    /// also for an address that cannot be fetched at all.
    void start(const QUrl &url);
    /// Stops the running fetch; finished() reports it as cancelled.
    void cancel();
    /// True from start() until finished().
    bool isRunning() const;

    /// The address the analyst typed, as a URL this class fetches: http(s) with a host; a bare
    /// "example.org/page" gets https://. std::nullopt and @p error (naming the text) otherwise.
    static std::optional<QUrl> parseUrl(const QString &text, QString *error = nullptr);
    /// True when @p text looks like an address rather than a file path (it starts with http:// or https://).
    static bool isWebAddress(const QString &text);
    /// The importer format ("html", "txt", "md", "pdf") for a MIME type (lower case, without parameters); empty when
    /// pages of that type are not imported.
    static QString formatForContentType(const QString &mimeType);
    /// "IncidentWorkbench/VERSION (Qt/6.x.y)": sent with every request.
    static QByteArray userAgent();
    /// How a stored document's fetched URL is compared: without fragment, with normalized path segments.
    static QString normalizedUrl(const QUrl &url);

Q_SIGNALS:
    /// @p received bytes of the page so far, of @p total (-1 while unknown); @p url is the current hop.
    void progress(qint64 received, qint64 total, const QUrl &url);
    /// The fetched and imported document, or the reason ("URL: reason"). Emitted once per start().
    void finished(const Iwb::ImportResult &result);

private:
    void request(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    /// Drops the running reply (aborting it without its own finished() reaching us) and any page being read.
    void dropReply();
    void fail(const QString &reason);
    void succeed();
    /// The size limit of the body being fetched: the importer's, five times that for a PDF.
    qint64 bodyLimit() const;
    /// A fetched PDF, read like a PDF file (through the isolated reader); the source is the address.
    static ImportResult importFetchedPdf(
        const DocumentImporter &importer, const QByteArray &body, const QString &fetchedUrl);

    QNetworkAccessManager *m_network;
    QTimer *m_idle;
    DocumentImporter m_importer;
    int m_maxRedirects = defaultMaxRedirects;
    std::chrono::milliseconds m_timeout = defaultTimeout;

    QPointer<QNetworkReply> m_reply;
    QFutureWatcher<ImportResult> *m_importing = nullptr; ///< the page being read on a worker
    QUrl m_requested;
    QUrl m_current;
    QStringList m_visited; ///< normalized addresses of this fetch's hops, to see a loop
    QStringList m_sslErrors;
    QString m_contentType;
    QString m_format;
    QByteArray m_body;
    bool m_headersSeen = false;
};

} // namespace Iwb
