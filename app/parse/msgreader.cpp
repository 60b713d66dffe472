// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "msgreader.h"

#include "document/htmltextextractor.h"
#include "document/textdecoder.h"
#include "mailreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTimeZone>
#include <QtEndian>

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-utils.h>

#include <memory>
#include <mutex>
#include <optional>

namespace Iwb {

using namespace MailParts;

namespace {

    constexpr qint64 maxTextStream = qint64(16) * 1024 * 1024;
    constexpr qint64 maxDataStream = qint64(128) * 1024 * 1024;
    constexpr qint64 maxPropertyStream = qint64(1) * 1024 * 1024;
    constexpr int maxAttachments = 500;

    // [MS-OXPROPS] tags: property id (high 16 bits) and type (low 16 bits).
    constexpr quint32 clientSubmitTime = 0x00390040;
    constexpr quint32 messageDeliveryTime = 0x0E060040;
    constexpr qsizetype messageHeaderBytes = 32; ///< before the entries of the message's property stream
    constexpr qsizetype propertyEntryBytes = 16;

    struct GObjectDeleter
    {
        void operator()(void *object) const { g_object_unref(object); }
    };
    using Input = std::unique_ptr<GsfInput, GObjectDeleter>;

    /// libgsf gives a GsfInfile for a stream too; a storage is one that has children (-1 for a stream).
    bool isStorage(GsfInput *input)
    {
        return GSF_IS_INFILE(input) && gsf_infile_num_children(GSF_INFILE(input)) >= 0;
    }

    /// What reading one storage found; a stream that is there but cannot be read makes the file damaged.
    class Storage
    {
    public:
        explicit Storage(GsfInfile *infile)
            : m_infile(infile)
        {
        }

        /// The stream's bytes; nullopt when it is not there or is over @p limit.
        std::optional<QByteArray> bytes(const QString &name, qint64 limit)
        {
            const Input child(gsf_infile_child_by_name(m_infile, name.toLatin1().constData()));
            if (!child || isStorage(child.get())) {
                return std::nullopt;
            }
            const gsf_off_t size = gsf_input_size(child.get());
            if (size < 0 || size > limit) {
                m_oversized = name;
                return std::nullopt;
            }
            QByteArray data(static_cast<qsizetype>(size), Qt::Uninitialized);
            if (size > 0
                && gsf_input_read(child.get(), static_cast<size_t>(size), reinterpret_cast<guint8 *>(data.data()))
                    == nullptr) {
                m_damaged = name;
                return std::nullopt;
            }
            return data;
        }

        /// A string property: `__substg1.0_IIII001F` (UTF-16LE), else `…001E` (8-bit).
        QString string(const char *id)
        {
            const QString base = QStringLiteral("__substg1.0_") + QLatin1String(id);
            if (const std::optional<QByteArray> wide = bytes(base + QStringLiteral("001F"), maxTextStream)) {
                QString text
                    = QString::fromUtf16(reinterpret_cast<const char16_t *>(wide->constData()), wide->size() / 2);
                while (text.endsWith(QChar(0))) {
                    text.chop(1);
                }
                return text;
            }
            if (std::optional<QByteArray> narrow = bytes(base + QStringLiteral("001E"), maxTextStream)) {
                while (narrow->endsWith('\0')) {
                    narrow->chop(1);
                }
                const DecodedText decoded = TextDecoder::decodeWebPage(*narrow, QString());
                return decoded.isValid() ? decoded.text : QString();
            }
            return {};
        }

        /// A PT_SYSTIME property from `__properties_version1.0`, as an ISO date (UTC); empty when absent.
        QString time(quint32 tag, qsizetype headerBytes)
        {
            const std::optional<QByteArray> properties
                = bytes(QStringLiteral("__properties_version1.0"), maxPropertyStream);
            if (!properties) {
                return {};
            }
            for (qsizetype at = headerBytes; at + propertyEntryBytes <= properties->size(); at += propertyEntryBytes) {
                const char *entry = properties->constData() + at;
                if (qFromLittleEndian<quint32>(entry) != tag) {
                    continue;
                }
                // FILETIME: 100-nanosecond ticks since 1601-01-01 UTC.
                const quint64 ticks = qFromLittleEndian<quint64>(entry + 8);
                constexpr qint64 unixEpochSeconds = 11644473600;
                const qint64 seconds = static_cast<qint64>(ticks / 10000000) - unixEpochSeconds;
                const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
                return when.isValid() && when.date().year() > 1970 && when.date().year() < 3000
                    ? when.date().toString(Qt::ISODate)
                    : QString();
            }
            return {};
        }

