// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "articleview.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "incident/recordvocabulary.h"
#include "pdfpagesview.h"
#include "storage/incidentstore.h"
#include "textdocumentbuilder.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace Iwb {

namespace {

    KSyntaxHighlighting::Repository &syntaxRepository()
    {
        static KSyntaxHighlighting::Repository repository;
        return repository;
    }

    /// Whether the analyst shows a PDF's pages below its text; kept across articles and runs.
    const QString pagesShownKey = QStringLiteral("articleView/pagesShown");
    const QString pdfMediaType = QStringLiteral("application/pdf");

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_openOriginal(new QToolButton(this))
    , m_legend(new QLabel(this))
    , m_pagesButton(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_articleSplit(new QSplitter(Qt::Vertical, this))
    , m_text(new QPlainTextEdit(this))
    , m_textBuilder(new TextDocumentBuilder(this))
    , m_pages(new PdfPagesView(this))
    , m_source(new QPlainTextEdit(this))
    , m_sourceHighlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_source->document()))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setWordWrap(true);
    m_legend->setObjectName(QStringLiteral("factLegend"));
    // A fetched page: its address opens in the browser (the page as it is now, not the stored copy).
    m_openOriginal->setObjectName(QStringLiteral("openOriginal"));
    m_openOriginal->setText(tr("Open Original"));
    m_openOriginal->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    m_openOriginal->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openOriginal->setAutoRaise(true);
    connect(m_openOriginal, &QToolButton::clicked, this, [this] {
        if (const QUrl url = originalUrl(); url.isValid()) {
            QDesktopServices::openUrl(url);
        }
    });

    // A PDF's pages below its text.
    m_pagesButton->setObjectName(QStringLiteral("showPages"));
    m_pagesButton->setText(tr("Pages"));
    m_pagesButton->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
    m_pagesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pagesButton->setAutoRaise(true);
    m_pagesButton->setCheckable(true);
    m_pagesButton->setToolTip(tr("Show the PDF's pages below the text; the current fact is marked on its page"));
    m_pagesButton->setChecked(QSettings().value(pagesShownKey, false).toBool());
    connect(m_pagesButton, &QToolButton::toggled, this, &ArticleView::setPagesShown);
    m_pages->setObjectName(QStringLiteral("pagesView"));
    m_pages->hide();

    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Article text"));
    m_text->setAccessibleDescription(tr("The article with its facts highlighted; select text and press 1 to 9 to "
                                        "label it"));
    m_text->setWhatsThis(tr("The article's text. Every fact found is highlighted in the colour of its type (the "
                            "legend above names them; the tool tip of a highlight says its type and value). Select "
                            "text and press 1–9 to label it; right-click a fact to accept, reject or change it."));
    m_source->setAccessibleName(tr("HTML source"));
    m_tabs->setAccessibleName(tr("Article views"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    QFont readingFont = m_text->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.1);
    m_text->setFont(readingFont);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ArticleView::showContextMenu);
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::rehighlightIfScrolledOut);
    connect(m_textBuilder, &TextDocumentBuilder::ready, this, [this](qint64 request) {
        if (request == m_textRequest) {
            showText(m_textBuilder->takeDocument());
        }
    });

    m_source->setReadOnly(true);
    m_source->setObjectName(QStringLiteral("articleSource"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sourceHighlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("HTML")));

    m_articleSplit->setObjectName(QStringLiteral("articleSplit"));
    m_articleSplit->setChildrenCollapsible(false);
    m_articleSplit->addWidget(m_text);
    m_articleSplit->addWidget(m_pages);
    m_tabs->addTab(m_articleSplit, tr("Article"));
    m_tabs->addTab(m_source, tr("HTML source"));
    m_tabs->setTabVisible(1, false);

    // Number keys label the selection: 1 organization, 2 date, ... 9 discovery.
    const QList<FactType> types = allFactTypes();
    for (int i = 0; i < 9 && i < types.size(); ++i) {
        auto *action = new QAction(tr("Label as %1").arg(FactListModel::typeLabel(types.at(i))), m_text);
        action->setShortcut(QKeySequence(Qt::Key_1 + i));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, i] { labelSelection(i); });
        m_text->addAction(action);
    }
    const struct
    {
        QKeySequence keys;
        int startDelta;
        int endDelta;
    } adjustments[] = {
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), 0, 1 },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), 0, -1 },
        { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left), -1, 0 },
        { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right), 1, 0 },
    };
    for (const auto &adjustment : adjustments) {
        auto *action = new QAction(m_text);
        action->setShortcut(adjustment.keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        const int startDelta = adjustment.startDelta;
        const int endDelta = adjustment.endDelta;
        connect(
            action, &QAction::triggered, this, [this, startDelta, endDelta] { adjustCurrent(startDelta, endDelta); });
        m_text->addAction(action);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(m_meta, 1);
    metaRow->addWidget(m_pagesButton);
    metaRow->addWidget(m_openOriginal);
    layout->addLayout(metaRow);
    layout->addWidget(m_legend);
    layout->addWidget(m_tabs, 1);

    setTheme(syntaxRepository().defaultTheme(palette().color(QPalette::Base).lightness() < 128
            ? KSyntaxHighlighting::Repository::DarkTheme
            : KSyntaxHighlighting::Repository::LightTheme));
    clear();
}

ArticleView::~ArticleView() = default;

void ArticleView::setSession(AnnotationSession *session)
{
    m_session = session;
    connect(session, &AnnotationSession::documentLoaded, this, [this] {
        m_currentFact = 0;
        if (m_session->hasDocument()) {
            setDocument(m_session->document());
        } else {
            clear();
        }
    });
    connect(session->facts(), &FactListModel::factsChanged, this, &ArticleView::scheduleRehighlight);
}

void ArticleView::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_styles = std::make_unique<FactStyles>(theme);
    m_sourceHighlighter->setTheme(theme);
    m_sourceHighlighter->rehighlight();
    // The article takes the theme's paper and ink, so the highlight colours are read on the background they were made
    // for.
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    palette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    palette.setColor(
        QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    palette.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_text->setPalette(palette);
    m_source->setPalette(palette);
    updateLegend();
    rehighlight();
}

QString ArticleView::themeName() const
{
    return m_styles->theme().name();
}

void ArticleView::updateLegend()
{
    QStringList chips;
    const QList<FactType> types = allFactTypes();
    for (int i = 0; i < types.size(); ++i) {
        const QColor color = m_styles->color(types.at(i));
        const QColor tint = m_styles->tint(types.at(i), FactStatus::Suggested);
        const QString key = i < 9 ? QString::number(i + 1) + QLatin1Char(' ') : QString();
        chips.append(
            QStringLiteral("<span style=\"background-color:%1; border-bottom:2px solid %2\">&nbsp;%3%4&nbsp;</span>")
                .arg(tint.name(QColor::HexArgb), color.name(), key,
                    FactListModel::typeLabel(types.at(i)).toHtmlEscaped()));
    }
    m_legend->setText(chips.join(QStringLiteral(" ")) + tr(" &nbsp;<s>negated</s> &nbsp;<u>~uncertain~</u>"));
    m_legend->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; padding: 2px; }")
            .arg(QColor::fromRgba(m_styles->theme().textColor(KSyntaxHighlighting::Theme::Normal)).name(),
                QColor::fromRgba(m_styles->theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).name()));
}

