// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/incidentstore.h"
#include "storage/tablerows.h"

#include <QList>
#include <QSet>
#include <QVariantList>

#include <memory>
#include <optional>

namespace Iwb {

/// The store's tables as exports and the snapshot see them, in the column orders below.
enum class StoredTable {
    Documents,
    Facts,
    Incidents,
    IncidentSources,
    FieldEvidence,
    History,
    DocumentOriginals, ///< the files documents were read from (schema version 6)
    // The breach register (schema version 8): columns as StoreTables::columnNames() lists them.
    BreachRegisters,
    RegisterEntries,
    RegisterNotifications, ///< its "document" column is a BLOB (the report as sent)
};

/// Columns of StoredTable::Documents.
struct DocumentColumn
{
    enum { Id, Sha256, Title, Language, Published, Source, Format, Text, RawSource, ImportedAt, Metadata, Count };
};
/// Columns of StoredTable::Facts; factsInTextOrder() adds DocumentTitle.
struct FactColumn
{
    enum {
        Id,
        DocumentId,
        Type,
        StartUtf16,
        EndUtf16,
        Text,
        ValueJson,
        Polarity,
        Certainty,
        Origin,
        Status,
        Author,
        ModifiedAt,
        Count,
        DocumentTitle = Count,
    };
};
/// Columns of StoredTable::Incidents.
struct IncidentColumn
{
    enum {
        Id,
        Organization,
        IncidentDate,
        StartTime,
        EndTime,
        DurationMinutes,
        AffectedCount,
        AffectedUnit,
        DataExposed, ///< JSON array of category ids
        DataNotExposed, ///< JSON array of category ids
        Cause,
        ExternalAttack,
        DiscoveredBy,
        AuthorityNotified,
        AffectedNotified,
        ReviewStatus,
        Analyst,
        Notes,
        CreatedAt,
        ModifiedAt,
        Count,
    };
};
/// Columns of StoredTable::IncidentSources; incidentSourcesWithTitles() adds DocumentTitle.
struct SourceColumn
{
    enum { IncidentId, DocumentId, Count, DocumentTitle = Count };
};
/// Columns of StoredTable::FieldEvidence.
struct EvidenceColumn
{
    enum { IncidentId, Field, FactId, Count };
};
/// Columns of StoredTable::History.
struct HistoryColumn
{
    enum { Id, At, Author, Entity, EntityId, Action, Detail, Count };
};

/// Columns of StoredTable::DocumentOriginals.
struct OriginalColumn
{
    enum { DocumentId, MediaType, Bytes, Count };
};

/// One row to restore into a table, with the place it came from for the error message.
struct TableRow
{
    StoredTable table = StoredTable::Documents;
    QVariantList values; ///< in the table's column order, all columns
    QString place; ///< e.g. "snapshot.json: facts[3]"
};

/**
 * Whole tables of the store, read and written in bulk: what exports (CSV,
 * VERIS) and the JSON snapshot need, with the SQL kept here in model/storage.
 *
 * beginRead() opens a read transaction, so everything read until the object is
 * destroyed is one consistent state of the store, even while another process
 * saves (WAL readers see the snapshot they started with). Statements that run
 * per row are prepared once and reused.
 *
 * Used from the thread that owns the store; TableRows it hands out must be
 * gone before it is.
 */
class StoreTables
{
public:
    explicit StoreTables(const IncidentStore &store);
    ~StoreTables();
    StoreTables(const StoreTables &) = delete;
    StoreTables &operator=(const StoreTables &) = delete;

    /// Starts the read transaction that lasts until this object is destroyed; false (errorString()) when it cannot.
    bool beginRead();

    /// All rows of @p table in its column order, sorted by its key (id, or the link's ids).
    std::optional<TableRows> rows(StoredTable table);
    /// The facts sorted by document and position, each with its document's title.
    std::optional<TableRows> factsInTextOrder();
    /// The incident sources sorted by incident and document, each with the document's title.
    std::optional<TableRows> incidentSourcesWithTitles();

    /// The text of one document (the statement is prepared once for all calls).
    std::optional<QString> documentText(qint64 documentId);
    /// The original file of one document (the statement is prepared once for all calls); empty when it has none.
    std::optional<DocumentOriginal> documentOriginal(qint64 documentId);
    /// Title, source and published date of one document, without its text; nullopt also when there is none.
    std::optional<DocumentSummary> documentReference(qint64 documentId);
    /// The ids of the documents that are sources of any of @p incidentIds.
    std::optional<QSet<qint64>> sourceDocumentsOf(const QSet<qint64> &incidentIds);

    /// True when documents, facts, incidents and history are all empty.
    std::optional<bool> isEmpty();
    /// Inserts all @p rows in one transaction, or nothing: on failure errorString() starts with the row's place.
    /// Rows go in in the order given: a document before its facts and its original.
    bool insertAll(const QList<TableRow> &rows);

    /// The column names of the breach-register tables (BreachRegisters, RegisterEntries,
    /// RegisterNotifications), in the order rows() reads and insertAll() writes them; the snapshot keys its
    /// rows by them. Empty for the other tables, whose orders the column enums above give.
    static QStringList columnNames(StoredTable table);

    QString errorString() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Iwb
