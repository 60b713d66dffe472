// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet.h>

#include <memory>

namespace Iwb {

namespace {

    struct UchardetDeleter
    {
        void operator()(uchardet_t detector) const { uchardet_delete(detector); }
    };

    QString detectLegacyEncoding(const QByteArray &bytes)
    {
        std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter> detector(uchardet_new());
        if (uchardet_handle_data(detector.get(), bytes.constData(), static_cast<size_t>(bytes.size())) != 0) {
            return {};
        }
        uchardet_data_end(detector.get());
        return QString::fromLatin1(uchardet_get_charset(detector.get()));
    }

    std::optional<QString> decodeStrictly(const QByteArray &bytes, QStringDecoder &decoder)
    {
        QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            return std::nullopt;
        }
        return text;
    }

    /// Qt's UTF-16 and UTF-32 decoders pass an unpaired surrogate through; these find and replace them.
    bool hasLoneSurrogate(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (text.at(i).isSurrogate()) {
                return true;
            }
        }
        return false;
    }

    void replaceLoneSurrogates(QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (text.at(i).isSurrogate()) {
                text[i] = QChar::ReplacementCharacter;
            }
        }
    }

    /// Whether bytes that are not valid UTF-8 are still mostly UTF-8: twice as many well-formed
    /// multi-byte sequences as broken ones (a page cut in the middle of a character, one bad byte
    /// pasted into it). Text in a legacy encoding has almost no well-formed sequences (its "ü" and
    /// "ß" are lead bytes followed by ASCII), so it is not taken for damaged UTF-8.
    bool isDamagedUtf8(QByteArrayView bytes)
    {
        qsizetype wellFormed = 0;
        qsizetype broken = 0;
        for (qsizetype i = 0; i < bytes.size();) {
            const auto lead = static_cast<uchar>(bytes[i]);
            if (lead < 0x80) {
                ++i;
                continue;
            }
            const qsizetype length = lead >= 0xC2 && lead <= 0xDF ? 2
                : lead >= 0xE0 && lead <= 0xEF                    ? 3
                : lead >= 0xF0 && lead <= 0xF4                    ? 4
                                                                  : 0;
            qsizetype continued = 1;
            while (continued < length && i + continued < bytes.size()
                && (static_cast<uchar>(bytes[i + continued]) & 0xC0) == 0x80) {
                ++continued;
            }
            if (length > 0 && continued == length) {
                ++wellFormed;
            } else {
                ++broken;
            }
            i += continued;
        }
        return wellFormed > 0 && wellFormed >= 2 * broken;
    }

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // Text in a BOM-less 8-bit encoding never contains NUL; binary formats
    // almost always do within their first kilobytes.
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 8192));
    return head.contains('\0');
}

QString TextDecoder::normalizeLineEndings(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (const auto bomEncoding = QStringConverter::encodingForData(bytes)) {
        // The decoder drops the byte order mark itself.
        QStringDecoder strict(*bomEncoding);
        const auto text = decodeStrictly(bytes, strict);
        if (!text || hasLoneSurrogate(*text)) {
            result.error = QStringLiteral("the text is not valid %1 although it starts with a %1 byte order mark")
                               .arg(QString::fromLatin1(QStringConverter::nameForEncoding(*bomEncoding)));
            return result;
        }
        result.text = normalizeLineEndings(*text);
        result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bomEncoding));
        return result;
    }

    if (looksBinary(bytes)) {
        result.error = QStringLiteral("it looks like a binary file, not text (it contains NUL bytes)");
        return result;
    }

    QStringDecoder utf8(QStringConverter::Utf8);
    if (const auto text = decodeStrictly(bytes, utf8)) {
        result.text = normalizeLineEndings(*text);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }

    const QString guessed = detectLegacyEncoding(bytes);
    if (guessed.isEmpty() || guessed.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) == 0) {
        result.error = QStringLiteral("its encoding could not be recognised (not UTF-8, and no legacy encoding fits)");
        return result;
    }
    QStringDecoder legacy(guessed.toLatin1().constData());
    if (!legacy.isValid()) {
        result.error
            = QStringLiteral("it seems to be in the encoding %1, which this program cannot decode").arg(guessed);
        return result;
    }
    const auto text = decodeStrictly(bytes, legacy);
    if (!text) {
        result.error = QStringLiteral("it could not be decoded as %1, the encoding it seems to be in").arg(guessed);
        return result;
    }
    result.text = normalizeLineEndings(*text);
    result.encoding = guessed;
    return result;
}

QString TextDecoder::declaredCharset(const QByteArray &bytes)
{
    // The HTML standard's prescan looks at the first 1024 bytes; <meta charset="…"> or
    // <meta http-equiv="Content-Type" content="text/html; charset=…">.
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 1024)));
    const QRegularExpressionMatch match = meta.match(head);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

DecodedText TextDecoder::decodeWebPage(const QByteArray &bytes, const QString &transportCharset)
{
    DecodedText result;
    const auto decodeWith = [&](const QString &name, QStringConverter::Encoding encoding = QStringConverter::System) {
        // Browsers read pages labelled Latin-1 or ASCII as Windows-1252, a superset.
        QString label = name;
        if (label == QLatin1String("iso-8859-1") || label == QLatin1String("us-ascii")
            || label == QLatin1String("latin1") || label == QLatin1String("ascii")) {
            label = QStringLiteral("windows-1252");
        }
        QStringDecoder decoder
            = label.isEmpty() ? QStringDecoder(encoding) : QStringDecoder(label.toLatin1().constData());
        if (!decoder.isValid()) {
            return false;
        }
        result.text = normalizeLineEndings(decoder.decode(bytes));
        result.encoding = label.isEmpty() ? QString::fromLatin1(QStringConverter::nameForEncoding(encoding)) : label;
        return true;
    };
    if (const auto bomEncoding = QStringConverter::encodingForData(bytes)) {
        decodeWith({}, *bomEncoding);
        replaceLoneSurrogates(result.text);
        return result;
    }
    if (looksBinary(bytes)) {
        result.error = QStringLiteral("it looks like a binary file, not a web page (it contains NUL bytes)");
        return result;
    }
    for (const QString &label : { transportCharset.trimmed().toLower(), declaredCharset(bytes) }) {
        if (!label.isEmpty() && decodeWith(label)) {
            return result;
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    if (const auto text = decodeStrictly(bytes, utf8)) {
        result.text = normalizeLineEndings(*text);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    if (isDamagedUtf8(bytes)) {
        // As a browser shows it: the broken bytes as U+FFFD, the rest as written.
        decodeWith({}, QStringConverter::Utf8);
        return result;
    }
    const QString guessed = detectLegacyEncoding(bytes);
    if (!guessed.isEmpty() && guessed.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) != 0
        && decodeWith(guessed.toLower())) {
        return result;
    }
    decodeWith({}, QStringConverter::Utf8);
    return result;
}

} // namespace Iwb
