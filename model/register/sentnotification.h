// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/zonedtime.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Iwb {

/// Which report was sent.
enum class NotificationKind {
    Initial, ///< the notification of Art. 33(1)
    FollowUp, ///< further information in phases (Art. 33(4)), naming the first one's reference
    Nis2EarlyWarning,
    Nis2Final,
};

QString notificationKindId(NotificationKind kind);
std::optional<NotificationKind> notificationKindFromId(const QString &id);

/**
 * One report as it was sent to the authority, kept unchanged (the store refuses to alter or delete it): when,
 * to whom, the authority's reference, which earlier report it follows, and the entry exactly as it was sent
 * (RegisterEntry::toJson()), against which a follow-up lists what changed.
 */
struct SentNotification
{
    qint64 id = 0; ///< store id; 0 until logged
    qint64 entryId = 0;
    NotificationKind kind = NotificationKind::Initial;
    ZonedTime sentAt;
    QString authority;
    QString reference; ///< the authority's reference number ("Aktenzeichen")
    qint64 followsId = 0; ///< the notification this one follows up; 0 for none
    QJsonObject sentContent; ///< the entry as sent
    QByteArray document; ///< the report as sent (PDF), may be empty

    bool operator==(const SentNotification &other) const = default;
};

} // namespace Iwb
