// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

/**
 * Checks, without writing anything, that a file is an existing Incident
 * Workbench database, before it is opened as the second version of a
 * comparison: IncidentStore::open() creates missing files and migrates empty
 * or foreign SQLite files, which a comparison that only reads must not do.
 */
class StoreProbe
{
public:
    /// True when @p path exists and is an SQLite database with the store's schema;
    /// otherwise false and @p error says why, starting with the path.
    static bool isExistingStore(const QString &path, QString *error);
};

} // namespace Iwb
