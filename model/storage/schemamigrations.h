// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Iwb {

/**
 * The store's schema history. Version N of the schema is what migrations
 * 1..N build; the version lives in `PRAGMA user_version`. Every migration runs
 * in its own transaction, so a failed step leaves the database at the last
 * good version.
 *
 * Never edit a released migration: add a new one and bump latestVersion().
 */
class SchemaMigrations
{
public:
    static int latestVersion();

    /// The database's `PRAGMA user_version`, or -1 when it cannot be read.
    static int currentVersion(const QSqlDatabase &database);

    /// Migrates @p database from its current version up to @p targetVersion.
    /// Fails (and changes nothing) when the database is newer than @p targetVersion.
    static bool migrate(QSqlDatabase &database, QString *error, int targetVersion = latestVersion());

    /// True when this SQLite has the FTS5 extension.
    static bool hasFts5(const QSqlDatabase &database);

    /// Creates the FTS5 index over document text if FTS5 exists and the index does not.
    /// Idempotent; a no-op without FTS5.
    static bool ensureFullTextIndex(QSqlDatabase &database, QString *error);
    /// Creates the trigram index over incidents.search_text (FTS5, substring search) when SQLite has FTS5
    /// and the index is missing; for a store at the latest schema version. It lets the library's filter find
    /// a rare text among a million records without reading them all.
    static bool ensureIncidentSearchIndex(QSqlDatabase &database, QString *error);
    /// Drops that index and its triggers, before rewriting many records' search text at once: building
    /// the index anew afterwards is much faster than updating it row by row.
    static bool dropIncidentSearchIndex(QSqlDatabase &database, QString *error);
};

} // namespace Iwb
