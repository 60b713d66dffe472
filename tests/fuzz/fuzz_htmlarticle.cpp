// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The HTML importer on arbitrary bytes: the nesting bound, gumbo, the flat tree, the page's metadata,
// the body finder and the text writer. No crash, no unbounded recursion, and the text is clean.

#include "document/htmldepthlimiter.h"
#include "document/htmltextextractor.h"
#include "document/htmltree.h"
#include "fuzzinput.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QByteArray &bytes = input.bytes();

    // The bound only removes tags and attributes (a left-out block tag becomes "<br>", four bytes
    // for a start tag of at least three): the output is never longer than the input.
    HtmlDepthLimiter::Limits small;
    small.maxDepth = 8;
    small.maxFormattingElements = 2;
    small.maxAttributes = 3;
    const QByteArray bounded = HtmlDepthLimiter::limit(bytes, small);
    FUZZ_REQUIRE(bounded.size() <= bytes.size() + 4);

    const HtmlArticle article = HtmlTextExtractor::extract(bytes);
    FUZZ_REQUIRE(!article.text.contains(QLatin1Char('\r')));
    FUZZ_REQUIRE(!article.text.startsWith(QLatin1Char(' ')) && !article.text.endsWith(QLatin1Char(' ')));
    FUZZ_REQUIRE(!article.text.contains(QStringLiteral("\n\n\n")));
    // A title is a line: the metadata never hands back a whole page as one.
    FUZZ_REQUIRE(article.page.title.size() <= 100000);
    return 0;
}
