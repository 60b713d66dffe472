// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Iwb {

/// One word a PDF reader found on a page: its text and its box in points (origin top left, y downwards).
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = true; ///< the reader saw a space after it (false inside "E-Mail" split by a font change)
};

/// The words of one page, in any order.
struct PdfPageWords
{
    QList<PdfWord> words;
};

/// The article text of a PDF and where each of its pages starts in it (UTF-16 offsets, the first 0).
struct PdfText
{
    QString text;
    QList<qsizetype> pageStarts;
};

/**
 * Turns the positioned words of a PDF's pages into article text in reading
 * order. Knows nothing of the PDF library that found the words (Poppler in
 * incident-parse), so it is tested with words placed by hand as well as with
 * real PDFs. The method (docs/import.md):
 *
 *  1. **Lines**: words whose vertical centres overlap and that follow one
 *     another without a wide gap form a line; a gap wider than 1.5 line
 *     heights (a gutter between columns) starts another line at the same height.
 *  2. **Running headers, footers, page numbers**: the lines in the top two and
 *     bottom two rows of each page, set apart from the body by a gap of more
 *     than one and a half line heights, are compared across pages with digits
 *     normalized ("Seite 3 von 7" = "Seite 5 von 7"); one found at the same edge
 *     of at least two pages and of at least 40 % of them is dropped, and so is a
 *     line at an edge that is only a page number ("4", "- 4 -", "Seite 4",
 *     "Page 4 of 9") when the document has more than one page (alone on the
 *     first or last row half a line height apart is enough for it).
 *  3. **Columns**: the page's lines cover the x axis; an interior band at least
 *     a line height wide that at most a tenth of them (at least one) cross, with lines on both
 *     sides, is a gutter. Lines that cross a whole gutter (a title over both columns)
 *     cut the page into sections and stand as paragraphs of their own; each section is read column by column, left
 *     to right, each column top to bottom.
 *  4. **Paragraphs**: within a column a vertical gap clearly wider than the
 *     usual line spacing (gap > the lower quartile of the gaps + 0.4 line
 *     heights) ends a paragraph, and so does a change of font size by a third.
 *     Across a column or page break the paragraph goes on, unless the last line
 *     ends a sentence and the first word of the next line would have fitted
 *     after it (so the line was ended on purpose, not by the column's width).
 *  5. **Joining lines**: lines of a paragraph are joined with a space;
 *     paragraphs with an empty line. A word broken at a line end with a hyphen
 *     is joined: "Daten-" + "schutz" → "Datenschutz"; the hyphen stays, without
 *     a space, when the next line starts with a capital ("E-" + "Mail" →
 *     "E-Mail", "Kunden-" + "Daten" → "Kunden-Daten") or when the document
 *     writes the hyphenated word elsewhere on one line ("well-known"); it
 *     stays with a space before a conjunction ("Karten-" + "oder Bankdaten" →
 *     "Karten- oder Bankdaten", a suspended compound).
 *
 * Rotated text and tables are not recognised: a table reads column by column
 * when its columns are far apart, row by row otherwise.
 */
class PdfReadingOrder
{
public:
    static PdfText arrange(const QList<PdfPageWords> &pages);
};

} // namespace Iwb
