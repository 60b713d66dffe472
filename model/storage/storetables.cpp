// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storetables.h"

#include "tablerows_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace Iwb {

namespace {

    /// The breach-register tables by name, with the order their rows are read in.
    std::pair<QString, QString> registerTable(StoredTable table)
    {
        switch (table) {
        case StoredTable::BreachRegisters:
            return { QStringLiteral("breach_registers"), QStringLiteral("id") };
        case StoredTable::RegisterEntries:
            return { QStringLiteral("register_entries"), QStringLiteral("id") };
        case StoredTable::RegisterNotifications:
            return { QStringLiteral("register_notifications"), QStringLiteral("id") };
        default:
            return {};
        }
    }

    /// The SELECT of each table, its columns in the order the column enums give.
    QString selectAll(StoredTable table)
    {
        if (const auto [name, order] = registerTable(table); !name.isEmpty()) {
            return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(StoreTables::columnNames(table).join(QStringLiteral(", ")), name, order);
        }
        switch (table) {
        case StoredTable::Documents:
            return QStringLiteral("SELECT id, sha256, title, language, published, source, format, text, raw_source, "
                                  "imported_at, metadata FROM documents ORDER BY id");
        case StoredTable::Facts:
            return QStringLiteral("SELECT id, document_id, type, start_utf16, end_utf16, text, value_json, polarity, "
                                  "certainty, origin, status, author, modified_at FROM facts ORDER BY id");
        case StoredTable::Incidents:
            return QStringLiteral(
                "SELECT id, organization, incident_date, start_time, end_time, duration_minutes, affected_count, "
                "affected_unit, data_exposed, data_not_exposed, cause, external_attack, discovered_by, "
                "authority_notified, affected_notified, review_status, analyst, notes, created_at, modified_at "
                "FROM incidents ORDER BY id");
        case StoredTable::IncidentSources:
            return QStringLiteral(
                "SELECT incident_id, document_id FROM incident_sources ORDER BY incident_id, document_id");
        case StoredTable::FieldEvidence:
            return QStringLiteral(
                "SELECT incident_id, field, fact_id FROM field_evidence ORDER BY incident_id, field, fact_id");
        case StoredTable::History:
            return QStringLiteral(
                "SELECT id, at, author, entity, entity_id, action, detail FROM edit_history ORDER BY id");
        case StoredTable::DocumentOriginals:
            return QStringLiteral("SELECT document_id, media_type, bytes FROM document_originals ORDER BY document_id");
        default:
            break;
        }
        Q_UNREACHABLE_RETURN(QString());
    }

