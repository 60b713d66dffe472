// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * Reads CSV as spreadsheets write it (RFC 4180 and what Excel and LibreOffice make of it in Germany): the
 * delimiter is the one of ';', ',' and tab that the first line uses most (outside quotes; German Excel writes
 * ';'); fields in double quotes hold delimiters, line breaks and doubled quotes; lines end with LF or CRLF;
 * blank lines are skipped; rows may have different lengths. One pass, no recursion: time linear in the text.
 */
class CsvTable
{
public:
    /// The rows of @p text (already decoded, e.g. by TextDecoder); @p delimiter 0 sniffs it.
    static QList<QStringList> parse(const QString &text, QChar delimiter = QChar());
    /// The delimiter parse() would use for @p text.
    static QChar sniffDelimiter(const QString &text);
};

} // namespace Iwb
