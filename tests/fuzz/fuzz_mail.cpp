// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The e-mail reader (.eml, GMime) of the parse helper on arbitrary bytes, as incident-parse runs it:
// from a file, with a folder for the attachments. A mail is read or refused with a reason; a read
// mail has text, and every attachment it wrote is a plain file inside the folder it was given.

#include "fuzzfiles.h"
#include "fuzzinput.h"
#include "mailreader.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    FuzzFiles &files = FuzzFiles::instance();
    const QString folder = files.attachmentFolder();
    const ParsedDocument parsed = MailReader::read(files.write(QStringLiteral("input.eml"), input.bytes()), folder);
    if (!parsed.isValid()) {
        FUZZ_REQUIRE(parsed.text.isEmpty());
        return 0;
    }
    FUZZ_REQUIRE(parsed.format == QLatin1String("eml"));
    FUZZ_REQUIRE(!parsed.text.trimmed().isEmpty());
    FUZZ_REQUIRE(parsed.pageStarts.isEmpty());
    for (const ParsedAttachment &attachment : parsed.attachments) {
        FUZZ_REQUIRE(attachment.size >= 0);
        FUZZ_REQUIRE(!attachment.name.contains(QLatin1Char('/')));
        FUZZ_REQUIRE(attachment.file.isEmpty() || FuzzFiles::isInside(folder, attachment.file));
    }
    return 0;
}