void ArticleView::setDocument(const Document &document)
{
    m_document = document;
    m_title->setText(document.title());
    QStringList meta;
    if (!document.published().isEmpty()) {
        meta.append(tr("Published %1").arg(RecordVocabulary::dateText(document.published())));
    }
    if (!document.language().isEmpty()) {
        meta.append(tr("Language: %1").arg(document.language()));
    }
    meta.append(tr("%n characters", nullptr, static_cast<int>(document.codePointLength())));
    const QUrl original = originalUrl();
    if (original.isValid()) {
        meta.append(tr("fetched from %1").arg(original.host()));
        if (document.metadata().fetchedAt.isValid()) {
            meta.append(QLocale().toString(document.metadata().fetchedAt.toLocalTime(), QLocale::ShortFormat));
        }
    } else if (!document.source().isEmpty()) {
        meta.append(QFileInfo(document.source()).fileName());
    }
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setToolTip(document.source());
    m_openOriginal->setVisible(original.isValid());
    m_openOriginal->setToolTip(
        original.isValid() ? tr("Open %1 in the web browser").arg(original.toDisplayString()) : QString());
    m_factToShow = 0;
    ++m_textRequest;
    m_textBuilder->cancel();
    if (document.text().size() < TextDocumentBuilder::backgroundThreshold) {
        showText(TextDocumentBuilder::make(document.text(), m_text->font()));
    } else {
        // Until the worker has made the text's document, the text area is empty and says why.
        m_textBuilder->build(m_textRequest, document.text(), m_text->font());
        m_text->setPlaceholderText(tr("Reading the article…"));
        showText(TextDocumentBuilder::make(QString(), m_text->font()));
    }
    m_source->setPlainText(document.rawSource());
    m_tabs->setTabVisible(1, !document.rawSource().isEmpty());
    m_tabs->setCurrentIndex(0);
    // The pages of the article shown before go; this one's are read from the store only when they are shown,
    // after the text is on screen.
    m_pages->clear();
    m_pagesDocument = 0;
    const bool pdf = document.originalMediaType() == pdfMediaType;
    m_pagesButton->setVisible(pdf);
    m_pages->setVisible(pdf && m_pagesButton->isChecked());
    if (pdf && m_pagesButton->isChecked()) {
        QTimer::singleShot(0, this, [this, id = document.id()] {
            if (m_document.id() == id && arePagesShown() && loadPages()) {
                showCurrentFactOnPage();
            }
        });
    }
}

