// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/deadlines.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Iwb {

/// One open deadline of one entry, as a calendar shows it.
struct CalendarItem
{
    qint64 entryId = 0;
    DeadlineKind kind = DeadlineKind::GdprNotification;
    QDateTime due; ///< UTC
    bool provisional = false; ///< Deadline::provisional: moves when the notification is logged
    QString incidentTitle; ///< the incident as the analyst knows it (its organization, or "Vorfall N")
    QString controller; ///< the register's controller

    bool operator==(const CalendarItem &other) const = default;
};

/**
 * The register's deadlines as an iCalendar file (RFC 5545) for any calendar program: one event per open
 * deadline (its report not sent yet, the entry neither closed nor "documented only" nor decided "do not
 * notify"), at the deadline's UTC instant, with reminders 12 hours and 1 hour before. Each event's UID is
 * stable for its entry and deadline kind, so importing a newer file updates the events instead of doubling
 * them. Summaries are German ("Meldefrist Art. 33 DSGVO: Lumera Pay"), like the register's documents.
 *
 * Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); text values are escaped
 * (backslash, semicolon, comma, line break).
 */
class RegisterCalendar
{
public:
    /// The open deadlines of @p entry in @p breachRegister, given its logged notifications @p sent (oldest
    /// first). A deadline is met by the report that answers it: the GDPR and NIS2 notifications by the initial
    /// notification, the NIS2 early warning by an early warning or the initial notification, the NIS2 final
    /// report by a final report. Overdue deadlines stay in (they are still open).
    static QList<CalendarItem> openDeadlines(const RegisterEntry &entry, const BreachRegister &breachRegister,
        const QList<SentNotification> &sent, const QString &incidentTitle);

    /// The calendar of @p items; @p now is every event's DTSTAMP (when the file was made).
    static QByteArray ics(const QList<CalendarItem> &items, const QDateTime &now);

    /// "iwb-register-entry-7-gdpr_notification@incident-workbench": the event's UID.
    static QString uid(const CalendarItem &item);
    /// The German summary: "Meldefrist Art. 33 DSGVO: Lumera Pay".
    static QString summary(const CalendarItem &item);
    /// One content line ("NAME:value", without its line end) folded at 75 octets, every physical line ended by
    /// CRLF.
    static QByteArray foldedLine(const QByteArray &line);
    /// @p text escaped as an iCalendar TEXT value.
    static QString escapedText(const QString &text);
};

} // namespace Iwb
