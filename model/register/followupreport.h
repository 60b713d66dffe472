// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"
#include "register/breachregister.h"
#include "register/entrychanges.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

/**
 * The German follow-up report for the supervisory authority (Nachmeldung, Art. 33(4) DSGVO: information
 * provided in phases): only what changed since the last notification actually sent, compared with the entry
 * as it was sent then (the frozen SentNotification::sentContent, never today's data of an earlier day), field
 * by field with the old and the new value, under the reference number of the initial notification and the
 * time of the last one. Laid out and written like NotificationReport (RegisterDocument).
 */
class FollowUpReport
{
public:
    /// @p sent: the entry's logged notifications, oldest first (RegisterStore::notifications()).
    FollowUpReport(const BreachRegister &breachRegister, const RegisterEntry &entry, const IncidentRecord &record,
        const QList<SentNotification> &sent, const QDateTime &createdAt);

    /// The notification the changes are counted from: the last one sent; nullopt when none was.
    const std::optional<SentNotification> &lastSent() const { return m_lastSent; }
    /// The notification the follow-up refers to: the initial one (or, without one, the first logged).
    const std::optional<SentNotification> &initial() const { return m_initial; }
    /// The fields that differ from lastSent()'s content; empty when nothing was sent or nothing changed.
    const QList<FieldChange> &changes() const { return m_changes; }
    /// Why no follow-up can be made (nothing sent yet, nothing changed), in English for the command line;
    /// empty when one can.
    QString refusal() const;

    QString title() const;
    QString html() const;
    /// Writes the report as PDF to @p path; false with @p error ("FILE: reason") on failure.
    bool writePdf(const QString &path, QString *error) const;

private:
    BreachRegister m_register;
    RegisterEntry m_entry;
    IncidentRecord m_record;
    QDateTime m_createdAt;
    std::optional<SentNotification> m_lastSent;
    std::optional<SentNotification> m_initial;
    QList<FieldChange> m_changes;
};

} // namespace Iwb
