// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

#include <optional>

namespace Iwb {

class IncidentStore;

/**
 * The breach registers in the store (schema version 8; docs/register.md): registers, their entries and the
 * log of sent notifications. Works on an open IncidentStore's connection, so it shares its thread, its file
 * and its edit history: every write is one transaction with its history row. Errors are values:
 * errorString() starts with the store's path.
 *
 * A sent notification is never changed or deleted (the schema's triggers refuse it), and an entry with one,
 * or an incident with an entry, cannot be deleted: what was reported stays documented (Art. 33(5)).
 */
class RegisterStore
{
public:
    explicit RegisterStore(const IncidentStore &store);

    QString errorString() const { return m_error; }

    /// Inserts (id 0) or updates @p breachRegister and sets its id.
    bool saveRegister(BreachRegister &breachRegister);
    std::optional<BreachRegister> breachRegister(qint64 id) const;
    /// Every register, by id; std::nullopt when the store cannot be read.
    std::optional<QList<BreachRegister>> registers() const;
    /// registers() keyed by id: what a list of entries from several registers looks its register up in.
    std::optional<QHash<qint64, BreachRegister>> registersById() const;

    /// Inserts (id 0) or updates @p entry and sets its id and times. An incident is in a register at most once.
    bool saveEntry(RegisterEntry &entry);
    /// saveEntry() inside the write transaction the caller has open (IncidentStore::saveIncidents()'
    /// alongside step: a spreadsheet's rows become incidents and entries all together or not at all).
    bool saveEntryInOpenTransaction(RegisterEntry &entry);
    std::optional<RegisterEntry> entry(qint64 id) const;
    /// The entry of incident @p incidentId in register @p registerId; an entry with id 0 when there is none.
    std::optional<RegisterEntry> entryForIncident(qint64 registerId, qint64 incidentId) const;
    /// The entries of register @p registerId (0: of every register), by id.
    std::optional<QList<RegisterEntry>> entries(qint64 registerId = 0) const;
    /// The entries of the incidents @p incidentIds (a page of the incidents table), in any register.
    std::optional<QList<RegisterEntry>> entriesOfIncidents(const QList<qint64> &incidentIds) const;
    /// Takes an incident out of its register (the analyst's opt-out); refused once a notification was logged.
    bool removeEntry(qint64 id);

    /// Logs a sent report unchanged and sets its id. An initial notification marks the entry as notified,
    /// in the same transaction.
    bool logNotification(SentNotification &notification);
    /// logNotification() inside the write transaction the caller has open (see saveEntryInOpenTransaction()).
    bool logNotificationInOpenTransaction(SentNotification &notification);
    /// The reports sent for entry @p entryId, oldest first.
    std::optional<QList<SentNotification>> notifications(qint64 entryId) const;
    /// The reports sent for every entry, oldest first, keyed by entry id, without their content and document
    /// (what the register view's clocks need, in one query).
    std::optional<QHash<qint64, QList<SentNotification>>> notificationLog() const;

private:
    bool fail(const QString &what, const QString &sqlError = {}) const;
    /// Which table a saved row goes to, the entity its history row names, and how messages call it.
    struct RowKind
    {
        QString table;
        QString historyEntity;
        QString what;
    };
    /// Inserts (@p id 0) or updates one row of @p columns with its history row in one transaction: the new
    /// or updated id, or nullopt (errorString()).
    /// Whether saveRow() begins and commits a transaction of its own or writes in the caller's.
    enum class Transaction { Own, Callers };
    std::optional<qint64> saveRow(const RowKind &kind, QList<std::pair<QString, QVariant>> columns, qint64 id,
        const QString &historyDetail, const QString &now, Transaction transactionMode = Transaction::Own) const;
    bool saveEntry(RegisterEntry &entry, Transaction transaction);
    bool logNotification(SentNotification &notification, Transaction transactionMode);

    const IncidentStore &m_store;
    mutable QString m_error;
};

} // namespace Iwb
