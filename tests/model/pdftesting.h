// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

// Test PDFs made by the tests themselves, from texts we wrote: a small typesetter that sets
// paragraphs into one or more columns over pages, with an optional title across the columns and
// a running header and footer ("Seite N von M"), and two producers for its pages: Qt (QPdfWriter
// and QPainter) and Ghostscript (ps2pdf from PostScript written here), because real PDFs come
// from many programs.

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <functional>

namespace IwbPdfTest {

/// One page of the article: a title across the columns (first page), running header and footer.
struct Layout
{
    int columns = 1;
    QString title; ///< set in a larger size across all columns on the first page
    QString header; ///< at the top of every page
    QString footer; ///< at the bottom of every page; %1 is the page number, %2 the page count
    double fontSize = 10;
    double gutter = 24; ///< points between columns
    int linesPerColumn = 40;
};

struct PlacedLine
{
    QString text;
    double x;
    double baseline;
    double size;
};

constexpr double pageWidth = 595;
constexpr double pageHeight = 842;
constexpr double margin = 56;

/**
 * Sets @p paragraphs (words split at spaces; a '\n' forces a line break, as a typesetter that
 * hyphenated there would) into the layout's columns; @p width measures a line at the body size.
 */
inline QList<QList<PlacedLine>> typeset(
    const QStringList &paragraphs, const Layout &layout, const std::function<double(const QString &)> &width)
{
    const double lineHeight = layout.fontSize * 1.35;
    const double columnWidth
        = (pageWidth - 2 * margin - (layout.columns - 1) * layout.gutter) / static_cast<double>(layout.columns);
    const double titleSpace = layout.title.isEmpty() ? 0 : 3 * lineHeight;
    const double top = margin + 2 * lineHeight;

    QList<QList<PlacedLine>> pages(1);
    int column = 0;
    double y = top + titleSpace;
    const auto bottom = [&] { return top + titleSpace * (pages.size() == 1) + layout.linesPerColumn * lineHeight; };
    const auto place = [&](const QString &text) {
        if (y + lineHeight > bottom()) {
            if (++column == layout.columns) {
                column = 0;
                pages.append(QList<PlacedLine>());
            }
            y = top + (pages.size() == 1 ? titleSpace : 0);
        }
        y += lineHeight;
        pages.last().append({ text, margin + column * (columnWidth + layout.gutter), y, layout.fontSize });
    };
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        for (const QString &forced : paragraphs.at(p).split(QLatin1Char('\n'))) {
            QString line;
            for (const QString &word : forced.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (!line.isEmpty() && width(candidate) > columnWidth) {
                    place(line);
                    line = word;
                } else {
                    line = candidate;
                }
            }
            if (!line.isEmpty()) {
                place(line);
            }
        }
        if (p + 1 < paragraphs.size() && y > top + lineHeight / 2) {
            y += 0.8 * lineHeight; // paragraph spacing, not at the top of a column
        }
    }
    // Title, header and footer once the page count is known.
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i == 0 && !layout.title.isEmpty()) {
            pages[i].prepend({ layout.title, margin, top + 1.6 * lineHeight, layout.fontSize * 1.6 });
        }
        if (!layout.header.isEmpty()) {
            pages[i].prepend({ layout.header, margin, margin, layout.fontSize * 0.8 });
        }
        if (!layout.footer.isEmpty()) {
            pages[i].append({ layout.footer.arg(i + 1).arg(pages.size()), pageWidth / 2 - 30, pageHeight - margin,
                layout.fontSize * 0.8 });
        }
    }
    return pages;
}

inline QFont bodyFont(double size)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(size);
    return font;
}

/// Writes the typeset article with QPdfWriter (72 dpi: painter units are points).
inline bool writeQtPdf(const QString &path, const QStringList &paragraphs, const Layout &layout,
    const QString &title = QString(), QList<QList<PlacedLine>> *placed = nullptr, int *pageCount = nullptr)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("tst_pdfimport"));
    const QFontMetricsF metrics(bodyFont(layout.fontSize), &writer);
    const auto pages
        = typeset(paragraphs, layout, [&](const QString &text) { return metrics.horizontalAdvance(text); });
    if (pageCount) {
        *pageCount = static_cast<int>(pages.size());
    }
    if (placed) {
        *placed = pages;
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.newPage();
        }
        for (const PlacedLine &line : pages.at(i)) {
            painter.setFont(bodyFont(line.size));
            painter.drawText(QPointF(line.x, line.baseline), line.text);
        }
    }
    return painter.end();
}

