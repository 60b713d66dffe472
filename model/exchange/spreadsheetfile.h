// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Iwb {

/// The cells of a spreadsheet's first sheet, row by row, or why they could not be read.
struct SpreadsheetTable
{
    QList<QStringList> rows; ///< the first row is the header
    QString error; ///< "FILE: reason", empty on success

    bool isValid() const { return error.isEmpty(); }
};

/**
 * Reads a spreadsheet a DPO keeps: CSV (any delimiter and encoding a spreadsheet writes: CsvTable and
 * TextDecoder) here, XLSX through the parse helper (IsolatedParser: a damaged workbook costs that process,
 * never the workbench), whose answer is the first sheet as CSV, dates as "2026-01-15 14:30". Blocks while
 * the helper runs: call it off the GUI thread.
 */
class SpreadsheetFile
{
public:
    static SpreadsheetTable read(const QString &path);
    /// The suffixes read() knows.
    static QStringList suffixes() { return { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("xlsx") }; }
};

} // namespace Iwb
