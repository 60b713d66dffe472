// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/incidentdeadlines.h"

#include "storage/registerstore.h"

namespace Iwb {

bool IncidentDeadlines::isMoreUrgent(const EntryClock &candidate, const EntryClock &shown)
{
    if (candidate.isRunning() != shown.isRunning()) {
        return candidate.isRunning();
    }
    return candidate.isRunning() && candidate.state.secondsLeft < shown.state.secondsLeft;
}

std::optional<QHash<qint64, EntryClock>> IncidentDeadlines::read(
    const IncidentStore &store, const QList<qint64> &incidentIds, const QDateTime &now, QString *error)
{
    const RegisterStore registers(store);
    const auto entries = registers.entriesOfIncidents(incidentIds);
    if (!entries) {
        *error = registers.errorString();
        return std::nullopt;
    }
    QHash<qint64, EntryClock> clocks;
    if (entries->isEmpty()) {
        return clocks; // the usual page of a researcher's store: no register, two queries saved
    }
    const auto byId = registers.registersById();
    const auto log = registers.notificationLog();
    if (!byId || !log) {
        *error = registers.errorString();
        return std::nullopt;
    }
    for (const RegisterEntry &entry : *entries) {
        const EntryClock clock = EntryClock::of(entry, byId->value(entry.registerId), log->value(entry.id), now);
        const auto shown = clocks.constFind(entry.incidentId);
        if (shown == clocks.cend() || isMoreUrgent(clock, *shown)) {
            clocks.insert(entry.incidentId, clock);
        }
    }
    return clocks;
}

} // namespace Iwb
