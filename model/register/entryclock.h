// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/deadlines.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Iwb {

/**
 * Where an entry's Art. 33 deadline (72 hours after awareness) stands at a moment: the one answer the
 * register view, the command line and the calendar give. A deadline runs once awareness is stated, unless
 * the controller decided not to notify (Art. 33(5): documented only); it is met once the initial
 * notification is logged in time.
 */
struct EntryClock
{
    std::optional<Deadline> deadline; ///< the GDPR notification deadline; none while awareness is not stated
    DeadlineState state;
    QDateTime sentAt; ///< the initial notification, if logged (UTC)
    bool applies = false; ///< a deadline runs: awareness known, and not decided "do not notify"

    /// Past the deadline with no notification sent: the register shows it red and asks for the delay reason.
    bool isOverdue() const { return applies && state.late && !sentAt.isValid(); }
    /// Still running: a deadline applies and nothing was sent yet.
    bool isRunning() const { return deadline && applies && !sentAt.isValid(); }
    /// Art. 33(1) second sentence: a notification later than 72 hours (sent or not) needs its reasons.
    bool needsDelayReason() const { return applies && state.late; }

    /// The clock of @p entry in @p breachRegister, given the reports @p sent for it, at @p now.
    static EntryClock of(const RegisterEntry &entry, const BreachRegister &breachRegister,
        const QList<SentNotification> &sent, const QDateTime &now);
};

} // namespace Iwb
