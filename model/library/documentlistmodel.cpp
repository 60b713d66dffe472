// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "documentlistmodel.h"

#include "incident/recordvocabulary.h"
#include "storage/librarykeys.h"

#include <QFileInfo>

#include <algorithm>
#include <numeric>

namespace Iwb {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::reload(const IncidentStore &store)
{
    beginResetModel();
    m_summaries = store.documentSummaries(IncidentStore::SummaryLength::Skip);
    // One collation key per title, then one sort of the keys: ranks the proxy compares as numbers.
    QList<QByteArray> keys;
    keys.reserve(m_summaries.size());
    for (const DocumentSummary &summary : std::as_const(m_summaries)) {
        keys.append(LibraryKeys::organizationKey(summary.title));
    }
    QList<int> order(m_summaries.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    m_titleRanks.resize(m_summaries.size());
    for (int rank = 0; rank < order.size(); ++rank) {
        m_titleRanks[order.at(rank)] = rank;
    }
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_summaries.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DocumentSummary &summary = m_summaries.at(index.row());
    if (role == DocumentIdRole) {
        return summary.id;
    }
    if (role == Qt::ToolTipRole) {
        return summary.source;
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case TitleColumn:
        return role == SortRole ? QVariant(m_titleRanks.at(index.row())) : QVariant(summary.title);
    case LanguageColumn:
        return summary.language;
    case PublishedColumn:
        return role == SortRole ? summary.published : RecordVocabulary::dateText(summary.published);
    case FactsColumn:
        return summary.factCount;
    case SourceColumn:
        return role == SortRole ? summary.source : QFileInfo(summary.source).fileName();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case TitleColumn:
        return tr("Title");
    case LanguageColumn:
        return tr("Language");
    case PublishedColumn:
        return tr("Published");
    case FactsColumn:
        return tr("Facts");
    case SourceColumn:
        return tr("File");
    case ColumnCount:
        break;
    }
    return {};
}

int DocumentListModel::rowForId(qint64 id) const
{
    for (int row = 0; row < m_summaries.size(); ++row) {
        if (m_summaries.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace Iwb
