// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentstore.h"

#include "librarykeys.h"
#include "schemamigrations.h"
#include "sqlitehandle.h"
#include "storebackup.h"
#include "writetransaction.h"

#include "incident/factjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "iwb.storage", QtInfoMsg)

namespace Iwb {

namespace {

    constexpr int busyTimeoutMs = 5000;

    /// SQLite creates the -wal and -shm files beside a store with the store file's permissions. A session
    /// that could only read the store (a 0444 file in a writable folder) creates them read-only and cannot
    /// remove them at its end; SQLite then opens the -shm read-only for every later connection, which can
    /// write nothing ("attempt to write a readonly database") although the store file is writable again.
    /// Such side files get the store file's permissions back, as SQLite would create them now. A side file
    /// of another user stays as it is (the change is refused); permissions do not touch open connections.
    void restoreSideFilePermissions(const QString &path)
    {
        const QFileInfo store(path);
        if (!store.isFile() || !store.isWritable()) {
            return;
        }
        for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm") }) {
            const QString side = path + suffix;
            if (const QFileInfo info(side); info.isFile() && !info.isWritable()) {
                QFile::setPermissions(side, store.permissions());
            }
        }
    }

    QString timestamp(const QDateTime &at)
    {
        return at.toUTC().toString(Qt::ISODateWithMs);
    }

    QDateTime parseTimestamp(const QVariant &value)
    {
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    }

    /// Stored values were written by jsonValueText(); one that no longer parses reads as null.
    QJsonValue fromJsonText(const QString &text)
    {
        return jsonValueFromText(text).value_or(QJsonValue());
    }

    /// The query factFromRow() reads, its columns in that order; callers add the WHERE clause.
    constexpr char factColumnsQuery[]
        = "SELECT id, document_id, type, start_utf16, end_utf16, text, value_json, polarity, "
          "certainty, origin, status, author, modified_at FROM facts";

    /// One row selected with factColumnsQuery as a Fact.
    Fact factFromRow(const QSqlQuery &query)
    {
        Fact fact;
        fact.id = query.value(0).toLongLong();
        fact.documentId = query.value(1).toLongLong();
        fact.type = factTypeFromName(query.value(2).toString()).value_or(FactType::Organization);
        fact.start = query.value(3).toLongLong();
        fact.end = query.value(4).toLongLong();
        fact.text = query.value(5).toString();
        fact.value = fromJsonText(query.value(6).toString());
        fact.polarity = polarityFromName(query.value(7).toString()).value_or(Polarity::Positive);
        fact.certainty = certaintyFromName(query.value(8).toString()).value_or(Certainty::Certain);
        fact.origin = query.value(9).toString();
        fact.status = factStatusFromName(query.value(10).toString()).value_or(FactStatus::Suggested);
        fact.author = query.value(11).toString();
        fact.modifiedAt = parseTimestamp(query.value(12));
        return fact;
    }

    template<typename T> QVariant nullable(const std::optional<T> &value)
    {
        return value ? QVariant::fromValue(*value) : QVariant();
    }

    QStringList stringListFromJson(const QString &text)
    {
        QStringList list;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        for (const QJsonValue item : array) {
            list.append(item.toString());
        }
        return list;
    }

    QJsonArray idArray(const QList<qint64> &ids)
    {
        QJsonArray array;
        for (const qint64 id : ids) {
            array.append(static_cast<double>(id));
        }
        return array;
    }

    QString stringListToJson(const QStringList &list)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }

    /// Checks the record's vocabulary fields against the contract before anything is written.
    QString validateRecord(const IncidentRecord &record)
    {
        const auto checkOne = [](const QString &field, const QString &value, const QStringList &allowed) -> QString {
            if (!value.isEmpty() && !allowed.contains(value)) {
                return QCoreApplication::translate("Iwb::IncidentStore", "%1 '%2' is not one of: %3")
                    .arg(field, value, allowed.join(QStringLiteral(", ")));
            }
            return {};
        };
        QString error = checkOne(QStringLiteral("cause"), record.cause, IncidentRecord::causeIds());
        if (error.isEmpty()) {
            error = checkOne(
                QStringLiteral("external_attack"), record.externalAttack, IncidentRecord::externalAttackIds());
        }
        if (error.isEmpty()) {
            error = checkOne(QStringLiteral("discovered_by"), record.discoveredBy, IncidentRecord::discovererIds());
        }
        for (const QStringList *list : { &record.dataExposed, &record.dataNotExposed }) {
            for (const QString &category : *list) {
                if (error.isEmpty()) {
                    error = checkOne(QCoreApplication::translate("Iwb::IncidentStore", "data category"), category,
                        IncidentRecord::dataCategoryIds());
                }
            }
        }
        return error;
    }

} // namespace

class IncidentStore::Private
{
public:
    QString connectionName = QStringLiteral("iwb-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString path;
    mutable QString error;
    mutable StoreFailure failure = StoreFailure::None;
    QString author;
    bool ftsAvailable = false;
    bool hasIncidentSearch = false; ///< the trigram index over incidents.search_text exists

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    /// The connection's sqlite3 handle, for what Qt SQL does not reach: extended result codes.
    sqlite3 *handle() const { return sqliteHandle(db()); }

    /// Why a write transaction did not begin.
    bool failToStart(const QSqlError &error) const
    {
        if (storeFileHasMoved(db())) {
            return fail(QCoreApplication::translate("Iwb::IncidentStore",
                            "the store file was deleted, moved or replaced while it was open. Nothing "
                            "was written: put the file back or restore a backup, then open the store "
                            "again; unsaved work is offered again from the recovery draft."),
                {}, StoreFailure::Moved);
        }
        return fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot start a transaction"), error);
    }

    /// What a failure of SQLite with (extended) result @p code is, and what the user can do about it.
    static std::pair<StoreFailure, QString> classify(int code)
    {
        switch (code & 0xff) {
        case SQLITE_FULL:
        case SQLITE_IOERR:
            return { StoreFailure::DiskFull,
                QCoreApplication::translate("Iwb::IncidentStore",
                    "The disk is full, or the file may not grow. Nothing of this change was written and "
                    "what was saved before is intact: free some space (or move the store to another disk) "
                    "and save again.") };
        case SQLITE_READONLY:
            if (code == SQLITE_READONLY_DBMOVED) {
                return { StoreFailure::Moved,
                    QCoreApplication::translate("Iwb::IncidentStore",
                        "The store file was deleted, moved or replaced while it was open. Nothing was "
                        "written: put the file back or restore a backup, then open the store again; "
                        "unsaved work is offered again from the recovery draft.") };
            }
            return { StoreFailure::ReadOnly,
                QCoreApplication::translate("Iwb::IncidentStore",
                    "The store file or its folder is read-only. Nothing was written: make both writable "
                    "and open the store again, or open a copy in a writable folder.") };
        case SQLITE_CANTOPEN:
            return { StoreFailure::ReadOnly,
                QCoreApplication::translate("Iwb::IncidentStore",
                    "SQLite could not open the file or the -wal and -shm files it keeps beside it: the "
                    "folder may be read-only. Make the folder writable (or open a copy in a writable "
                    "folder) and try again.") };
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return { StoreFailure::Busy,
                QCoreApplication::translate("Iwb::IncidentStore",
                    "Another program (a second workbench or incident-cli) is writing to this store and "
                    "held it longer than %1 s. Nothing was written: try again when it has finished.")
                    .arg(busyTimeoutMs / 1000) };
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return { StoreFailure::Damaged,
                QCoreApplication::translate("Iwb::IncidentStore",
                    "The store file is damaged. Restore a backup: the workbench offers the newest "
                    "automatic one when it opens the store, or incident-cli restore --db STORE --from "
                    "BACKUP.") };
        default:
            return { StoreFailure::Other, {} };
        }
    }

    bool fail(const QString &what, const QSqlError &sqlError = {}, StoreFailure kind = StoreFailure::Other) const
    {
        error = path + QStringLiteral(": ") + what;
        failure = kind;
        if (sqlError.isValid()) {
            error += QStringLiteral(" (") + sqlError.text() + QLatin1Char(')');
            // With extended result codes on (open()), Qt's native code is SQLite's extended one.
            int code = sqlError.nativeErrorCode().toInt();
            if (sqlite3 *h = handle(); h && (code == 0 || code == SQLITE_READONLY)) {
                code = sqlite3_extended_errcode(h) != SQLITE_OK ? sqlite3_extended_errcode(h) : code;
            }
            const auto [classified, advice] = classify(code);
            if (classified != StoreFailure::Other) {
                failure = classified;
                error += QStringLiteral(". ") + advice;
            }
        }
        // Callers report errorString() to the user; the log is for tracing (QT_LOGGING_RULES),
        // else every error reached the terminal twice.
        qCDebug(lcStore).noquote() << error;
        return false;
    }

    /// Prepares and runs @p sql with positional @p values; false (and error set) on failure.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const
    {
        if (!query.prepare(sql)) {
            return fail(
                QCoreApplication::translate("Iwb::IncidentStore", "cannot prepare a statement"), query.lastError());
        }
        for (const QVariant &value : values) {
            // A null QString would bind as SQL NULL; text columns store "" for "not stated".
            if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
                query.addBindValue(QString(QLatin1String("")));
            } else {
                query.addBindValue(value);
            }
        }
        if (!query.exec()) {
            return fail(QCoreApplication::translate("Iwb::IncidentStore", "a statement failed"), query.lastError());
        }
        return true;
    }

