// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The Word reader (.docx, libzip) of the parse helper on arbitrary bytes as a file, as
// incident-parse runs it: the archive opened, its relationships followed, the parts unpacked under
// their size limit and read by DocxText. A document is read or refused with a reason.

#include "docxreader.h"
#include "fuzzfiles.h"
#include "fuzzinput.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const ParsedDocument parsed
        = DocxReader::read(FuzzFiles::instance().write(QStringLiteral("input.docx"), input.bytes()));
    if (!parsed.isValid()) {
        FUZZ_REQUIRE(parsed.text.isEmpty());
        return 0;
    }
    FUZZ_REQUIRE(parsed.format == QLatin1String("docx"));
    FUZZ_REQUIRE(!parsed.text.contains(QLatin1Char('\r')));
    FUZZ_REQUIRE(parsed.attachments.isEmpty());
    return 0;
}
