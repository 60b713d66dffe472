// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "pdfpagesview.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    /// What to look for on the page, best first: the text as it is, then its words from the longest, then the
    /// first half of the longest word (a word the PDF breaks with a hyphen at a line end). Each with where it
    /// starts in @p text.
    QList<std::pair<QString, qsizetype>> needles(const QString &text)
    {
        QList<std::pair<QString, qsizetype>> found { { text.simplified(), 0 } };
        QList<std::pair<QString, qsizetype>> words;
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool letter = i < text.size() && text.at(i).isLetterOrNumber();
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= 4) {
                    words.append({ text.mid(start, i - start), start });
                }
                start = -1;
            }
        }
        std::stable_sort(
            words.begin(), words.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        for (const auto &word : std::as_const(words)) {
            if (word.first != found.first().first) {
                found.append(word);
            }
        }
        if (!words.isEmpty() && words.first().first.size() >= 8) {
            found.append({ words.first().first.left(words.first().first.size() / 2), words.first().second });
        }
        return found;
    }

    /// Pdfium gives a found text as several rectangles, one per run of characters, that touch and overlap; drawn
    /// one by one, their outlines would cross the words. These are their unions, one per line.
    QList<QRectF> lines(const QList<QRectF> &rectangles)
    {
        QList<QRectF> united;
        for (const QRectF &rectangle : rectangles) {
            const auto sameLine = std::find_if(united.begin(), united.end(), [&](const QRectF &line) {
                return std::abs(line.center().y() - rectangle.center().y())
                    < std::max(line.height(), rectangle.height()) / 2;
            });
            if (sameLine != united.end()) {
                *sameLine |= rectangle;
            } else {
                united.append(rectangle);
            }
        }
        return united;
    }

} // namespace

/// QPdfView with one mark drawn over its page: QPdfView itself marks search results only by their index among
/// all results of the document, and counting those means searching every page before the marked one (200 ms
/// for a fact on page 62 of a 62-page PDF); this draws the rectangles of the one result it is given.
class MarkedPdfView : public QPdfView
{
public:
    using QPdfView::QPdfView;

    void setMark(const QPdfLink &mark, const QColor &color)
    {
        m_mark = mark;
        m_color = color;
        viewport()->update();
    }

    /// Where @p points (a rectangle in points from the page's top left) is in the viewport, when the shown page
    /// (SinglePage, FitToWidth, as PdfPagesView sets them) is @p page.
    QRectF toViewport(int page, const QRectF &points) const
    {
        const QSizeF size = document() ? document()->pagePointSize(page) : QSizeF();
        const QMargins margins = documentMargins();
        const qreal width = viewport()->width() - margins.left() - margins.right();
        if (size.width() <= 0 || width <= 0) {
            return {};
        }
        // QPdfView's layout: the page as wide as the viewport less the margins, centred, below the top margin.
        const qreal scale = width / size.width();
        const QPointF origin((margins.left() + margins.right()) / 2.0 - horizontalScrollBar()->value(),
            margins.top() - verticalScrollBar()->value());
        return QRectF(origin + points.topLeft() * scale, points.size() * scale);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPdfView::paintEvent(event);
        if (!m_mark.isValid() || pageNavigator()->currentPage() != m_mark.page()) {
            return;
        }
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::Antialiasing);
        // As the article marks the current fact: its type's colour, translucent, so the words stay legible;
        // the outline stands a little apart from the glyphs.
        QColor fill = m_color;
        fill.setAlpha(70);
        painter.setPen(QPen(m_color, 1.5));
        painter.setBrush(fill);
        for (const QRectF &line : lines(m_mark.rectangles())) {
            painter.drawRoundedRect(toViewport(m_mark.page(), line).adjusted(-3, -2, 3, 2), 3, 3);
        }
    }

private:
    QPdfLink m_mark;
    QColor m_color;
};

