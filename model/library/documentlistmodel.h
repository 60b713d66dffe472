// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/incidentstore.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

template<typename T> class QFutureWatcher;

namespace Iwb {

/**
 * The documents of a store as a table, for the library view. Holds only the
 * summaries (no article text).
 *
 * Three ways to fill it, by cost: reload() reads every summary at once on the
 * calling thread (a model that is not shown yet, tests); reloadInBackground()
 * reads them on a worker thread through a connection of its own to the same
 * file and takes them in one reset when they arrive (20,000 articles: the
 * query and the keys cost about 100 ms, which the window's thread must not
 * wait for); refresh() re-reads just the documents a save or an import
 * touched and updates, inserts or removes their rows (a few milliseconds).
 *
 * Sorting and filtering belong in a QSortFilterProxyModel on top. SortRole of
 * the title is its German collation key (LibraryKeys, a QByteArray to compare
 * byte by byte; titleSortKey() gives it without a QVariant), made once per row
 * when the row is read, so a proxy never calls the collator while it sorts.
 *
 * Used from one thread, the one it lives in; only its background read runs
 * elsewhere, with nothing shared but the file name.
 */
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LanguageColumn, PublishedColumn, FactsColumn, SourceColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SortRole };
    Q_ENUM(Column)

    explicit DocumentListModel(QObject *parent = nullptr);
    ~DocumentListModel() override;

    /// Loads the summaries from @p store now (which must outlive the call only); drops a background load
    /// that is still running.
    void reload(const IncidentStore &store);
    /// Loads the summaries on a worker thread through a connection of its own to @p store's file and takes
    /// them in one reset when they are read; loaded() tells. The rows stay as they are meanwhile. A newer
    /// call supersedes an older one, whose rows are dropped. Documents refresh()ed while the load runs are
    /// refreshed again on top of what it brings (it may have read the store before their change). @p store
    /// must outlive the load.
    void reloadInBackground(const IncidentStore &store);
    /// True while a reloadInBackground() is reading.
    bool isLoading() const { return m_loading != nullptr; }

    /// Re-reads the documents @p ids from @p store: a row whose document changed is updated, a new
    /// document's row is added at the end, a row whose document is gone is removed. False (the store's
    /// errorString() says why) when the store could not be read; the rows are then unchanged.
    bool refresh(const IncidentStore &store, const QList<qint64> &ids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DocumentSummary &summaryAt(int row) const { return m_summaries.at(row); }
    /// The title's German collation key (LibraryKeys::organizationKey()): titles sort by comparing these bytes.
    const QByteArray &titleSortKey(int row) const { return m_titleKeys.at(row); }
    /// Row of the document with @p id, or -1.
    int rowForId(qint64 id) const;

    /// What a background load brings back; public only so that its future can carry it.
    struct LoadedRows
    {
        QList<DocumentSummary> summaries;
        QList<QByteArray> titleKeys;
        QString error;
    };

Q_SIGNALS:
    /// A reloadInBackground() has taken its rows; @p error (naming the file and the reason) when it could not
    /// read them, and the rows stayed as they were.
    void loaded(const QString &error);

private:
    void take(LoadedRows rows);
    void dropBackgroundLoad();

    QList<DocumentSummary> m_summaries;
    QList<QByteArray> m_titleKeys; ///< per row: the title's German collation key
    QFutureWatcher<LoadedRows> *m_loading = nullptr;
    const IncidentStore *m_loadingStore = nullptr;
    QList<qint64> m_refreshedWhileLoading;
};

} // namespace Iwb
