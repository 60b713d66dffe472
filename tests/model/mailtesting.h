// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

// E-mails written by the tests as text, as a mail program would send them, from texts we wrote.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace IwbMailTest {

/// The press release the mail tests send around.
inline const QString releaseTitle = QStringLiteral("Datenpanne im Kundenportal");
inline const QString pressOffice
    = QStringLiteral("Pressestelle Stadtwerke Nordheim <presse@stadtwerke-nordheim.example>");
inline const QString first
    = QStringLiteral("Die Stadtwerke Nordheim haben am 27. Februar 2026 einen Fehler in ihrem Kundenportal bemerkt.");
inline const QString second
    = QStringLiteral("Rund 1.200 Kundinnen und Kunden konnten für etwa drei Stunden die Rechnungen "
                     "anderer Kunden sehen. Die Aufsichtsbehörde wurde am 28. Februar informiert.");
inline const QString release = first + QStringLiteral("\n\n") + second;

/// Header lines of a mail from the press office of our made-up Stadtwerke Nordheim.
inline QByteArray headers(const QByteArray &subject, const QByteArray &contentType,
    const QByteArray &from = "Pressestelle Stadtwerke Nordheim <presse@stadtwerke-nordheim.example>",
    const QByteArray &date = "Mon, 2 Mar 2026 09:15:00 +0100")
{
    return "From: " + from + "\r\nTo: Redaktion Lokalblatt <redaktion@lokalblatt.example>\r\nSubject: " + subject
        + "\r\nDate: " + date + "\r\nMessage-ID: <" + QByteArray::number(qHash(subject))
        + "@stadtwerke-nordheim.example>\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n";
}

/// Base64 in lines of 76 characters, as mail programs write it.
inline QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        lines += encoded.mid(i, 76) + "\r\n";
    }
    return lines;
}

/// A multipart body: each part its header lines, an empty line and its content.
inline QByteArray multipart(const QByteArray &boundary, const QList<QByteArray> &parts)
{
    QByteArray body = "\r\nThis is a multi-part message in MIME format.\r\n";
    for (const QByteArray &part : parts) {
        body += "--" + boundary + "\r\n" + part + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

inline QByteArray crlf(QByteArray text)
{
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
}

} // namespace IwbMailTest