    /// The INSERT of each table, all columns in the same order as selectAll().
    QString insertInto(StoredTable table)
    {
        if (const QString name = registerTable(table).first; !name.isEmpty()) {
            const QStringList columns = StoreTables::columnNames(table);
            QStringList marks;
            marks.fill(QStringLiteral("?"), columns.size());
            return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        }
        switch (table) {
        case StoredTable::Documents:
            return QStringLiteral(
                "INSERT INTO documents (id, sha256, title, language, published, source, format, text, "
                "raw_source, imported_at, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        case StoredTable::Facts:
            return QStringLiteral("INSERT INTO facts (id, document_id, type, start_utf16, end_utf16, text, value_json, "
                                  "polarity, certainty, origin, status, author, modified_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        case StoredTable::Incidents:
            return QStringLiteral(
                "INSERT INTO incidents (id, organization, incident_date, start_time, end_time, duration_minutes, "
                "affected_count, affected_unit, data_exposed, data_not_exposed, cause, external_attack, discovered_by, "
                "authority_notified, affected_notified, review_status, analyst, notes, created_at, modified_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        case StoredTable::IncidentSources:
            return QStringLiteral("INSERT INTO incident_sources (incident_id, document_id) VALUES (?, ?)");
        case StoredTable::FieldEvidence:
            return QStringLiteral("INSERT INTO field_evidence (incident_id, field, fact_id) VALUES (?, ?, ?)");
        case StoredTable::History:
            return QStringLiteral("INSERT INTO edit_history (id, at, author, entity, entity_id, action, detail) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?)");
        case StoredTable::DocumentOriginals:
            return QStringLiteral("INSERT INTO document_originals (document_id, media_type, bytes) VALUES (?, ?, ?)");
        default:
            break;
        }
        Q_UNREACHABLE_RETURN(QString());
    }

    constexpr int tableCount = static_cast<int>(StoredTable::RegisterNotifications) + 1;

} // namespace

class StoreTables::Private
{
public:
    explicit Private(const IncidentStore &store)
        : store(store)
        , database(QSqlDatabase::database(store.connectionName(), false))
    {
    }

    /// A statement on the connection's own SQLite handle (see TableRows::Private for why not QSqlQuery).
    std::optional<TableRows> select(const QString &sql, const QString &what)
    {
        sqlite3 *handle = sqliteHandle(database);
        if (!handle) {
            error = QCoreApplication::translate(
                "Iwb::StoreTables", "%1: cannot read %2 (the connection is not an open SQLite database)")
                        .arg(store.path(), what);
            return std::nullopt;
        }
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
            error = QCoreApplication::translate("Iwb::StoreTables", "%1: cannot read %2 (%3)")
                        .arg(store.path(), what, QString::fromUtf8(sqlite3_errmsg(handle)));
            sqlite3_finalize(statement);
            return std::nullopt;
        }
        return TableRows(std::make_unique<TableRows::Private>(database, statement, store.path()));
    }

    /// A statement for repeated use, prepared on first use.
    QSqlQuery *prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql, const QString &what)
    {
        if (!slot) {
            auto query = std::make_unique<QSqlQuery>(database);
            query->setForwardOnly(true);
            if (!query->prepare(sql)) {
                fail(what, *query);
                return nullptr;
            }
            slot = std::move(query);
        }
        return slot.get();
    }

    std::nullopt_t fail(const QString &what, const QSqlQuery &query)
    {
        error = QCoreApplication::translate("Iwb::StoreTables", "%1: cannot read %2 (%3)")
                    .arg(store.path(), what, query.lastError().text());
        return std::nullopt;
    }

    const IncidentStore &store;
    QSqlDatabase database;
    QString error;
    bool reading = false;
    std::unique_ptr<QSqlQuery> textQuery;
    std::unique_ptr<QSqlQuery> referenceQuery;
    std::unique_ptr<QSqlQuery> originalQuery;
};

StoreTables::StoreTables(const IncidentStore &store)
    : d(std::make_unique<Private>(store))
{
}

StoreTables::~StoreTables()
{
    d->textQuery.reset();
    d->referenceQuery.reset();
    d->originalQuery.reset();
    if (d->reading) {
        // Nothing was written: ending the read either way releases the snapshot.
        d->database.rollback();
    }
}

bool StoreTables::beginRead()
{
    if (!d->database.transaction()) {
        d->error = QCoreApplication::translate("Iwb::StoreTables", "%1: cannot start reading (%2)")
                       .arg(d->store.path(), d->database.lastError().text());
        return false;
    }
    d->reading = true;
    return true;
}

std::optional<TableRows> StoreTables::rows(StoredTable table)
{
    return d->select(selectAll(table), QCoreApplication::translate("Iwb::StoreTables", "the store"));
}

std::optional<TableRows> StoreTables::factsInTextOrder()
{
    return d->select(
        QStringLiteral("SELECT f.id, f.document_id, f.type, f.start_utf16, f.end_utf16, f.text, f.value_json, "
                       "f.polarity, f.certainty, f.origin, f.status, f.author, f.modified_at, d.title "
                       "FROM facts f JOIN documents d ON d.id = f.document_id "
                       "ORDER BY f.document_id, f.start_utf16, f.end_utf16, f.id"),
        QCoreApplication::translate("Iwb::StoreTables", "the facts"));
}

std::optional<TableRows> StoreTables::incidentSourcesWithTitles()
{
    return d->select(QStringLiteral("SELECT s.incident_id, s.document_id, d.title FROM incident_sources s "
                                    "JOIN documents d ON d.id = s.document_id ORDER BY s.incident_id, s.document_id"),
        QCoreApplication::translate("Iwb::StoreTables", "the incident sources"));
}

std::optional<QString> StoreTables::documentText(qint64 documentId)
{
    QSqlQuery *query = d->prepared(d->textQuery, QStringLiteral("SELECT text FROM documents WHERE id = ?"),
        QCoreApplication::translate("Iwb::StoreTables", "the articles"));
    if (!query) {
        return std::nullopt;
    }
    query->addBindValue(documentId);
    if (!query->exec()) {
        return d->fail(
            QCoreApplication::translate("Iwb::StoreTables", "the text of document %1").arg(documentId), *query);
    }
    if (!query->next()) {
        d->error = QCoreApplication::translate("Iwb::StoreTables", "%1: document %2 is not in the store")
                       .arg(d->store.path(), QString::number(documentId));
        return std::nullopt;
    }
    QString text = query->value(0).toString();
    query->finish();
    return text;
}

std::optional<DocumentOriginal> StoreTables::documentOriginal(qint64 documentId)
{
    QSqlQuery *query = d->prepared(d->originalQuery,
        QStringLiteral("SELECT media_type, bytes FROM document_originals WHERE document_id = ?"),
        QCoreApplication::translate("Iwb::StoreTables", "the original files"));
    if (!query) {
        return std::nullopt;
    }
    query->addBindValue(documentId);
    if (!query->exec()) {
        return d->fail(
            QCoreApplication::translate("Iwb::StoreTables", "the original file of document %1").arg(documentId),
            *query);
    }
    DocumentOriginal original;
    if (query->next()) {
        original.mediaType = query->value(0).toString();
        original.bytes = query->value(1).toByteArray();
    }
    query->finish();
    return original;
}

std::optional<DocumentSummary> StoreTables::documentReference(qint64 documentId)
{
    QSqlQuery *query
        = d->prepared(d->referenceQuery, QStringLiteral("SELECT title, source, published FROM documents WHERE id = ?"),
            QCoreApplication::translate("Iwb::StoreTables", "the articles"));
    if (!query) {
        return std::nullopt;
    }
    query->addBindValue(documentId);
    if (!query->exec()) {
        return d->fail(QStringLiteral("document %1").arg(documentId), *query);
    }
    if (!query->next()) {
        return std::nullopt;
    }
    DocumentSummary summary;
    summary.id = documentId;
    summary.title = query->value(0).toString();
    summary.source = query->value(1).toString();
    summary.published = query->value(2).toString();
    query->finish();
    return summary;
}

std::optional<QSet<qint64>> StoreTables::sourceDocumentsOf(const QSet<qint64> &incidentIds)
{
    auto sources = rows(StoredTable::IncidentSources);
    if (!sources) {
        return std::nullopt;
    }
    QSet<qint64> documents;
    while (sources->next()) {
        if (incidentIds.contains(sources->integer(SourceColumn::IncidentId))) {
            documents.insert(sources->integer(SourceColumn::DocumentId));
        }
    }
    if (!sources->errorString().isEmpty()) {
        d->error = sources->errorString();
        return std::nullopt;
    }
    return documents;
}

std::optional<bool> StoreTables::isEmpty()
{
    QSqlQuery count(d->database);
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM facts) + "
                                   "(SELECT count(*) FROM incidents) + (SELECT count(*) FROM edit_history)"))
        || !count.next()) {
        return d->fail(QCoreApplication::translate("Iwb::StoreTables", "the store"), count);
    }
    return count.value(0).toLongLong() == 0;
}

