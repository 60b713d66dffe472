// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/entryclock.h"
#include "register/registerentry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace Iwb {

class IncidentStore;

/**
 * The breach register as a table: every entry of every register with its incident, status, risk, the moment
 * of awareness, the Art. 33 deadline and the time left (red when it has passed with nothing sent), and when
 * it was notified. The clock columns are computed at now(); a view moves it on with setNow() so the countdown
 * runs while the window is open.
 *
 * Registers hold tens to hundreds of entries, not millions: reload() reads them all at once (four queries,
 * one per table, plus the organization of each entry's incident).
 */
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IncidentColumn,
        RegisterColumn,
        StatusColumn,
        RiskColumn,
        AwareColumn,
        DeadlineColumn,
        TimeLeftColumn,
        NotifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        IncidentIdRole,
        RegisterIdRole,
        StatusIdRole, ///< entryStatusId(): what the status filter compares
        OverdueRole, ///< bool: past the deadline with nothing sent
        SortRole, ///< the value a column sorts by (times as UTC, counts as numbers)
    };

    explicit RegisterTableModel(QObject *parent = nullptr);

    /// Reads every register, entry and logged notification of @p store again; false (errorString()) when the
    /// store cannot be read, leaving the table as it was.
    bool reload(const IncidentStore &store);
    QString errorString() const { return m_error; }

    /// The moment the clocks are computed at (UTC); reload() takes the current time.
    QDateTime now() const { return m_now; }
    /// Moves the clocks to @p now and tells views that the clock columns changed.
    void setNow(const QDateTime &now);

    int rowForEntry(qint64 entryId) const;
    const RegisterEntry &entryAt(int row) const { return m_rows.at(row).entry; }
    const BreachRegister &registerAt(int row) const;
    const EntryClock &clockAt(int row) const { return m_rows.at(row).clock; }
    /// The notifications logged for the entry of @p row, oldest first, without their content and document.
    const QList<SentNotification> &sentAt(int row) const { return m_rows.at(row).sent; }
    /// The registers the store holds, by id.
    const QList<BreachRegister> &registers() const { return m_registers; }
    /// Entries past their deadline with nothing sent.
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RegisterEntry entry;
        QString organization; ///< of the incident
        QList<SentNotification> sent;
        EntryClock clock;
    };
    void computeClocks();
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    QList<Row> m_rows;
    QList<BreachRegister> m_registers;
    QHash<qint64, int> m_registerIndex; ///< register id -> index in m_registers
    QDateTime m_now;
    QString m_error;
};

} // namespace Iwb
