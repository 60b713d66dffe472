// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "documentlistmodel.h"

#include <QFileInfo>

namespace Iwb {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::reload(const IncidentStore &store)
{
    beginResetModel();
    m_summaries = store.documentSummaries();
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
        return summary.title;
    case LanguageColumn:
        return summary.language;
    case PublishedColumn:
        return summary.published;
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