    /// Refuses (false, error set) to delete incident @p incidentId while it is in a breach register: its entry
    /// documents the breach (Art. 33(5)), and the entry's foreign key would refuse the delete anyway, with
    /// SQLite's words instead of these.
    bool refuseIfInRegister(qint64 incidentId) const
    {
        QSqlQuery query(db());
        if (!run(query,
                QStringLiteral("SELECT r.controller_name FROM register_entries e JOIN breach_registers r ON r.id = "
                               "e.register_id WHERE e.incident_id = ? ORDER BY r.id LIMIT 1"),
                { incidentId })) {
            return false;
        }
        if (query.next()) {
            return fail(QCoreApplication::translate("Iwb::IncidentStore",
                "incident %1 is in the breach register of %2; take it out of the register first (a breach with a "
                "notification logged stays documented)")
                    .arg(QString::number(incidentId), query.value(0).toString()));
        }
        return true;
    }

    bool addHistory(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &detail) const
    {
        QSqlQuery query(db());
        return run(query,
            QStringLiteral("INSERT INTO edit_history (at, author, entity, entity_id, action, detail) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { timestamp(QDateTime::currentDateTimeUtc()), author, entity, entityId, action,
                QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)) });
    }

    std::optional<IncidentRecord> loadIncident(qint64 id) const;
    /// Writes without a transaction of its own: the caller's transaction decides.
    bool writeFacts(qint64 documentId, QList<Fact> &facts) const;
    bool writeIncident(IncidentRecord &record) const;
    /// Takes @p documentId out of every incident but @p keptIncidentId (see OtherIncidents::Release).
    bool releaseDocument(qint64 documentId, qint64 keptIncidentId) const;

    /// The SELECT of a whole record's own columns, id first (recordFrom() reads its rows).
    static QString recordColumns()
    {
        return QStringLiteral(
            "SELECT id, organization, incident_date, start_time, end_time, duration_minutes, affected_count, "
            "affected_unit, data_exposed, data_not_exposed, cause, external_attack, discovered_by, "
            "authority_notified, affected_notified, review_status, analyst, notes, created_at, modified_at "
            "FROM incidents");
    }

    /// A record from a row of recordColumns(), without its sources and evidence.
    static IncidentRecord recordFrom(const QSqlQuery &query)
    {
        IncidentRecord record;
        record.id = query.value(0).toLongLong();
        record.organization = query.value(1).toString();
        record.incidentDate = query.value(2).toString();
        record.startTime = query.value(3).toString();
        record.endTime = query.value(4).toString();
        if (!query.isNull(5)) {
            record.durationMinutes = query.value(5).toInt();
        }
        if (!query.isNull(6)) {
            record.affectedCount = query.value(6).toLongLong();
        }
        record.affectedUnit = query.value(7).toString();
        record.dataExposed = stringListFromJson(query.value(8).toString());
        record.dataNotExposed = stringListFromJson(query.value(9).toString());
        record.cause = query.value(10).toString();
        record.externalAttack = query.value(11).toString();
        record.discoveredBy = query.value(12).toString();
        if (!query.isNull(13)) {
            record.authorityNotified = query.value(13).toBool();
        }
        if (!query.isNull(14)) {
            record.affectedNotified = query.value(14).toBool();
        }
        record.reviewStatus = reviewStatusFromName(query.value(15).toString()).value_or(ReviewStatus::Draft);
        record.analyst = query.value(16).toString();
        record.notes = query.value(17).toString();
        record.createdAt = parseTimestamp(query.value(18));
        record.modifiedAt = parseTimestamp(query.value(19));
        return record;
    }

    /// A row of SELECT id, organization, incident_date, cause, affected_count, affected_unit, review_status,
    /// first source, modified_at, organization_key.
    static IncidentSummary summaryFrom(const QSqlQuery &query)
    {
        IncidentSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.organization = query.value(1).toString();
        summary.incidentDate = query.value(2).toString();
        summary.cause = query.value(3).toString();
        if (!query.isNull(4)) {
            summary.affectedCount = query.value(4).toLongLong();
        }
        summary.affectedUnit = query.value(5).toString();
        summary.reviewStatus = reviewStatusFromName(query.value(6).toString()).value_or(ReviewStatus::Draft);
        summary.firstDocumentId = query.value(7).toLongLong();
        summary.modifiedAt = query.value(8).toString();
        summary.organizationKey = query.value(9).toByteArray();
        return summary;
    }

    /// More records than this hold a filter text: the library walks its order's index instead of asking
    /// the trigram index for every match and sorting them.
    static constexpr int rareTextLimit = 5000;

    static QString phrase(const QString &text)
    {
        return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }

    /// Whether fewer than rareTextLimit records contain @p needle, asked of the trigram index (which needs
    /// three characters and FTS5; without either the answer is no).
    bool isRareText(const QString &needle) const
    {
        // A NUL ends an FTS5 phrase early (a syntax error): such a text goes to the substring test.
        if (!ftsAvailable || needle.size() < 3 || !hasIncidentSearch || needle.contains(QChar(0))) {
            return false;
        }
        QSqlQuery count(db());
        if (!run(count,
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM incident_search WHERE incident_search MATCH ? "
                               "LIMIT ?)"),
                { phrase(needle), rareTextLimit })
            || !count.next()) {
            return false;
        }
        return count.value(0).toInt() < rareTextLimit;
    }

    /// Gives every record still without them its library keys (LibraryKeys): records written by another
    /// program, or restored from a snapshot. Found through a partial index, so a store that has them all
    /// pays one index lookup. In batches, so a million rows never sit in memory at once.
    bool fillLibraryKeys() const
    {
        QSqlQuery select(db());
        QSqlQuery update(db());
        if (!select.prepare(QStringLiteral(
                "SELECT id, organization, incident_date, cause, affected_count, affected_unit, review_status "
                "FROM incidents WHERE search_text = '' LIMIT 10000"))
            || !update.prepare(
                QStringLiteral("UPDATE incidents SET organization_key = ?, search_text = ? WHERE id = ?"))) {
            return fail(
                QCoreApplication::translate("Iwb::IncidentStore", "cannot prepare a statement"), select.lastError());
        }
        for (;;) {
            if (!select.exec()) {
                return fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot read the incident records"),
                    select.lastError());
            }
            QList<std::pair<qint64, QVariantList>> rows;
            while (select.next()) {
                const std::optional<qint64> affected
                    = select.isNull(4) ? std::nullopt : std::optional<qint64>(select.value(4).toLongLong());
                const QString organization = select.value(1).toString();
                rows.append({ select.value(0).toLongLong(),
                    { LibraryKeys::organizationKey(organization),
                        LibraryKeys::searchText(organization, select.value(2).toString(), select.value(3).toString(),
                            affected, select.value(5).toString(), select.value(6).toString()) } });
            }
            select.finish();
            if (rows.isEmpty()) {
                return true;
            }
            for (const auto &[id, keys] : std::as_const(rows)) {
                update.addBindValue(keys.at(0));
                update.addBindValue(keys.at(1));
                update.addBindValue(id);
                if (!update.exec()) {
                    return fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot write the library keys"),
                        update.lastError());
                }
            }
        }
    }
};

