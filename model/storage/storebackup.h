// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Iwb {

class IncidentStore;

/**
 * Copies of the store made with SQLite's online backup API (sqlite3_backup_*),
 * never by copying the file: a live WAL store keeps committed pages in its
 * -wal file, which a file copy would miss or tear. A backup is read in one
 * read transaction, so it is one committed state even while another
 * connection or program writes; it is written to "<target>.part" and renamed
 * into place, so a target never holds half a backup. A backup is a single
 * self-contained file (rollback journal, no -wal).
 *
 * Automatic backups before a schema migration go next to the store, into the
 * folder "<store file>.backups/", named "<store name>-v<schema>-<UTC date and
 * time>.sqlite"; the newest keptBackups stay (docs/store.md).
 */
class StoreBackup
{
public:
    /// How many automatic backups of one store are kept; the oldest go first.
    static constexpr int keptBackups = 5;

    /// Backs up the store @p store has open to @p target (replaced if it exists).
    /// False and @p error (naming the file and the reason) on failure; @p target is then untouched.
    static bool backUp(const IncidentStore &store, const QString &target, QString *error);
    /// The same for an open Qt SQL connection to a store (used while opening, before a migration).
    static bool backUp(const QSqlDatabase &database, const QString &target, QString *error);
    /// The same through a connection of its own to the store file @p storePath (which may be open
    /// elsewhere, also being written): for a worker thread, so the window never waits for a backup.
    static bool backUpFile(const QString &storePath, const QString &target, QString *error);

    /// Replaces the store file @p storePath with the backup @p backup, which must be an intact store
    /// (quick_check) of a schema this program knows. The file it replaces (with its -wal) is kept beside
    /// it as "<store>.replaced-<date>", named in @p keptAs; nothing is deleted. The store must be closed.
    static bool restore(const QString &backup, const QString &storePath, QString *error, QString *keptAs = nullptr);

    /// Where the automatic backups of @p storePath live.
    static QString folderFor(const QString &storePath);
    /// The automatic backup's name for a store at @p schemaVersion made at @p at.
    static QString automaticBackupPath(const QString &storePath, int schemaVersion, const QDateTime &at);
    /// The automatic backups of @p storePath, newest first.
    static QStringList automaticBackups(const QString &storePath);
    /// Makes an automatic backup of the open store @p database (at @p schemaVersion, before migrating it)
    /// and removes all but the newest keptBackups. Returns the backup's path, empty on failure (@p error).
    static QString backUpBeforeMigration(
        const QSqlDatabase &database, const QString &storePath, int schemaVersion, QString *error);
};

} // namespace Iwb
