// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "schemamigrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace Iwb {

namespace {

    using MigrationStep = std::function<bool(QSqlDatabase &, QString *)>;

    bool execAll(QSqlDatabase &database, const QStringList &statements, QString *error)
    {
        for (const QString &statement : statements) {
            QSqlQuery query(database);
            if (!query.exec(statement)) {
                *error = query.lastError().text() + QStringLiteral(" in: ") + statement.simplified().left(120);
                return false;
            }
        }
        return true;
    }

    // Version 1: documents, facts, incident records, their sources and evidence.
    bool createCoreTables(QSqlDatabase &database, QString *error)
    {
        return execAll(database,
            {
                QStringLiteral(R"(CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL DEFAULT '',
                language TEXT NOT NULL DEFAULT '',
                published TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL DEFAULT '',
                format TEXT NOT NULL DEFAULT 'txt',
                text TEXT NOT NULL,
                raw_source TEXT NOT NULL DEFAULT '',
                imported_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE facts (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                type TEXT NOT NULL,
                start_utf16 INTEGER NOT NULL,
                end_utf16 INTEGER NOT NULL,
                text TEXT NOT NULL,
                value_json TEXT NOT NULL DEFAULT 'null',
                polarity TEXT NOT NULL DEFAULT 'positive',
                certainty TEXT NOT NULL DEFAULT 'certain',
                origin TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'suggested',
                CHECK (start_utf16 >= 0 AND end_utf16 >= start_utf16)))"),
                QStringLiteral("CREATE INDEX facts_by_document ON facts(document_id)"),
                QStringLiteral(R"(CREATE TABLE incidents (
                id INTEGER PRIMARY KEY,
                organization TEXT NOT NULL DEFAULT '',
                incident_date TEXT NOT NULL DEFAULT '',
                start_time TEXT NOT NULL DEFAULT '',
                end_time TEXT NOT NULL DEFAULT '',
                duration_minutes INTEGER,
                affected_count INTEGER,
                affected_unit TEXT NOT NULL DEFAULT '',
                data_exposed TEXT NOT NULL DEFAULT '[]',
                data_not_exposed TEXT NOT NULL DEFAULT '[]',
                cause TEXT NOT NULL DEFAULT '',
                external_attack TEXT NOT NULL DEFAULT '',
                discovered_by TEXT NOT NULL DEFAULT '',
                authority_notified INTEGER,
                affected_notified INTEGER,
                review_status TEXT NOT NULL DEFAULT 'draft',
                analyst TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                modified_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE incident_sources (
                incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
                document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                PRIMARY KEY (incident_id, document_id)))"),
                QStringLiteral("CREATE INDEX incident_sources_by_document ON incident_sources(document_id)"),
                QStringLiteral(R"(CREATE TABLE field_evidence (
                incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
                field TEXT NOT NULL,
                fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
                PRIMARY KEY (incident_id, field, fact_id)))"),
                QStringLiteral("CREATE INDEX field_evidence_by_fact ON field_evidence(fact_id)"),
            },
            error);
    }

    // Version 2: who changed what and when, for facts and everything else.
    bool addEditHistory(QSqlDatabase &database, QString *error)
    {
        return execAll(database,
            {
                QStringLiteral("ALTER TABLE facts ADD COLUMN author TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE facts ADD COLUMN modified_at TEXT NOT NULL DEFAULT ''"),
                QStringLiteral(R"(CREATE TABLE edit_history (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                author TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL,
                action TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral("CREATE INDEX edit_history_by_entity ON edit_history(entity, entity_id)"),
            },
            error);
    }

    // Version 3: full-text search over article text (FTS5 where SQLite has it).
    bool addFullTextIndex(QSqlDatabase &database, QString *error)
    {
        return SchemaMigrations::ensureFullTextIndex(database, error);
    }

    // Version 4: the incident library pages, sorts and filters a register of a million records
    // through indexes: one per sortable column (keyset paging: (value, id)), the organization's
    // German sort key and the case-folded text of the shown columns (LibraryKeys, filled by the store,
    // which finds rows still without them through the partial index), and the record count kept by
    // triggers instead of counted.
    bool addLibraryIndexes(QSqlDatabase &database, QString *error)
    {
        return execAll(database,
            {
                QStringLiteral("ALTER TABLE incidents ADD COLUMN organization_key BLOB NOT NULL DEFAULT x''"),
                QStringLiteral("ALTER TABLE incidents ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX incidents_by_modified ON incidents(modified_at, id)"),
                QStringLiteral("CREATE INDEX incidents_by_organization ON incidents(organization_key, id)"),
                QStringLiteral("CREATE INDEX incidents_by_date ON incidents(incident_date, id)"),
                QStringLiteral("CREATE INDEX incidents_by_cause ON incidents(cause, id)"),
                QStringLiteral("CREATE INDEX incidents_by_affected ON incidents(coalesce(affected_count, -1), id)"),
                QStringLiteral("CREATE INDEX incidents_by_review ON incidents(review_status, id)"),
                QStringLiteral("CREATE INDEX incidents_without_keys ON incidents(id) WHERE search_text = ''"),
                QStringLiteral(
                    "CREATE TABLE register_counts (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID"),
                QStringLiteral("INSERT INTO register_counts (name, value) SELECT 'incidents', count(*) FROM incidents"),
                QStringLiteral("CREATE TRIGGER incidents_count_insert AFTER INSERT ON incidents BEGIN "
                               "UPDATE register_counts SET value = value + 1 WHERE name = 'incidents'; END"),
                QStringLiteral("CREATE TRIGGER incidents_count_delete AFTER DELETE ON incidents BEGIN "
                               "UPDATE register_counts SET value = value - 1 WHERE name = 'incidents'; END"),
            },
            error);
    }

    // Version 5: what is known of a document besides its text (author, site, the provenance of a
    // fetched page, the page boundaries of a PDF), as one JSON object (DocumentMetadata).
    bool addDocumentMetadata(QSqlDatabase &database, QString *error)
    {
        return execAll(database,
            { QStringLiteral("ALTER TABLE documents ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}'") }, error);
    }

    // Version 6: the file a document was read from, byte for byte (a PDF, for the page view), in a table of
    // its own so that reading documents never reads megabytes of PDF; the document id is the rowid.
    bool addDocumentOriginals(QSqlDatabase &database, QString *error)
    {
        return execAll(database, { QStringLiteral(R"(CREATE TABLE document_originals (
                document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                media_type TEXT NOT NULL,
                bytes BLOB NOT NULL))") },
            error);
    }

    // Version 7: the learned extraction models (model/extraction/learning), one row per training, the newest
    // in use; kept with what they were trained on so that a result can be reproduced.
    bool addExtractionModels(QSqlDatabase &database, QString *error)
    {
        return execAll(database, { QStringLiteral(R"(CREATE TABLE extraction_models (
                version INTEGER PRIMARY KEY AUTOINCREMENT,
                trained_at TEXT NOT NULL,
                training_articles INTEGER NOT NULL,
                training_examples INTEGER NOT NULL,
                source TEXT NOT NULL,
                model TEXT NOT NULL))") },
            error);
    }

    // Version 8: the GDPR Art. 33/34 breach register (model/register, docs/register.md). Registers, one per
    // controller; entries, one per incident the analyst marks as a breach of that controller (a plain record
    // has none); and the notification log, each sent report kept as it was sent: triggers refuse to change or
    // delete a logged row, and an entry with a logged notification cannot be deleted (no cascade). Instants are
    // stored as UTC ISO text ('' for not stated) with the IANA zone they were entered in beside them.
    bool addBreachRegister(QSqlDatabase &database, QString *error)
    {
        return execAll(database,
            {
                QStringLiteral(R"(CREATE TABLE breach_registers (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                controller_name TEXT NOT NULL,
                controller_address TEXT NOT NULL DEFAULT '',
                contact_name TEXT NOT NULL DEFAULT '',
                contact_email TEXT NOT NULL DEFAULT '',
                contact_phone TEXT NOT NULL DEFAULT '',
                authority TEXT NOT NULL DEFAULT '',
                time_zone TEXT NOT NULL DEFAULT 'Europe/Berlin',
                regime TEXT NOT NULL DEFAULT 'gdpr' CHECK (regime IN ('gdpr', 'gdpr_nis2')),
                hour_counting TEXT NOT NULL DEFAULT 'elapsed'
                    CHECK (hour_counting IN ('elapsed', 'skip_awareness_hour')),
                created_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE register_entries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                register_id INTEGER NOT NULL REFERENCES breach_registers(id),
                incident_id INTEGER NOT NULL REFERENCES incidents(id),
                became_aware_utc TEXT NOT NULL DEFAULT '',
                became_aware_zone TEXT NOT NULL DEFAULT '',
                occurred_start_utc TEXT NOT NULL DEFAULT '',
                occurred_start_zone TEXT NOT NULL DEFAULT '',
                occurred_end_utc TEXT NOT NULL DEFAULT '',
                occurred_end_zone TEXT NOT NULL DEFAULT '',
                ongoing INTEGER NOT NULL DEFAULT 0,
                discovered_utc TEXT NOT NULL DEFAULT '',
                discovered_zone TEXT NOT NULL DEFAULT '',
                discovered_how TEXT NOT NULL DEFAULT '',
                confidentiality INTEGER NOT NULL DEFAULT 0,
                integrity INTEGER NOT NULL DEFAULT 0,
                availability INTEGER NOT NULL DEFAULT 0,
                description TEXT NOT NULL DEFAULT '',
                cause TEXT NOT NULL DEFAULT '',
                attack INTEGER,
                subjects_count INTEGER,
                subjects_unit TEXT NOT NULL DEFAULT '',
                subject_categories TEXT NOT NULL DEFAULT '[]',
                records_count INTEGER,
                data_categories TEXT NOT NULL DEFAULT '[]',
                special_categories TEXT NOT NULL DEFAULT '[]',
                criminal_data INTEGER NOT NULL DEFAULT 0,
                consequences TEXT NOT NULL DEFAULT '',
                measures_taken TEXT NOT NULL DEFAULT '',
                measures_proposed TEXT NOT NULL DEFAULT '',
                risk_level TEXT NOT NULL DEFAULT '' CHECK (risk_level IN ('', 'none', 'risk', 'high')),
                risk_reasons TEXT NOT NULL DEFAULT '',
                risk_criteria TEXT NOT NULL DEFAULT '[]',
                notify_authority INTEGER,
                notify_justification TEXT NOT NULL DEFAULT '',
                inform_subjects INTEGER,
                inform_justification TEXT NOT NULL DEFAULT '',
                delay_reason TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL DEFAULT 'assessing'
                    CHECK (status IN ('assessing', 'notified', 'documented_only', 'closed')),
                origins TEXT NOT NULL DEFAULT '{}',
                created_at TEXT NOT NULL,
                modified_at TEXT NOT NULL,
                UNIQUE (register_id, incident_id)))"),
                QStringLiteral("CREATE INDEX register_entries_by_incident ON register_entries(incident_id)"),
                QStringLiteral(R"(CREATE TABLE register_notifications (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entry_id INTEGER NOT NULL REFERENCES register_entries(id),
                kind TEXT NOT NULL CHECK (kind IN ('initial', 'follow_up', 'nis2_early_warning', 'nis2_final')),
                sent_utc TEXT NOT NULL,
                sent_zone TEXT NOT NULL,
                authority TEXT NOT NULL DEFAULT '',
                reference TEXT NOT NULL DEFAULT '',
                follows_id INTEGER REFERENCES register_notifications(id),
                sent_content TEXT NOT NULL,
                document BLOB NOT NULL DEFAULT x'',
                logged_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX register_notifications_by_entry ON register_notifications(entry_id)"),
                QStringLiteral("CREATE TRIGGER register_notifications_frozen BEFORE UPDATE ON register_notifications "
                               "BEGIN SELECT RAISE(ABORT, 'a sent notification is kept as it was sent'); END"),
                QStringLiteral("CREATE TRIGGER register_notifications_kept BEFORE DELETE ON register_notifications "
                               "BEGIN SELECT RAISE(ABORT, 'a sent notification is kept as it was sent'); END"),
            },
            error);
    }

    // Version 9: how well each model did on the store's curated articles when it was trained, cross-validated
    // (precision and recall of its fact decisions; null when there were too few articles to fold), for the
    // agreement view's chart of the model learning.
    bool addModelEvaluation(QSqlDatabase &database, QString *error)
    {
        return execAll(database,
            { QStringLiteral("ALTER TABLE extraction_models ADD COLUMN cv_precision REAL"),
                QStringLiteral("ALTER TABLE extraction_models ADD COLUMN cv_recall REAL"),
                QStringLiteral("ALTER TABLE extraction_models ADD COLUMN cv_folds INTEGER NOT NULL DEFAULT 0") },
            error);
    }

    const QList<MigrationStep> &migrations()
    {
        static const QList<MigrationStep> steps { createCoreTables, addEditHistory, addFullTextIndex, addLibraryIndexes,
            addDocumentMetadata, addDocumentOriginals, addExtractionModels, addBreachRegister, addModelEvaluation };
        return steps;
    }

} // namespace