IncidentStore::IncidentStore()
    : d(std::make_unique<Private>())
{
    d->author = qEnvironmentVariable("USER", QStringLiteral("analyst"));
}

IncidentStore::~IncidentStore()
{
    close();
}

QString IncidentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/incidents.sqlite");
}

bool IncidentStore::open(const QString &path)
{
    close();
    d->path = path;
    d->error.clear();
    d->failure = StoreFailure::None;

    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return d->fail(QCoreApplication::translate("Iwb::IncidentStore", "is not a file"));
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot create the folder %1").arg(info.absolutePath()),
            {}, StoreFailure::ReadOnly);
    }

    restoreSideFilePermissions(path);
    if (!connectAndMigrate(path)) {
        close();
        return false;
    }
    return true;
}

namespace {

    /// Whether @p path starts as every SQLite database does: such a file that SQLite cannot read is damaged,
    /// not foreign.
    bool hasSqliteHeader(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
    }

    /// What the user of a damaged store can do, naming the newest automatic backup if there is one.
    QString damagedAdvice(const QString &path)
    {
        const QStringList backups = StoreBackup::automaticBackups(path);
        const QString advice = QLatin1Char(' ')
            + QCoreApplication::translate("Iwb::IncidentStore", "Nothing was changed.") + QLatin1Char(' ');
        if (backups.isEmpty()) {
            return advice
                + QCoreApplication::translate("Iwb::IncidentStore",
                    "There is no automatic backup; restore one you made (File → Back Up Store…) with "
                    "incident-cli restore --db %1 --from BACKUP.")
                      .arg(path);
        }
        return advice
            + QCoreApplication::translate("Iwb::IncidentStore",
                "The newest automatic backup is %1; the workbench offers to restore it, or run "
                "incident-cli restore --db %2 --from %1.")
                  .arg(backups.constFirst(), path);
    }

} // namespace

bool IncidentStore::connectAndMigrate(const QString &path)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!database.open()) {
        const QSqlError error = database.lastError();
        return d->fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot open the database"), error);
    }
    if (sqlite3 *handle = d->handle()) {
        // Tells a store moved away while open (SQLITE_READONLY_DBMOVED) from a read-only one, and the like.
        sqlite3_extended_result_codes(handle, 1);
    }

    // Reading the schema first proves the file is an SQLite database before
    // anything (WAL mode included) writes to it.
    QSqlQuery probe(database);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const QSqlError error = probe.lastError();
        probe.finish();
        // A folder that is not writable, a lock held too long: not the file's fault.
        if (const int code = error.nativeErrorCode().toInt() & 0xff;
            code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_BUSY || code == SQLITE_IOERR) {
            return d->fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot be read"), error);
        }
        if (hasSqliteHeader(path)) {
            d->failure = StoreFailure::Damaged;
            d->error = QCoreApplication::translate(
                           "Iwb::IncidentStore", "%1: the store file is damaged and cannot be read (%2).")
                           .arg(path, error.text())
                + damagedAdvice(path);
            return false;
        }
        return d->fail(QCoreApplication::translate(
                           "Iwb::IncidentStore", "is not an Incident Workbench database (not readable as SQLite)"),
            error, StoreFailure::NotAStore);
    }
    probe.finish();

    const int version = SchemaMigrations::currentVersion(database);
    if (version > SchemaMigrations::latestVersion()) {
        return d->fail(QCoreApplication::translate("Iwb::IncidentStore",
                           "was written by a newer Incident Workbench (schema version %1; this program "
                           "knows up to %2). It was left untouched: open it with that newer version, "
                           "or export a snapshot there and import it here.")
                           .arg(version)
                           .arg(SchemaMigrations::latestVersion()),
            {}, StoreFailure::NewerSchema);
    }

    // Random bytes in a page (a failing disk, a torn copy) show here, before anything reads wrong data or
    // writes beside it. quick_check reads every page once but skips the index-to-table cross checks.
    QStringList problems;
    {
        QSqlQuery check(database);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            problems.append(check.lastError().text());
        }
        while (check.next()) {
            problems.append(check.value(0).toString());
        }
    }
    if (problems != QStringList { QStringLiteral("ok") }) {
        d->failure = StoreFailure::Damaged;
        d->error
            = QCoreApplication::translate("Iwb::IncidentStore", "%1: the store file is damaged (integrity check: %2).")
                  .arg(path, problems.mid(0, 3).join(QStringLiteral("; ")))
            + damagedAdvice(path);
        return false;
    }

    QSqlQuery pragma(database);
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || !pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const QSqlError error = pragma.lastError();
        pragma.finish();
        return d->fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot configure the database"), error);
    }
    pragma.finish();

    // An existing store at an older version is copied before the migration changes it: a migration that
    // goes wrong, or a newer program the analyst wants to leave, costs nothing.
    if (version > 0 && version < SchemaMigrations::latestVersion() && !isReadOnly()) {
        QString backupError;
        if (StoreBackup::backUpBeforeMigration(database, path, version, &backupError).isEmpty()) {
            return d->fail(QCoreApplication::translate("Iwb::IncidentStore",
                               "was not upgraded to schema version %1, because the backup before the "
                               "upgrade failed: %2. Free some space or make the folder writable, then "
                               "open it again.")
                               .arg(SchemaMigrations::latestVersion())
                               .arg(backupError),
                {}, StoreFailure::DiskFull);
        }
    }

    QString migrationError;
    if (!SchemaMigrations::migrate(database, &migrationError)
        || !SchemaMigrations::ensureFullTextIndex(database, &migrationError)
        || !SchemaMigrations::ensureIncidentSearchIndex(database, &migrationError)) {
        if (isReadOnly()) {
            return d->fail(QCoreApplication::translate("Iwb::IncidentStore",
                               "is read-only and needs an upgrade (%1). Make the file and its folder "
                               "writable and open it again.")
                               .arg(migrationError),
                {}, StoreFailure::ReadOnly);
        }
        return d->fail(migrationError);
    }
    if (!isReadOnly() && !fillLibraryKeys()) {
        return false;
    }
    d->ftsAvailable = SchemaMigrations::hasFts5(database);
    d->hasIncidentSearch = d->ftsAvailable;
    if (!d->ftsAvailable) {
        qCWarning(lcStore).noquote() << fullTextSearchNotice();
    }
    return true;
}

