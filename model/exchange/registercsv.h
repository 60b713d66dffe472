// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/tablesink.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

class IncidentStore;

/**
 * The breach register as a table (CSV or XLSX through a TableSink): one row per register entry with its
 * controller, every Art. 33 field (RegisterEntry::fieldIds()), the GDPR deadline and the rule that counted
 * it, and the number of notifications sent (docs/register.md lists the columns). Times are ISO 8601 in the
 * zone they were entered in, with the offset (`2026-01-15T12:00:00+01:00`), and the zone in the next column;
 * lists are joined with '|'.
 */
class RegisterTable
{
public:
    explicit RegisterTable(const IncidentStore &store);

    static const QStringList &columns();
    /// Writes the header and every entry, in id order; the number of rows, or nullopt (errorString()).
    std::optional<qint64> write(TableSink &sink);
    QString errorString() const { return m_error; }

private:
    const IncidentStore &m_store;
    QString m_error;
};

} // namespace Iwb
