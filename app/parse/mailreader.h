// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/isolatedparser.h"

#include <QString>

namespace Iwb {

/**
 * Reads an e-mail (.eml: RFC 5322 with MIME) with GMime: the subject as
 * title (RFC 2047 words decoded), the Date as published date, the sender as
 * author ("Name <address>"), and the text: the text/plain part, or the
 * text/html part through HtmlTextExtractor when there is no plain one (in
 * multipart/alternative the plain part wins unless it is empty), transfer
 * encodings and charsets decoded, format=flowed lines joined.
 *
 * A forwarded mail (a message/rfc822 part) is written after the text that
 * forwards it, under a header block as mail programs write an inline forward
 * ("-------- Weitergeleitete Nachricht --------" or "-------- Forwarded
 * Message --------", then Betreff/Subject, Datum/Date, Von/From); in inline
 * forwards already in the text the recipient lines (An/To/Cc) are left out.
 * The first forwarded mail gives the title, date and author: the forwarded
 * content is the article.
 *
 * Attachments are listed (ParsedDocument::attachments); those that are
 * articles (PDF, HTML, text, Markdown, Word) are written into
 * @p attachmentFolder, when given, as attachment-N.SUFFIX.
 *
 * Refuses: not a mail, a broken MIME structure without text, a mail without
 * a text part and without article attachments, an encrypted mail (PGP/MIME,
 * S/MIME, inline PGP). Runs in the helper incident-parse only. Walks the MIME
 * tree with a list of its own, not by recursion.
 */
/// Pieces of mail reading that the Outlook reader (MsgReader) shares.
namespace MailParts {
    /// The subject without "Fwd:", "Fw:", "WG:", "TR:" in front.
    QString withoutForwardPrefix(QString subject);
    /// "pdf" for application/pdf, "html", "txt", "md", "docx"; empty for other types.
    QString suffixForType(const QString &type);
    /// Attachments with these suffixes are articles and imported as documents of their own.
    bool isArticleSuffix(const QString &suffix);
    /// A file name from a mail: no folders, no control characters, not too long.
    QString safeName(const QString &name);
    /// Reads the whole file into @p bytes; the reason ("cannot be read (…)") when it cannot.
    ReaderMessage readWhole(const QString &path, QByteArray &bytes);
} // namespace MailParts

class MailReader
{
public:
    static ParsedDocument read(const QString &path, const QString &attachmentFolder = {});
};

} // namespace Iwb
