// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/deadlinereminders.h"

#include "register/entryclock.h"
#include "register/registertexts.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <KNotification>

#include <QTimer>

namespace Iwb {

namespace {

    constexpr int checkIntervalMs = 60 * 1000;

    /// The furthest mark a clock with @p secondsLeft has crossed (an index into marks()), or -1 for none.
    int markOf(qint64 secondsLeft)
    {
        const QList<qint64> &marks = DeadlineReminders::marks();
        int reached = -1;
        for (int i = 0; i < marks.size(); ++i) {
            if (secondsLeft < marks.at(i)) {
                reached = i;
            }
        }
        return reached;
    }

} // namespace

const QList<qint64> &DeadlineReminders::marks()
{
    static const QList<qint64> marks { qint64(24) * 3600, qint64(4) * 3600, qint64(3600), qint64(0) };
    return marks;
}

DeadlineReminders::DeadlineReminders(const IncidentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTimeUtc()); });
}

DeadlineReminders::~DeadlineReminders() = default;

void DeadlineReminders::start()
{
    m_timer->start();
    check(QDateTime::currentDateTimeUtc());
}

void DeadlineReminders::check(const QDateTime &now)
{
    if (!m_store.isOpen()) {
        return;
    }
    const RegisterStore registers(m_store);
    const auto entries = registers.entries();
    if (!entries || entries->isEmpty()) {
        return; // a store that cannot be read says so where it is used; a reminder has nothing to add
    }
    const auto byId = registers.registersById();
    const auto log = registers.notificationLog();
    if (!byId || !log) {
        return;
    }
    for (const RegisterEntry &entry : *entries) {
        const EntryClock clock = EntryClock::of(entry, byId->value(entry.registerId), log->value(entry.id), now);
        const int mark = clock.isRunning() ? markOf(clock.state.secondsLeft) : -1;
        if (mark < 0 || mark <= m_markReached.value(entry.id, -1)) {
            if (mark < 0) {
                m_markReached.remove(entry.id); // stopped, or moved back out of reach (awareness corrected)
            }
            continue;
        }
        m_markReached.insert(entry.id, mark);
        const auto record = m_store.incident(entry.incidentId);
        const QString incident = record && !record->organization.isEmpty() ? record->organization
                                                                           : tr("Incident %1").arg(entry.incidentId);
        const QString text = clock.isOverdue()
            ? tr("%1: the 72 hours for notifying the authority passed %2 ago.")
                  .arg(incident, RegisterTexts::durationText(clock.state.secondsLeft))
            : tr("%1: the notification to the authority is due in %2.")
                  .arg(incident, RegisterTexts::durationText(clock.state.secondsLeft));
        Q_EMIT reminded(entry.id, text);
        if (m_desktop) {
            notifyDesktop(entry.id, text);
        }
    }
}

void DeadlineReminders::notifyDesktop(qint64 entryId, const QString &text)
{
    // The event's name and sound come from incident-workbench.notifyrc; the notification deletes itself.
    auto *notification = new KNotification(QStringLiteral("deadline"), KNotification::Persistent);
    notification->setTitle(tr("Art. 33 deadline"));
    notification->setText(text);
    notification->setIconName(QStringLiteral(IWB_APP_ID));
    KNotificationAction *open = notification->addDefaultAction(tr("Open the entry"));
    connect(open, &KNotificationAction::activated, this, [this, entryId] { Q_EMIT activated(entryId); });
    notification->sendEvent();
}

} // namespace Iwb
