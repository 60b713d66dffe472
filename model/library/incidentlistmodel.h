// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/entryclock.h"
#include "storage/incidentstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Iwb {

/**
 * The incident records of a store as a table that loads lazily: the first
 * page on reload(), further pages as a view scrolls (canFetchMore/fetchMore).
 * Sorting (sort(), from a view's header) and the filter text are the store's
 * work (IncidentStore::incidentPage(): indexes and keyset paging), so a
 * register of a million records opens, sorts and filters in the time one page
 * costs, and the filter finds records that were never loaded.
 */
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// DeadlineColumn: the Art. 33 clock of an incident in a breach register (empty for plain records); it
    /// does not sort (the register window sorts by deadline).
    enum Column {
        OrganizationColumn,
        DateColumn,
        CauseColumn,
        AffectedColumn,
        ReviewColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role { IncidentIdRole = Qt::UserRole + 1, DocumentIdRole, SortRole };
    Q_ENUM(Column)

    static constexpr int pageSize = 500;

    explicit IncidentListModel(QObject *parent = nullptr);

    /// Starts again from the first page of @p store (which must outlive the model's use of it).
    void reload(const IncidentStore *store);
    /// Number of records in the store (loaded or not, matching the filter or not).
    int totalCount() const { return m_total; }

    /// Shows only records with @p text in a column (case-insensitive), from the first page.
    void setFilterText(const QString &text);
    QString filterText() const { return m_query.filterText; }
    const IncidentQuery &query() const { return m_query; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column the rows are sorted by; -1 for the default order (newest change first).
    int sortColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void restart();
    /// Reads the register clocks of @p rows (a page) into m_clocks.
    void readClocks(const QList<IncidentSummary> &rows);

    const IncidentStore *m_store = nullptr;
    IncidentQuery m_query;
    QList<IncidentSummary> m_rows;
    QHash<qint64, EntryClock> m_clocks; ///< incident id -> its register entry's clock, read with its page
    int m_total = 0;
    bool m_exhausted = true; ///< the last page was short: there is nothing more to fetch
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace Iwb
