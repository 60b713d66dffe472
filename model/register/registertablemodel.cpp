// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/registertablemodel.h"

#include "register/registertexts.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Iwb {

namespace {

    /// Less than this left: the deadline is near, shown in a warning colour.
    constexpr qint64 nearSeconds = qint64(12) * 3600;

    QString localText(const ZonedTime &time)
    {
        return time.isNull() ? QString() : QLocale().toString(time.local(), QLocale::ShortFormat);
    }

    /// A deadline is shown in the zone the awareness was entered in, like every time of the entry.
    QString deadlineText(const EntryClock &clock, const ZonedTime &aware)
    {
        if (!clock.deadline) {
            return {};
        }
        return localText(ZonedTime::fromUtc(clock.deadline->due, aware.zone));
    }

} // namespace

RegisterTableModel::RegisterTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

bool RegisterTableModel::reload(const IncidentStore &store)
{
    const RegisterStore registers(store);
    const auto registerList = registers.registers();
    const auto entries = registers.entries();
    const auto log = registers.notificationLog();
    if (!registerList || !entries || !log) {
        m_error = registers.errorString();
        return false;
    }
    QList<Row> rows;
    rows.reserve(entries->size());
    for (const RegisterEntry &entry : *entries) {
        const auto record = store.incident(entry.incidentId);
        rows.append({ entry, record ? record->organization : QString(), log->value(entry.id), {} });
    }
    beginResetModel();
    m_registers = *registerList;
    m_registerIndex.clear();
    for (int i = 0; i < m_registers.size(); ++i) {
        m_registerIndex.insert(m_registers.at(i).id, i);
    }
    m_rows = std::move(rows);
    m_now = QDateTime::currentDateTimeUtc();
    computeClocks();
    endResetModel();
    m_error.clear();
    return true;
}

void RegisterTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    computeClocks();
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_rows.size()) - 1, TimeLeftColumn));
    }
}

void RegisterTableModel::computeClocks()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].clock = EntryClock::of(m_rows.at(i).entry, registerAt(i), m_rows.at(i).sent, m_now);
    }
}

int RegisterTableModel::rowForEntry(qint64 entryId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.id == entryId) {
            return i;
        }
    }
    return -1;
}

const BreachRegister &RegisterTableModel::registerAt(int row) const
{
    static const BreachRegister none;
    const int index = m_registerIndex.value(m_rows.at(row).entry.registerId, -1);
    return index < 0 ? none : m_registers.at(index);
}

int RegisterTableModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.clock.isOverdue(); }));
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case IncidentColumn:
        return row.organization.isEmpty() ? tr("Incident %1").arg(row.entry.incidentId) : row.organization;
    case RegisterColumn: {
        const int index = m_registerIndex.value(row.entry.registerId, -1);
        return index < 0 ? QString() : m_registers.at(index).controllerName;
    }
    case StatusColumn:
        return RegisterTexts::statusText(row.entry.status);
    case RiskColumn:
        return RegisterTexts::riskText(row.entry.risk);
    case AwareColumn:
        return localText(row.entry.becameAware);
    case DeadlineColumn:
        return deadlineText(row.clock, row.entry.becameAware);
    case TimeLeftColumn:
        return RegisterTexts::clockText(row.clock);
    case NotifiedColumn:
        for (const SentNotification &sent : row.sent) {
            if (sent.kind == NotificationKind::Initial) {
                return sent.reference.isEmpty() ? localText(sent.sentAt)
                                                : tr("%1 (%2)").arg(localText(sent.sentAt), sent.reference);
            }
        }
        return QString();
    default:
        return {};
    }
}

QVariant RegisterTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(row.entry.status);
    case RiskColumn:
        return int(row.entry.risk);
    case AwareColumn:
        return row.entry.becameAware.utc;
    case DeadlineColumn:
        return row.clock.deadline ? row.clock.deadline->due : QDateTime();
    case TimeLeftColumn:
        // Running clocks first, the most urgent on top; then everything without a running clock.
        return row.clock.isRunning() ? row.clock.state.secondsLeft : std::numeric_limits<qint64>::max();
    default:
        return displayData(row, column);
    }
}

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case EntryIdRole:
        return row.entry.id;
    case IncidentIdRole:
        return row.entry.incidentId;
    case RegisterIdRole:
        return row.entry.registerId;
    case StatusIdRole:
        return entryStatusId(row.entry.status);
    case OverdueRole:
        return row.clock.isOverdue();
    case Qt::ForegroundRole:
        if (index.column() == TimeLeftColumn && row.clock.isOverdue()) {
            return QColor(0xc0, 0x1c, 0x28);
        }
        if (index.column() == TimeLeftColumn && row.clock.isRunning() && row.clock.state.secondsLeft < nearSeconds) {
            return QColor(0xb3, 0x58, 0x00);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TimeLeftColumn && row.clock.isOverdue()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeLeftColumn && row.clock.isOverdue() && row.entry.delayReason.isEmpty()) {
            return tr("The 72 hours have passed: the notification must give the reasons for the delay "
                      "(Art. 33(1) GDPR).");
        }
        if (index.column() == DeadlineColumn && row.clock.deadline) {
            return row.clock.deadline->counting == HourCounting::SkipAwarenessHour
                ? tr("72 hours counted from the full hour after awareness (Regulation 1182/71 Art. 3(1))")
                : tr("72 hours of elapsed time from the moment of awareness");
        }
        return {};
    default:
        return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case RegisterColumn:
        return tr("Controller");
    case StatusColumn:
        return tr("Status");
    case RiskColumn:
        return tr("Risk");
    case AwareColumn:
        return tr("Became aware");
    case DeadlineColumn:
        return tr("Deadline");
    case TimeLeftColumn:
        return tr("Time left");
    case NotifiedColumn:
        return tr("Notified");
    default:
        return {};
    }
}

} // namespace Iwb