/// A PostScript string literal in ISO Latin-1.
inline QByteArray postScriptString(const QString &text)
{
    QByteArray out("(");
    for (const char c : text.toLatin1()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 32 || byte > 126) {
            out += '\\' + QByteArray::number(byte, 8).rightJustified(3, '0');
        } else {
            out += c;
        }
    }
    return out + ')';
}

/// PDF date of the info dictionary, D:YYYYMMDDHHmmSS.
struct DocumentInfo
{
    QString title;
    QString author;
    QString creationDate; ///< "D:20260512093000"
};

/// The article as PostScript (Helvetica re-encoded to Latin-1 with a real hyphen at '-').
inline QByteArray postScript(const QStringList &paragraphs, const Layout &layout, const DocumentInfo &info,
    QList<QList<PlacedLine>> *placed = nullptr)
{
    // Helvetica's average advance is about half an em; 0.56 keeps lines inside their column.
    const auto pages = typeset(paragraphs, layout,
        [&](const QString &text) { return 0.56 * layout.fontSize * static_cast<double>(text.size()); });
    if (placed) {
        *placed = pages;
    }
    QByteArray ps = "%!PS-Adobe-3.0\n<< /PageSize [595 842] >> setpagedevice\n"
                    "/Latin1Encoding ISOLatin1Encoding dup length array copy dup 45 /hyphen put def\n"
                    "/Helvetica-Latin1 /Helvetica findfont dup length dict begin\n"
                    "  { 1 index /FID ne { def } { pop pop } ifelse } forall\n"
                    "  /Encoding Latin1Encoding def currentdict end definefont pop\n";
    if (!info.title.isEmpty()) {
        ps += "[ /Title " + postScriptString(info.title) + " /Author " + postScriptString(info.author)
            + " /CreationDate " + postScriptString(info.creationDate) + " /DOCINFO pdfmark\n";
    }
    for (const QList<PlacedLine> &page : pages) {
        for (const PlacedLine &line : page) {
            ps += "/Helvetica-Latin1 " + QByteArray::number(line.size) + " selectfont " + QByteArray::number(line.x)
                + ' ' + QByteArray::number(pageHeight - line.baseline) + " moveto " + postScriptString(line.text)
                + " show\n";
        }
        ps += "showpage\n";
    }
    return ps;
}

/// Runs a program; the empty string when it succeeded, else what went wrong.
inline QString run(const QString &program, const QStringList &arguments)
{
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty()) {
        return program + QStringLiteral(" is not installed (packaging/debian-packages.txt installs it)");
    }
    QProcess process;
    process.start(found, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    }
    return {};
}

/// Writes the article with Ghostscript: PostScript through ps2pdf.
inline QString writeGhostscriptPdf(const QString &path, const QStringList &paragraphs, const Layout &layout,
    const DocumentInfo &info, QList<QList<PlacedLine>> *placed = nullptr)
{
    const QString psPath = path + QStringLiteral(".ps");
    QFile file(psPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(postScript(paragraphs, layout, info, placed)) < 0) {
        return QStringLiteral("cannot write ") + psPath;
    }
    file.close();
    return run(QStringLiteral("ps2pdf"), { psPath, path });
}

/// A PDF whose only content is a picture of text: what a scanner makes.
inline bool writeImageOnlyPdf(const QString &path, const QString &text)
{
    QImage image(1200, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setFont(bodyFont(28));
        painter.drawText(image.rect().adjusted(40, 40, -40, -40), Qt::TextWordWrap, text);
    }
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    painter.drawImage(QRectF(40, 40, 500, 166), image);
    return painter.end();
}

} // namespace IwbPdfTest
