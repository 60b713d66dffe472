// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/zonedtime.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Iwb {

/// Which report a deadline is for.
enum class DeadlineKind {
    GdprNotification, ///< GDPR Art. 33(1): 72 hours after becoming aware
    Nis2EarlyWarning, ///< NIS2 Art. 23(4)(a): 24 hours after becoming aware
    Nis2Notification, ///< NIS2 Art. 23(4)(b): 72 hours after becoming aware
    Nis2FinalReport, ///< NIS2 Art. 23(4)(d): one month after the incident notification
};

QString deadlineKindId(DeadlineKind kind);

/// One deadline of an entry: when it is due, and how it was counted.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::GdprNotification;
    QDateTime due; ///< UTC
    HourCounting counting = HourCounting::Elapsed; ///< the rule that counted it (hour periods only)
    /// The NIS2 final report counted from the notification deadline because no notification was sent yet:
    /// it moves when the notification is logged.
    bool provisional = false;
};

/// How a deadline stands at a moment.
struct DeadlineState
{
    qint64 secondsLeft = 0; ///< negative: overdue by that much
    bool met = false; ///< the report was sent in time
    bool late = false; ///< sent after the deadline, or not sent and past it: Art. 33(1) asks for the reasons
};

/**
 * The deadline arithmetic. Periods in hours are elapsed time from the UTC instant of awareness, so a
 * deadline across a daylight-saving change is still 72 real hours away (on the wall clock it moves by the
 * hour the clock jumped). With HourCounting::SkipAwarenessHour the hour in which the controller became
 * aware does not count (Regulation 1182/71 Art. 3(1)): the period starts at the next full hour of the zone
 * the awareness was entered in. The one-month period is a calendar month in that zone, at the same wall-clock
 * time (the end of a shorter month when the day does not exist: 31 January plus one month is 28 February).
 */
class DeadlineArithmetic
{
public:
    /// The instant @p hours after @p start, counted by @p counting.
    static QDateTime hoursAfter(const ZonedTime &start, int hours, HourCounting counting);
    /// The instant one calendar month after @p start, in @p start's zone.
    static QDateTime oneMonthAfter(const ZonedTime &start);

    /// The deadlines of an entry aware at @p becameAware in a register of @p regime and @p counting; the NIS2
    /// final report counts from @p notificationSent when it was sent, else provisionally from the notification
    /// deadline. None when awareness is not stated.
    static QList<Deadline> deadlines(const ZonedTime &becameAware, RegisterRegime regime, HourCounting counting,
        const ZonedTime &notificationSent = {});

    /// How @p deadline stands at @p now, given when its report was sent (null: not yet).
    static DeadlineState state(const Deadline &deadline, const QDateTime &now, const QDateTime &sentAt = {});
};

} // namespace Iwb
