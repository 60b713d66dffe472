// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The Excel reader (.xlsx, libzip) of the parse helper on arbitrary bytes as a file, as incident-parse
// runs it for the register import: the archive opened, the first sheet found through the workbook's
// relationships, its shared strings and styles read, the sheet written out as CSV. A workbook is read
// or refused with a reason that the workbench can translate.

#include "fuzzfiles.h"
#include "fuzzinput.h"
#include "xlsxreader.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const ParsedDocument parsed
        = XlsxReader::read(FuzzFiles::instance().write(QStringLiteral("input.xlsx"), input.bytes()));
    if (!parsed.isValid()) {
        FUZZ_REQUIRE(parsed.text.isEmpty());
        FUZZ_REQUIRE(!parsed.refusal.isEmpty());
        return 0;
    }
    FUZZ_REQUIRE(parsed.format == QLatin1String("xlsx"));
    FUZZ_REQUIRE(!parsed.text.isEmpty());
    FUZZ_REQUIRE(parsed.text.endsWith(QLatin1String("\r\n")));
    return 0;
}
