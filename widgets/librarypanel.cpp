// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "librarypanel.h"

#include "library/documentlistmodel.h"
#include "library/incidentlistmodel.h"
#include "storage/incidentstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace Iwb {

namespace {
    /// The columns beside the title, in the order they stay when the pane is narrow.
    constexpr std::array shortDocumentColumns
        = { DocumentListModel::PublishedColumn, DocumentListModel::FactsColumn, DocumentListModel::LanguageColumn };
    /// What the title keeps at least before a short column is hidden: about 24 characters.
    constexpr int minimumTitleCharacters = 24;

    /// Filters by title while typing, or to a fixed set of ids after a full-text search.
    ///
    /// A new filter is announced as one layout change (invalidate()), not as the rows removed and inserted
    /// one range at a time (invalidateFilter(), setFilterFixedString()): with 20,000 articles a keystroke
    /// took 200 ms that way, almost all of it in the views following thousands of small removals.
    class DocumentFilterModel : public QSortFilterProxyModel
    {
    public:
        using QSortFilterProxyModel::QSortFilterProxyModel;

        void setTitleFilter(const QString &text)
        {
            m_title = text;
            m_ids.reset();
            invalidate();
        }
        void setIdFilter(QSet<qint64> ids)
        {
            m_title.clear();
            m_ids = std::move(ids);
            invalidate();
        }

    protected:
        /// Titles by their collation keys, compared as bytes: Qt's own comparison of the SortRole QVariants
        /// would read the keys as text.
        bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
        {
            if (left.column() == DocumentListModel::TitleColumn && right.column() == DocumentListModel::TitleColumn) {
                const auto *model = static_cast<const DocumentListModel *>(sourceModel());
                const QByteArray &a = model->titleSortKey(left.row());
                const QByteArray &b = model->titleSortKey(right.row());
                return a != b ? a < b : left.row() < right.row();
            }
            return QSortFilterProxyModel::lessThan(left, right);
        }

        bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
        {
            const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
            if (m_ids) {
                return m_ids->contains(index.data(DocumentListModel::DocumentIdRole).toLongLong());
            }
            return m_title.isEmpty() || index.data().toString().contains(m_title, Qt::CaseInsensitive);
        }