PdfPagesView::PdfPagesView(QWidget *parent)
    : QWidget(parent)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
    , m_search(new QPdfSearchModel(this))
    , m_view(new MarkedPdfView(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_notice(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("pdfPages"));
    m_view->setPageMode(QPdfView::PageMode::SinglePage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    m_search->setDocument(m_document);

    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous page"));
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next page"));
    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_notice->setObjectName(QStringLiteral("pagesNotice"));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPagesView::updatePageLabel);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    updatePageLabel();
}

PdfPagesView::~PdfPagesView()
{
    // The document reads from the buffer until it is closed.
    m_document->close();
}

void PdfPagesView::setPdf(const QByteArray &bytes)
{
    clear();
    m_bytes = bytes;
}

void PdfPagesView::clear()
{
    clearMark();
    m_search->setSearchString(QString());
    m_document->close();
    m_buffer->close();
    m_bytes.clear();
    m_notice->hide();
    updatePageLabel();
}

bool PdfPagesView::isLoaded() const
{
    return m_document->status() == QPdfDocument::Status::Ready;
}

bool PdfPagesView::load()
{
    if (isLoaded()) {
        return true;
    }
    if (m_bytes.isEmpty()) {
        return false;
    }
    m_buffer->close();
    m_buffer->setBuffer(&m_bytes);
    m_buffer->open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    // From a device that is not sequential, Qt PDF reads the document before load() returns.
    m_document->load(m_buffer);
    m_loadMs = timer.elapsed();
    // A search model of its own for this document: the last one's results are of the PDF before.
    delete m_search;
    m_search = new QPdfSearchModel(this);
    m_search->setDocument(m_document);
    if (!isLoaded()) {
        showNotice(tr("The PDF cannot be shown: Qt PDF cannot read it (error %1).")
                .arg(static_cast<int>(m_document->error())));
        return false;
    }
    m_notice->hide();
    updatePageLabel();
    return true;
}

int PdfPagesView::currentPage() const
{
    return isLoaded() ? m_view->pageNavigator()->currentPage() : -1;
}

QPdfLink PdfPagesView::mark() const
{
    return m_mark;
}

QRectF PdfPagesView::markInViewport() const
{
    QRectF bounds;
    if (m_mark.isValid() && m_mark.page() == currentPage()) {
        for (const QRectF &rectangle : m_mark.rectangles()) {
            bounds |= m_view->toViewport(m_mark.page(), rectangle);
        }
    }
    return bounds;
}

QPdfView *PdfPagesView::pdfView() const
{
    return m_view;
}

void PdfPagesView::clearMark()
{
    m_mark = QPdfLink();
    m_view->setMark({}, {});
    m_search->setSearchString(QString());
}

QPdfLink PdfPagesView::findOnPage(int page, const QString &needle, int before)
{
    // Only this page is searched now (resultsOnPage); the model's timer goes through the others later, a page
    // every 100 ms.
    m_search->setSearchString(needle);
    const QList<QPdfLink> results = m_search->resultsOnPage(page);
    if (results.isEmpty()) {
        return {};
    }
    return results.at(std::min(before, static_cast<int>(results.size()) - 1));
}

bool PdfPagesView::markText(
    int page, const QString &text, const QString &pageText, qsizetype offsetInPage, const QColor &color)
{
    if (!load() || page < 0 || page >= m_document->pageCount()) {
        return false;
    }
    clearMark();
    goToPage(page);
    for (const auto &[needle, start] : needles(text)) {
        const QString before = pageText.left(offsetInPage + start).simplified();
        const QPdfLink found = findOnPage(page, needle, static_cast<int>(before.count(needle, Qt::CaseInsensitive)));
        if (found.isValid()) {
            m_mark = found;
            m_view->setMark(found, color);
            m_notice->hide();
            scrollToMark();
            // Once more when the view has its size (the pages were just shown).
            QTimer::singleShot(0, this, &PdfPagesView::scrollToMark);
            return true;
        }
    }
    clearMark();
    showNotice(tr("“%1” is not found on page %2 of the PDF (it may be spelt otherwise there).")
            .arg(text.simplified().left(60))
            .arg(page + 1));
    return false;
}

void PdfPagesView::scrollToMark()
{
    if (!m_mark.isValid() || !isLoaded() || m_mark.page() != currentPage()) {
        return;
    }
    const QRectF bounds = markInViewport();
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + qRound(bounds.top()) - m_view->viewport()->height() / 3);
}

void PdfPagesView::goToPage(int page)
{
    if (!isLoaded() || page < 0 || page >= m_document->pageCount()) {
        return;
    }
    m_view->pageNavigator()->jump(page, QPointF(), 0);
    m_view->verticalScrollBar()->setValue(0);
    updatePageLabel();
}

void PdfPagesView::updatePageLabel()
{
    const int count = isLoaded() ? m_document->pageCount() : 0;
    const int page = currentPage();
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(page + 1).arg(count) : QString());
    m_previous->setEnabled(count > 0 && page > 0);
    m_next->setEnabled(count > 0 && page + 1 < count);
}

void PdfPagesView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->show();
}

void PdfPagesView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The page is as wide as the pane: keep the mark in view when the splitter moves.
    QTimer::singleShot(0, this, &PdfPagesView::scrollToMark);
}

} // namespace Iwb
