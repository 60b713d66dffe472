// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "textdecoder.h"

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
        if (!text) {
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

} // namespace Iwb
