// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sentnotification.h"

namespace Iwb {

QString notificationKindId(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Initial:
        return QStringLiteral("initial");
    case NotificationKind::FollowUp:
        return QStringLiteral("follow_up");
    case NotificationKind::Nis2EarlyWarning:
        return QStringLiteral("nis2_early_warning");
    case NotificationKind::Nis2Final:
        return QStringLiteral("nis2_final");
    }
    return {};
}

std::optional<NotificationKind> notificationKindFromId(const QString &id)
{
    for (const NotificationKind kind : { NotificationKind::Initial, NotificationKind::FollowUp,
             NotificationKind::Nis2EarlyWarning, NotificationKind::Nis2Final }) {
        if (notificationKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace Iwb
