// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/registerfiltermodel.h"

#include "register/registertablemodel.h"

namespace Iwb {

RegisterFilterModel::RegisterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegisterTableModel::SortRole);
}

void RegisterFilterModel::setRegisterId(qint64 id)
{
    m_registerId = id;
    invalidateRowsFilter();
}

void RegisterFilterModel::setStatusFilter(const QString &statusId)
{
    m_status = statusId;
    invalidateRowsFilter();
}

void RegisterFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool RegisterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_registerId != 0 && first.data(RegisterTableModel::RegisterIdRole).toLongLong() != m_registerId) {
        return false;
    }
    if (m_status == overdueFilter && !first.data(RegisterTableModel::OverdueRole).toBool()) {
        return false;
    }
    if (!m_status.isEmpty() && m_status != overdueFilter
        && first.data(RegisterTableModel::StatusIdRole).toString() != m_status) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace Iwb
