// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentlistmodel.h"

#include <QLocale>

namespace Iwb {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentListModel::reload(const IncidentStore *store)
{
    // Views ask for more while the reset is still being announced; they get it afterwards.
    m_resetting = true;
    beginResetModel();
    m_store = store;
    m_rows = store ? store->incidentSummaries(0, pageSize) : QList<IncidentSummary>();
    m_total = store ? std::max(0, store->incidentCount()) : 0;
    endResetModel();
    m_resetting = false;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool IncidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_resetting && !m_fetching && !parent.isValid() && m_store && m_rows.size() < m_total;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<IncidentSummary> page = m_store->incidentSummaries(static_cast<int>(m_rows.size()), pageSize);
    if (page.isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    // Views may ask again while the insertion is announced; the rows are not in yet, so say no.
    m_fetching = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const IncidentSummary &row = m_rows.at(index.row());
    switch (role) {
    case IncidentIdRole:
        return row.id;
    case DocumentIdRole:
        return row.firstDocumentId;
    case Qt::DisplayRole:
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case OrganizationColumn:
            return row.organization;
        case DateColumn:
            return row.incidentDate;
        case CauseColumn:
            return QString(row.cause).replace(QLatin1Char('_'), QLatin1Char(' '));
        case AffectedColumn:
            if (role == SortRole) {
                return row.affectedCount.value_or(-1);
            }
            return row.affectedCount ? QLocale().toString(*row.affectedCount) + QLatin1Char(' ') + row.affectedUnit
                                     : QString();
        case ReviewColumn:
            return QString(reviewStatusName(row.reviewStatus)).replace(QLatin1Char('_'), QLatin1Char(' '));
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case OrganizationColumn:
        return tr("Organization");
    case DateColumn:
        return tr("Date");
    case CauseColumn:
        return tr("Cause");
    case AffectedColumn:
        return tr("Affected");
    case ReviewColumn:
        return tr("Review");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Iwb
