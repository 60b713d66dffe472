// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <utility>

namespace IwbTest {

/// A self-signed certificate for 127.0.0.1 and its key, made for these tests with
/// `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 36500
/// -subj "/CN=127.0.0.1/O=Incident Workbench tests" -addext subjectAltName=IP:127.0.0.1`:
/// a client that checks certificates (as the program does) must refuse it.
inline constexpr char selfSignedCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIB1jCCAXygAwIBAgIURF4Tp1HZh344spo+VGJ3uH74jYcwCgYIKoZIzj0EAwIw
NzESMBAGA1UEAwwJMTI3LjAuMC4xMSEwHwYDVQQKDBhJbmNpZGVudCBXb3JrYmVu
Y2ggdGVzdHMwIBcNMjYxMjA3MDcwMDE2WhgPMjEyNjExMTMwNzAwMTZaMDcxEjAQ
BgNVBAMMCTEyNy4wLjAuMTEhMB8GA1UECgwYSW5jaWRlbnQgV29ya2JlbmNoIHRl
c3RzMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7pmDUEetnNmat34iHc5rtv9c
MBjL4DN0y1dFgV16pHG11ikFNTrgPvqyCsbqY4JIwfiCeMmP+qcizpTm1B5ipqNk
MGIwHQYDVR0OBBYEFO3gXCnrUcACizDhR+lZMDIsGz+nMB8GA1UdIwQYMBaAFO3g
XCnrUcACizDhR+lZMDIsGz+nMA8GA1UdEwEB/wQFMAMBAf8wDwYDVR0RBAgwBocE
fwAAATAKBggqhkjOPQQDAgNIADBFAiAw1H2Z3SoN/QzmYBZjJCYo6hs1rO99SYls
7J3gDtozkgIhAIStqgoWiQWDkFgKQAvLjqsWbSqu6IcPPSscSruJr8m7
-----END CERTIFICATE-----
)";
inline constexpr char selfSignedKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgGs4sw8ltzmBZ8dLL
vtP21ibtqlgGcNYPthjBH5KoPjKhRANCAATumYNQR62c2Zq3fiIdzmu2/1wwGMvg
M3TLV0WBXXqkcbXWKQU1OuA++rIKxupjgkjB+IJ4yY/6pyLOlObUHmKm
-----END PRIVATE KEY-----
)";

/// One canned answer of HttpTestServer.
struct CannedResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; ///< wait this long before answering at all
    bool sendLength = true; ///< a Content-Length header; without one the body ends when the connection closes

    static CannedResponse page(const QByteArray &contentType, const QByteArray &body)
    {
        CannedResponse response;
        response.headers.append({ "Content-Type", contentType });
        response.body = body;
        return response;
    }
    static CannedResponse redirect(int status, const QByteArray &location)
    {
        CannedResponse response;
        response.status = status;
        response.reason = status == 301 ? "Moved Permanently" : status == 302 ? "Found" : "Temporary Redirect";
        response.headers.append({ "Location", location });
        return response;
    }
};

/**
 * A small HTTP/1.1 server on 127.0.0.1 (a port the system picks) serving canned responses by path, for
 * tests that fetch pages without the internet. It runs on a thread of its own, so a test may block (wait
 * for a program it started) while the server answers. One request per connection (Connection: close).
 */
class HttpTestServer
{
public:
    /// Plain HTTP, or HTTPS with the self-signed certificate above.
    enum class Transport { Plain, Tls };

    explicit HttpTestServer(Transport transport = Transport::Plain)
        : m_transport(transport)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
        m_ready.acquire();
    }

    ~HttpTestServer()
    {
        m_thread->quit();
        m_thread->wait();
    }

    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT@p path
    QUrl url(const QString &path) const
    {
        const QString scheme = m_transport == Transport::Tls ? QStringLiteral("https") : QStringLiteral("http");
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
    }

    void serve(const QByteArray &path, const CannedResponse &response)
    {
        const QMutexLocker lock(&m_mutex);
        m_responses.insert(path, response);
    }

    /// How often @p path was asked for.
    int requestCount(const QByteArray &path) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_counts.value(path);
    }

    /// The request headers of the last request (lower-case names).
    QHash<QByteArray, QByteArray> lastRequestHeaders() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_lastHeaders;
    }

private:
    void run()
    {
        QSslServer tlsServer;
        QTcpServer plainServer;
        QTcpServer &server = m_transport == Transport::Tls ? tlsServer : plainServer;
        if (m_transport == Transport::Tls) {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(QSslCertificate(QByteArray(selfSignedCertificate)));
            configuration.setPrivateKey(QSslKey(QByteArray(selfSignedKey), QSsl::Ec));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            tlsServer.setSslConfiguration(configuration);
        }
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            qFatal("the test HTTP server cannot listen: %s", qPrintable(server.errorString()));
        }
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { readRequest(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_ready.release();
        QEventLoop loop; // ends with QThread::quit()
        loop.exec();
    }

    void readRequest(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0 || socket->property("answered").toBool()) {
            return;
        }
        socket->setProperty("answered", true);
        const QList<QByteArray> lines = request.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray path = requestLine.value(1);
        CannedResponse response;
        {
            const QMutexLocker lock(&m_mutex);
            ++m_counts[path];
            m_lastHeaders.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    m_lastHeaders.insert(
                        lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
            }
            const auto found = m_responses.constFind(path);
            if (found == m_responses.cend()) {
                response = CannedResponse::page("text/plain", "no such page in this test");
                response.status = 404;
                response.reason = "Not Found";
            } else {
                response = *found;
            }
        }
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, socket, [guarded, response] {
            if (!guarded) {
                return;
            }
            QByteArray answer = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            for (const auto &[name, value] : response.headers) {
                answer += name + ": " + value + "\r\n";
            }
            if (response.sendLength) {
                answer += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            }
            answer += "Connection: close\r\n\r\n" + response.body;
            guarded->write(answer);
            guarded->disconnectFromHost();
        });
    }

    Transport m_transport;
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, CannedResponse> m_responses;
    QHash<QByteArray, int> m_counts;
    QHash<QByteArray, QByteArray> m_lastHeaders;
};

} // namespace IwbTest