int SchemaMigrations::latestVersion()
{
    return static_cast<int>(migrations().size());
}

int SchemaMigrations::currentVersion(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool SchemaMigrations::migrate(QSqlDatabase &database, QString *error, int targetVersion)
{
    const int current = currentVersion(database);
    if (current < 0) {
        *error = QCoreApplication::translate("Iwb::SchemaMigrations", "cannot read the schema version: %1")
                     .arg(database.lastError().text());
        return false;
    }
    if (current > targetVersion) {
        *error = QCoreApplication::translate("Iwb::SchemaMigrations",
            "the database has schema version %1, newer than this program's %2; "
            "open it with a newer Incident Workbench")
                     .arg(current)
                     .arg(targetVersion);
        return false;
    }
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!database.transaction()) {
            *error = QCoreApplication::translate("Iwb::SchemaMigrations", "cannot start a transaction: %1")
                         .arg(database.lastError().text());
            return false;
        }
        QString stepError;
        const bool ok = migrations().at(version - 1)(database, &stepError)
            && execAll(database, { QStringLiteral("PRAGMA user_version = %1").arg(version) }, &stepError);
        if (!ok || !database.commit()) {
            database.rollback();
            *error = QCoreApplication::translate("Iwb::SchemaMigrations", "migration to schema version %1 failed: %2")
                         .arg(version)
                         .arg(stepError.isEmpty() ? database.lastError().text() : stepError);
            return false;
        }
    }
    return true;
}

