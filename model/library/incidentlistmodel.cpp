// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentlistmodel.h"

#include "incident/recordvocabulary.h"

#include <QLocale>

namespace Iwb {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentListModel::reload(const IncidentStore *store)
{
    m_store = store;
    restart();
}

void IncidentListModel::setFilterText(const QString &text)
{
    if (text == m_query.filterText) {
        return;
    }
    m_query.filterText = text;
    restart();
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    static const IncidentQuery::SortKey keys[] = { IncidentQuery::SortKey::Organization, IncidentQuery::SortKey::Date,
        IncidentQuery::SortKey::Cause, IncidentQuery::SortKey::Affected, IncidentQuery::SortKey::Review };
    // A column outside the table (-1: a view's "no sort") is the default order, newest change first.
    const bool byColumn = column >= 0 && column < ColumnCount;
    const IncidentQuery::SortKey key = byColumn ? keys[column] : IncidentQuery::SortKey::Modified;
    const Qt::SortOrder effective = byColumn ? order : Qt::DescendingOrder;
    if (key == m_query.sortKey && effective == m_query.order) {
        return;
    }
    m_query.sortKey = key;
    m_query.order = effective;
    restart();
}

void IncidentListModel::restart()
{
    // Views ask for more while the reset is still being announced; they get it afterwards.
    m_resetting = true;
    beginResetModel();
    m_rows = m_store ? m_store->incidentPage(m_query, std::nullopt, pageSize) : QList<IncidentSummary>();
    m_exhausted = m_rows.size() < pageSize;
    m_total = m_store ? std::max(0, m_store->incidentCount()) : 0;
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
    return !m_resetting && !m_fetching && !parent.isValid() && m_store && !m_exhausted;
}

void IncidentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty()) {
        return;
    }
    const QList<IncidentSummary> page = m_store->incidentPage(m_query, m_rows.last(), pageSize);
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty()) {
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
            return role == SortRole ? row.incidentDate : RecordVocabulary::dateText(row.incidentDate);
        case CauseColumn:
            return RecordVocabulary::valueLabel(QStringLiteral("cause"), row.cause);
        case AffectedColumn:
            if (role == SortRole) {
                return row.affectedCount.value_or(-1);
            }
            return row.affectedCount ? QLocale().toString(*row.affectedCount) + QLatin1Char(' ')
                    + RecordVocabulary::valueLabel(QStringLiteral("affected_unit"), row.affectedUnit)
                                     : QString();
        case ReviewColumn:
            return RecordVocabulary::valueLabel(QStringLiteral("review_status"), reviewStatusName(row.reviewStatus));
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
