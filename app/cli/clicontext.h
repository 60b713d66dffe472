// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QTextStream>

namespace Iwb {

class IncidentStore;

/// What every command gets: the output streams and the database to work on.
struct CliContext
{
    QTextStream &out;
    QTextStream &err;
    QString databasePath;

    /// Opens the store at databasePath; prints the reason to err and returns false on failure.
    bool openStore(IncidentStore &store) const;
};

} // namespace Iwb
