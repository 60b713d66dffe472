// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/incidentstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Iwb {

/**
 * The documents of a store as a table, for the library view. Holds only the
 * summaries (no article text); reload() refetches them after imports.
 * Sorting and filtering belong in a QSortFilterProxyModel on top. SortRole of
 * the title is its rank in German collation (LibraryKeys), worked out once per
 * reload, so a proxy sorts 20,000 titles by comparing numbers, not by calling
 * the collator a few hundred thousand times (no locale-aware proxy needed).
 */
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LanguageColumn, PublishedColumn, FactsColumn, SourceColumn, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SortRole };
    Q_ENUM(Column)

    explicit DocumentListModel(QObject *parent = nullptr);

    /// Loads the summaries from @p store (which must outlive the call only).
    void reload(const IncidentStore &store);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DocumentSummary &summaryAt(int row) const { return m_summaries.at(row); }
    /// Row of the document with @p id, or -1.
    int rowForId(qint64 id) const;

private:
    QList<DocumentSummary> m_summaries;
    QList<int> m_titleRanks; ///< per row: the title's place in German collation order
};

} // namespace Iwb
