// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Iwb {

/// The outcome of decoding a file's bytes: the text, or why there is none.
struct DecodedText
{
    QString text;
    QString encoding; ///< the encoding used, e.g. "UTF-8", "WINDOWS-1252"
    QString error; ///< empty on success; otherwise the reason, without the file name

    bool isValid() const { return error.isEmpty(); }
};

/**
 * Turns the bytes of a text file into text the way an analyst expects:
 * a byte order mark wins; otherwise valid UTF-8 is UTF-8; otherwise uchardet
 * guesses the legacy encoding (Windows-1252, ISO-8859-15, ...). Line endings
 * become "\n". Binary data and bytes that no encoding explains are errors.
 */
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);

    /**
     * Decodes a web page as a browser does: a byte order mark wins, then the charset the
     * server sent (@p transportCharset, from the Content-Type header; may be empty), then the
     * one the page declares in its first kilobytes (`<meta charset>`, `http-equiv`), then
     * valid UTF-8, then uchardet's guess. Bytes that the chosen encoding cannot read become
     * U+FFFD, as in a browser: a page is never refused for a few broken bytes, only when it
     * is binary.
     */
    static DecodedText decodeWebPage(const QByteArray &bytes, const QString &transportCharset = {});

    /// The charset a page declares in its first 1024 bytes (lower case), empty when none.
    static QString declaredCharset(const QByteArray &bytes);

    /// True when the bytes look like a binary file rather than text in a BOM-less encoding.
    static bool looksBinary(const QByteArray &bytes);

    /// CRLF and lone CR become LF.
    static QString normalizeLineEndings(QString text);
};

} // namespace Iwb