void IncidentStore::close()
{
    if (QSqlDatabase::contains(d->connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(d->connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

bool IncidentStore::isOpen() const
{
    return d->db().isOpen();
}

QString IncidentStore::path() const
{
    return d->path;
}

QString IncidentStore::errorString() const
{
    return d->error;
}

StoreFailure IncidentStore::failure() const
{
    return d->failure;
}

bool IncidentStore::isReadOnly() const
{
    sqlite3 *handle = d->handle();
    return handle && sqlite3_db_readonly(handle, "main") == 1;
}

bool IncidentStore::reopenIfWritable()
{
    if (!isReadOnly()) {
        return isOpen();
    }
    const QFileInfo file(d->path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()) {
        return false;
    }
    close();
    restoreSideFilePermissions(d->path);
    if (connectAndMigrate(d->path)) {
        return !isReadOnly();
    }
    // Back to what it was (read-only), keeping the reason the writable open failed.
    const QString error = d->error;
    const StoreFailure failure = d->failure;
    close();
    if (!connectAndMigrate(d->path)) {
        close();
    }
    d->error = error;
    d->failure = failure;
    return false;
}

bool IncidentStore::setSizeLimit(qint64 bytes)
{
    QSqlQuery pageSize(d->db());
    if (!d->run(pageSize, QStringLiteral("PRAGMA page_size")) || !pageSize.next()) {
        return false;
    }
    // SQLite's own ceiling when lifted; never below the pages the file has (SQLite keeps those).
    constexpr qint64 noLimit = 4294967294;
    const qint64 pages = bytes > 0 ? std::max<qint64>(1, bytes / pageSize.value(0).toLongLong()) : noLimit;
    QSqlQuery limit(d->db());
    return d->run(limit, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

QString IncidentStore::author() const
{
    return d->author;
}

void IncidentStore::setAuthor(const QString &author)
{
    d->author = author;
}

QString IncidentStore::connectionName() const
{
    return d->connectionName;
}

int IncidentStore::schemaVersion() const
{
    return SchemaMigrations::currentVersion(d->db());
}

bool IncidentStore::isFullTextSearchAvailable() const
{
    return d->ftsAvailable;
}

QString IncidentStore::fullTextSearchNotice() const
{
    if (d->ftsAvailable) {
        return {};
    }
    return QCoreApplication::translate("Iwb::IncidentStore",
        "Full-text search is unavailable: this SQLite library was built without FTS5. "
        "Searching falls back to plain substring matching, which is slower and ignores word forms.");
}

// --- documents ---------------------------------------------------------------

std::optional<AddedDocument> IncidentStore::addDocument(Document &document)
{
    // A page fetched from an address fetched before is that article, even if its text changed since.
    if (const QString &url = document.metadata().fetchedUrl; !url.isEmpty()) {
        if (const auto existing = documentIdForFetchedUrl(url)) {
            document.setId(*existing);
            return AddedDocument { *existing, true, true };
        }
    }
    if (const auto existing = documentIdForHash(document.sha256())) {
        document.setId(*existing);
        return AddedDocument { *existing, true, false };
    }
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        d->failToStart(transaction.error());
        return std::nullopt;
    }
    if (!document.importedAt().isValid()) {
        document.setImportedAt(QDateTime::currentDateTimeUtc());
    }
    QSqlQuery query(d->db());
    if (!d->run(query,
            QStringLiteral("INSERT INTO documents (sha256, title, language, published, source, format, text, "
                           "raw_source, imported_at, metadata) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { QString::fromLatin1(document.sha256()), document.title(), document.language(), document.published(),
                document.source(), document.format(), document.text(), document.rawSource(),
                timestamp(document.importedAt()),
                QString::fromUtf8(QJsonDocument(document.metadata().toJson()).toJson(QJsonDocument::Compact)) })) {
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (document.hasOriginal() && !document.original().isEmpty()) {
        QSqlQuery original(d->db());
        if (!d->run(original,
                QStringLiteral("INSERT INTO document_originals (document_id, media_type, bytes) VALUES (?, ?, ?)"),
                { id, document.originalMediaType(), document.original() })) {
            return std::nullopt;
        }
    }
    QJsonObject detail { { QStringLiteral("title"), document.title() },
        { QStringLiteral("source"), document.source() } };
    if (!d->addHistory(QStringLiteral("document"), id, QStringLiteral("import"), detail)) {
        return std::nullopt;
    }
    if (!transaction.commit()) {
        d->fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot commit the import"), d->db().lastError());
        return std::nullopt;
    }
    document.setId(id);
    return AddedDocument { id, false, false };
}

std::optional<Document> IncidentStore::document(qint64 id) const
{
    QSqlQuery query(d->db());
    if (!d->run(query,
            // The original's media type only: its bytes stay on disk until documentOriginal() asks.
            QStringLiteral("SELECT d.title, d.language, d.published, d.source, d.format, d.text, d.raw_source, "
                           "d.imported_at, d.metadata, o.media_type, d.sha256 FROM documents d "
                           "LEFT JOIN document_originals o ON o.document_id = d.id WHERE d.id = ?"),
            { id })) {
        return std::nullopt;
    }
    if (!query.next()) {
        d->fail(QCoreApplication::translate("Iwb::IncidentStore", "there is no document with id %1").arg(id));
        return std::nullopt;
    }
    Document document;
    document.setId(id);
    document.setTitle(query.value(0).toString());
    document.setLanguage(query.value(1).toString());
    document.setPublished(query.value(2).toString());
    document.setSource(query.value(3).toString());
    document.setFormat(query.value(4).toString());
    // The hash stored with the text is the text's (addDocument() computed it): not computed again.
    document.setText(query.value(5).toString(), query.value(10).toString().toLatin1());
    document.setRawSource(query.value(6).toString());
    document.setImportedAt(parseTimestamp(query.value(7)));
    document.setMetadata(DocumentMetadata::fromJson(QJsonDocument::fromJson(query.value(8).toByteArray()).object()));
    if (!query.isNull(9)) {
        document.setStoredOriginal(query.value(9).toString());
    }
    return document;
}

std::optional<DocumentOriginal> IncidentStore::documentOriginal(qint64 id) const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(
            query, QStringLiteral("SELECT media_type, bytes FROM document_originals WHERE document_id = ?"), { id })) {
        return std::nullopt;
    }
    DocumentOriginal original;
    if (query.next()) {
        original.mediaType = query.value(0).toString();
        original.bytes = query.value(1).toByteArray();
    }
    return original;
}

std::optional<qint64> IncidentStore::documentIdForHash(const QByteArray &sha256) const
{
    QSqlQuery query(d->db());
    if (!d->run(query, QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"), { QString::fromLatin1(sha256) })
        || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> IncidentStore::documentIdForFetchedUrl(const QString &fetchedUrl) const
{
    // No index: a scan of the documents' metadata, which costs little next to a fetch.
    QSqlQuery query(d->db());
    if (fetchedUrl.isEmpty()
        || !d->run(query,
            QStringLiteral("SELECT id FROM documents WHERE CASE WHEN json_valid(metadata) "
                           "THEN json_extract(metadata, '$.fetched_url') END = ? ORDER BY id LIMIT 1"),
            { fetchedUrl })
        || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

namespace {

    /// The columns documentSummaries() reads, in summaryFromRow()'s order; callers add FROM, WHERE and ORDER.
    QString summaryColumns(IncidentStore::SummaryLength length)
    {
        return QStringLiteral("SELECT d.id, d.title, d.language, d.published, d.source, d.format, ")
            + (length == IncidentStore::SummaryLength::Count ? QStringLiteral("length(d.text)") : QStringLiteral("0"))
            + QStringLiteral(", (SELECT count(*) FROM facts f WHERE f.document_id = d.id), d.imported_at "
                             "FROM documents d");
    }

    DocumentSummary summaryFromRow(const QSqlQuery &query)
    {
        DocumentSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.language = query.value(2).toString();
        summary.published = query.value(3).toString();
        summary.source = query.value(4).toString();
        summary.format = query.value(5).toString();
        summary.length = query.value(6).toLongLong();
        summary.factCount = query.value(7).toInt();
        summary.importedAt = parseTimestamp(query.value(8));
        return summary;
    }

} // namespace

QList<DocumentSummary> IncidentStore::documentSummaries(SummaryLength length) const
{
    QList<DocumentSummary> summaries;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query, summaryColumns(length) + QStringLiteral(" ORDER BY d.id"))) {
        return summaries;
    }
    while (query.next()) {
        summaries.append(summaryFromRow(query));
    }
    return summaries;
}

std::optional<QList<DocumentSummary>> IncidentStore::documentSummaries(
    const QList<qint64> &ids, SummaryLength length) const
{
    QList<DocumentSummary> summaries;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    // One statement prepared once and run per id: each run is a primary-key lookup.
    if (!query.prepare(summaryColumns(length) + QStringLiteral(" WHERE d.id = ?"))) {
        d->fail(QCoreApplication::translate("Iwb::IncidentStore", "cannot prepare a statement"), query.lastError());
        return std::nullopt;
    }
    for (const qint64 id : ids) {
        query.bindValue(0, id);
        if (!query.exec()) {
            d->fail(QCoreApplication::translate("Iwb::IncidentStore", "a statement failed"), query.lastError());
            return std::nullopt;
        }
        if (query.next()) {
            summaries.append(summaryFromRow(query));
        }
        query.finish();
    }
    return summaries;
}

int IncidentStore::documentCount() const
{
    QSqlQuery query(d->db());
    if (!d->run(query, QStringLiteral("SELECT count(*) FROM documents")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool IncidentStore::removeDocument(qint64 id)
{
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    QSqlQuery query(d->db());
    if (!d->run(query, QStringLiteral("DELETE FROM documents WHERE id = ?"), { id })) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        return d->fail(QCoreApplication::translate("Iwb::IncidentStore", "there is no document with id %1").arg(id));
    }
    return d->addHistory(QStringLiteral("document"), id, QStringLiteral("delete"), {}) && transaction.commit();
}

// --- learned extraction models ---------------------------------------------------

namespace {

    QVariant optionalReal(const std::optional<double> &value)
    {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
    }

    std::optional<double> readOptionalReal(const QVariant &value)
    {
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    }

    /// A row of extractionModelColumns (the model's JSON last, when it was selected).
    StoredModel storedModelOf(const QSqlQuery &query, bool withJson)
    {
        StoredModel model;
        model.version = query.value(0).toLongLong();
        model.trainedAt = parseTimestamp(query.value(1));
        model.trainingArticles = query.value(2).toInt();
        model.trainingExamples = query.value(3).toInt();
        model.source = query.value(4).toString();
        model.cvPrecision = readOptionalReal(query.value(5));
        model.cvRecall = readOptionalReal(query.value(6));
        model.cvFolds = query.value(7).toInt();
        if (withJson) {
            model.json = query.value(8).toString().toUtf8();
        }
        return model;
    }

    constexpr QLatin1StringView extractionModelColumns { "SELECT version, trained_at, training_articles, "
                                                         "training_examples, source, cv_precision, cv_recall, "
                                                         "cv_folds" };

} // namespace

std::optional<qint64> IncidentStore::addExtractionModel(const StoredModel &model)
{
    WriteTransaction transaction(d->db());
    QSqlQuery query(d->db());
    if (!transaction.isActive()
        || !d->run(query,
            QStringLiteral("INSERT INTO extraction_models (trained_at, training_articles, training_examples, source, "
                           "model, cv_precision, cv_recall, cv_folds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { timestamp(model.trainedAt), model.trainingArticles, model.trainingExamples, model.source,
                QString::fromUtf8(model.json), optionalReal(model.cvPrecision), optionalReal(model.cvRecall),
                model.cvFolds })) {
        return std::nullopt;
    }
    const qint64 version = query.lastInsertId().toLongLong();
    if (!d->addHistory(QStringLiteral("extraction_model"), version, QStringLiteral("train"),
            QJsonObject { { QStringLiteral("training_articles"), model.trainingArticles },
                { QStringLiteral("training_examples"), model.trainingExamples } })
        || !transaction.commit()) {
        return std::nullopt;
    }
    return version;
}

std::optional<StoredModel> IncidentStore::latestExtractionModel() const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query,
            extractionModelColumns + QLatin1String(", model FROM extraction_models ORDER BY version DESC LIMIT 1"),
            {})) {
        return std::nullopt;
    }
    return query.next() ? storedModelOf(query, true) : StoredModel();
}

std::optional<QList<StoredModel>> IncidentStore::extractionModelHistory() const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query, extractionModelColumns + QLatin1String(" FROM extraction_models ORDER BY version"), {})) {
        return std::nullopt;
    }
    QList<StoredModel> models;
    while (query.next()) {
        models.append(storedModelOf(query, false));
    }
    return models;
}

// --- facts -------------------------------------------------------------------

std::optional<QList<Fact>> IncidentStore::facts(qint64 documentId) const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query,
            QLatin1String(factColumnsQuery)
                + QLatin1String(" WHERE document_id = ? ORDER BY start_utf16, end_utf16, id"),
            { documentId })) {
        return std::nullopt;
    }
    QList<Fact> facts;
    while (query.next()) {
        facts.append(factFromRow(query));
    }
    return facts;
}

