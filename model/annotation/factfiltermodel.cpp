// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factfiltermodel.h"

#include "annotation/factlistmodel.h"

namespace Iwb {

FactFilterModel::FactFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A judgement changes a row's doubtfulness without any row moving: filter and sort again then.
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FactFilterModel::setShow(Show show)
{
    if (m_show == show) {
        return;
    }
    m_show = show;
    invalidateRowsFilter();
}

bool FactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid() || m_show == Show::All) {
        return true; // the type groups always stay
    }
    const bool doubtful = sourceModel()->index(sourceRow, 0, sourceParent).data(FactListModel::IsDoubtfulRole).toBool();
    return m_show == Show::Suggestions ? doubtful : !doubtful;
}

bool FactFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) {
        // The type groups keep the contract's order either way (a descending sort asks lessThan(right, left)).
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    }
    if (left.column() == FactListModel::ConfidenceColumn) {
        // Facts the model did not judge sort below the least confident ones.
        const QVariant a = left.data(FactListModel::ConfidenceRole);
        const QVariant b = right.data(FactListModel::ConfidenceRole);
        return (a.isValid() ? a.toDouble() : -1.0) < (b.isValid() ? b.toDouble() : -1.0);
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Iwb