void ArticleView::setPagesShown(bool shown)
{
    if (m_pagesButton->isChecked() != shown) {
        m_pagesButton->setChecked(shown); // comes back here through toggled()
        return;
    }
    QSettings().setValue(pagesShownKey, shown);
    const bool pdf = m_document.originalMediaType() == pdfMediaType;
    const bool wasShown = arePagesShown();
    m_pages->setVisible(shown && pdf);
    if (!shown || !pdf) {
        return;
    }
    if (!wasShown) {
        // The page below the text, as wide as the article: side by side, an A4 page in half the middle column
        // is printed too small to read. The page gets a little more of the height.
        const int height = m_articleSplit->height();
        m_articleSplit->setSizes({ height * 2 / 5, height - height * 2 / 5 });
    }
    if (loadPages()) {
        showCurrentFactOnPage();
    }
}

bool ArticleView::arePagesShown() const
{
    return !m_pages->isHidden();
}

bool ArticleView::loadPages()
{
    if (m_document.originalMediaType() != pdfMediaType) {
        return false;
    }
    if (m_pagesDocument != m_document.id() || !m_pages->hasPdf()) {
        // A document that carries its bytes (not yet stored) shows them; a stored one reads them now.
        QByteArray bytes = m_document.original();
        if (bytes.isEmpty() && m_session) {
            const std::optional<DocumentOriginal> original = m_session->store().documentOriginal(m_document.id());
            if (!original) {
                m_pages->clear();
                m_pages->showNotice(m_session->store().errorString());
                return false;
            }
            bytes = original->bytes;
        }
        m_pages->setPdf(bytes);
        m_pagesDocument = m_document.id();
    }
    return m_pages->load();
}

void ArticleView::showCurrentFactOnPage()
{
    if (!arePagesShown() || !m_session || !m_session->facts()->contains(m_currentFact)
        || m_document.id() != m_session->document().id()) {
        return;
    }
    if (!loadPages()) {
        return;
    }
    const Fact fact = m_session->facts()->fact(m_currentFact);
    const QList<qsizetype> &starts = m_document.metadata().pageStarts;
    const int page = std::max(1, m_document.metadata().pageAt(fact.start)) - 1;
    const qsizetype pageStart = starts.value(page, 0);
    const qsizetype pageEnd = page + 1 < starts.size() ? starts.at(page + 1) : m_document.text().size();
    m_pages->markText(page, m_document.text().mid(fact.start, fact.length()),
        m_document.text().mid(pageStart, pageEnd - pageStart), fact.start - pageStart, m_styles->color(fact.type));
}

void ArticleView::clear()
{
    m_document = Document();
    m_title->setText(tr("No article selected"));
    m_meta->setText(tr("Choose an article in the library, or import one with File → Import Files…"));
    m_factToShow = 0;
    ++m_textRequest;
    m_textBuilder->cancel();
    showText(TextDocumentBuilder::make(QString(), m_text->font()));
    m_source->clear();
    m_tabs->setTabVisible(1, false);
    m_openOriginal->hide();
    m_pagesButton->hide();
    m_pages->clear();
    m_pages->hide();
    m_pagesDocument = 0;
}

bool ArticleView::isTextPending() const
{
    return m_textBuilder->isBuilding();
}

void ArticleView::showText(std::unique_ptr<QTextDocument> document)
{
    // The highlights are cursors into the previous document: they go before it does.
    m_text->setExtraSelections({});
    const QPointer<QTextDocument> previous = m_text->document();
    QTextDocument *shown = document.release();
    shown->setParent(m_text);
    m_text->setDocument(shown);
    if (previous && previous != shown) {
        delete previous.data(); // the editor deletes only the document it made itself
    }
    m_text->moveCursor(QTextCursor::Start);
    if (isTextPending()) {
        return; // the empty stand-in of a long article's text
    }
    m_text->setPlaceholderText(QString());
    rehighlight();
    if (const qint64 key = std::exchange(m_factToShow, 0); key > 0) {
        showFact(key);
    }
    Q_EMIT textShown();
}

