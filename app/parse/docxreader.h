// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/isolatedparser.h"

#include <QString>

namespace Iwb {

/**
 * Reads a Word document (.docx) with libzip: finds the main part and the core
 * properties through _rels/.rels (word/document.xml and docProps/core.xml when
 * it names none), unpacks each with a limit on its unpacked size (a zip bomb
 * stops at the limit, whatever the archive claims), and hands the XML to
 * DocxText. The core properties' title, creator and created date are the
 * title, author and published date. Runs in the helper incident-parse only.
 */
class DocxReader
{
public:
    /// The most word/document.xml may unpack to.
    static constexpr qint64 maxDocumentXmlBytes = qint64(128) * 1024 * 1024;

    static ParsedDocument read(const QString &path);
};

} // namespace Iwb
