// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/entryclock.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Iwb {

class IncidentStore;

/**
 * The Art. 33 clocks of incident records, for the incidents table's deadline column: an incident in a register
 * has its entry's clock (the most urgent one when it is in several registers); a plain record, a journalist's
 * or a researcher's, has none and shows no deadline.
 */
class IncidentDeadlines
{
public:
    /// The clocks of @p incidentIds at @p now, keyed by incident id (three queries, whatever the page's size);
    /// std::nullopt with @p error when the store cannot be read.
    static std::optional<QHash<qint64, EntryClock>> read(
        const IncidentStore &store, const QList<qint64> &incidentIds, const QDateTime &now, QString *error);

    /// Which of two clocks of one incident the table shows: a running one before a stopped one, the one due
    /// first among running ones.
    static bool isMoreUrgent(const EntryClock &candidate, const EntryClock &shown);
};

} // namespace Iwb
