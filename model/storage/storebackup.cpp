// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storebackup.h"

#include "incidentstore.h"
#include "schemamigrations.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace Iwb {

namespace {

    QString sqliteMessage(sqlite3 *db)
    {
        return QString::fromUtf8(sqlite3_errmsg(db));
    }

    /// Closes a handle opened with sqlite3_open_v2 when it goes out of scope.
    class Connection
    {
    public:
        Connection() = default;
        ~Connection() { sqlite3_close(m_db); }
        Connection(const Connection &) = delete;
        Connection &operator=(const Connection &) = delete;

        int open(const QString &path, int flags)
        {
            return sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        }
        sqlite3 *get() const { return m_db; }

    private:
        sqlite3 *m_db = nullptr;
    };

    /// Copies the database behind @p source into a new file at @p part, in one backup step: one read
    /// transaction on the source, so one committed state whatever other connections write meanwhile.
    bool copyInto(sqlite3 *source, const QString &part, QString *error)
    {
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
        bool ok = false;
        {
            Connection target;
            if (target.open(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK) {
                *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: cannot be created (%2)")
                             .arg(part, sqliteMessage(target.get()));
            } else if (sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source, "main"); !backup) {
                *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: the backup cannot start (%2)")
                             .arg(part, sqliteMessage(target.get()));
            } else {
                const int stepped = sqlite3_backup_step(backup, -1);
                sqlite3_backup_finish(backup);
                if (stepped != SQLITE_DONE) {
                    *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: the backup failed (%2)")
                                 .arg(part, QString::fromUtf8(sqlite3_errstr(stepped)));
                } else if (sqlite3_exec(target.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr)
                    != SQLITE_OK) {
                    // The copied header says WAL, as the source's does; a backup is one file of its own.
                    *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: cannot finish the backup (%2)")
                                 .arg(part, sqliteMessage(target.get()));
                } else {
                    ok = true;
                }
            }
        }
        if (!ok) {
            QFile::remove(part);
        }
        return ok;
    }

    /// Writes the backup next to @p target and renames it into place: a target never holds half a backup.
    bool backUpHandle(sqlite3 *source, const QString &target, QString *error)
    {
        const QString part = target + QStringLiteral(".part");
        if (!copyInto(source, part, error)) {
            return false;
        }
        QFile::remove(target);
        if (!QFile::rename(part, target)) {
            *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: cannot be written (the backup is left in %2)")
                         .arg(target, part);
            return false;
        }
        return true;
    }

    /// Checks that @p path is an intact store this program can open; @p error says why not.
    bool isIntactStore(sqlite3 *db, const QString &path, QString *error)
    {
        sqlite3_stmt *statement = nullptr;
        QStringList problems;
        int version = -1;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                problems.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
            }
        }
        const int checked = sqlite3_finalize(statement);
        if (checked != SQLITE_OK) {
            *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: is not a readable store (%2)")
                         .arg(path, sqliteMessage(db));
            return false;
        }
        if (problems != QStringList { QStringLiteral("ok") }) {
            *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: is damaged (%2)")
                         .arg(path, problems.mid(0, 3).join(QStringLiteral("; ")));
            return false;
        }
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            version = sqlite3_column_int(statement, 0);
        }
        sqlite3_finalize(statement);
        if (version < 1) {
            *error
                = QCoreApplication::translate("Iwb::StoreBackup", "%1: is not an Incident Workbench store").arg(path);
            return false;
        }
        if (version > SchemaMigrations::latestVersion()) {
            *error = QCoreApplication::translate("Iwb::StoreBackup",
                "%1: was written by a newer Incident Workbench (schema version %2; this program "
                "knows up to %3)")
                         .arg(path)
                         .arg(version)
                         .arg(SchemaMigrations::latestVersion());
            return false;
        }
        return true;
    }

    QString stamp(const QDateTime &at)
    {
        return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    }

} // namespace

bool StoreBackup::backUp(const IncidentStore &store, const QString &target, QString *error)
{
    return backUp(QSqlDatabase::database(store.connectionName(), false), target, error);
}

