// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Iwb {

/// One row of the document library: what a list shows without loading the text.
struct DocumentSummary
{
    qint64 id = 0;
    QString title;
    QString language;
    QString published;
    QString source;
    QString format;
    qint64 length = 0; ///< length of the text in code points (0 when asked with SummaryLength::Skip)
    int factCount = 0;
    QDateTime importedAt;
};

/// One row of the incident library: what a list shows of a record.
struct IncidentSummary
{
    qint64 id = 0;
    QString organization;
    QString incidentDate;
    QString cause;
    std::optional<qint64> affectedCount;
    QString affectedUnit;
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    qint64 firstDocumentId = 0; ///< the record's first source article, 0 if none
    QString modifiedAt; ///< as stored (ISO 8601, UTC): the default order and its paging key
    QByteArray organizationKey; ///< German collation sort key of the organization (LibraryKeys)
};

/// How the incident library asks for its rows: an order by one of its columns and the filter field's text.
struct IncidentQuery
{
    enum class SortKey { Modified, Organization, Date, Cause, Affected, Review };
    SortKey sortKey = SortKey::Modified;
    Qt::SortOrder order = Qt::DescendingOrder; ///< newest change first by default
    /// Contained (case-insensitive) in a column the table shows: organization, date, cause, affected, review.
    QString filterText;
};

/// A document that matches a full-text search, with the matching passage.
struct SearchHit
{
    qint64 documentId = 0;
    QString title;
    QString snippet; ///< matched words wrapped in [ and ]
};

/// One entry of the edit history.
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    QString author;
    QString entity; ///< "document", "facts", "incident"
    qint64 entityId = 0;
    QString action; ///< "import", "save", "create", "update", "delete"
    QString detail; ///< JSON: what changed
};

/// The file a document was read from (DocumentImporter keeps a PDF's bytes), as IncidentStore::documentOriginal()
/// reads it; empty when the document has none.
struct DocumentOriginal
{
    QByteArray bytes;
    QString mediaType; ///< "application/pdf"

    bool isEmpty() const { return mediaType.isEmpty(); }
};

/// The outcome of adding a document: its id, and whether it was already there.
struct AddedDocument
{
    qint64 id = 0;
    bool isDuplicate
        = false; ///< the same text, or the page at the same fetched URL, was stored before; nothing was added
    bool sameAddress = false; ///< the duplicate was recognised by its fetched URL (DocumentMetadata::fetchedUrl)
};

/// What kind of fault the last failed call met: the window and the CLI choose what to offer by it
/// (errorString() already names the file and says what the user can do).
enum class StoreFailure {
    None,
    NotAStore, ///< the file is not an SQLite database
    Damaged, ///< an SQLite file that fails its integrity check (random bytes overwritten, a torn copy)
    NewerSchema, ///< written by a newer Incident Workbench; refused, never downgraded
    ReadOnly, ///< the file or its folder cannot be written
    Busy, ///< another connection or program held the write lock longer than the busy timeout
    DiskFull, ///< the disk is full, or the file may not grow (a size limit, a failed write)
    Moved, ///< the file was deleted, moved or replaced while it was open
    Other,
};

/**
 * The one local store: SQLite through Qt SQL, with WAL, foreign keys, a busy
 * timeout, versioned migrations (SchemaMigrations) and FTS5 search.
 *
 * Every public write is one transaction and writes its edit-history entry in
 * the same transaction, so the history never disagrees with the data. Errors
 * are values: a failed call returns false / std::nullopt and errorString()
 * says why, naming the database file.
 *
 * One instance owns one connection and is used from one thread.
 */
/// A learned extraction model as the store keeps it.
struct StoredModel
{
    qint64 version = 0; ///< 0: none
    QDateTime trainedAt; ///< UTC
    int trainingArticles = 0;
    int trainingExamples = 0;
    QString source; ///< what it was trained on
    QByteArray json; ///< FactClassifier::toJson(), compact
    /// Cross-validated on the curated articles at training time (CuratedTraining): the precision and recall of
    /// its fact decisions, over cvFolds folds; null when there were too few articles.
    std::optional<double> cvPrecision;
    std::optional<double> cvRecall;
    int cvFolds = 0;
};

