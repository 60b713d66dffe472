// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/incidentstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Iwb {

/**
 * The incident records of a store as a table that loads lazily: the first
 * page on reload(), further pages as a view scrolls (canFetchMore/fetchMore),
 * so a register of 100,000 records opens at once.
 */
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrganizationColumn, DateColumn, CauseColumn, AffectedColumn, ReviewColumn, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1, DocumentIdRole, SortRole };
    Q_ENUM(Column)

    static constexpr int pageSize = 500;

    explicit IncidentListModel(QObject *parent = nullptr);

    /// Starts again from the first page of @p store (which must outlive the model's use of it).
    void reload(const IncidentStore *store);
    /// Number of records in the store (loaded or not).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const IncidentStore *m_store = nullptr;
    QList<IncidentSummary> m_rows;
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace Iwb
