// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "mailreader.h"

#include "document/htmltextextractor.h"
#include "document/languageguesser.h"
#include "document/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <gmime/gmime.h>

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace Iwb {

namespace {

    using namespace MailParts;

    /// What the header block of a forwarded mail says.
    struct ForwardHeader
    {
        QString subject;
        QString from;
        QString date; ///< ISO date
        bool found = false;
    };

    /// A piece of the mail's text: text, or the header block of a forwarded mail.
    struct Segment
    {
        QString text;
        bool forward = false;
        ForwardHeader header;
    };

    QString fromUtf8(const char *text)
    {
        return text == nullptr ? QString() : QString::fromUtf8(text).trimmed();
    }

    bool isType(GMimeObject *object, const char *type, const char *subtype)
    {
        GMimeContentType *contentType = g_mime_object_get_content_type(object);
        return contentType != nullptr && g_mime_content_type_is_type(contentType, type, subtype);
    }

    QString mimeType(GMimeObject *object)
    {
        GMimeContentType *contentType = g_mime_object_get_content_type(object);
        if (contentType == nullptr) {
            return QStringLiteral("text/plain");
        }
        char *type = g_mime_content_type_get_mime_type(contentType);
        const QString result = QString::fromUtf8(type).toLower();
        g_free(type);
        return result;
    }

    QString isoDate(GDateTime *date)
    {
        if (date == nullptr) {
            return {};
        }
        gchar *formatted = g_date_time_format(date, "%Y-%m-%d");
        const QString result = QString::fromUtf8(formatted);
        g_free(formatted);
        return result;
    }

    /// "Name <address>", or the address alone.
    QString sender(GMimeMessage *message)
    {
        InternetAddressList *from = g_mime_message_get_from(message);
        if (from == nullptr || internet_address_list_length(from) == 0) {
            return {};
        }
        InternetAddress *address = internet_address_list_get_address(from, 0);
        const QString name = fromUtf8(internet_address_get_name(address));
        QString mailbox;
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            mailbox = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        }
        if (name.isEmpty()) {
            return mailbox;
        }
        return mailbox.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, mailbox);
    }

    QByteArray contentBytes(GMimePart *part)
    {
        GMimeDataWrapper *content = g_mime_part_get_content(part);
        if (content == nullptr) {
            return {};
        }
        GMimeStream *stream = g_mime_stream_mem_new();
        g_mime_data_wrapper_write_to_stream(content, stream);
        GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
        QByteArray bytes(reinterpret_cast<const char *>(array->data), static_cast<qsizetype>(array->len));
        g_object_unref(stream);
        return bytes;
    }

    /// RFC 3676: a line ending in a space goes on in the next; "> " quoting and space-stuffing undone.
    QString unflow(const QString &text, bool deleteSpace)
    {
        QString result;
        result.reserve(text.size());
        bool joining = false;
        for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char(' '))) {
                line = line.mid(1);
            }
            const bool signature = line == QLatin1String("-- ");
            const bool flowed = !signature && line.endsWith(QLatin1Char(' '));
            if (flowed && deleteSpace) {
                line.chop(1);
            }
            result += line;
            if (!flowed) {
                result += QLatin1Char('\n');
            }
            joining = flowed;
        }
        if (joining) {
            result += QLatin1Char('\n');
        }
        result.chop(1);
        return result;
    }

    /// The text of a text part, decoded as a browser would (charset from the header, then the bytes).
    QString partText(GMimePart *part)
    {
        const QByteArray bytes = contentBytes(part);
        GMimeObject *object = GMIME_OBJECT(part);
        const QString charset = fromUtf8(g_mime_object_get_content_type_parameter(object, "charset"));
        const DecodedText decoded = TextDecoder::decodeWebPage(bytes, charset);
        if (!decoded.isValid()) {
            return {};
        }
        QString text = TextDecoder::normalizeLineEndings(decoded.text);
        const QString format = fromUtf8(g_mime_object_get_content_type_parameter(object, "format")).toLower();
        if (isType(object, "text", "plain") && format == QLatin1String("flowed")) {
            const QString delsp = fromUtf8(g_mime_object_get_content_type_parameter(object, "delsp")).toLower();
            text = unflow(text, delsp == QLatin1String("yes"));
        }
        return text;
    }

    QString bodyText(GMimePart *part)
    {
        QString text = partText(part);
        if (isType(GMIME_OBJECT(part), "text", "html")) {
            return HtmlTextExtractor::extract(text).text;
        }
        return text;
    }

    const QRegularExpression &forwardSeparator()
    {
        static const QRegularExpression separator(
            QStringLiteral("^\\s*(?:-{2,}\\s*(?:Forwarded Message|Forwarded message|Weitergeleitete Nachricht|"
                           "Original Message|Urspr\\x{00FC}ngliche Nachricht|Originalnachricht)\\s*-{2,}|"
                           "Begin forwarded message:|Anfang der weitergeleiteten (?:Nachricht|E-Mail):|_{10,})\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        return separator;
    }

    const QRegularExpression &headerLine()
    {
        static const QRegularExpression line(
            QStringLiteral("^\\s*(From|Von|Sent|Gesendet|Date|Datum|Subject|Betreff|To|An|Cc|CC|Kopie|Bcc|Reply-To|"
                           "Antwort an)\\s*:\\s*(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
        return line;
    }

    QString isoDateOfText(const QString &text)
    {
        static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b"));
        static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
        static const QRegularExpression german(
            QStringLiteral("\\b(\\d{1,2})\\.\\s*(Januar|Februar|M\\x{00E4}rz|April|Mai|Juni|Juli|August|September|"
                           "Oktober|November|Dezember)\\s+(\\d{4})"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression english(
            QStringLiteral(
                "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"),
            QRegularExpression::CaseInsensitiveOption);
        const auto iso8601 = [](int year, int month, int day) {
            const QDate date(year, month, day);
            return date.isValid() ? date.toString(Qt::ISODate) : QString();
        };
        if (const auto match = iso.match(text); match.hasMatch()) {
            return iso8601(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        }
        if (const auto match = numeric.match(text); match.hasMatch()) {
            return iso8601(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
        }
        if (const auto match = german.match(text); match.hasMatch()) {
            static const QStringList months { QStringLiteral("januar"), QStringLiteral("februar"),
                QStringLiteral("m\u00e4rz"), QStringLiteral("april"), QStringLiteral("mai"), QStringLiteral("juni"),
                QStringLiteral("juli"), QStringLiteral("august"), QStringLiteral("september"),
                QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("dezember") };
            return iso8601(match.captured(3).toInt(), static_cast<int>(months.indexOf(match.captured(2).toLower())) + 1,
                match.captured(1).toInt());
        }
        if (const auto match = english.match(text); match.hasMatch()) {
            static const QStringList months { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
                QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
                QStringLiteral("dec") };
            return iso8601(match.captured(3).toInt(), static_cast<int>(months.indexOf(match.captured(1).toLower())) + 1,
                match.captured(2).toInt());
        }
        // RFC 5322 dates ("Mon, 2 Mar 2026 09:15:00 +0100").
        GDateTime *date = g_mime_utils_header_decode_date(text.toUtf8().constData());
        const QString result = isoDate(date);
        if (date != nullptr) {
            g_date_time_unref(date);
        }
        return result;
    }

    /**
     * An inline forward in a text ("-------- Forwarded Message --------" and its header lines): the
     * recipient lines are left out; @p first gets what the first such block says.
     */
    QString tidyInlineForwards(const QString &text, ForwardHeader &first)
    {
        static const QStringList recipients { QStringLiteral("to"), QStringLiteral("an"), QStringLiteral("cc"),
            QStringLiteral("kopie"), QStringLiteral("bcc"), QStringLiteral("reply-to"), QStringLiteral("antwort an") };
        const QStringList lines = text.split(QLatin1Char('\n'));
        QStringList kept;
        kept.reserve(lines.size());
        bool inBlock = false; // after a separator, until the first line that is no header line
        bool sawHeader = false;
        bool collecting = false; // the block is the first one: what it says goes into @p first
        for (const QString &line : lines) {
            if (forwardSeparator().match(line).hasMatch()) {
                inBlock = true;
                sawHeader = false;
                collecting = !first.found;
                kept.append(line.trimmed());
                continue;
            }
            if (inBlock) {
                const QRegularExpressionMatch header = headerLine().match(line);
                if (header.hasMatch()) {
                    sawHeader = true;
                    const QString key = header.captured(1).toLower();
                    const QString value = header.captured(2).trimmed();
                    if (collecting) {
                        first.found = true;
                        if (key == QLatin1String("from") || key == QLatin1String("von")) {
                            first.from = value;
                        } else if (key == QLatin1String("subject") || key == QLatin1String("betreff")) {
                            first.subject = value;
                        } else if (key == QLatin1String("date") || key == QLatin1String("datum")
                            || key == QLatin1String("sent") || key == QLatin1String("gesendet")) {
                            first.date = isoDateOfText(value);
                        }
                    }
                    if (!recipients.contains(key)) {
                        kept.append(header.captured(1) + QStringLiteral(": ") + value);
                    }
                    continue;
                }
                if (line.trimmed().isEmpty() && !sawHeader) {
                    continue; // an empty line between the separator and the header lines
                }
                inBlock = false;
            }
            kept.append(line);
        }
        return kept.join(QLatin1Char('\n'));
    }

    QString forwardBlock(const ForwardHeader &header, const QString &following)
    {
        const bool german = LanguageGuesser::instance().guess(following) == QLatin1String("de");
        QStringList lines { german ? QStringLiteral("-------- Weitergeleitete Nachricht --------")
                                   : QStringLiteral("-------- Forwarded Message --------") };
        const std::pair<QString, QString> fields[] = {
            { german ? QStringLiteral("Betreff") : QStringLiteral("Subject"), header.subject },
            { german ? QStringLiteral("Datum") : QStringLiteral("Date"), header.date },
            { german ? QStringLiteral("Von") : QStringLiteral("From"), header.from },
        };
        for (const auto &[label, value] : fields) {
            if (!value.isEmpty()) {
                lines.append(label + QStringLiteral(": ") + value);
            }
        }
        return lines.join(QLatin1Char('\n'));
    }

} // namespace

/// "Fwd: ", "WG: ", "Fw: ", "TR: " in front of a subject.
QString MailParts::withoutForwardPrefix(QString subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(?:\\[?(?:Fwd?|WG|TR|Wtr|Weitergeleitet)\\]?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    return subject.remove(prefix).trimmed();
}

QString MailParts::suffixForType(const QString &type)
{
    if (type == QLatin1String("application/pdf")) {
        return QStringLiteral("pdf");
    }
    if (type == QLatin1String("text/html")) {
        return QStringLiteral("html");
    }
    if (type == QLatin1String("text/plain")) {
        return QStringLiteral("txt");
    }
    if (type == QLatin1String("text/markdown")) {
        return QStringLiteral("md");
    }
    if (type == QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document")) {
        return QStringLiteral("docx");
    }
    return {};
}

bool MailParts::isArticleSuffix(const QString &suffix)
{
    static const QStringList suffixes { QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown"),
        QStringLiteral("docx") };
    return suffixes.contains(suffix);
}

/// A file name from a mail: no folders, no control characters, not too long.
QString MailParts::safeName(const QString &name)
{
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    base.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    base = base.trimmed();
    constexpr qsizetype maxLength = 120;
    if (base.size() > maxLength) {
        const QString suffix = QFileInfo(base).suffix().left(10);
        base = base.left(maxLength - suffix.size() - 1) + QLatin1Char('.') + suffix;
    }
    return base;
}

namespace {

    bool isSignature(const QString &type)
    {
        return type == QLatin1String("application/pgp-signature")
            || type == QLatin1String("application/pkcs7-signature")
            || type == QLatin1String("application/x-pkcs7-signature");
    }

    class MailWalk
    {
    public:
        explicit MailWalk(QString attachmentFolder)
            : m_folder(std::move(attachmentFolder))
        {
        }

        /// Walks the whole MIME tree, forwarded mails included, in document order.
        void walk(GMimeMessage *message)
        {
            std::vector<GMimeObject *> pending;
            if (GMimeObject *body = g_mime_message_get_mime_part(message)) {
                pending.push_back(body);
            }
            while (!pending.empty() && m_encrypted.isEmpty()) {
                GMimeObject *object = pending.back();
                pending.pop_back();
                const QString type = mimeType(object);
                if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
                    m_encrypted = QStringLiteral("PGP/MIME");
                } else if (GMIME_IS_APPLICATION_PKCS7_MIME(object)) {
                    const GMimeSecureMimeType kind
                        = g_mime_application_pkcs7_mime_get_smime_type(GMIME_APPLICATION_PKCS7_MIME(object));
                    if (kind == GMIME_SECURE_MIME_TYPE_ENVELOPED_DATA || kind == GMIME_SECURE_MIME_TYPE_UNKNOWN) {
                        m_encrypted = QStringLiteral("S/MIME");
                    } else if (kind == GMIME_SECURE_MIME_TYPE_SIGNED_DATA) {
                        m_opaqueSigned = true;
                    }
                } else if (GMIME_IS_MESSAGE_PART(object)) {
                    GMimeMessage *forwarded = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
                    if (forwarded == nullptr) {
                        continue;
                    }
                    Segment segment;
                    segment.forward = true;
                    segment.header.found = true;
                    segment.header.subject = fromUtf8(g_mime_message_get_subject(forwarded));
                    segment.header.from = sender(forwarded);
                    segment.header.date = isoDate(g_mime_message_get_date(forwarded));
                    m_segments.append(segment);
                    if (GMimeObject *body = g_mime_message_get_mime_part(forwarded)) {
                        pending.push_back(body);
                    }
                } else if (GMIME_IS_MULTIPART(object)) {
                    GMimeMultipart *multipart = GMIME_MULTIPART(object);
                    const int count = g_mime_multipart_get_count(multipart);
                    if (count == 0) {
                        m_brokenMultipart = type;
                    } else if (isType(object, "multipart", "alternative")) {
                        pending.push_back(alternativeChoice(multipart));
                    } else {
                        for (int i = count - 1; i >= 0; --i) {
                            pending.push_back(g_mime_multipart_get_part(multipart, i));
                        }
                    }
                } else if (GMIME_IS_PART(object)) {
                    takePart(GMIME_PART(object), type);
                }
            }
        }

        QList<Segment> m_segments;
        QList<ParsedAttachment> m_attachments;
        QString m_encrypted;
        QString m_brokenMultipart;
        bool m_opaqueSigned = false;

    private:
        /// The plain part unless it is empty, then the HTML part, then another multipart (related).
        static GMimeObject *alternativeChoice(GMimeMultipart *multipart)
        {
            GMimeObject *plain = nullptr;
            GMimeObject *html = nullptr;
            GMimeObject *other = nullptr;
            for (int i = 0; i < g_mime_multipart_get_count(multipart); ++i) {
                GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                if (plain == nullptr && GMIME_IS_PART(child) && isType(child, "text", "plain")) {
                    plain = child;
                } else if (html == nullptr && GMIME_IS_PART(child) && isType(child, "text", "html")) {
                    html = child;
                } else if (other == nullptr && GMIME_IS_MULTIPART(child)) {
                    other = child;
                }
            }
            if (plain != nullptr && !partText(GMIME_PART(plain)).trimmed().isEmpty()) {
                return plain;
            }
            if (html != nullptr) {
                return html;
            }
            if (other != nullptr) {
                return other;
            }
            return plain != nullptr ? plain : g_mime_multipart_get_part(multipart, 0);
        }

        void takePart(GMimePart *part, const QString &type)
        {
            GMimeObject *object = GMIME_OBJECT(part);
            if (isSignature(type)) {
                return;
            }
            const QString disposition = fromUtf8(g_mime_object_get_disposition(object)).toLower();
            const QString filename = safeName(fromUtf8(g_mime_part_get_filename(part)));
            const bool text = type == QLatin1String("text/plain") || type == QLatin1String("text/html");
            const bool attachment = disposition == QLatin1String("attachment")
                || (!filename.isEmpty() && disposition != QLatin1String("inline")) || !text;
            if (!attachment) {
                const QString body = bodyText(part);
                static const QRegularExpression inlinePgp(
                    QStringLiteral("^-----BEGIN PGP MESSAGE-----"), QRegularExpression::MultilineOption);
                if (inlinePgp.match(body).hasMatch()) {
                    m_encrypted = QStringLiteral("inline PGP");
                    return;
                }
                Segment segment;
                segment.text = body;
                m_segments.append(segment);
                return;
            }
            QString suffix = QFileInfo(filename).suffix().toLower();
            if (!isArticleSuffix(suffix)) {
                suffix = suffixForType(type);
            }
            const bool article = isArticleSuffix(suffix)
                && (!filename.isEmpty() || disposition == QLatin1String("attachment")
                    || type == QLatin1String("application/pdf"));
            if (!article && disposition != QLatin1String("attachment")) {
                return; // an inline picture of an HTML mail, a logo
            }
            ParsedAttachment found;
            found.contentType = type;
            found.name = filename.isEmpty()
                ? QStringLiteral("attachment-%1%2")
                      .arg(m_attachments.size() + 1)
                      .arg(suffix.isEmpty() ? QString() : QString(QLatin1Char('.') + suffix))
                : filename;
            const QByteArray bytes = contentBytes(part);
            found.size = bytes.size();
            if (article && !m_folder.isEmpty() && !bytes.isEmpty()) {
                const QString file = QStringLiteral("attachment-%1.%2").arg(m_attachments.size() + 1).arg(suffix);
                QFile out(QDir(m_folder).filePath(file));
                if (out.open(QIODevice::WriteOnly | QIODevice::NewOnly) && out.write(bytes) == bytes.size()) {
                    found.file = file;
                }
            }
            m_attachments.append(found);
        }

        QString m_folder;
    };

    struct GObjectDeleter
    {
        void operator()(void *object) const { g_object_unref(object); }
    };

    /// The first line of a mail is a header field ("Name: value") or an mbox "From " line.
    bool startsLikeAMail(const QByteArray &bytes)
    {
        qsizetype start = 0;
        while (start < bytes.size() && (bytes.at(start) == '\n' || bytes.at(start) == '\r')) {
            ++start;
        }
        if (bytes.mid(start, 5) == "From ") {
            return true;
        }
        for (qsizetype i = start; i < bytes.size() && i < start + 200; ++i) {
            const char c = bytes.at(i);
            if (c == ':') {
                return i > start;
            }
            if (c < 33 || c > 126) {
                return false;
            }
        }
        return false;
    }

} // namespace

ReaderMessage MailParts::readWhole(const QString &path, QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "cannot be read (%1)"), { file.errorString() });
    }
    bytes = file.readAll();
    return {};
}

using namespace MailParts;

ParsedDocument MailReader::read(const QString &path, const QString &attachmentFolder)
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { g_mime_init(); });

    ParsedDocument parsed;
    QByteArray bytes;
    parsed.refuse(readWhole(path, bytes));
    if (!parsed.isValid()) {
        return parsed;
    }
    if (!startsLikeAMail(bytes)) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "it is not an e-mail (it does not start with mail header lines)")));
        return parsed;
    }
    const std::unique_ptr<GMimeStream, GObjectDeleter> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), static_cast<size_t>(bytes.size())));
    const std::unique_ptr<GMimeParser, GObjectDeleter> parser(g_mime_parser_new_with_stream(stream.get()));
    const std::unique_ptr<GMimeMessage, GObjectDeleter> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        parsed.refuse(
            ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "it is not an e-mail (GMime found no message in it)")));
        return parsed;
    }
    const QString subject = fromUtf8(g_mime_message_get_subject(message.get()));
    const QString author = sender(message.get());
    const QString published = isoDate(g_mime_message_get_date(message.get()));
    if (subject.isEmpty() && author.isEmpty() && published.isEmpty()) {
        parsed.refuse(ReaderMessage(
            QT_TRANSLATE_NOOP("DocumentReader", "it is not an e-mail (no From, Date or Subject header)")));
        return parsed;
    }

    MailWalk walk(attachmentFolder);
    walk.walk(message.get());
    if (!walk.m_encrypted.isEmpty()) {
        parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
                                        "the mail is encrypted (%1); decrypt it in the mail program and save the "
                                        "decrypted copy"),
            { walk.m_encrypted }));
        return parsed;
    }

    // The text: each piece in order, inline forwards tidied, forwarded mails under a header block.
    ForwardHeader firstForward;
    QStringList pieces;
    for (qsizetype i = 0; i < walk.m_segments.size(); ++i) {
        const Segment &segment = walk.m_segments.at(i);
        if (segment.forward) {
            if (!firstForward.found) {
                firstForward = segment.header;
            }
            QString following;
            for (qsizetype j = i + 1; j < walk.m_segments.size() && !walk.m_segments.at(j).forward; ++j) {
                following += walk.m_segments.at(j).text;
            }
            pieces.append(forwardBlock(segment.header, following));
            continue;
        }
        const QString text = tidyInlineForwards(segment.text, firstForward).trimmed();
        if (!text.isEmpty()) {
            pieces.append(text);
        }
    }
    bool hasText = false;
    for (const Segment &segment : walk.m_segments) {
        hasText = hasText || (!segment.forward && !segment.text.trimmed().isEmpty());
    }
    QStringList articleAttachments;
    for (const ParsedAttachment &attachment : walk.m_attachments) {
        if (!attachment.file.isEmpty() || isArticleSuffix(QFileInfo(attachment.name).suffix().toLower())) {
            articleAttachments.append(attachment.name);
        }
    }
    if (!hasText) {
        if (!walk.m_brokenMultipart.isEmpty()) {
            parsed.refuse(
                ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
                                  "the MIME structure is broken (%1 without parts; is its boundary missing?)"),
                    { walk.m_brokenMultipart }));
            return parsed;
        }
        if (walk.m_opaqueSigned) {
            parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader",
                "the mail is S/MIME signed with its text inside the signature (opaque); save a clear-signed or "
                "unsigned copy")));
            return parsed;
        }
        if (articleAttachments.isEmpty()) {
            parsed.refuse(ReaderMessage(QT_TRANSLATE_NOOP("DocumentReader", "the mail has no text part")));
            return parsed;
        }
        // Only attachments: the mail is its subject and their names; the attachments are the articles.
        pieces = { subject.isEmpty() ? QStringLiteral("(no subject)") : subject,
            articleAttachments.join(QLatin1Char('\n')) };
    }

    parsed.format = QStringLiteral("eml");
    // A decoded header (an encoded word) or a file name may hold a CR of its own; the text has none.
    parsed.text = TextDecoder::normalizeLineEndings(pieces.join(QStringLiteral("\n\n")));
    parsed.attachments = walk.m_attachments;
    if (firstForward.found) {
        parsed.title = firstForward.subject.isEmpty() ? withoutForwardPrefix(subject) : firstForward.subject;
        parsed.author = firstForward.from.isEmpty() ? author : firstForward.from;
        parsed.published = firstForward.date.isEmpty() ? published : firstForward.date;
    } else {
        parsed.title = withoutForwardPrefix(subject);
        parsed.author = author;
        parsed.published = published;
    }
    return parsed;
}

} // namespace Iwb