std::optional<Fact> IncidentStore::fact(qint64 id) const
{
    QSqlQuery query(d->db());
    if (!d->run(query, QLatin1String(factColumnsQuery) + QLatin1String(" WHERE id = ?"), { id })) {
        return std::nullopt;
    }
    if (!query.next()) {
        d->fail(QCoreApplication::translate("Iwb::IncidentStore", "there is no fact with id %1").arg(id));
        return std::nullopt;
    }
    return factFromRow(query);
}

bool IncidentStore::saveFacts(qint64 documentId, QList<Fact> &facts)
{
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    QList<Fact> written = facts;
    if (!d->writeFacts(documentId, written)) {
        return false;
    }
    if (!transaction.commit()) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot commit the facts"), d->db().lastError());
    }
    facts = written;
    return true;
}

bool IncidentStore::saveAnnotations(
    qint64 documentId, QList<Fact> &facts, IncidentRecord &record, OtherIncidents others)
{
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    QList<Fact> writtenFacts = facts;
    if (!d->writeFacts(documentId, writtenFacts)) {
        return false;
    }
    IncidentRecord writtenRecord = record;
    QSqlQuery otherFact(d->db());
    for (auto it = writtenRecord.evidence.begin(); it != writtenRecord.evidence.end(); ++it) {
        QList<qint64> ids;
        for (const qint64 reference : std::as_const(it.value())) {
            if (reference < 0) {
                // A fact of another source article: kept while it exists (that article may have dropped it).
                if (!d->run(otherFact, QStringLiteral("SELECT 1 FROM facts WHERE id = ? AND document_id <> ?"),
                        { -reference, documentId })) {
                    return false;
                }
                if (otherFact.next()) {
                    ids.append(-reference);
                }
                otherFact.finish();
                continue;
            }
            if (reference >= writtenFacts.size()) {
                return d->fail(QCoreApplication::translate(
                    "Iwb::IncidentStore", "the record was not saved: evidence for '%1' names fact %2 of %3")
                        .arg(it.key())
                        .arg(reference)
                        .arg(writtenFacts.size()));
            }
            ids.append(writtenFacts.at(reference).id);
        }
        it.value() = ids;
    }
    if (!writtenRecord.sourceDocumentIds.contains(documentId)) {
        writtenRecord.sourceDocumentIds.append(documentId);
    }
    if (!d->writeIncident(writtenRecord)) {
        return false;
    }
    if (others == OtherIncidents::Release && !d->releaseDocument(documentId, writtenRecord.id)) {
        return false;
    }
    if (!transaction.commit()) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot commit the annotations"), d->db().lastError());
    }
    facts = writtenFacts;
    record = writtenRecord;
    return true;
}