bool StoreTables::insertAll(const QList<TableRow> &rows)
{
    QSqlDatabase writable = d->database;
    if (!writable.transaction()) {
        d->error = QCoreApplication::translate("Iwb::StoreTables", "%1: cannot start a transaction (%2)")
                       .arg(d->store.path(), writable.lastError().text());
        return false;
    }
    std::vector<std::unique_ptr<QSqlQuery>> queries;
    const auto abandon = [&](const QString &message) {
        queries.clear(); // statements must be gone before the rollback
        writable.rollback();
        d->error = message;
        return false;
    };
    for (int table = 0; table < tableCount; ++table) {
        auto query = std::make_unique<QSqlQuery>(writable);
        if (!query->prepare(insertInto(static_cast<StoredTable>(table)))) {
            return abandon(QCoreApplication::translate("Iwb::StoreTables", "%1: cannot prepare the import (%2)")
                    .arg(d->store.path(), query->lastError().text()));
        }
        queries.push_back(std::move(query));
    }
    for (const TableRow &row : rows) {
        QSqlQuery &query = *queries.at(static_cast<size_t>(row.table));
        for (const QVariant &value : row.values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return abandon(QCoreApplication::translate("Iwb::StoreTables", "%1: cannot be stored (%2)")
                    .arg(row.place, query.lastError().text()));
        }
    }
    queries.clear();
    if (!writable.commit()) {
        const QString reason = writable.lastError().text();
        writable.rollback();
        d->error = QCoreApplication::translate("Iwb::StoreTables", "%1: cannot commit the import (%2)")
                       .arg(d->store.path(), reason);
        return false;
    }
    return true;
}

