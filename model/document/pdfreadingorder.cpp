// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "pdfreadingorder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    /// Words that follow a suspended compound ("Karten- oder Bankdaten", "pre- and post-incident").
    const QSet<QString> &suspensionWords()
    {
        static const QSet<QString> words { QStringLiteral("oder"), QStringLiteral("und"), QStringLiteral("bzw"),
            QStringLiteral("sowie"), QStringLiteral("bis"), QStringLiteral("als"), QStringLiteral("wie"),
            QStringLiteral("noch"), QStringLiteral("or"), QStringLiteral("and"), QStringLiteral("nor"),
            QStringLiteral("to"), QStringLiteral("versus"), QStringLiteral("vs") };
        return words;
    }

    bool isHyphen(QChar c)
    {
        return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x00AD);
    }

    /// Ligature glyphs some producers map to one code point (ﬁ) written as their letters.
    QString expandLigatures(QString text)
    {
        static const std::pair<char16_t, const char *> ligatures[] = { { 0xFB00, "ff" }, { 0xFB01, "fi" },
            { 0xFB02, "fl" }, { 0xFB03, "ffi" }, { 0xFB04, "ffl" }, { 0xFB05, "st" }, { 0xFB06, "st" } };
        for (const auto &[ligature, letters] : ligatures) {
            if (text.contains(QChar(ligature))) {
                text.replace(QChar(ligature), QLatin1String(letters));
            }
        }
        return text;
    }

    struct Line
    {
        QList<PdfWord> words; ///< left to right
        QRectF box;
        QString text;
        int row = 0; ///< index of the line's row on its page, top to bottom
        int column = 0; ///< column within its section; -1 for a line across a gutter
        bool furniture = false;

        double height() const { return box.height(); }
    };

    struct Page
    {
        QList<Line> lines;
        int rows = 0;
        QList<QRectF> rowBoxes; ///< the union of each row's words
    };

    QString lineText(const QList<PdfWord> &words)
    {
        QString text;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0) {
                const PdfWord &previous = words.at(i - 1);
                const double gap = words.at(i).box.left() - previous.box.right();
                const double height = std::min(previous.box.height(), words.at(i).box.height());
                if (previous.spaceAfter || gap > 0.2 * height) {
                    text += QLatin1Char(' ');
                }
            }
            text += words.at(i).text;
        }
        return text;
    }

    /// Step 1: rows of words with overlapping vertical centres, split into lines at wide gaps.
    Page buildLines(const PdfPageWords &pageWords)
    {
        QList<PdfWord> words;
        for (const PdfWord &word : pageWords.words) {
            const QString text = expandLigatures(word.text).trimmed();
            if (!text.isEmpty() && word.box.height() > 0) {
                words.append({ text, word.box, word.spaceAfter });
            }
        }
        std::stable_sort(words.begin(), words.end(),
            [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });

        Page page;
        qsizetype i = 0;
        while (i < words.size()) {
            const PdfWord &first = words.at(i);
            const double centre = first.box.center().y();
            const double tolerance = 0.5 * first.box.height();
            QList<PdfWord> row;
            while (i < words.size() && words.at(i).box.center().y() - centre <= tolerance) {
                row.append(words.at(i));
                ++i;
            }
            std::stable_sort(
                row.begin(), row.end(), [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
            Line line;
            const auto finish = [&] {
                if (line.words.isEmpty()) {
                    return;
                }
                line.text = lineText(line.words);
                line.row = page.rows;
                page.lines.append(line);
                line = Line();
            };
            for (const PdfWord &word : row) {
                if (!line.words.isEmpty()) {
                    const double height = std::max(line.box.height(), word.box.height());
                    if (word.box.left() - line.box.right() > height) {
                        finish();
                    }
                }
                line.box = line.words.isEmpty() ? word.box : line.box.united(word.box);
                line.words.append(word);
            }
            finish();
            QRectF rowBox;
            for (const PdfWord &word : row) {
                rowBox = rowBox.isNull() ? word.box : rowBox.united(word.box);
            }
            page.rowBoxes.append(rowBox);
            ++page.rows;
        }
        return page;
    }

    /// Digits to '#', case and spacing ignored: the same running header on every page.
    QString furnitureKey(const QString &text)
    {
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        QString key = text.toLower().simplified();
        key.replace(digits, QStringLiteral("#"));
        return key;
    }

    bool isPageNumber(const QString &key)
    {
        static const QRegularExpression number(
            QStringLiteral("^[-–—\\s]*(?:(?:seite|page|s\\.|p\\.)\\s*)?#(?:\\s*(?:/|von|of)\\s*#)?[-–—\\s]*$"));
        return number.match(key).hasMatch();
    }

    /// Step 2: lines at the top or bottom edge of pages that repeat across pages, and page numbers.
    void markFurniture(QList<Page> &pages)
    {
        if (pages.size() < 2) {
            return;
        }
        constexpr int edgeRows = 2;
        // A running header or footer stands apart from the body: a gap wider than the usual
        // line spacing lies between it and the body, at or before the second row from the edge.
        const auto apart = [](const Page &page, int upper, double lines = 1.5) {
            if (upper < 0 || upper + 1 >= page.rows) {
                return false;
            }
            const QRectF &above = page.rowBoxes.at(upper);
            const QRectF &below = page.rowBoxes.at(upper + 1);
            return below.top() - above.bottom() > lines * std::min(above.height(), below.height());
        };
        const auto edgeOf = [&](const Page &page, const Line &line) {
            if (line.row < edgeRows && page.rows > edgeRows) {
                for (int upper = line.row; upper < edgeRows; ++upper) {
                    if (apart(page, upper)) {
                        return 1;
                    }
                }
            }
            if (line.row >= page.rows - edgeRows && page.rows > edgeRows) {
                for (int upper = line.row - 1; upper >= page.rows - edgeRows - 1; --upper) {
                    if (apart(page, upper)) {
                        return 2;
                    }
                }
            }
            return 0;
        };
        QHash<QString, int> pagesWith;
        for (const Page &page : pages) {
            QSet<QString> seen;
            for (const Line &line : page.lines) {
                if (const int edge = edgeOf(page, line)) {
                    seen.insert(QString::number(edge) + furnitureKey(line.text));
                }
            }
            for (const QString &key : seen) {
                ++pagesWith[key];
            }
        }
        const int needed = std::max(2, static_cast<int>(std::ceil(0.4 * static_cast<double>(pages.size()))));
        // A page number alone on the first or last row needs less room around it (QTextDocument::print
        // sets it close under the text).
        const auto loneNumber = [&](const Page &page, const Line &line) {
            return isPageNumber(furnitureKey(line.text))
                && ((line.row == 0 && apart(page, 0, 0.5))
                    || (line.row == page.rows - 1 && apart(page, line.row - 1, 0.5)));
        };
        for (Page &page : pages) {
            for (Line &line : page.lines) {
                const int edge = edgeOf(page, line);
                const QString key = furnitureKey(line.text);
                line.furniture = loneNumber(page, line)
                    || (edge && (isPageNumber(key) || pagesWith.value(QString::number(edge) + key) >= needed));
            }
        }
    }

    struct Gutter
    {
        double left;
        double right;
    };

    /// -1 left of the gutter, 1 right of it, 0 across it (covers the whole band: a title over the columns).
    /// A line may reach into the band, which is where at most a few lines are.
    int sideOf(const Line &line, const Gutter &gutter)
    {
        if (line.box.left() < gutter.left + 0.5 && line.box.right() > gutter.right - 0.5) {
            return 0;
        }
        return line.box.center().x() < (gutter.left + gutter.right) / 2 ? -1 : 1;
    }

    /// Step 3: interior bands of the x axis that (almost) no line crosses, with lines on both sides.
    QList<Gutter> findGutters(const QList<const Line *> &lines)
    {
        if (lines.size() < 4) {
            return {};
        }
        double minX = lines.first()->box.left();
        double maxX = lines.first()->box.right();
        QList<double> heights;
        for (const Line *line : lines) {
            minX = std::min(minX, line->box.left());
            maxX = std::max(maxX, line->box.right());
            heights.append(line->height());
        }
        std::sort(heights.begin(), heights.end());
        const double lineHeight = heights.at(heights.size() / 2);
        const int bins = static_cast<int>(std::ceil(maxX - minX)) + 1;
        if (bins < 10) {
            return {};
        }
        QList<int> cover(bins, 0);
        for (const Line *line : lines) {
            const int from = std::clamp(static_cast<int>(std::floor(line->box.left() - minX)), 0, bins - 1);
            const int to = std::clamp(static_cast<int>(std::ceil(line->box.right() - minX)), 0, bins);
            for (int x = from; x < to; ++x) {
                ++cover[x];
            }
        }
        const int allowed = std::max(1, static_cast<int>(lines.size()) / 10);
        const int interiorFrom = static_cast<int>(0.15 * bins);
        const int interiorTo = static_cast<int>(0.85 * bins);
        QList<Gutter> gutters;
        int x = interiorFrom;
        while (x < interiorTo) {
            if (cover.at(x) > allowed) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < interiorTo && cover.at(x) <= allowed) {
                ++x;
            }
            const Gutter gutter { minX + start, minX + x };
            if (gutter.right - gutter.left < lineHeight) {
                continue;
            }
            int leftOf = 0;
            int rightOf = 0;
            for (const Line *line : lines) {
                const int side = sideOf(*line, gutter);
                leftOf += side < 0;
                rightOf += side > 0;
            }
            if (leftOf >= 2 && rightOf >= 2) {
                gutters.append(gutter);
            }
        }
        return gutters;
    }

    /// One line in reading order and how it follows the one before.
    struct Placed
    {
        const Line *line;
        enum Break { SameColumn, NextColumn, NewSection } breakBefore; ///< a page break is told by the page
        double columnRight; ///< the right edge of the widest line of its column in its section
        int page;
        bool spanning = false; ///< crosses a gutter (a title over the columns)
    };

    /// Step 3 continued: the page's lines in reading order, sections by lines across a gutter.
    QList<Placed> readingOrder(const Page &page, int pageIndex)
    {
        QList<const Line *> lines;
        for (const Line &line : page.lines) {
            if (!line.furniture) {
                lines.append(&line);
            }
        }
        const QList<Gutter> gutters = findGutters(lines);
        const auto columnOf = [&](const Line *line) {
            int column = 0;
            for (const Gutter &gutter : gutters) {
                const int side = sideOf(*line, gutter);
                if (side == 0) {
                    return -1;
                }
                column += side > 0;
            }
            return column;
        };
        std::stable_sort(lines.begin(), lines.end(), [](const Line *a, const Line *b) {
            return a->row != b->row ? a->row < b->row : a->box.left() < b->box.left();
        });

        QList<Placed> placed;
        const int columns = static_cast<int>(gutters.size()) + 1;
        QList<QList<const Line *>> section(columns);
        const auto flushSection = [&] {
            bool first = true;
            for (const QList<const Line *> &column : section) {
                double width = 0;
                for (const Line *line : column) {
                    width = std::max(width, line->box.right());
                }
                bool top = true;
                for (const Line *line : column) {
                    const Placed::Break how
                        = first ? Placed::NewSection : (top ? Placed::NextColumn : Placed::SameColumn);
                    placed.append({ line, how, width, pageIndex });
                    first = false;
                    top = false;
                }
            }
            for (QList<const Line *> &column : section) {
                column.clear();
            }
        };
        for (const Line *line : lines) {
            const int column = columnOf(line);
            if (column < 0) {
                flushSection();
                placed.append({ line, Placed::NewSection, line->box.right(), pageIndex, true });
                continue;
            }
            section[column].append(line);
        }
        flushSection();
        return placed;
    }

    bool endsSentence(const QString &text)
    {
        static const QString closers = QStringLiteral(".!?:…\"'»«“”)");
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            return true;
        }
        return closers.contains(trimmed.back());
    }

    /// Tokens written with an inner hyphen somewhere in the document ("well-known"), lower case.
    QSet<QString> hyphenatedWords(const QList<Placed> &placed)
    {
        static const QRegularExpression token(
            QStringLiteral("\\w+(?:-\\w+)+"), QRegularExpression::UseUnicodePropertiesOption);
        QSet<QString> words;
        for (const Placed &p : placed) {
            QRegularExpressionMatchIterator it = token.globalMatch(p.line->text);
            while (it.hasNext()) {
                words.insert(it.next().captured().toLower());
            }
        }
        return words;
    }

    /// Step 5: appends the line @p next to the paragraph @p text; returns where the line's text starts in it.
    qsizetype joinLine(QString &text, const QString &next, const QSet<QString> &hyphenated)
    {
        if (text.isEmpty()) {
            text = next;
            return 0;
        }
        const QChar last = text.back();
        const bool brokenWord
            = isHyphen(last) && text.size() >= 2 && text.at(text.size() - 2).isLetter() && !next.isEmpty();
        if (!brokenWord) {
            text += QLatin1Char(' ') + next;
            return text.size() - next.size();
        }
        text.chop(1);
        if (last == QChar(0x00AD)) { // a discretionary hyphen: the word was only broken
            text += next;
            return text.size() - next.size();
        }
        static const QRegularExpression firstWord(
            QStringLiteral("^\\w+"), QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression lastWord(
            QStringLiteral("\\w+$"), QRegularExpression::UseUnicodePropertiesOption);
        const QString following = firstWord.match(next).captured();
        const QString stem = lastWord.match(text).captured();
        const QChar start = next.front();
        // Before a suspension word ("Ein- und Ausgang") the hyphen and the space stay, as after a non-letter.
        const bool suspended = start.isLower() && suspensionWords().contains(following.toLower());
        if (!suspended && start.isLower() && !hyphenated.contains((stem + QLatin1Char('-') + following).toLower())) {
            text += next;
        } else if (!suspended && start.isLetterOrNumber()) {
            text += QLatin1Char('-') + next;
        } else {
            text += QStringLiteral("- ") + next;
        }
        return text.size() - next.size();
    }

    double lowerQuartile(QList<double> values, double fallback)
    {
        if (values.isEmpty()) {
            return fallback;
        }
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 4);
    }

} // namespace