bool IncidentStore::Private::writeFacts(qint64 documentId, QList<Fact> &facts) const
{
    QSqlQuery existingQuery(db());
    if (!run(existingQuery, QStringLiteral("SELECT id FROM facts WHERE document_id = ?"), { documentId })) {
        return false;
    }
    QSet<qint64> existing;
    while (existingQuery.next()) {
        existing.insert(existingQuery.value(0).toLongLong());
    }
    existingQuery.finish();

    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    int added = 0;
    int updated = 0;
    QSet<qint64> kept;
    QSqlQuery write(db());
    for (Fact &fact : facts) {
        if (fact.start < 0 || fact.end < fact.start) {
            return fail(QCoreApplication::translate("Iwb::IncidentStore", "fact '%1' has an invalid span %2..%3")
                    .arg(fact.text)
                    .arg(fact.start)
                    .arg(fact.end));
        }
        fact.documentId = documentId;
        if (fact.author.isEmpty()) {
            fact.author = author;
        }
        if (!fact.modifiedAt.isValid()) {
            fact.modifiedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
        }
        const QVariantList values { factTypeName(fact.type), fact.start, fact.end, fact.text, jsonValueText(fact.value),
            polarityName(fact.polarity), certaintyName(fact.certainty), fact.origin, factStatusName(fact.status),
            fact.author, timestamp(fact.modifiedAt) };
        if (fact.id > 0 && existing.contains(fact.id)) {
            if (!run(write,
                    QStringLiteral(
                        "UPDATE facts SET type = ?, start_utf16 = ?, end_utf16 = ?, text = ?, value_json = ?, "
                        "polarity = ?, certainty = ?, origin = ?, status = ?, author = ?, modified_at = ? "
                        "WHERE id = ? AND document_id = ?"),
                    values + QVariantList { fact.id, documentId })) {
                return false;
            }
            ++updated;
        } else {
            if (!run(write,
                    QStringLiteral("INSERT INTO facts (document_id, type, start_utf16, end_utf16, text, value_json, "
                                   "polarity, certainty, origin, status, author, modified_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    QVariantList { documentId } + values)) {
                return false;
            }
            fact.id = write.lastInsertId().toLongLong();
            ++added;
        }
        kept.insert(fact.id);
    }
    int removed = 0;
    for (const qint64 id : std::as_const(existing)) {
        if (!kept.contains(id)) {
            if (!run(write, QStringLiteral("DELETE FROM facts WHERE id = ?"), { id })) {
                return false;
            }
            ++removed;
        }
    }
    const QJsonObject detail { { QStringLiteral("added"), added }, { QStringLiteral("updated"), updated },
        { QStringLiteral("removed"), removed } };
    return addHistory(QStringLiteral("facts"), documentId, QStringLiteral("save"), detail);
}

// --- incident records ----------------------------------------------------------

bool IncidentStore::saveIncident(IncidentRecord &record)
{
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    IncidentRecord written = record;
    if (!d->writeIncident(written)) {
        return false;
    }
    if (!transaction.commit()) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot commit the record"), d->db().lastError());
    }
    record = written;
    return true;
}

bool IncidentStore::saveIncidents(QList<IncidentRecord> &records,
    const std::function<bool(qsizetype index, const IncidentRecord &written)> &alongside)
{
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    QList<IncidentRecord> written = records;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (!d->writeIncident(written[i])) {
            return false;
        }
        if (alongside && !alongside(i, written.at(i))) {
            return d->fail(QCoreApplication::translate("Iwb::IncidentStore", "the records were not saved"));
        }
    }
    if (!transaction.commit()) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot commit the records"), d->db().lastError());
    }
    records = written;
    return true;
}

