// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

class QTimer;

namespace Iwb {

class IncidentStore;

/**
 * Reminders of the Art. 33 deadlines while the workbench runs: once a minute it looks at every running clock
 * of the store's registers and, when one has crossed a mark (24 hours left, 4 hours, 1 hour, passed), says
 * so once, as a desktop notification (KNotification: freedesktop notifications, as KDE and GNOME show them;
 * clicking it opens the entry) and by reminded() for the window's status bar. A clock that is stopped (sent,
 * decided not to notify, documented only) reminds of nothing.
 *
 * Each mark reminds once per session; a new session reminds once of where each clock stands.
 */
class DeadlineReminders : public QObject
{
    Q_OBJECT

public:
    /// The marks, in seconds left: a reminder when a clock has fewer left than one of them.
    static const QList<qint64> &marks();

    explicit DeadlineReminders(const IncidentStore &store, QObject *parent = nullptr);
    ~DeadlineReminders() override;

    /// Checks every minute from now on (at once, too).
    void start();
    /// Looks at every clock at @p now and reminds of each that crossed a mark it was not reminded of.
    void check(const QDateTime &now);
    /// Whether reminders also go to the desktop (on by default; tests and the screenshot tool turn it off).
    void setDesktopNotifications(bool enabled) { m_desktop = enabled; }

Q_SIGNALS:
    /// Entry @p entryId crossed a mark: @p text says which incident and how much time is left.
    void reminded(qint64 entryId, const QString &text);
    /// The analyst clicked the desktop notification of entry @p entryId.
    void activated(qint64 entryId);

private:
    void notifyDesktop(qint64 entryId, const QString &text);

    const IncidentStore &m_store;
    QTimer *m_timer;
    QHash<qint64, int> m_markReached; ///< entry id -> index in marks() it was last reminded of
    bool m_desktop = true;
};

} // namespace Iwb
