// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QSortFilterProxyModel>

namespace Iwb {

/**
 * The facts panel's view of a FactListModel: sorted by any column (the
 * Confidence column by the model's probability, not by its text; unsorted:
 * text order) and filtered by what the learned model makes of each fact:
 * all of them, only the facts (the doubtful suggestions left out), or only
 * the suggestions. The type groups always stay, so the tree keeps its shape.
 */
class FactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show {
        All,
        Facts, ///< everything but the doubtful suggestions (FactListModel::IsDoubtfulRole)
        Suggestions, ///< only the doubtful suggestions
    };
    Q_ENUM(Show)

    explicit FactFilterModel(QObject *parent = nullptr);

    Show show() const { return m_show; }
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Show m_show = Show::All;
};

} // namespace Iwb