PdfText PdfReadingOrder::arrange(const QList<PdfPageWords> &pageWords)
{
    QList<Page> pages;
    for (const PdfPageWords &words : pageWords) {
        pages.append(buildLines(words));
    }
    markFurniture(pages);

    QList<Placed> placed;
    QList<qsizetype> firstOfPage; // index into placed of each page's first line
    for (qsizetype i = 0; i < pages.size(); ++i) {
        firstOfPage.append(placed.size());
        placed += readingOrder(pages.at(i), static_cast<int>(i));
    }

    // The usual gap between lines of one paragraph, from lines that follow in one column.
    QList<double> gaps;
    for (qsizetype i = 1; i < placed.size(); ++i) {
        if (placed.at(i).breakBefore == Placed::SameColumn) {
            const double gap = placed.at(i).line->box.top() - placed.at(i - 1).line->box.bottom();
            if (gap < 2 * placed.at(i).line->height()) {
                gaps.append(gap);
            }
        }
    }
    const double usualGap = lowerQuartile(gaps, 0);
    const QSet<QString> hyphenated = hyphenatedWords(placed);

    PdfText result;
    QString paragraph;
    const auto endParagraph = [&] {
        if (paragraph.isEmpty()) {
            return;
        }
        if (!result.text.isEmpty()) {
            result.text += QStringLiteral("\n\n");
        }
        result.text += paragraph;
        paragraph.clear();
    };
    qsizetype nextPage = 0;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const Placed &p = placed.at(i);
        const Line &line = *p.line;
        const bool pageBreak = i > 0 && placed.at(i - 1).page != p.page;
        bool newParagraph = i == 0 || (p.breakBefore == Placed::NewSection && !pageBreak) || p.spanning
            || (pageBreak && placed.at(i - 1).spanning);
        if (!newParagraph) {
            const Placed &before = placed.at(i - 1);
            const Line &previous = *before.line;
            const double height = std::min(previous.height(), line.height());
            const bool sizeChange = std::max(previous.height(), line.height()) > 1.3 * height;
            if (p.breakBefore == Placed::SameColumn && !pageBreak) {
                const double gap = line.box.top() - previous.box.bottom();
                newParagraph = sizeChange || gap > usualGap + 0.4 * height;
            } else {
                // A column or page break: the paragraph goes on unless the line before ended a sentence
                // and the next line's first word would have fitted after it.
                const double nextWord = line.words.first().box.width() + 0.25 * line.height();
                newParagraph = sizeChange
                    || (endsSentence(previous.text) && previous.box.right() + nextWord <= before.columnRight + 0.5);
            }
        }
        if (newParagraph) {
            endParagraph();
        }
        const qsizetype lineStart = joinLine(paragraph, line.text, hyphenated);
        while (nextPage < firstOfPage.size() && firstOfPage.at(nextPage) <= i) {
            // The page starts where its first line stands in the text (inside a word broken across pages).
            result.pageStarts.append((result.text.isEmpty() ? 0 : result.text.size() + 2) + lineStart);
            ++nextPage;
        }
    }
    endParagraph();
    while (nextPage < firstOfPage.size()) {
        result.pageStarts.append(result.text.size());
        ++nextPage;
    }
    return result;
}

} // namespace Iwb
