// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "factstyles.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <utility>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTextDocument;
class QToolButton;
class QUrl;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Iwb {

class AnnotationSession;
class PdfPagesView;
class TextDocumentBuilder;

/**
 * The article with its facts highlighted in place (colours from the
 * KSyntaxHighlighting theme, a legend above), and for HTML imports a tab with
 * the page source highlighted by KSyntaxHighlighting's HTML definition.
 *
 * Annotating: select text and press 1–9 (or use the context menu) to label it;
 * click a fact to make it current; the context menu changes, accepts, rejects,
 * negates or deletes the fact under the mouse; Ctrl+Shift+←/→ and
 * Ctrl+Alt+←/→ move the current fact's end and start. All edits go through
 * the AnnotationSession and are undoable.
 *
 * A PDF whose file the store keeps (IncidentStore::documentOriginal()) can be
 * shown as its rendered pages below the text ("Pages", remembered across
 * articles and runs): the file is read from the store and parsed only when the
 * pages are first shown for the article, and the current fact's page is shown
 * with the fact's words marked on it (PdfPagesView).
 *
 * A long article's text (TextDocumentBuilder::backgroundThreshold characters
 * or more) is made into its text document on a worker thread; until it is
 * there the text area says so, highlights wait and a fact asked for is shown
 * once the text is (isTextPending()).
 */
class ArticleView : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    /// Shows and edits the session's document; the session must outlive the view.
    void setSession(AnnotationSession *session);
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    /// The highlighting theme's name ("Breeze Light").
    QString themeName() const;

    /// Shows a document (with the session's facts when it is the session's). A long text appears a moment
    /// later, made on a worker (isTextPending()); a document shown meanwhile replaces it.
    void setDocument(const Document &document);
    void clear();
    /// Whether the shown document's text is still being made on a worker (a long article); textShown() follows.
    bool isTextPending() const;

    const Document &document() const { return m_document; }
    /// Where the shown document was fetched from (its final URL), for "Open Original"; invalid for files.
    QUrl originalUrl() const;
    /// Opens originalUrl() in the web browser (QDesktopServices); hidden for documents from files.
    QToolButton *openOriginalButton() const { return m_openOriginal; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *sourceEdit() const { return m_source; }
    /// Shows or hides the pages of a PDF below its text; visible only for documents with a PDF original.
    QToolButton *pagesButton() const { return m_pagesButton; }
    PdfPagesView *pagesView() const { return m_pages; }
    /// Shows the PDF's pages below the text (reading the file when they are first shown), or hides them.
    void setPagesShown(bool shown);
    bool arePagesShown() const;

    qint64 currentFact() const { return m_currentFact; }
    void setCurrentFact(qint64 key);
    /// Selects the fact's text and scrolls to it.
    void showFact(qint64 key);
    /// The highlighted ranges [start, end) in UTF-16, in text order (what the eye sees): the facts
    /// within highlightMargin() characters of the visible part. A pending re-highlight is applied first.
    QList<std::pair<qsizetype, qsizetype>> highlightedRanges();
    /// How far beyond the visible text facts are highlighted, so that scrolling seldom needs new highlights.
    static constexpr int highlightMargin() { return 20000; }

Q_SIGNALS:
    void currentFactChanged(qint64 key);
    /// The document's text is in the text area (at once for a short article, a moment later for a long one).
    void textShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Puts @p document into the text area (which owns it from then on) and applies what waited for the text.
    void showText(std::unique_ptr<QTextDocument> document);
    /// Asks for one re-highlight on the next pass of the event loop: a thousand fact edits in one
    /// step (an extraction) cost one re-highlight, not a thousand.
    void scheduleRehighlight();
    /// Highlights the facts near the visible text (highlightMargin()); far ones wait until scrolled to,
    /// so a long article costs what its visible part costs.
    void rehighlight();
    /// The visible text as [start, end) in UTF-16.
    std::pair<int, int> visibleRange() const;
    void rehighlightIfScrolledOut();
    void updateLegend();
    void labelSelection(int typeIndex);
    void adjustCurrent(int startDelta, int endDelta);
    void showContextMenu(const QPoint &position);
    qint64 factAtViewportPosition(const QPoint &position) const;
    /// Reads the document's PDF from the store into the pages unless they hold it; false when there is none.
    bool loadPages();
    /// Shows the current fact's page with the fact marked on it (when the pages are shown).
    void showCurrentFactOnPage();

    AnnotationSession *m_session = nullptr;
    Document m_document;
    std::unique_ptr<FactStyles> m_styles;
    qint64 m_currentFact = 0;
    bool m_rehighlightPending = false;
    std::pair<int, int> m_highlightedSpan { 0, -1 }; ///< the text range whose facts are highlighted now
    QLabel *m_title;
    QLabel *m_meta;
    QToolButton *m_openOriginal;
    QLabel *m_legend;
    QToolButton *m_pagesButton;
    QTabWidget *m_tabs;
    QSplitter *m_articleSplit; ///< the text over the PDF's pages
    QPlainTextEdit *m_text;
    TextDocumentBuilder *m_textBuilder;
    qint64 m_textRequest = 0; ///< the latest text asked of m_textBuilder
    qint64 m_factToShow = 0; ///< asked for by showFact() while the text was pending
    PdfPagesView *m_pages;
    qint64 m_pagesDocument = 0; ///< the document whose PDF the pages hold
    QPlainTextEdit *m_source;
    KSyntaxHighlighting::SyntaxHighlighter *m_sourceHighlighter;
};

} // namespace Iwb
