// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "spreadsheetfile.h"

#include "document/isolatedparser.h"
#include "document/textdecoder.h"
#include "exchange/csvtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Iwb {

namespace {

    /// A register of thousands of breaches is a few megabytes; more is not a register.
    constexpr qint64 maxCsvBytes = qint64(64) * 1024 * 1024;

} // namespace

SpreadsheetTable SpreadsheetFile::read(const QString &path)
{
    SpreadsheetTable table;
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const auto fail = [&](const QString &reason) {
        table.error = path + QStringLiteral(": ") + reason;
        return table;
    };
    if (!info.exists()) {
        return fail(QCoreApplication::translate("Iwb::SpreadsheetFile", "no such file"));
    }
    if (suffix == QLatin1String("xlsx")) {
        const ParsedDocument parsed
            = IsolatedParser().parse(path, QCoreApplication::translate("Iwb::SpreadsheetFile", "workbook"));
        if (!parsed.isValid()) {
            return fail(parsed.error);
        }
        table.rows = CsvTable::parse(parsed.text, QLatin1Char(','));
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(file.errorString());
        }
        if (file.size() > maxCsvBytes) {
            return fail(QCoreApplication::translate(
                "Iwb::SpreadsheetFile", "the file is larger than 64 MB; a register is not"));
        }
        const DecodedText decoded = TextDecoder::decode(file.readAll());
        if (!decoded.isValid()) {
            return fail(decoded.error);
        }
        table.rows = CsvTable::parse(decoded.text, suffix == QLatin1String("tsv") ? QLatin1Char('\t') : QChar());
    } else if (suffix == QLatin1String("xls") || suffix == QLatin1String("ods")) {
        return fail(QCoreApplication::translate(
            "Iwb::SpreadsheetFile", "save the sheet as .xlsx or .csv first (this format is not read)"));
    } else {
        return fail(QCoreApplication::translate("Iwb::SpreadsheetFile", "not a spreadsheet (.csv or .xlsx)"));
    }
    if (table.rows.size() < 2) {
        return fail(QCoreApplication::translate("Iwb::SpreadsheetFile", "the sheet has no rows below its header"));
    }
    return table;
}

} // namespace Iwb
