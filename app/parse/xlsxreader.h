// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/isolatedparser.h"

#include <QString>

namespace Iwb {

/**
 * Reads the first sheet of an Excel workbook (.xlsx) with libzip and QXmlStreamReader and answers it as
 * CSV in ParsedDocument::text (format "xlsx"), which SpreadsheetFile reads like any CSV. Shared strings,
 * inline strings, numbers, booleans and formula results are read; a number whose cell style is a date or
 * time format becomes "2026-01-15" or "2026-01-15 14:30" (Excel's serial days since 1899-12-30). Each part
 * is unpacked with a size limit, and the sheet's size is capped. Runs in the helper incident-parse only.
 */
class XlsxReader
{
public:
    /// The most a sheet's XML may unpack to, and the most rows and columns read.
    static constexpr qint64 maxSheetXmlBytes = qint64(128) * 1024 * 1024;
    static constexpr int maxRows = 200000;
    static constexpr int maxColumns = 500;

    static ParsedDocument read(const QString &path);
};

} // namespace Iwb
