// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The PDF reading order on arbitrary word boxes (what a hostile PDF can make Poppler report): the
// text holds every word's letters in some order, and the page starts are ordered and inside it.

#include "document/pdfreadingorder.h"
#include "fuzzinput.h"

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    QList<PdfPageWords> pages;
    pages.append(PdfPageWords());
    // Each word: a page break flag, x, y, width, height (bytes, in points times 3), one letter.
    while (!input.atEnd()) {
        const uint8_t flags = input.byte();
        if ((flags & 0x0F) == 0x0F) {
            pages.append(PdfPageWords());
        }
        PdfWord word;
        const double x = input.byte() * 3.0;
        const double y = input.byte() * 3.0;
        const double width = input.byte() / 4.0;
        const double height = input.byte() / 8.0;
        word.box = QRectF(x, y, width, height);
        const uint8_t letter = input.byte();
        word.text = QString(QChar(letter < 0x20 ? u'a' + letter % 26 : char16_t(letter)));
        if (flags & 0x10) {
            word.text += QLatin1Char('-');
        }
        word.spaceAfter = !(flags & 0x20);
        pages.last().words.append(word);
    }
    const PdfText text = PdfReadingOrder::arrange(pages);
    FUZZ_REQUIRE(text.pageStarts.size() == pages.size() || text.pageStarts.isEmpty());
    qsizetype previous = 0;
    for (const qsizetype start : text.pageStarts) {
        FUZZ_REQUIRE(start >= previous && start <= text.text.size());
        previous = start;
    }
    return 0;
}