QStringList StoreTables::columnNames(StoredTable table)
{
    switch (table) {
    case StoredTable::BreachRegisters:
        return { QStringLiteral("id"), QStringLiteral("controller_name"), QStringLiteral("controller_address"),
            QStringLiteral("contact_name"), QStringLiteral("contact_email"), QStringLiteral("contact_phone"),
            QStringLiteral("authority"), QStringLiteral("time_zone"), QStringLiteral("regime"),
            QStringLiteral("hour_counting"), QStringLiteral("created_at") };
    case StoredTable::RegisterEntries:
        return { QStringLiteral("id"), QStringLiteral("register_id"), QStringLiteral("incident_id"),
            QStringLiteral("became_aware_utc"), QStringLiteral("became_aware_zone"),
            QStringLiteral("occurred_start_utc"), QStringLiteral("occurred_start_zone"),
            QStringLiteral("occurred_end_utc"), QStringLiteral("occurred_end_zone"), QStringLiteral("ongoing"),
            QStringLiteral("discovered_utc"), QStringLiteral("discovered_zone"), QStringLiteral("discovered_how"),
            QStringLiteral("confidentiality"), QStringLiteral("integrity"), QStringLiteral("availability"),
            QStringLiteral("description"), QStringLiteral("cause"), QStringLiteral("attack"),
            QStringLiteral("subjects_count"), QStringLiteral("subjects_unit"), QStringLiteral("subject_categories"),
            QStringLiteral("records_count"), QStringLiteral("data_categories"), QStringLiteral("special_categories"),
            QStringLiteral("criminal_data"), QStringLiteral("consequences"), QStringLiteral("measures_taken"),
            QStringLiteral("measures_proposed"), QStringLiteral("risk_level"), QStringLiteral("risk_reasons"),
            QStringLiteral("risk_criteria"), QStringLiteral("notify_authority"), QStringLiteral("notify_justification"),
            QStringLiteral("inform_subjects"), QStringLiteral("inform_justification"), QStringLiteral("delay_reason"),
            QStringLiteral("status"), QStringLiteral("origins"), QStringLiteral("created_at"),
            QStringLiteral("modified_at") };
    case StoredTable::RegisterNotifications:
        return { QStringLiteral("id"), QStringLiteral("entry_id"), QStringLiteral("kind"), QStringLiteral("sent_utc"),
            QStringLiteral("sent_zone"), QStringLiteral("authority"), QStringLiteral("reference"),
            QStringLiteral("follows_id"), QStringLiteral("sent_content"), QStringLiteral("document"),
            QStringLiteral("logged_at") };
    default:
        return {};
    }
}

QString StoreTables::errorString() const
{
    return d->error;
}

} // namespace Iwb