bool IncidentStore::Private::writeIncident(IncidentRecord &record) const
{
    if (const QString invalid = validateRecord(record); !invalid.isEmpty()) {
        return fail(QCoreApplication::translate("Iwb::IncidentStore", "the record was not saved: %1").arg(invalid));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<IncidentRecord> previous;
    if (record.id > 0) {
        previous = loadIncident(record.id);
        if (!previous) {
            return fail(QCoreApplication::translate("Iwb::IncidentStore", "there is no incident record with id %1")
                    .arg(record.id));
        }
    }
    IncidentRecord toSave = record;
    toSave.modifiedAt = now;
    if (!toSave.createdAt.isValid()) {
        toSave.createdAt = previous ? previous->createdAt : now;
    }

    const QVariantList values {
        toSave.organization,
        toSave.incidentDate,
        toSave.startTime,
        toSave.endTime,
        nullable(toSave.durationMinutes),
        nullable(toSave.affectedCount),
        toSave.affectedUnit,
        stringListToJson(toSave.dataExposed),
        stringListToJson(toSave.dataNotExposed),
        toSave.cause,
        toSave.externalAttack,
        toSave.discoveredBy,
        nullable(toSave.authorityNotified),
        nullable(toSave.affectedNotified),
        reviewStatusName(toSave.reviewStatus),
        toSave.analyst,
        toSave.notes,
        timestamp(toSave.createdAt),
        timestamp(toSave.modifiedAt),
        LibraryKeys::organizationKey(toSave.organization),
        LibraryKeys::searchText(toSave.organization, toSave.incidentDate, toSave.cause, toSave.affectedCount,
            toSave.affectedUnit, reviewStatusName(toSave.reviewStatus)),
    };
    QSqlQuery query(db());
    if (previous) {
        if (!run(query,
                QStringLiteral(
                    "UPDATE incidents SET organization = ?, incident_date = ?, start_time = ?, end_time = ?, "
                    "duration_minutes = ?, affected_count = ?, affected_unit = ?, data_exposed = ?, "
                    "data_not_exposed = ?, cause = ?, external_attack = ?, discovered_by = ?, "
                    "authority_notified = ?, affected_notified = ?, review_status = ?, analyst = ?, "
                    "notes = ?, created_at = ?, modified_at = ?, organization_key = ?, search_text = ? WHERE id = ?"),
                values + QVariantList { toSave.id })) {
            return false;
        }
    } else {
        if (!run(query,
                QStringLiteral(
                    "INSERT INTO incidents (organization, incident_date, start_time, end_time, duration_minutes, "
                    "affected_count, affected_unit, data_exposed, data_not_exposed, cause, external_attack, "
                    "discovered_by, authority_notified, affected_notified, review_status, analyst, notes, "
                    "created_at, modified_at, organization_key, search_text) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                values)) {
            return false;
        }
        toSave.id = query.lastInsertId().toLongLong();
    }

    QSqlQuery links(db());
    if (!run(links, QStringLiteral("DELETE FROM incident_sources WHERE incident_id = ?"), { toSave.id })
        || !run(links, QStringLiteral("DELETE FROM field_evidence WHERE incident_id = ?"), { toSave.id })) {
        return false;
    }
    for (const qint64 documentId : std::as_const(toSave.sourceDocumentIds)) {
        if (!run(links,
                QStringLiteral("INSERT OR IGNORE INTO incident_sources (incident_id, document_id) VALUES (?, ?)"),
                { toSave.id, documentId })) {
            return false;
        }
    }
    for (auto it = toSave.evidence.cbegin(); it != toSave.evidence.cend(); ++it) {
        if (!IncidentRecord::fieldNames().contains(it.key())) {
            return fail(QCoreApplication::translate(
                "Iwb::IncidentStore", "the record was not saved: evidence for unknown field '%1'")
                    .arg(it.key()));
        }
        for (const qint64 factId : it.value()) {
            if (!run(links,
                    QStringLiteral(
                        "INSERT OR IGNORE INTO field_evidence (incident_id, field, fact_id) VALUES (?, ?, ?)"),
                    { toSave.id, it.key(), factId })) {
                return false;
            }
        }
    }

    // The history keeps the changed fields with their old and new values.
    QJsonObject changes;
    const QJsonObject after = toSave.toContractJson();
    const QJsonObject before = previous ? previous->toContractJson() : QJsonObject();
    for (const QString &field : IncidentRecord::fieldNames()) {
        if (!previous || before.value(field) != after.value(field)) {
            changes.insert(field, QJsonArray { before.value(field), after.value(field) });
        }
    }
    if (previous && previous->reviewStatus != toSave.reviewStatus) {
        changes.insert(QStringLiteral("review_status"),
            QJsonArray { reviewStatusName(previous->reviewStatus), reviewStatusName(toSave.reviewStatus) });
    }
    if (previous && previous->notes != toSave.notes) {
        changes.insert(QStringLiteral("notes"), QJsonArray { previous->notes, toSave.notes });
    }
    QList<qint64> sourcesBefore = previous ? previous->sourceDocumentIds : QList<qint64>();
    QList<qint64> sourcesAfter = toSave.sourceDocumentIds;
    std::sort(sourcesBefore.begin(), sourcesBefore.end());
    std::sort(sourcesAfter.begin(), sourcesAfter.end());
    sourcesAfter.erase(std::unique(sourcesAfter.begin(), sourcesAfter.end()), sourcesAfter.end());
    if (previous && sourcesBefore != sourcesAfter) {
        changes.insert(
            QStringLiteral("source_document_ids"), QJsonArray { idArray(sourcesBefore), idArray(sourcesAfter) });
    }
    if (!addHistory(QStringLiteral("incident"), toSave.id,
            previous ? QStringLiteral("update") : QStringLiteral("create"), changes)) {
        return false;
    }
    record = toSave;
    return true;
}

bool IncidentStore::Private::releaseDocument(qint64 documentId, qint64 keptIncidentId) const
{
    QSqlQuery others(db());
    if (!run(others,
            QStringLiteral("SELECT incident_id FROM incident_sources WHERE document_id = ? AND incident_id <> ? ORDER "
                           "BY incident_id"),
            { documentId, keptIncidentId })) {
        return false;
    }
    QList<qint64> incidentIds;
    while (others.next()) {
        incidentIds.append(others.value(0).toLongLong());
    }
    others.finish();
    for (const qint64 incidentId : std::as_const(incidentIds)) {
        QSqlQuery query(db());
        if (!run(query,
                QStringLiteral("SELECT document_id FROM incident_sources WHERE incident_id = ? ORDER BY document_id"),
                { incidentId })) {
            return false;
        }
        QList<qint64> before;
        while (query.next()) {
            before.append(query.value(0).toLongLong());
        }
        query.finish();
        QList<qint64> after = before;
        after.removeAll(documentId);
        const QJsonObject detail {
            { QStringLiteral("source_document_ids"), QJsonArray { idArray(before), idArray(after) } },
            { QStringLiteral("now_source_of"), keptIncidentId },
        };
        if (after.isEmpty()) {
            // Its only article now tells another incident: the record would be an orphan duplicate.
            if (!refuseIfInRegister(incidentId)
                || !run(query, QStringLiteral("DELETE FROM incidents WHERE id = ?"), { incidentId })
                || !addHistory(QStringLiteral("incident"), incidentId, QStringLiteral("delete"), detail)) {
                return false;
            }
            continue;
        }
        if (!run(query, QStringLiteral("DELETE FROM incident_sources WHERE incident_id = ? AND document_id = ?"),
                { incidentId, documentId })
            || !run(query,
                QStringLiteral("DELETE FROM field_evidence WHERE incident_id = ? AND fact_id IN (SELECT id FROM facts "
                               "WHERE document_id = ?)"),
                { incidentId, documentId })
            || !run(query, QStringLiteral("UPDATE incidents SET modified_at = ? WHERE id = ?"),
                { timestamp(QDateTime::currentDateTimeUtc()), incidentId })
            || !addHistory(QStringLiteral("incident"), incidentId, QStringLiteral("update"), detail)) {
            return false;
        }
    }
    return true;
}

std::optional<IncidentRecord> IncidentStore::Private::loadIncident(qint64 id) const
{
    QSqlQuery query(db());
    if (!run(query, recordColumns() + QStringLiteral(" WHERE id = ?"), { id }) || !query.next()) {
        return std::nullopt;
    }
    IncidentRecord record = recordFrom(query);
    query.finish();

    QSqlQuery sources(db());
    if (!run(sources,
            QStringLiteral("SELECT document_id FROM incident_sources WHERE incident_id = ? ORDER BY document_id"),
            { id })) {
        return std::nullopt;
    }
    while (sources.next()) {
        record.sourceDocumentIds.append(sources.value(0).toLongLong());
    }
    QSqlQuery evidence(db());
    if (!run(evidence,
            QStringLiteral("SELECT field, fact_id FROM field_evidence WHERE incident_id = ? ORDER BY field, fact_id"),
            { id })) {
        return std::nullopt;
    }
    while (evidence.next()) {
        record.evidence[evidence.value(0).toString()].append(evidence.value(1).toLongLong());
    }
    return record;
}

std::optional<IncidentRecord> IncidentStore::incident(qint64 id) const
{
    auto record = d->loadIncident(id);
    if (!record && d->error.isEmpty()) {
        d->fail(QCoreApplication::translate("Iwb::IncidentStore", "there is no incident record with id %1").arg(id));
    }
    return record;
}

QList<IncidentRecord> IncidentStore::incidents() const
{
    // Three queries, one per table, joined here by id; one read transaction, so the records, their
    // sources and their evidence are one state of the store (a query per record cost as much again).
    QList<IncidentRecord> records;
    WriteTransaction reading(d->db());
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query, d->recordColumns() + QStringLiteral(" ORDER BY id"))) {
        return records;
    }
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        indexOf.insert(query.value(0).toLongLong(), records.size());
        records.append(Private::recordFrom(query));
    }
    query.finish();
    QSqlQuery sources(d->db());
    sources.setForwardOnly(true);
    if (!d->run(sources,
            QStringLiteral(
                "SELECT incident_id, document_id FROM incident_sources ORDER BY incident_id, document_id"))) {
        return {};
    }
    while (sources.next()) {
        if (const auto it = indexOf.constFind(sources.value(0).toLongLong()); it != indexOf.cend()) {
            records[*it].sourceDocumentIds.append(sources.value(1).toLongLong());
        }
    }
    sources.finish();
    QSqlQuery evidence(d->db());
    evidence.setForwardOnly(true);
    if (!d->run(evidence,
            QStringLiteral(
                "SELECT incident_id, field, fact_id FROM field_evidence ORDER BY incident_id, field, fact_id"))) {
        return {};
    }
    while (evidence.next()) {
        if (const auto it = indexOf.constFind(evidence.value(0).toLongLong()); it != indexOf.cend()) {
            records[*it].evidence[evidence.value(1).toString()].append(evidence.value(2).toLongLong());
        }
    }
    return records;
}

QList<qint64> IncidentStore::incidentIdsForDocument(qint64 documentId) const
{
    QList<qint64> ids;
    QSqlQuery query(d->db());
    if (d->run(query,
            QStringLiteral("SELECT incident_id FROM incident_sources WHERE document_id = ? ORDER BY incident_id"),
            { documentId })) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return ids;
}

