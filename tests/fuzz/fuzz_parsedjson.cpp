// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// IsolatedParser::fromJson on arbitrary bytes: the workbench's reading of what the parse helper
// writes (a helper that a hostile file made misbehave can write anything). A readable answer has
// page starts in order inside the text and attachment files that are plain names; anything else
// is refused with a reason.

#include "document/isolatedparser.h"
#include "fuzzinput.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const ParsedDocument parsed = IsolatedParser::fromJson(input.bytes());
    if (!parsed.isValid()) {
        return 0;
    }
    qsizetype previous = 0;
    for (const qsizetype start : parsed.pageStarts) {
        FUZZ_REQUIRE(start >= previous && start <= parsed.text.size());
        previous = start;
    }
    for (const ParsedAttachment &attachment : parsed.attachments) {
        FUZZ_REQUIRE(!attachment.file.contains(QLatin1Char('/')));
        FUZZ_REQUIRE(!attachment.file.startsWith(QLatin1Char('.')));
    }
    return 0;
}
