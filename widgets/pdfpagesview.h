// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QPdfLink>
#include <QWidget>

class QBuffer;
class QColor;
class QLabel;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QToolButton;

namespace Iwb {

class MarkedPdfView;

/**
 * A PDF's rendered pages, one at a time and as wide as the pane (QPdfView,
 * Qt PDF), with "◀ Page 2 of 3 ▶" above them, and a mark on words of the
 * page: markText() goes to a page, finds one occurrence of a text there with
 * QPdfSearchModel (that page only) and draws its rectangles over the page in
 * the fact's colour.
 *
 * The bytes are given with setPdf() and parsed only by load() (QPdfDocument
 * reads synchronously), which the article view calls when the pages are first
 * shown. Pages are rendered on Qt PDF's worker thread.
 */
class PdfPagesView : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPagesView(QWidget *parent = nullptr);
    ~PdfPagesView() override;

    /// Takes the PDF's bytes (shared, not copied) without reading them; forgets the one shown before.
    void setPdf(const QByteArray &bytes);
    void clear();
    bool hasPdf() const { return !m_bytes.isEmpty(); }
    /// Reads the PDF given with setPdf() unless it is read already; false (and a notice) when it cannot be.
    bool load();
    bool isLoaded() const;
    /// How long the last load() took to read the document (QPdfDocument::load), in milliseconds.
    qint64 lastLoadMilliseconds() const { return m_loadMs; }

    /// Goes to @p page (0-based) and marks @p text on it: the occurrence that as many occurrences of it precede
    /// in @p pageText (the article's text of that page) as precede @p offsetInPage. Text that the PDF spells
    /// otherwise (a word broken with a hyphen at a line end) is looked for by its longest word. False when
    /// neither is found on the page, which is then shown without a mark and says so. The mark is drawn in @p color.
    bool markText(int page, const QString &text, const QString &pageText, qsizetype offsetInPage, const QColor &color);
    /// Takes the mark away.
    void clearMark();

    /// The page shown, 0-based; -1 without a document.
    int currentPage() const;
    /// The marked occurrence (its page and rectangles in points, as QPdfSearchModel found it); invalid when
    /// nothing is marked.
    QPdfLink mark() const;
    /// Where the mark is drawn in the view's viewport (the union of its rectangles); empty without a mark.
    QRectF markInViewport() const;

    QPdfView *pdfView() const;
    QPdfDocument *pdfDocument() const { return m_document; }
    QPdfSearchModel *searchModel() const { return m_search; }
    QLabel *notice() const { return m_notice; }
    QToolButton *previousPageButton() const { return m_previous; }
    QToolButton *nextPageButton() const { return m_next; }
    /// A line above the pages: why they cannot be shown, or that a text is not found on its page.
    void showNotice(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The occurrence of @p needle on @p page that @p before occurrences precede (the last one when there are
    /// fewer); invalid when there is none.
    QPdfLink findOnPage(int page, const QString &needle, int before);
    /// Scrolls the page so that the mark stands in the upper third of the view.
    void scrollToMark();
    void updatePageLabel();
    void goToPage(int page);

    QByteArray m_bytes;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfSearchModel *m_search;
    MarkedPdfView *m_view;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QLabel *m_notice;
    qint64 m_loadMs = 0;
    QPdfLink m_mark;
};

} // namespace Iwb