QUrl ArticleView::originalUrl() const
{
    const QString address
        = m_document.metadata().fetchedUrl.isEmpty() ? m_document.source() : m_document.metadata().fetchedUrl;
    const QUrl url(address, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return web && !url.host().isEmpty() ? url : QUrl();
}

void ArticleView::scheduleRehighlight()
{
    if (m_rehighlightPending) {
        return;
    }
    m_rehighlightPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rehighlightPending) {
            rehighlight();
        }
    });
}

std::pair<int, int> ArticleView::visibleRange() const
{
    const QRect viewport = m_text->viewport()->rect();
    return { m_text->cursorForPosition(viewport.topLeft()).position(),
        m_text->cursorForPosition(viewport.bottomRight()).position() };
}

void ArticleView::rehighlightIfScrolledOut()
{
    const auto [start, end] = visibleRange();
    if (start < m_highlightedSpan.first || end > m_highlightedSpan.second) {
        scheduleRehighlight();
    }
}

void ArticleView::rehighlight()
{
    m_rehighlightPending = false;
    QList<QTextEdit::ExtraSelection> selections;
    if (m_session && m_session->hasDocument() && m_styles && m_document.id() == m_session->document().id()
        && !isTextPending()) {
        const auto [visibleStart, visibleEnd] = visibleRange();
        const int from = std::max(0, visibleStart - highlightMargin());
        const int to = visibleEnd + highlightMargin();
        m_highlightedSpan
            = { from == 0 ? 0 : visibleStart - highlightMargin() / 2, visibleEnd + highlightMargin() / 2 };
        // Only the facts near the visible text: placing a cursor lays out its paragraph, which for a
        // long article is the cost to avoid.
        QList<Fact> facts;
        const QList<Fact> allFacts = m_session->facts()->facts();
        for (const Fact &fact : allFacts) {
            if (fact.end > from && fact.start < to) {
                facts.append(fact);
            }
        }
        // Longer facts first, so nested facts are drawn on top of the facts around them.
        std::stable_sort(
            facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.length() > b.length(); });
        for (const Fact &fact : std::as_const(facts)) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_text->document());
            selection.cursor.setPosition(static_cast<int>(fact.start));
            selection.cursor.setPosition(static_cast<int>(fact.end), QTextCursor::KeepAnchor);
            selection.format = m_styles->format(fact);
            selections.append(selection);
        }
        if (m_currentFact > 0 && m_session->facts()->contains(m_currentFact)) {
            const Fact current = m_session->facts()->fact(m_currentFact);
            QTextEdit::ExtraSelection outline;
            outline.cursor = QTextCursor(m_text->document());
            outline.cursor.setPosition(static_cast<int>(current.start));
            outline.cursor.setPosition(static_cast<int>(current.end), QTextCursor::KeepAnchor);
            outline.format = m_styles->format(current);
            QColor strong = m_styles->color(current.type);
            strong.setAlpha(150);
            outline.format.setBackground(strong);
            selections.append(outline);
        }
    }
    m_text->setExtraSelections(selections);
}

QList<std::pair<qsizetype, qsizetype>> ArticleView::highlightedRanges()
{
    if (m_rehighlightPending) {
        rehighlight();
    }
    QList<std::pair<qsizetype, qsizetype>> ranges;
    const QList<QTextEdit::ExtraSelection> selections = m_text->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections) {
        ranges.append({ selection.cursor.selectionStart(), selection.cursor.selectionEnd() });
    }
    std::sort(ranges.begin(), ranges.end());
    ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
    return ranges;
}

void ArticleView::setCurrentFact(qint64 key)
{
    if (m_currentFact == key) {
        return;
    }
    m_currentFact = key;
    rehighlight();
    showCurrentFactOnPage();
    Q_EMIT currentFactChanged(key);
}

void ArticleView::showFact(qint64 key)
{
    if (!m_session || !m_session->facts()->contains(key)) {
        return;
    }
    if (isTextPending()) {
        m_factToShow = key; // shown with the text
        setCurrentFact(key);
        return;
    }
    const Fact fact = m_session->facts()->fact(key);
    m_tabs->setCurrentIndex(0);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(static_cast<int>(fact.start));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    setCurrentFact(key);
}