bool SchemaMigrations::hasFts5(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")) && query.next()
        && query.value(0).toInt() == 1;
}

bool SchemaMigrations::ensureFullTextIndex(QSqlDatabase &database, QString *error)
{
    if (!hasFts5(database)) {
        return true;
    }
    QSqlQuery exists(database);
    if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'document_fts'"))) {
        *error = exists.lastError().text();
        return false;
    }
    if (exists.next()) {
        return true;
    }
    // An external-content index: the text lives once, in documents; triggers keep
    // the index in step and 'rebuild' indexes documents stored before it existed.
    return execAll(database,
        {
            QStringLiteral("CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='documents', "
                           "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
                           "INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
            QStringLiteral("CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
                           "INSERT INTO document_fts(document_fts, rowid, title, text) "
                           "VALUES ('delete', old.id, old.title, old.text); END"),
            QStringLiteral("CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN "
                           "INSERT INTO document_fts(document_fts, rowid, title, text) "
                           "VALUES ('delete', old.id, old.title, old.text); "
                           "INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"),
            QStringLiteral("INSERT INTO document_fts(document_fts) VALUES ('rebuild')"),
        },
        error);
}

bool SchemaMigrations::ensureIncidentSearchIndex(QSqlDatabase &database, QString *error)
{
    if (!hasFts5(database)) {
        return true;
    }
    QSqlQuery exists(database);
    if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'incident_search'"))) {
        *error = exists.lastError().text();
        return false;
    }
    if (exists.next()) {
        return true;
    }
    exists.finish();
    // External content again: the text lives in incidents.search_text (LibraryKeys); the trigram
    // tokenizer makes a phrase query a substring search, as the filter field means it.
    return execAll(database,
        {
            QStringLiteral("CREATE VIRTUAL TABLE incident_search USING fts5(search_text, content='incidents', "
                           "content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER incident_search_insert AFTER INSERT ON incidents BEGIN "
                           "INSERT INTO incident_search(rowid, search_text) VALUES (new.id, new.search_text); END"),
            QStringLiteral("CREATE TRIGGER incident_search_delete AFTER DELETE ON incidents BEGIN "
                           "INSERT INTO incident_search(incident_search, rowid, search_text) "
                           "VALUES ('delete', old.id, old.search_text); END"),
            QStringLiteral("CREATE TRIGGER incident_search_update AFTER UPDATE OF search_text ON incidents BEGIN "
                           "INSERT INTO incident_search(incident_search, rowid, search_text) "
                           "VALUES ('delete', old.id, old.search_text); "
                           "INSERT INTO incident_search(rowid, search_text) VALUES (new.id, new.search_text); END"),
            QStringLiteral("INSERT INTO incident_search(incident_search) VALUES ('rebuild')"),
        },
        error);
}

bool SchemaMigrations::dropIncidentSearchIndex(QSqlDatabase &database, QString *error)
{
    return execAll(database,
        {
            QStringLiteral("DROP TRIGGER IF EXISTS incident_search_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS incident_search_delete"),
            QStringLiteral("DROP TRIGGER IF EXISTS incident_search_update"),
            QStringLiteral("DROP TABLE IF EXISTS incident_search"),
        },
        error);
}

} // namespace Iwb