int IncidentStore::incidentCount() const
{
    // Kept by triggers (schema version 4): counting a million rows would cost what a page must not.
    QSqlQuery query(d->db());
    if (!d->run(query, QStringLiteral("SELECT value FROM register_counts WHERE name = 'incidents'")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

int IncidentStore::incidentMatchCount(const QString &filterText) const
{
    const QString needle = LibraryKeys::folded(filterText.trimmed());
    if (needle.isEmpty()) {
        return incidentCount();
    }
    QSqlQuery query(d->db());
    // The same conditions as incidentPage(): the trigram index narrows a rare text down, and the substring
    // test decides, so the count is what paging through the filtered register finds.
    const bool counted = d->isRareText(needle)
        ? d->run(query,
              QStringLiteral("SELECT count(*) FROM incidents WHERE id IN (SELECT rowid FROM incident_search WHERE "
                             "incident_search MATCH ?) AND instr(search_text, ?) > 0"),
              { Private::phrase(needle), needle })
        : d->run(query, QStringLiteral("SELECT count(*) FROM incidents WHERE instr(search_text, ?) > 0"), { needle });
    if (!counted || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool IncidentStore::fillLibraryKeys()
{
    QSqlDatabase database = d->db();
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    // Many records at once (a register written by another program, a big snapshot): the trigram index
    // is built anew afterwards instead of being updated row by row (a million rows: 8 s instead of 58 s).
    QSqlQuery count(database);
    if (!d->run(
            count, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM incidents WHERE search_text = '' LIMIT 10000)"))
        || !count.next()) {
        return false;
    }
    const bool many = count.value(0).toInt() >= 10000;
    count.finish();
    QString error;
    if (many && !SchemaMigrations::dropIncidentSearchIndex(database, &error)) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot prepare the search index: %1").arg(error));
    }
    if (!d->fillLibraryKeys()) {
        return false;
    }
    if (many && !SchemaMigrations::ensureIncidentSearchIndex(database, &error)) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "cannot build the search index: %1").arg(error));
    }
    return transaction.commit();
}

QList<IncidentSummary> IncidentStore::incidentPage(
    const IncidentQuery &query, const std::optional<IncidentSummary> &after, int limit) const
{
    // Keyset paging: the next page starts after the last row's (sort value, id) and is read
    // straight from that column's index, so page 2,000 costs what page 1 costs.
    QString column;
    QVariant afterValue;
    switch (query.sortKey) {
    case IncidentQuery::SortKey::Modified:
        column = QStringLiteral("i.modified_at");
        afterValue = after ? QVariant(after->modifiedAt) : QVariant();
        break;
    case IncidentQuery::SortKey::Organization:
        column = QStringLiteral("i.organization_key");
        afterValue = after ? QVariant(after->organizationKey) : QVariant();
        break;
    case IncidentQuery::SortKey::Date:
        column = QStringLiteral("i.incident_date");
        afterValue = after ? QVariant(after->incidentDate) : QVariant();
        break;
    case IncidentQuery::SortKey::Cause:
        column = QStringLiteral("i.cause");
        afterValue = after ? QVariant(after->cause) : QVariant();
        break;
    case IncidentQuery::SortKey::Affected:
        column = QStringLiteral("coalesce(i.affected_count, -1)");
        afterValue = after ? QVariant(after->affectedCount.value_or(-1)) : QVariant();
        break;
    case IncidentQuery::SortKey::Review:
        column = QStringLiteral("i.review_status");
        afterValue = after ? QVariant(reviewStatusName(after->reviewStatus)) : QVariant();
        break;
    }
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList conditions;
    QVariantList values;
    if (after) {
        conditions.append(QStringLiteral("(") + column
            + (ascending ? QStringLiteral(", i.id) > (?, ?)") : QStringLiteral(", i.id) < (?, ?)")));
        values << afterValue << after->id;
    }
    const QString needle = LibraryKeys::folded(query.filterText.trimmed());
    if (!needle.isEmpty()) {
        if (d->isRareText(needle)) {
            // Few records hold it: they come from the trigram index and are sorted, instead of reading
            // the whole register in order to find them.
            conditions.append(
                QStringLiteral("i.id IN (SELECT rowid FROM incident_search WHERE incident_search MATCH ?)"));
            values << Private::phrase(needle);
        } else {
            // Many records hold it (or it is too short for trigrams): walking the order's index finds a
            // page of them soon.
            conditions.append(QStringLiteral("instr(i.search_text, ?) > 0"));
            values << needle;
        }
    }
    values << limit;
    QList<IncidentSummary> summaries;
    QSqlQuery rows(d->db());
    rows.setForwardOnly(true);
    if (!d->run(rows,
            QStringLiteral("SELECT i.id, i.organization, i.incident_date, i.cause, i.affected_count, "
                           "i.affected_unit, i.review_status, "
                           "(SELECT min(s.document_id) FROM incident_sources s WHERE s.incident_id = i.id), "
                           "i.modified_at, i.organization_key FROM incidents i ")
                + (conditions.isEmpty() ? QString()
                                        : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
                + QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", i.id") + direction
                + QStringLiteral(" LIMIT ?"),
            values)) {
        return summaries;
    }
    while (rows.next()) {
        summaries.append(d->summaryFrom(rows));
    }
    return summaries;
}

bool IncidentStore::removeIncident(qint64 id)
{
    WriteTransaction transaction(d->db());
    if (!transaction.isActive()) {
        return d->failToStart(transaction.error());
    }
    QSqlQuery query(d->db());
    if (!d->refuseIfInRegister(id) || !d->run(query, QStringLiteral("DELETE FROM incidents WHERE id = ?"), { id })) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        return d->fail(
            QCoreApplication::translate("Iwb::IncidentStore", "there is no incident record with id %1").arg(id));
    }
    return d->addHistory(QStringLiteral("incident"), id, QStringLiteral("delete"), {}) && transaction.commit();
}

// --- search and history --------------------------------------------------------

QList<SearchHit> IncidentStore::search(const QString &queryText, int limit) const
{
    QList<SearchHit> hits;
    static const QRegularExpression wordPattern(
        QStringLiteral("[\\w\\*:-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = wordPattern.globalMatch(queryText); it.hasNext();) {
        words.append(it.next().captured(0));
    }
    if (words.isEmpty()) {
        return hits;
    }
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (d->ftsAvailable) {
        // Each word becomes a quoted prefix term, so user input never reaches
        // FTS5's query syntax: "Kund" finds "Kunden", "Kundendaten".
        QStringList terms;
        for (QString word : std::as_const(words)) {
            word.remove(QLatin1Char('"'));
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
        }
        if (!d->run(query,
                QStringLiteral("SELECT rowid, title, snippet(document_fts, -1, '[', ']', '…', 12) FROM document_fts "
                               "WHERE document_fts MATCH ? ORDER BY rank LIMIT ?"),
                { terms.join(QLatin1Char(' ')), limit })) {
            return hits;
        }
        while (query.next()) {
            hits.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() });
        }
        return hits;
    }
    QString sql = QStringLiteral("SELECT id, title, text FROM documents WHERE 1");
    QVariantList values;
    for (const QString &word : std::as_const(words)) {
        sql += QStringLiteral(" AND (title || ' ' || text) LIKE ? ESCAPE '\\'");
        QString escaped = word;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        values.append(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    values.append(limit);
    if (!d->run(query, sql, values)) {
        return hits;
    }
    while (query.next()) {
        const QString text = query.value(2).toString();
        const qsizetype at = std::max<qsizetype>(0, text.indexOf(words.first(), 0, Qt::CaseInsensitive) - 40);
        hits.append({ query.value(0).toLongLong(), query.value(1).toString(), text.mid(at, 100).simplified() });
    }
    return hits;
}

QList<HistoryEntry> IncidentStore::history(const QString &entity, qint64 entityId) const
{
    QList<HistoryEntry> entries;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    const bool filtered = !entity.isEmpty();
    const QString sql = QStringLiteral("SELECT id, at, author, entity, entity_id, action, detail FROM edit_history")
        + (filtered ? QStringLiteral(" WHERE entity = ? AND entity_id = ?") : QString())
        + QStringLiteral(" ORDER BY id DESC");
    if (!d->run(query, sql, filtered ? QVariantList { entity, entityId } : QVariantList {})) {
        return entries;
    }
    while (query.next()) {
        entries.append({ query.value(0).toLongLong(), parseTimestamp(query.value(1)), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
            query.value(6).toString() });
    }
    return entries;
}

} // namespace Iwb