bool StoreBackup::backUp(const QSqlDatabase &database, const QString &target, QString *error)
{
    sqlite3 *source = sqliteHandle(database);
    if (!source) {
        *error
            = QCoreApplication::translate("Iwb::StoreBackup", "%1: the store is not open").arg(database.databaseName());
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(database.databaseName()).absoluteFilePath()) {
        *error = QCoreApplication::translate(
            "Iwb::StoreBackup", "%1: is the store itself; choose another file for the backup")
                     .arg(target);
        return false;
    }
    return backUpHandle(source, target, error);
}

bool StoreBackup::backUpFile(const QString &storePath, const QString &target, QString *error)
{
    if (!QFileInfo(storePath).isFile()) {
        *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: no such store").arg(storePath);
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(storePath).absoluteFilePath()) {
        *error = QCoreApplication::translate(
            "Iwb::StoreBackup", "%1: is the store itself; choose another file for the backup")
                     .arg(target);
        return false;
    }
    // Read-write without create: a WAL store's reader needs its -shm; a backup source is never written.
    Connection source;
    if (source.open(storePath, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: cannot be opened (%2)")
                     .arg(storePath, sqliteMessage(source.get()));
        return false;
    }
    sqlite3_busy_timeout(source.get(), 5000);
    return backUpHandle(source.get(), target, error);
}

bool StoreBackup::restore(const QString &backup, const QString &storePath, QString *error, QString *keptAs)
{
    if (!QFileInfo(backup).isFile()) {
        *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: no such file").arg(backup);
        return false;
    }
    const QString part = storePath + QStringLiteral(".restoring");
    {
        Connection source;
        if (source.open(backup, SQLITE_OPEN_READONLY) != SQLITE_OK) {
            *error = QCoreApplication::translate("Iwb::StoreBackup", "%1: cannot be opened (%2)")
                         .arg(backup, sqliteMessage(source.get()));
            return false;
        }
        if (!isIntactStore(source.get(), backup, error) || !copyInto(source.get(), part, error)) {
            return false;
        }
    }
    // The file it replaces stays beside it, with its -wal (committed pages may live there); -shm is only
    // an index of the -wal and is rebuilt.
    if (QFileInfo::exists(storePath)) {
        const QString kept = storePath + QStringLiteral(".replaced-") + stamp(QDateTime::currentDateTimeUtc());
        if (!QFile::rename(storePath, kept)) {
            QFile::remove(part);
            *error = QCoreApplication::translate(
                "Iwb::StoreBackup", "%1: cannot be moved aside to make room for the backup")
                         .arg(storePath);
            return false;
        }
        QFile::rename(storePath + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        QFile::remove(storePath + QStringLiteral("-shm"));
        if (keptAs) {
            *keptAs = kept;
        }
    }
    if (!QFile::rename(part, storePath)) {
        *error
            = QCoreApplication::translate("Iwb::StoreBackup", "%1: cannot be written (the restored copy is left in %2)")
                  .arg(storePath, part);
        return false;
    }
    return true;
}

QString StoreBackup::folderFor(const QString &storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".backups");
}

QString StoreBackup::automaticBackupPath(const QString &storePath, int schemaVersion, const QDateTime &at)
{
    // The date first: names sort by age.
    return folderFor(storePath) + QLatin1Char('/') + QFileInfo(storePath).completeBaseName() + QLatin1Char('-')
        + stamp(at) + QStringLiteral("-v%1.sqlite").arg(schemaVersion);
}

QStringList StoreBackup::automaticBackups(const QString &storePath)
{
    const QDir folder(folderFor(storePath));
    QStringList names = folder.entryList(
        { QFileInfo(storePath).completeBaseName() + QStringLiteral("-*-v*.sqlite") }, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        paths.append(folder.filePath(name));
    }
    return paths;
}

QString StoreBackup::backUpBeforeMigration(
    const QSqlDatabase &database, const QString &storePath, int schemaVersion, QString *error)
{
    const QString folder = folderFor(storePath);
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate(
            "Iwb::StoreBackup", "%1: cannot create the folder for the backup before the upgrade")
                     .arg(folder);
        return {};
    }
    QString target = automaticBackupPath(storePath, schemaVersion, QDateTime::currentDateTimeUtc());
    if (!backUp(database, target, error)) {
        return {};
    }
    const QStringList backups = automaticBackups(storePath);
    for (qsizetype i = keptBackups; i < backups.size(); ++i) {
        QFile::remove(backups.at(i));
    }
    return target;
}

} // namespace Iwb