        GsfInfile *m_infile;
        QString m_damaged; ///< a stream that is there but could not be read
        QString m_oversized; ///< a stream over its limit
    };

    QString sender(Storage &message)
    {
        QString name = message.string("0C1A").trimmed();
        if (name.isEmpty()) {
            name = message.string("0042").trimmed(); // PR_SENT_REPRESENTING_NAME
        }
        QString address;
        for (const char *id : { "5D01", "0065", "0C1F", "5D02" }) {
            const QString candidate = message.string(id).trimmed();
            if (candidate.contains(QLatin1Char('@'))) {
                address = candidate;
                break;
            }
        }
        if (name.isEmpty() || name == address) {
            return address;
        }
        return address.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, address);
    }

    /// The attachments of the message: storages `__attach_version1.0_#XXXXXXXX` directly under the root.
    QList<ParsedAttachment> attachments(GsfInfile *root, const QString &folder, QString &damaged)
    {
        QList<ParsedAttachment> found;
        const int children = gsf_infile_num_children(root);
        for (int i = 0; i < children && found.size() < maxAttachments; ++i) {
            const char *childName = gsf_infile_name_by_index(root, i);
            if (childName == nullptr || !QByteArray(childName).startsWith("__attach_version1.0_#")) {
                continue;
            }
            const Input child(gsf_infile_child_by_index(root, i));
            if (!child || !isStorage(child.get())) {
                continue;
            }
            Storage storage(GSF_INFILE(child.get()));
            QString name = safeName(storage.string("3707")); // PR_ATTACH_LONG_FILENAME
            if (name.isEmpty()) {
                name = safeName(storage.string("3704")); // PR_ATTACH_FILENAME (8.3)
            }
            if (name.isEmpty()) {
                name = safeName(storage.string("3001")); // PR_DISPLAY_NAME
            }
            const QString type = storage.string("370E").trimmed().toLower(); // PR_ATTACH_MIME_TAG
            const std::optional<QByteArray> data = storage.bytes(QStringLiteral("__substg1.0_37010102"), maxDataStream);
            if (!storage.m_damaged.isEmpty()) {
                damaged = storage.m_damaged;
            }
            if (!data) {
                continue; // an embedded message (3701000D), an OLE object, or over the limit
            }
            QString suffix = QFileInfo(name).suffix().toLower();
            if (!isArticleSuffix(suffix)) {
                suffix = suffixForType(type);
            }
            ParsedAttachment attachment;
            attachment.contentType = type.isEmpty() ? QStringLiteral("application/octet-stream") : type;
            attachment.name = name.isEmpty()
                ? QStringLiteral("attachment-%1%2")
                      .arg(found.size() + 1)
                      .arg(suffix.isEmpty() ? QString() : QString(QLatin1Char('.') + suffix))
                : name;
            attachment.size = data->size();
            if (isArticleSuffix(suffix) && !folder.isEmpty() && !data->isEmpty()) {
                const QString file = QStringLiteral("attachment-%1.%2").arg(found.size() + 1).arg(suffix);
                QFile out(QDir(folder).filePath(file));
                if (out.open(QIODevice::WriteOnly | QIODevice::NewOnly) && out.write(*data) == data->size()) {
                    attachment.file = file;
                }
            }
            found.append(attachment);
        }
        return found;
    }

} // namespace

