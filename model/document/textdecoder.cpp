// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "textdecoder.h"

#include <QCoreApplication>
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

    /// How the decoder answers bytes that the chosen encoding cannot read.
    enum class Leniency {
        Strict, ///< a text file: refuse it with the reason
        LikeABrowser, ///< a web page: U+FFFD for what cannot be read, never refused unless binary
    };

    /// Browsers read pages labelled Latin-1 or ASCII as Windows-1252, a superset.
    QString browserEncodingLabel(QString label)
    {
        label = label.trimmed().toLower();
        if (label == QLatin1String("iso-8859-1") || label == QLatin1String("us-ascii")
            || label == QLatin1String("latin1") || label == QLatin1String("ascii")) {
            return QStringLiteral("windows-1252");
        }
        return label;
    }

    /**
     * The one decoding chain of text files and web pages: a byte order mark wins; binary data is
     * refused; then the labels the source declares (only web pages have any), valid UTF-8 and
     * uchardet's guess. @p Leniency decides what happens to bytes an encoding cannot read.
     */
    DecodedText decodeBytes(
        const QByteArray &bytes, const QStringList &declaredLabels, Leniency leniency, const QString &whatItIs)
    {
        const bool lenient = leniency == Leniency::LikeABrowser;
        DecodedText result;
        // Decodes with @p decoder; false when the decoder is unusable, or (when errors are not
        // tolerated) the bytes do not fit.
        const auto decodeWith = [&](QStringDecoder &&decoder, const QString &encodingName, bool tolerateErrors) {
            if (!decoder.isValid()) {
                return false;
            }
            QString text = decoder.decode(bytes);
            if (!tolerateErrors && decoder.hasError()) {
                return false;
            }
            result.text = TextDecoder::normalizeLineEndings(std::move(text));
            result.encoding = encodingName;
            return true;
        };

        if (const auto bomEncoding = QStringConverter::encodingForData(bytes)) {
            // The decoder drops the byte order mark itself.
            const QString name = QString::fromLatin1(QStringConverter::nameForEncoding(*bomEncoding));
            if (!decodeWith(QStringDecoder(*bomEncoding), name, lenient)
                || (!lenient && hasLoneSurrogate(result.text))) {
                result = {};
                result.error = QCoreApplication::translate(
                    "DocumentImport", "the text is not valid %1 although it starts with a %1 byte order mark")
                                   .arg(name);
            }
            replaceLoneSurrogates(result.text);
            return result;
        }
        if (TextDecoder::looksBinary(bytes)) {
            result.error = QCoreApplication::translate(
                "DocumentImport", "it looks like a binary file, not %1 (it contains NUL bytes)")
                               .arg(whatItIs);
            return result;
        }
        for (const QString &declared : declaredLabels) {
            const QString label = browserEncodingLabel(declared);
            if (!label.isEmpty() && decodeWith(QStringDecoder(label.toLatin1().constData()), label, lenient)) {
                return result;
            }
        }
        // Only bytes that are really UTF-8 are taken for it; a guess comes next.
        if (decodeWith(QStringDecoder(QStringConverter::Utf8), QStringLiteral("UTF-8"), false)) {
            return result;
        }

        if (lenient && isDamagedUtf8(bytes)) {
            // As a browser shows it: the broken bytes as U+FFFD, the rest as written.
            decodeWith(QStringDecoder(QStringConverter::Utf8), QStringLiteral("UTF-8"), true);
            return result;
        }
        const QString guessed = detectLegacyEncoding(bytes);
        const bool guessUseful
            = !guessed.isEmpty() && guessed.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) != 0;
        if (lenient) {
            const QString label = browserEncodingLabel(guessed);
            if (!(guessUseful && decodeWith(QStringDecoder(label.toLatin1().constData()), label, lenient))) {
                decodeWith(QStringDecoder(QStringConverter::Utf8), QStringLiteral("UTF-8"), true);
            }
            return result;
        }
        if (!guessUseful) {
            result.error = QCoreApplication::translate(
                "DocumentImport", "its encoding could not be recognised (not UTF-8, and no legacy encoding fits)");
        } else if (!QStringDecoder(guessed.toLatin1().constData()).isValid()) {
            result.error = QCoreApplication::translate(
                "DocumentImport", "it seems to be in the encoding %1, which this program cannot decode")
                               .arg(guessed);
        } else if (!decodeWith(QStringDecoder(guessed.toLatin1().constData()), guessed, false)) {
            result.error = QCoreApplication::translate(
                "DocumentImport", "it could not be decoded as %1, the encoding it seems to be in")
                               .arg(guessed);
        }
        return result;
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
    return decodeBytes(bytes, {}, Leniency::Strict, QCoreApplication::translate("DocumentImport", "text"));
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
    return decodeBytes(bytes, { transportCharset, declaredCharset(bytes) }, Leniency::LikeABrowser,
        QCoreApplication::translate("DocumentImport", "a web page"));
}

} // namespace Iwb
