// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/isolatedparser.h"

#include <QString>

namespace Iwb {

/**
 * Reads an Outlook mail (.msg: an OLE2 compound file, [MS-OXMSG]) with
 * libgsf's GsfInfileMSOle: the subject (`__substg1.0_0037001F`) as title,
 * the sender (name `0C1A001F`, address `5D01001F`, `0065001F` or `0C1F001F`,
 * the first that holds an '@') as author "Name <address>", the submit or
 * delivery time from `__properties_version1.0` as published date (UTC), and
 * the text: the plain body (`1000001F`), or the HTML body (`10130102`)
 * through HtmlTextExtractor when there is no plain one. 8-bit string
 * properties (`…001E`) are read as well.
 *
 * Attachments (`__attach_version1.0_#N` storages: long file name `3707001F`,
 * data `37010102`) are listed in ParsedDocument::attachments; those that are
 * articles (PDF, HTML, text, Markdown, Word, by the name's suffix or the MIME
 * tag) are written into @p attachmentFolder, when given, as
 * attachment-N.SUFFIX, as MailReader does.
 *
 * Every stream read is bounded (text properties 16 MB, attachment data
 * 128 MB, at most 500 attachments); only the message's own storage and its
 * attachment storages are looked at, never deeper. Refuses a file that is no
 * OLE2 compound file, a damaged one, an OLE2 file without mail properties
 * (a Word .doc), an encrypted mail (IPM.Note.SMIME) and a mail without text
 * and without article attachments. Runs in the helper incident-parse only.
 */
class MsgReader
{
public:
    static ParsedDocument read(const QString &path, const QString &attachmentFolder = {});
};

} // namespace Iwb
