// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The CSV reader of the register import (CsvTable) on arbitrary text: the delimiter sniffed, quoted
// fields with delimiters, line breaks and doubled quotes, rows of any length. Every row read is
// non-empty, no field holds the delimiter unless the input quoted it, and reading is linear (one pass).

#include "exchange/csvtable.h"
#include "fuzzinput.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QString text = QString::fromUtf8(input.bytes());
    const QChar delimiter = CsvTable::sniffDelimiter(text);
    FUZZ_REQUIRE(delimiter == QLatin1Char(';') || delimiter == QLatin1Char(',') || delimiter == QLatin1Char('\t'));
    const QList<QStringList> rows = CsvTable::parse(text);
    const bool quoted = text.contains(QLatin1Char('"'));
    qsizetype fields = 0;
    for (const QStringList &row : rows) {
        FUZZ_REQUIRE(!row.isEmpty());
        fields += row.size();
        for (const QString &field : row) {
            FUZZ_REQUIRE(quoted || !field.contains(delimiter));
            FUZZ_REQUIRE(quoted || !field.contains(QLatin1Char('\n')));
            FUZZ_REQUIRE(quoted || !field.contains(QLatin1Char('\r')));
        }
    }
    // Every field but the last of a row ends at a delimiter of the text.
    FUZZ_REQUIRE(fields - rows.size() <= text.count(delimiter));
    return 0;
}
