// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentlistmodel.h"

#include "incident/recordvocabulary.h"
#include "register/incidentdeadlines.h"
#include "register/registertexts.h"

#include <QColor>

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
    if (column == DeadlineColumn) {
        return; // not a key of the store's paging; the header's indicator is put back by the view
    }
    static const IncidentQuery::SortKey keys[] = { IncidentQuery::SortKey::Organization, IncidentQuery::SortKey::Date,
        IncidentQuery::SortKey::Cause, IncidentQuery::SortKey::Affected, IncidentQuery::SortKey::Review };
    // A column outside the table (-1: a view's "no sort") is the default order, newest change first.
    const bool byColumn = column >= 0 && column < DeadlineColumn;
    const IncidentQuery::SortKey key = byColumn ? keys[column] : IncidentQuery::SortKey::Modified;
    const Qt::SortOrder effective = byColumn ? order : Qt::DescendingOrder;
    if (key == m_query.sortKey && effective == m_query.order) {
        return;
    }
    m_query.sortKey = key;
    m_query.order = effective;
    restart();
}

int IncidentListModel::sortColumn() const
{
    switch (m_query.sortKey) {
    case IncidentQuery::SortKey::Organization:
        return OrganizationColumn;
    case IncidentQuery::SortKey::Date:
        return DateColumn;
    case IncidentQuery::SortKey::Cause:
        return CauseColumn;
    case IncidentQuery::SortKey::Affected:
        return AffectedColumn;
    case IncidentQuery::SortKey::Review:
        return ReviewColumn;
    case IncidentQuery::SortKey::Modified:
        break;
    }
    return -1;
}

void IncidentListModel::readClocks(const QList<IncidentSummary> &rows)
{
    if (!m_store) {
        return;
    }
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const IncidentSummary &row : rows) {
        ids.append(row.id);
    }
    QString error;
    // A store that cannot say shows no deadlines; the register window reports the error.
    const auto clocks = IncidentDeadlines::read(*m_store, ids, QDateTime::currentDateTimeUtc(), &error);
    if (clocks) {
        m_clocks.insert(*clocks);
    }
}

void IncidentListModel::restart()
{
    // Views ask for more while the reset is still being announced; they get it afterwards.
    m_resetting = true;
    beginResetModel();
    m_rows = m_store ? m_store->incidentPage(m_query, std::nullopt, pageSize) : QList<IncidentSummary>();
    m_clocks.clear();
    readClocks(m_rows);
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
    readClocks(page);
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
        case DeadlineColumn: {
            const auto clock = m_clocks.constFind(row.id);
            return clock == m_clocks.cend() ? QString() : RegisterTexts::clockText(*clock);
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && m_clocks.value(row.id).isOverdue()) {
            return QColor(0xc0, 0x1c, 0x28);
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
    case DeadlineColumn:
        return tr("Art. 33 deadline");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Iwb
