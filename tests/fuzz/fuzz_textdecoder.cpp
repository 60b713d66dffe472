// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The text decoder on arbitrary bytes: strict decoding of text files and browser-like decoding of
// web pages. A text file decodes or is refused with a reason; a web page is refused only when binary.

#include "document/textdecoder.h"
#include "fuzzinput.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QByteArray &bytes = input.bytes();

    const DecodedText strict = TextDecoder::decode(bytes);
    FUZZ_REQUIRE(!strict.isValid() || !strict.text.contains(QLatin1Char('\r')));
    FUZZ_REQUIRE(strict.isValid() || !strict.error.isEmpty());

    const DecodedText page = TextDecoder::decodeWebPage(bytes);
    FUZZ_REQUIRE(page.isValid() || TextDecoder::looksBinary(bytes));
    FUZZ_REQUIRE(!page.isValid() || !page.text.contains(QLatin1Char('\r')));
    // A server's charset label, taken from the input's first line.
    const QString label = QString::fromLatin1(bytes.left(bytes.indexOf('\n') < 0 ? 0 : bytes.indexOf('\n')).left(40));
    const DecodedText labelled = TextDecoder::decodeWebPage(bytes, label);
    FUZZ_REQUIRE(labelled.isValid() || TextDecoder::looksBinary(bytes));
    return 0;
}