class IncidentStore
{
public:
    IncidentStore();
    ~IncidentStore();
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    /// Opens (creating when missing) and migrates the database at @p path.
    /// A file that is not an SQLite database, or one from a newer version, is refused untouched.
    /// An SQLite file that fails `PRAGMA quick_check` is refused (StoreFailure::Damaged) and its message
    /// names the newest automatic backup; a store at an older schema version is backed up
    /// (StoreBackup::backUpBeforeMigration) before it is migrated, and not migrated when that fails.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;
    /// The kind of the last failure (None after a successful open()).
    StoreFailure failure() const;
    /// True when SQLite opened the file read-only (it or its folder is not writable): reads work, writes fail
    /// with StoreFailure::ReadOnly.
    bool isReadOnly() const;
    /// A connection SQLite opened read-only stays read-only when the file becomes writable. When the store
    /// is read-only and its file and folder are writable now, opens it again, so that a save tried again
    /// after the user fixed the permissions works. True when the store is writable afterwards; on failure
    /// it stays open read-only as before, and errorString() says why.
    bool reopenIfWritable();
    /// Caps the file at about @p bytes (SQLite's max_page_count; 0 lifts the cap): a write beyond it fails
    /// as on a full disk (StoreFailure::DiskFull) and changes nothing. For a quota, and for the fault tests.
    bool setSizeLimit(qint64 bytes);

    /// The default database file: incidents.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    /// Who is recorded in the history for the changes made through this store.
    QString author() const;
    void setAuthor(const QString &author);

    int schemaVersion() const;
    /// The Qt SQL connection this store owns, for model-side code that reads or writes whole tables in bulk
    /// (StoreTables, for exchange/: exports, snapshot import). Only model/storage uses it: SQL stays there.
    QString connectionName() const;
    bool isFullTextSearchAvailable() const;
    /// Why full-text search falls back to substring search; empty when FTS5 works.
    QString fullTextSearchNotice() const;

    // --- documents
    /// Stores @p document unless a document with the same text exists, or (for a fetched page) one fetched
    /// from the same final URL; sets its id either way. Its original (Document::original()) is stored in the
    /// same transaction. A duplicate adds nothing, also no original to the stored document.
    std::optional<AddedDocument> addDocument(Document &document);
    /// The stored document without its original's bytes (Document::hasOriginal() tells whether there is one).
    std::optional<Document> document(qint64 id) const;
    /// The file document @p id was read from (a PDF), read only when asked for; empty when it has none
    /// (text, HTML, or a PDF imported before schema version 6); std::nullopt when the read failed.
    std::optional<DocumentOriginal> documentOriginal(qint64 id) const;
    std::optional<qint64> documentIdForHash(const QByteArray &sha256) const;
    /// The document whose page was fetched from @p fetchedUrl (its metadata's fetched_url, compared
    /// exactly: UrlImporter::normalizedUrl() form), if any; the oldest when there are several.
    std::optional<qint64> documentIdForFetchedUrl(const QString &fetchedUrl) const;
    /// Whether documentSummaries() counts each text's length: that reads every article's text (20,000
    /// articles: about 60 ms), which the library does not show.
    enum class SummaryLength { Count, Skip };
    QList<DocumentSummary> documentSummaries(SummaryLength length = SummaryLength::Count) const;
    /// The summaries of the documents @p ids that exist, in the order of @p ids (an id that names no
    /// document is left out): what a list updates after a save or an import instead of reading them all.
    /// std::nullopt (errorString()) when the store cannot be read.
    std::optional<QList<DocumentSummary>> documentSummaries(
        const QList<qint64> &ids, SummaryLength length = SummaryLength::Count) const;
    int documentCount() const;
    /// Removes a document with its facts; incident records keep their other sources.
    bool removeDocument(qint64 id);

