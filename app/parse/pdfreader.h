// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/isolatedparser.h"

#include <QString>

namespace Iwb {

/**
 * Reads a PDF with Poppler (Qt 6 binding): the words of every page with their
 * boxes, put in reading order by PdfReadingOrder, and the document's info
 * (title, author, creation and modification date). Runs inside the helper
 * incident-parse, never in the workbench itself (see IsolatedParser); linked
 * into tests to measure it in-process.
 *
 * Reasons for refusing (ParsedDocument::error): not a PDF or damaged,
 * encrypted with a password, no pages, no text layer (a scan).
 */
class PdfReader
{
public:
    static ParsedDocument read(const QString &path);
};

} // namespace Iwb
