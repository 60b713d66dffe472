// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QSortFilterProxyModel>

namespace Iwb {

/**
 * The register view's filters over a RegisterTableModel: one register (an external DPO's client), one status
 * or only the overdue entries, and words in any column. Sorts by the model's SortRole (times as instants).
 */
class RegisterFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// What the status filter shows besides one status.
    static inline const QString overdueFilter = QStringLiteral("overdue");

    explicit RegisterFilterModel(QObject *parent = nullptr);

    /// Only entries of register @p id; 0 for every register.
    void setRegisterId(qint64 id);
    /// Only entries of status @p statusId (entryStatusId()), or overdueFilter; empty for every status.
    void setStatusFilter(const QString &statusId);
    /// Only entries with @p text in a column (case-insensitive).
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_registerId = 0;
    QString m_status;
    QString m_text;
};

} // namespace Iwb
