// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/entryclock.h"

namespace Iwb {

EntryClock EntryClock::of(const RegisterEntry &entry, const BreachRegister &breachRegister,
    const QList<SentNotification> &sent, const QDateTime &now)
{
    EntryClock clock;
    for (const SentNotification &notification : sent) {
        if (notification.kind == NotificationKind::Initial) {
            clock.sentAt = notification.sentAt.utc;
            break;
        }
    }
    const QList<Deadline> deadlines
        = DeadlineArithmetic::deadlines(entry.becameAware, breachRegister.regime, breachRegister.hourCounting);
    if (deadlines.isEmpty()) {
        return clock;
    }
    clock.deadline = deadlines.first();
    clock.state = DeadlineArithmetic::state(deadlines.first(), now, clock.sentAt);
    clock.applies = entry.notifyAuthority.yes != false && entry.status != EntryStatus::DocumentedOnly;
    return clock;
}

} // namespace Iwb
