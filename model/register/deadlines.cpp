// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "deadlines.h"

namespace Iwb {

QString deadlineKindId(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::GdprNotification:
        return QStringLiteral("gdpr_notification");
    case DeadlineKind::Nis2EarlyWarning:
        return QStringLiteral("nis2_early_warning");
    case DeadlineKind::Nis2Notification:
        return QStringLiteral("nis2_notification");
    case DeadlineKind::Nis2FinalReport:
        return QStringLiteral("nis2_final_report");
    }
    return {};
}

QDateTime DeadlineArithmetic::hoursAfter(const ZonedTime &start, int hours, HourCounting counting)
{
    if (start.isNull()) {
        return {};
    }
    QDateTime from = start.utc.toUTC();
    if (counting == HourCounting::SkipAwarenessHour) {
        // The start of the hour on the wall clock of the entry's zone (a zone offset by half an hour has its
        // hours at :30 UTC), then the next one: the hour of the event itself does not count.
        const QTime wallClock = start.local().time();
        const qint64 intoHour = (qint64(wallClock.minute()) * 60 + wallClock.second()) * 1000 + wallClock.msec();
        from = from.addMSecs(-intoHour).addSecs(3600);
    }
    return from.addSecs(qint64(hours) * 3600);
}

QDateTime DeadlineArithmetic::oneMonthAfter(const ZonedTime &start)
{
    if (start.isNull()) {
        return {};
    }
    // QDateTime::addMonths keeps the wall-clock time in the zone and clamps the day to the month's end.
    return start.local().addMonths(1).toUTC();
}

QList<Deadline> DeadlineArithmetic::deadlines(
    const ZonedTime &becameAware, RegisterRegime regime, HourCounting counting, const ZonedTime &notificationSent)
{
    if (becameAware.isNull()) {
        return {};
    }
    QList<Deadline> result {
        Deadline { DeadlineKind::GdprNotification, hoursAfter(becameAware, 72, counting), counting, false },
    };
    if (regime == RegisterRegime::GdprAndNis2) {
        const Deadline notification { DeadlineKind::Nis2Notification, hoursAfter(becameAware, 72, counting), counting,
            false };
        result.append(
            Deadline { DeadlineKind::Nis2EarlyWarning, hoursAfter(becameAware, 24, counting), counting, false });
        result.append(notification);
        const bool sent = !notificationSent.isNull();
        const ZonedTime monthFrom = sent ? notificationSent : ZonedTime::fromUtc(notification.due, becameAware.zone);
        result.append(
            Deadline { DeadlineKind::Nis2FinalReport, oneMonthAfter(monthFrom), HourCounting::Elapsed, !sent });
    }
    return result;
}

DeadlineState DeadlineArithmetic::state(const Deadline &deadline, const QDateTime &now, const QDateTime &sentAt)
{
    DeadlineState result;
    if (sentAt.isValid()) {
        result.secondsLeft = sentAt.secsTo(deadline.due);
        result.met = sentAt <= deadline.due;
        result.late = !result.met;
        return result;
    }
    result.secondsLeft = now.secsTo(deadline.due);
    result.late = now > deadline.due;
    return result;
}

} // namespace Iwb