    private:
        QString m_title;
        std::optional<QSet<qint64>> m_ids;
    };

} // namespace

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new DocumentListModel(this))
    , m_proxy(new DocumentFilterModel(this))
    , m_tabs(new QTabWidget(this))
    , m_incidentFilter(new QLineEdit(this))
    , m_incidentView(new QTableView(this))
    , m_incidentModel(new IncidentListModel(this))
    , m_incidentFilterDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Filter titles; Enter searches article text"));
    // Names and descriptions for screen readers; What's This (Shift+F1) says what each part is for.
    m_search->setAccessibleName(tr("Filter articles"));
    m_tabs->setAccessibleName(tr("Library views"));
    m_search->setAccessibleDescription(m_search->placeholderText());
    m_view->setAccessibleName(tr("Articles"));
    m_view->setAccessibleDescription(tr("The articles in the store; the selected one is shown beside the library"));
    m_view->setWhatsThis(tr("The articles in the store. Click one, or move with the arrow keys, to read it, check "
                            "its facts and complete its incident record. Click a column header to sort."));
    m_incidentFilter->setAccessibleName(tr("Filter incidents"));
    m_incidentView->setAccessibleName(tr("Incident records"));
    m_incidentView->setAccessibleDescription(tr("The register: one row per incident record"));
    m_incidentView->setWhatsThis(tr("The incident register, one record a row. Select two or more (Ctrl+click) and "
                                    "choose Compare → Compare Selected Incidents to see them side by side."));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DocumentListModel::SortRole);
    // The title sorts by its collation key (DocumentFilterModel::lessThan): bytes, not locale-aware strings.

    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::TitleColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::SourceColumn, QHeaderView::Interactive);
    m_view->setColumnHidden(DocumentListModel::SourceColumn, true);
    m_view->viewport()->installEventFilter(this);

    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *articles = new QWidget(this);
    auto *articlesLayout = new QVBoxLayout(articles);
    articlesLayout->setContentsMargins(0, 0, 0, 0);
    articlesLayout->addWidget(m_search);
    articlesLayout->addWidget(m_view, 1);

    m_incidentFilter->setObjectName(QStringLiteral("incidentFilter"));
    m_incidentFilter->setPlaceholderText(tr("Filter by organization, date, cause, review status…"));
    m_incidentFilter->setClearButtonEnabled(true);
    m_incidentView->setObjectName(QStringLiteral("incidentView"));
    // No proxy: the store sorts and filters the whole register, not just the pages loaded so far.
    m_incidentView->setModel(m_incidentModel);
    // Unsorted means the model's own order, newest change first; a third click on a header returns to it.
    m_incidentView->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_incidentView->horizontalHeader()->setSortIndicatorClearable(true);
    m_incidentView->setSortingEnabled(true);
    // The deadline column does not sort (the breach register window does): its click keeps the order shown.
    QHeaderView *incidentHeader = m_incidentView->horizontalHeader();
    connect(incidentHeader, &QHeaderView::sortIndicatorChanged, this, [this, incidentHeader](int section) {
        if (section == IncidentListModel::DeadlineColumn) {
            const QSignalBlocker blocker(incidentHeader);
            incidentHeader->setSortIndicator(m_incidentModel->sortColumn(), m_incidentModel->query().order);
        }
    });
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several records can be selected: to compare them side by side or export just those.
    m_incidentView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_incidentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incidentView->setAlternatingRowColors(true);
    m_incidentView->verticalHeader()->hide();
    m_incidentView->horizontalHeader()->setSectionResizeMode(
        IncidentListModel::OrganizationColumn, QHeaderView::Stretch);
    auto *incidents = new QWidget(this);
    auto *incidentsLayout = new QVBoxLayout(incidents);
    incidentsLayout->setContentsMargins(0, 0, 0, 0);
    incidentsLayout->addWidget(m_incidentFilter);
    incidentsLayout->addWidget(m_incidentView, 1);
    // The filter asks the store once typing pauses, not at every key.
    m_incidentFilterDelay->setSingleShot(true);
    m_incidentFilterDelay->setInterval(150);
    connect(m_incidentFilter, &QLineEdit::textChanged, m_incidentFilterDelay, qOverload<>(&QTimer::start));
    connect(m_incidentFilterDelay, &QTimer::timeout, this,
        [this] { m_incidentModel->setFilterText(m_incidentFilter->text()); });
    connect(m_incidentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const qint64 documentId = current.data(IncidentListModel::DocumentIdRole).toLongLong();
            if (documentId > 0) {
                Q_EMIT documentActivated(documentId);
            }
        });

    m_tabs->addTab(articles, tr("Articles"));
    m_tabs->addTab(incidents, tr("Incidents"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        static_cast<DocumentFilterModel *>(m_proxy)->setTitleFilter(text);
        updateDocumentStatus();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryPanel::runFullTextSearch);
    // A reset forgets the current row: the article that was current is current again when the rows are in.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_currentBeforeReset = currentDocumentId(); });
    connect(m_model, &DocumentListModel::loaded, this, &LibraryPanel::takeLoadedDocuments);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (current.isValid()) {
                Q_EMIT documentActivated(current.data(DocumentListModel::DocumentIdRole).toLongLong());
            }
        });
}

void LibraryPanel::setStore(const IncidentStore *store)
{
    m_store = store;
    // The first list is read at once: the window is not shown yet, and it opens with its articles.
    if (m_store) {
        m_model->reload(*m_store);
        m_incidentModel->reload(m_store);
    }
    resizeDocumentColumns();
    updateDocumentStatus();
}