void ArticleView::labelSelection(int typeIndex)
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_session || !cursor.hasSelection() || typeIndex < 0 || typeIndex >= allFactTypes().size()) {
        return;
    }
    const qint64 key
        = m_session->labelSpan(allFactTypes().at(typeIndex), cursor.selectionStart(), cursor.selectionEnd());
    if (key > 0) {
        setCurrentFact(key);
    }
}

void ArticleView::adjustCurrent(int startDelta, int endDelta)
{
    if (!m_session || !m_session->facts()->contains(m_currentFact)) {
        return;
    }
    const Fact fact = m_session->facts()->fact(m_currentFact);
    m_session->adjustBoundaries(m_currentFact, fact.start + startDelta, fact.end + endDelta);
}

qint64 ArticleView::factAtViewportPosition(const QPoint &position) const
{
    if (!m_session || isTextPending()) {
        return 0;
    }
    const QList<qint64> keys = m_session->facts()->keysAt(m_text->cursorForPosition(position).position());
    return keys.isEmpty() ? 0 : keys.first();
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && m_session) {
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const qint64 key = factAtViewportPosition(help->pos());
            if (key > 0) {
                const Fact fact = m_session->facts()->fact(key);
                QString tip
                    = tr("<b>%1</b>: %2<br>value: %3<br>%4, %5, %6<br>rule: %7")
                          .arg(FactListModel::typeLabel(fact.type).toHtmlEscaped(), fact.text.toHtmlEscaped(),
                              FactListModel::valueLabel(fact).toHtmlEscaped(), polarityName(fact.polarity),
                              certaintyName(fact.certainty), factStatusName(fact.status), fact.origin.toHtmlEscaped());
                if (const auto judgement = m_session->facts()->judgement(key)) {
                    tip += QStringLiteral("<br>")
                        + (m_session->facts()->isDoubtful(key) ? tr("confidence: %1 (a suggestion)")
                                                               : tr("confidence: %1"))
                              .arg(FactListModel::confidenceLabel(judgement->confidence));
                }
                QToolTip::showText(help->globalPos(), tip, m_text->viewport());
            } else {
                QToolTip::hideText();
            }
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (!m_text->textCursor().hasSelection()) {
                setCurrentFact(factAtViewportPosition(mouse->position().toPoint()));
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const QList<FactType> types = allFactTypes();
    if (m_session && m_text->textCursor().hasSelection()) {
        QMenu *label = menu.addMenu(tr("Label Selection As"));
        for (int i = 0; i < types.size(); ++i) {
            QAction *action
                = label->addAction(FactListModel::typeLabel(types.at(i)), this, [this, i] { labelSelection(i); });
            if (i < 9) {
                action->setShortcut(QKeySequence(Qt::Key_1 + i));
            }
        }
        if (m_session->facts()->contains(m_currentFact)) {
            menu.addAction(tr("Set Span of Current Fact to Selection"), this, [this] {
                const QTextCursor cursor = m_text->textCursor();
                m_session->adjustBoundaries(m_currentFact, cursor.selectionStart(), cursor.selectionEnd());
            });
        }
    }
    const qint64 key = factAtViewportPosition(position);
    if (m_session && key > 0) {
        setCurrentFact(key);
        const Fact fact = m_session->facts()->fact(key);
        menu.addSection(tr("“%1”").arg(fact.text.left(40)));
        menu.addAction(tr("Accept"), this, [this, key] { m_session->setStatus(key, FactStatus::Accepted); });
        menu.addAction(tr("Reject"), this, [this, key] { m_session->setStatus(key, FactStatus::Rejected); });
        QMenu *type = menu.addMenu(tr("Change Type"));
        for (const FactType candidate : types) {
            QAction *action = type->addAction(FactListModel::typeLabel(candidate), this,
                [this, key, candidate] { m_session->changeType(key, candidate); });
            action->setCheckable(true);
            action->setChecked(candidate == fact.type);
        }
        QAction *negated = menu.addAction(tr("Negated"), this, [this, key] { m_session->toggleNegated(key); });
        negated->setCheckable(true);
        negated->setChecked(fact.polarity == Polarity::Negative);
        QAction *uncertain = menu.addAction(tr("Uncertain"), this, [this, key] { m_session->toggleUncertain(key); });
        uncertain->setCheckable(true);
        uncertain->setChecked(fact.certainty == Certainty::Uncertain);
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, key] { m_session->removeFact(key); });
    }
    if (!menu.isEmpty()) {
        menu.addSeparator();
    }
    menu.addAction(tr("Copy"), m_text, &QPlainTextEdit::copy)->setEnabled(m_text->textCursor().hasSelection());
    menu.exec(m_text->viewport()->mapToGlobal(position));
}

} // namespace Iwb