    // --- facts
    std::optional<QList<Fact>> facts(qint64 documentId) const;
    /// Replaces all facts of a document with @p facts in one transaction and sets their ids.
    /// Evidence links to facts that are kept (same id) survive; links to dropped facts go with them.
    bool saveFacts(qint64 documentId, QList<Fact> &facts);

    /// The stored fact with id @p id (of any document), e.g. the evidence from another source article.
    std::optional<Fact> fact(qint64 id) const;

    /// What saveAnnotations() does with the other incident records that list the document as a source.
    enum class OtherIncidents {
        Keep, ///< they stay as they are
        /// The document leaves them (it was linked to another incident, or unlinked): its source row and
        /// the evidence from its facts go, and a record left without any source is deleted.
        Release,
    };

    /// The analyst's save: all facts of a document and its incident record in one transaction.
    /// @p record's evidence names facts by their index in @p facts (the new ones have no id yet), or,
    /// as a negative number -id, a stored fact of another document by its id (an incident with several
    /// source articles; such references to facts that no longer exist are dropped);
    /// on success facts and record carry their store ids and the record's evidence holds fact ids.
    bool saveAnnotations(
        qint64 documentId, QList<Fact> &facts, IncidentRecord &record, OtherIncidents others = OtherIncidents::Keep);

    // --- incident records
    /// Inserts (id 0) or updates the record with its sources and evidence in one transaction.
    bool saveIncident(IncidentRecord &record);
    /// Saves @p records in one transaction, each as saveIncident() would. @p alongside, when given, runs
    /// after each record is written, inside the same transaction (it may only write through storage calls
    /// made for an open transaction, such as RegisterStore::saveEntryInOpenTransaction()); when it or any
    /// write fails, nothing is kept and @p records are unchanged.
    bool saveIncidents(QList<IncidentRecord> &records,
        const std::function<bool(qsizetype index, const IncidentRecord &written)> &alongside = {});
    std::optional<IncidentRecord> incident(qint64 id) const;
    QList<IncidentRecord> incidents() const;
    QList<qint64> incidentIdsForDocument(qint64 documentId) const;
    int incidentCount() const;
    /// Up to @p limit records in the order and with the filter of @p query, starting after @p after (the
    /// last row of the previous page; none for the first page). Each page is read from an index in the time
    /// a page costs, whatever the register holds (keyset paging; docs/store.md).
    QList<IncidentSummary> incidentPage(
        const IncidentQuery &query, const std::optional<IncidentSummary> &after, int limit) const;
    /// The number of records whose shown columns contain @p filterText (case-insensitive): what incidentPage()
    /// pages through for that filter text (all records for an empty one); -1 when the store cannot be read.
    /// A rare text is counted from the trigram index, a common one by one pass over the search column
    /// (20,000 records: a few milliseconds).
    int incidentMatchCount(const QString &filterText) const;
    /// Gives records written by another program or restored from a snapshot the keys the library sorts and
    /// filters by (done on open; StoreTables does it after a restore). False (errorString()) on failure.
    bool fillLibraryKeys();
    bool removeIncident(qint64 id);

    // --- learned extraction models (model/extraction/learning)
    /// Stores a newly trained model (its JSON and what it was trained on) as the newest version;
    /// returns that version number.
    std::optional<qint64> addExtractionModel(const StoredModel &model);
    /// The newest model; an empty StoredModel (version 0) when none was trained yet.
    std::optional<StoredModel> latestExtractionModel() const;
    /// Every model trained, oldest first, without their JSON: what the agreement view charts.
    std::optional<QList<StoredModel>> extractionModelHistory() const;

    // --- search and history
    /// Documents whose title or text contain all words of @p query, best first.
    QList<SearchHit> search(const QString &query, int limit = 100) const;
    /// History entries, newest first; all of them, or those of one entity.
    QList<HistoryEntry> history(const QString &entity = {}, qint64 entityId = 0) const;

private:
    /// open() after its checks of the path: connects, probes, configures and migrates. Its
    /// database handles and queries are gone when it returns, so that open() can close the
    /// connection after a failure without Qt warning that it is still in use.
    bool connectAndMigrate(const QString &path);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Iwb