ParsedDocument MsgReader::read(const QString &path, const QString &attachmentFolder)
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { gsf_init(); });

    ParsedDocument parsed;
    QByteArray bytes;
    parsed.refuse(readWhole(path, bytes));
    if (!parsed.isValid()) {
        return parsed;
    }
    static const QByteArray oleSignature = QByteArray::fromHex("d0cf11e0a1b11ae1");
    if (!bytes.startsWith(oleSignature)) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
            "it is not an Outlook mail (.msg files are OLE compound files, and this one does not start like one)")));
        return parsed;
    }
    const Input input(gsf_input_memory_new(
        reinterpret_cast<const guint8 *>(bytes.constData()), static_cast<gsf_off_t>(bytes.size()), FALSE));
    GError *error = nullptr;
    const std::unique_ptr<GsfInfile, GObjectDeleter> root(gsf_infile_msole_new(input.get(), &error));
    if (!root) {
        const QString reason = error != nullptr ? QString::fromUtf8(error->message) : QStringLiteral("unknown error");
        g_clear_error(&error);
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the Outlook mail is damaged (its OLE structure cannot be read: %1)"),
            { reason }));
        return parsed;
    }

    Storage message(root.get());
    const QString messageClass = message.string("001A").trimmed();
    const QString subject = message.string("0037").trimmed();
    const QString author = sender(message);
    QString text = message.string("1000");
    if (text.trimmed().isEmpty()) {
        if (const std::optional<QByteArray> html
            = message.bytes(QStringLiteral("__substg1.0_10130102"), maxTextStream)) {
            const DecodedText decoded = TextDecoder::decodeWebPage(*html, QString());
            text = decoded.isValid() ? HtmlTextExtractor::extract(decoded.text).text : QString();
        } else {
            text = HtmlTextExtractor::extract(message.string("1013")).text;
        }
    }
    text = TextDecoder::normalizeLineEndings(text).trimmed();
    QString published = message.time(clientSubmitTime, messageHeaderBytes);
    if (published.isEmpty()) {
        published = message.time(messageDeliveryTime, messageHeaderBytes);
    }
    QString damaged = message.m_damaged;
    const QList<ParsedAttachment> found = attachments(root.get(), attachmentFolder, damaged);

    if (!damaged.isEmpty()) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "the Outlook mail is damaged (the stream %1 cannot be read)"),
            { damaged }));
        return parsed;
    }
    if (messageClass.isEmpty() && subject.isEmpty() && author.isEmpty() && text.isEmpty()) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
            "it is not an Outlook mail (an OLE compound file without mail properties; a Word .doc or Excel .xls?)")));
        return parsed;
    }
    if (messageClass.startsWith(QLatin1String("IPM.Note.SMIME"), Qt::CaseInsensitive)
        && !messageClass.contains(QLatin1String("MultipartSigned"), Qt::CaseInsensitive)) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
            "the mail is encrypted (S/MIME); decrypt it in the mail program and save the decrypted copy")));
        return parsed;
    }
    QStringList articleAttachments;
    for (const ParsedAttachment &attachment : found) {
        if (!attachment.file.isEmpty() || isArticleSuffix(QFileInfo(attachment.name).suffix().toLower())) {
            articleAttachments.append(attachment.name);
        }
    }
    if (text.isEmpty()) {
        if (articleAttachments.isEmpty()) {
            parsed.refuse(message.m_oversized.isEmpty()
                    ? ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the mail has no text (no plain or HTML body)"))
                    : ReaderMessage(
                          QT_TRANSLATE_NOOP("DocumentReader", "the mail's text is over the limit of %1 MB (%2)"),
                          { QString::number(maxTextStream / (qint64(1024) * 1024)), message.m_oversized }));
            return parsed;
        }
        // Only attachments: the mail is its subject and their names, as for an .eml.
        // A subject or a file name may hold a CR of its own; the text has none.
        text = TextDecoder::normalizeLineEndings((subject.isEmpty() ? QStringLiteral("(no subject)") : subject)
            + QStringLiteral("\n\n") + articleAttachments.join(QLatin1Char('\n')));
    }

    parsed.format = QStringLiteral("msg");
    parsed.text = text;
    parsed.title = withoutForwardPrefix(subject);
    parsed.author = author;
    parsed.published = published;
    parsed.attachments = found;
    return parsed;
}

} // namespace Iwb
