// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/readermessage.h"

#include <QByteArray>
#include <QString>

namespace Iwb {

/// The text of a Word document's main part (word/document.xml), or why there is none.
struct DocxBody
{
    QString text; ///< paragraphs separated by an empty line; a table is one block, a row a line, cells tab-separated
    QString heading; ///< the first paragraph styled Title, else the first heading; empty when none
    ReaderMessage error; ///< empty on success; the reason, without the file's name

    bool isValid() const { return error.isEmpty(); }
};

/// What docProps/core.xml says about the document; every field may be empty.
struct DocxCoreProperties
{
    QString title;
    QString creator;
    QString created; ///< ISO date (YYYY-MM-DD)
    QString modified; ///< ISO date (YYYY-MM-DD)
};

/**
 * Reads the XML parts of a Word (.docx, Office Open XML) document into text.
 * It knows nothing of zip archives: the parse helper unpacks the parts
 * (DocxReader, app/parse) and hands their bytes here, so this code can be
 * tested and fuzzed on its own.
 *
 * Paragraphs (w:p), headings and list items are paragraphs of their own; a
 * line break (w:br) inside a paragraph is a line break, a tab a tab. A table
 * (w:tbl) is written one row a line with its cells separated by tabs; a
 * cell's paragraphs are joined with spaces, and a table inside a cell is
 * written into that cell with spaces. Deleted text of tracked changes,
 * field codes and the fallback copies of text boxes (mc:Fallback) are left
 * out. Paragraphs inside text boxes follow the paragraph that anchors them.
 *
 * Linear in the size of the XML, iterative (QXmlStreamReader is a pull
 * parser; the nesting this code keeps are explicit lists), and the entity
 * expansion of QXmlStreamReader is bounded by Qt.
 */
class DocxText
{
public:
    static DocxBody readDocument(const QByteArray &documentXml);
    static DocxCoreProperties readCoreProperties(const QByteArray &coreXml);
};

} // namespace Iwb