void LibraryPanel::reload()
{
    if (!m_store) {
        return;
    }
    // Every article's summary: read on a worker (documentsLoaded() when they are in); the incidents tab
    // reads a page.
    m_model->reloadInBackground(*m_store);
    m_incidentModel->reload(m_store);
}

void LibraryPanel::refreshDocuments(const QList<qint64> &ids)
{
    if (!m_store) {
        return;
    }
    if (!m_model->refresh(*m_store, ids)) {
        m_status->setText(m_store->errorString());
        return;
    }
    m_incidentModel->reload(m_store);
    updateDocumentStatus();
}

bool LibraryPanel::isLoading() const
{
    return m_model->isLoading();
}

void LibraryPanel::takeLoadedDocuments(const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    resizeDocumentColumns();
    updateDocumentStatus();
    if (m_currentBeforeReset > 0) {
        selectDocument(m_currentBeforeReset);
    }
    Q_EMIT documentsLoaded();
}

void LibraryPanel::resizeDocumentColumns()
{
    // Measured while shown (a hidden column measures nothing); fitDocumentColumns() then hides what does
    // not fit.
    for (std::size_t i = 0; i < shortDocumentColumns.size(); ++i) {
        m_view->setColumnHidden(shortDocumentColumns.at(i), false);
        m_view->resizeColumnToContents(shortDocumentColumns.at(i));
        m_shortColumnWidths.at(i) = m_view->columnWidth(shortDocumentColumns.at(i));
    }
    fitDocumentColumns();
}

void LibraryPanel::fitDocumentColumns()
{
    // A narrow pane (a third of a laptop screen) keeps the titles readable: the short columns give way
    // one by one, the language first, and come back when the pane is widened. The title's tool tip and the
    // article's header show what they said.
    const int titleWidth = m_view->fontMetrics().averageCharWidth() * minimumTitleCharacters;
    int available = m_view->viewport()->width() - titleWidth;
    for (std::size_t i = 0; i < shortDocumentColumns.size(); ++i) {
        const int width = m_shortColumnWidths.at(i);
        m_view->setColumnHidden(shortDocumentColumns.at(i), available < width);
        available -= width;
    }
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        fitDocumentColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPanel::updateDocumentStatus()
{
    m_status->setText(tr("%n documents", nullptr, m_proxy->rowCount()));
}

void LibraryPanel::selectDocument(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void LibraryPanel::showIncidents()
{
    m_tabs->setCurrentIndex(1);
}

qint64 LibraryPanel::currentDocumentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DocumentListModel::DocumentIdRole).toLongLong() : 0;
}

void LibraryPanel::runFullTextSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() || !m_store) {
        showAllDocuments();
        return;
    }
    QSet<qint64> ids;
    const QList<SearchHit> hits = m_store->search(query);
    for (const SearchHit &hit : hits) {
        ids.insert(hit.documentId);
    }
    static_cast<DocumentFilterModel *>(m_proxy)->setIdFilter(ids);
    QString status = tr("%n articles contain “%1”", nullptr, static_cast<int>(ids.size())).arg(query);
    if (!m_store->isFullTextSearchAvailable()) {
        status += QLatin1Char('\n') + m_store->fullTextSearchNotice();
    }
    m_status->setText(status);
}

void LibraryPanel::showAllDocuments()
{
    static_cast<DocumentFilterModel *>(m_proxy)->setTitleFilter(QString());
    updateDocumentStatus();
}

QList<qint64> LibraryPanel::selectedIncidentIds() const
{
    QModelIndexList rows = m_incidentView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows)) {
        ids.append(row.data(IncidentListModel::IncidentIdRole).toLongLong());
    }
    return ids;
}

QList<qint64> LibraryPanel::visibleIncidentIds() const
{
    QList<qint64> ids;
    ids.reserve(m_incidentModel->rowCount());
    for (int row = 0; row < m_incidentModel->rowCount(); ++row) {
        ids.append(m_incidentModel->index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong());
    }
    return ids;
}

QString LibraryPanel::incidentFilterText() const
{
    return m_incidentFilter->text();
}

} // namespace Iwb
