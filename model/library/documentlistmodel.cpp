// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "documentlistmodel.h"

#include "incident/recordvocabulary.h"
#include "storage/librarykeys.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace Iwb {

namespace {

    QList<QByteArray> titleKeys(const QList<DocumentSummary> &summaries)
    {
        QList<QByteArray> keys;
        keys.reserve(summaries.size());
        for (const DocumentSummary &summary : summaries) {
            keys.append(LibraryKeys::organizationKey(summary.title));
        }
        return keys;
    }

    /// Runs on a worker thread: a connection of its own, closed before it returns (a Qt SQL connection
    /// belongs to the thread that opened it).
    DocumentListModel::LoadedRows readRows(const QString &path)
    {
        DocumentListModel::LoadedRows rows;
        IncidentStore store;
        if (!store.open(path)) {
            rows.error = store.errorString();
            return rows;
        }
        rows.summaries = store.documentSummaries(IncidentStore::SummaryLength::Skip);
        if (!store.errorString().isEmpty()) {
            rows.error = store.errorString();
            rows.summaries.clear();
            return rows;
        }
        rows.titleKeys = titleKeys(rows.summaries);
        return rows;
    }

} // namespace

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DocumentListModel::~DocumentListModel() = default;

void DocumentListModel::reload(const IncidentStore &store)
{
    dropBackgroundLoad();
    LoadedRows rows;
    rows.summaries = store.documentSummaries(IncidentStore::SummaryLength::Skip);
    rows.titleKeys = titleKeys(rows.summaries);
    take(std::move(rows));
}

void DocumentListModel::reloadInBackground(const IncidentStore &store)
{
    dropBackgroundLoad();
    m_loadingStore = &store;
    auto promise = std::make_shared<QPromise<LoadedRows>>();
    auto *watcher = new QFutureWatcher<LoadedRows>(this);
    m_loading = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_loading) {
            return; // superseded by a newer load
        }
        LoadedRows rows = watcher->result();
        const QList<qint64> refreshed = std::exchange(m_refreshedWhileLoading, {});
        const IncidentStore *store = std::exchange(m_loadingStore, nullptr);
        m_loading = nullptr;
        const QString error = rows.error;
        if (error.isEmpty()) {
            take(std::move(rows));
            // The worker's read may have begun before these documents changed: the window's own connection
            // knows their state now.
            if (!refreshed.isEmpty()) {
                refresh(*store, refreshed);
            }
        }
        Q_EMIT loaded(error);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path = store.path()] {
        promise->start();
        promise->addResult(readRows(path));
        promise->finish();
    });
}

void DocumentListModel::dropBackgroundLoad()
{
    // The worker cannot be interrupted; its rows are dropped when they arrive (the watcher's handler sees
    // that it is no longer m_loading).
    m_loading = nullptr;
    m_loadingStore = nullptr;
    m_refreshedWhileLoading.clear();
}

void DocumentListModel::take(LoadedRows rows)
{
    Q_ASSERT(rows.summaries.size() == rows.titleKeys.size());
    beginResetModel();
    m_summaries = std::move(rows.summaries);
    m_titleKeys = std::move(rows.titleKeys);
    endResetModel();
}

bool DocumentListModel::refresh(const IncidentStore &store, const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return true;
    }
    const auto fresh = store.documentSummaries(ids, IncidentStore::SummaryLength::Skip);
    if (!fresh) {
        return false;
    }
    if (isLoading()) {
        m_refreshedWhileLoading += ids;
    }
    // Where the rows of these ids are now: one pass over the rows, not one per id.
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(ids.size());
    for (const qint64 id : ids) {
        rowOfId.insert(id, -1);
    }
    for (int row = 0; row < m_summaries.size(); ++row) {
        if (const auto found = rowOfId.find(m_summaries.at(row).id); found != rowOfId.end()) {
            *found = row;
        }
    }
    QList<DocumentSummary> added;
    for (const DocumentSummary &summary : *fresh) {
        const int row = rowOfId.take(summary.id);
        if (row < 0) {
            added.append(summary);
            continue;
        }
        m_summaries[row] = summary;
        m_titleKeys[row] = LibraryKeys::organizationKey(summary.title);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // What is left in rowOfId is no longer stored: its rows go, from the last so that rows do not shift.
    QList<int> gone;
    for (auto it = rowOfId.cbegin(); it != rowOfId.cend(); ++it) {
        if (it.value() >= 0) {
            gone.append(it.value());
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (const int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_summaries.removeAt(row);
        m_titleKeys.removeAt(row);
        endRemoveRows();
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_summaries.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_titleKeys += titleKeys(added);
        m_summaries += added;
        endInsertRows();
    }
    return true;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DocumentSummary &summary = m_summaries.at(index.row());
    if (role == DocumentIdRole) {
        return summary.id;
    }
    if (role == Qt::ToolTipRole) {
        return summary.source;
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case TitleColumn:
        return role == SortRole ? QVariant(m_titleKeys.at(index.row())) : QVariant(summary.title);
    case LanguageColumn:
        return summary.language;
    case PublishedColumn:
        return role == SortRole ? summary.published : RecordVocabulary::dateText(summary.published);
    case FactsColumn:
        return summary.factCount;
    case SourceColumn:
        return role == SortRole ? summary.source : QFileInfo(summary.source).fileName();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case TitleColumn:
        return tr("Title");
    case LanguageColumn:
        return tr("Language");
    case PublishedColumn:
        return tr("Published");
    case FactsColumn:
        return tr("Facts");
    case SourceColumn:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

int DocumentListModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_summaries.size(); ++row) {
        if (m_summaries.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace Iwb
