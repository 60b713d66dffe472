// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "csvexporter.h"

#include "document/textoffsets.h"
#include "exchange/incidentselection.h"
#include "incident/incidentrecord.h"
#include "storage/incidentstore.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Iwb {

namespace {

    /// @p text with a backslash before each '|' and '\\', so that a list joined by '|' can be split again.
    void appendListItem(QByteArrayView text, QByteArray &list)
    {
        if (!text.contains('|') && !text.contains('\\')) {
            list.append(text);
            return;
        }
        for (const char c : text) {
            if (c == '|' || c == '\\') {
                list.append('\\');
            }
            list.append(c);
        }
    }

    /// A stored JSON array of ids ('["names","credentials"]') as "names|credentials", into @p joined (cleared
    /// first; reused from row to row, so that it allocates only while it grows). The ids are plain words, so the
    /// common case needs no JSON parser; anything with escapes takes the slow path.
    void joinList(QByteArrayView json, QByteArray &joined)
    {
        joined.resize(0);
        if (json.size() <= 2) {
            return;
        }
        if (json.contains('\\')) {
            QStringList items;
            const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
            for (const QJsonValue item : array) {
                items.append(item.toString()
                        .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                        .replace(QLatin1Char('|'), QStringLiteral("\\|")));
            }
            joined = items.join(QLatin1Char('|')).toUtf8();
            return;
        }
        // Without escapes every '"' opens or closes an id: each id is copied in one piece.
        bool first = true;
        for (qsizetype at = 0;;) {
            const qsizetype open = json.indexOf('"', at);
            const qsizetype close = open < 0 ? -1 : json.indexOf('"', open + 1);
            if (close < 0) {
                break;
            }
            if (!first) {
                joined.append('|');
            }
            appendListItem(json.sliced(open + 1, close - open - 1), joined);
            first = false;
            at = close + 1;
        }
    }

    QString outputName(const QIODevice &device)
    {
        if (const auto *file = qobject_cast<const QFileDevice *>(&device); file && !file->fileName().isEmpty()) {
            return file->fileName();
        }
        return QCoreApplication::translate("Iwb::Export", "the output");
    }

} // namespace

CsvExporter::CsvExporter(const IncidentStore &store, const CsvOptions &options)
    : m_store(store)
    , m_options(options)
{
}

const QStringList &CsvExporter::incidentColumns()
{
    // The contract's fields in the contract's order, framed by the id and the curation and source columns.
    static const QStringList columns = QStringList { QStringLiteral("id") } + IncidentRecord::fieldNames()
        + QStringList { QStringLiteral("review_status"), QStringLiteral("analyst"), QStringLiteral("notes"),
              QStringLiteral("created_at"), QStringLiteral("modified_at"), QStringLiteral("source_document_ids"),
              QStringLiteral("source_titles") };
    return columns;
}

const QStringList &CsvExporter::factColumns()
{
    static const QStringList columns {
        QStringLiteral("fact_id"),
        QStringLiteral("document_id"),
        QStringLiteral("document_title"),
        QStringLiteral("type"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("text"),
        QStringLiteral("value"),
        QStringLiteral("polarity"),
        QStringLiteral("certainty"),
        QStringLiteral("origin"),
        QStringLiteral("status"),
        QStringLiteral("author"),
        QStringLiteral("modified_at"),
    };
    return columns;
}

bool CsvExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<qint64> CsvExporter::writeIncidents(QIODevice &device, const ExportScope &scope)
{
    CsvWriter csv(&device, m_options);
    return finished(csv, device, writeIncidents(csv, scope));
}

std::optional<qint64> CsvExporter::writeFacts(QIODevice &device, const ExportScope &scope)
{
    CsvWriter csv(&device, m_options);
    return finished(csv, device, writeFacts(csv, scope));
}

std::optional<qint64> CsvExporter::finished(CsvWriter &csv, const QIODevice &device, std::optional<qint64> rows)
{
    if (rows && !csv.finish()) {
        fail(QCoreApplication::translate("Iwb::Export", "%1: cannot write (%2)")
                .arg(outputName(device), csv.errorString()));
        return std::nullopt;
    }
    return rows;
}

std::optional<qint64> CsvExporter::writeIncidents(TableSink &csv, const ExportScope &scope)
{
    m_error.clear();
    // One read transaction: the selection, the records and their sources are one state of the store.
    StoreTables tables(m_store);
    if (!tables.beginRead()) {
        fail(tables.errorString());
        return std::nullopt;
    }
    QSet<qint64> wanted;
    const bool everything = scope.kind == ExportScope::Kind::All;
    if (!everything) {
        const auto ids = IncidentSelection::ids(tables, scope, &m_error);
        if (!ids) {
            return std::nullopt;
        }
        wanted = QSet<qint64>(ids->cbegin(), ids->cend());
    }

    auto incidents = tables.rows(StoredTable::Incidents);
    // The sources, in the same id order, walked in step with the records (a merge join): correlated
    // subqueries per record would cost as much again as reading the records themselves.
    auto sources = incidents ? tables.incidentSourcesWithTitles() : std::nullopt;
    if (!incidents || !sources) {
        fail(tables.errorString());
        return std::nullopt;
    }
    bool moreSources = sources->next();
    // Reused from row to row: after the first rows, a record costs no allocation.
    QByteArray sourceIds;
    QByteArray sourceTitles;
    QByteArray list;

    for (const QString &column : incidentColumns()) {
        csv.addTrustedText(column);
    }
    csv.endRecord();
    qint64 rows = 0;
    // Text goes from the store's UTF-8 into the file's UTF-8 as it is (TableRows::utf8(), CsvWriter::addUtf8Text()).
    while (incidents->next()) {
        const qint64 id = incidents->integer(IncidentColumn::Id);
        if (!everything && !wanted.contains(id)) {
            continue;
        }
        csv.addNumber(id);
        for (int column = IncidentColumn::Organization; column <= IncidentColumn::EndTime; ++column) {
            csv.addUtf8Text(incidents->utf8(column));
        }
        csv.addNumber(incidents->nullableInteger(IncidentColumn::DurationMinutes));
        csv.addNumber(incidents->nullableInteger(IncidentColumn::AffectedCount));
        csv.addUtf8Text(incidents->utf8(IncidentColumn::AffectedUnit));
        joinList(incidents->utf8(IncidentColumn::DataExposed), list);
        csv.addUtf8Text(list);
        joinList(incidents->utf8(IncidentColumn::DataNotExposed), list);
        csv.addUtf8Text(list);
        for (int column = IncidentColumn::Cause; column <= IncidentColumn::DiscoveredBy; ++column) {
            csv.addUtf8Text(incidents->utf8(column));
        }
        csv.addBoolean(incidents->nullableBoolean(IncidentColumn::AuthorityNotified));
        csv.addBoolean(incidents->nullableBoolean(IncidentColumn::AffectedNotified));
        for (int column = IncidentColumn::ReviewStatus; column <= IncidentColumn::ModifiedAt; ++column) {
            csv.addUtf8Text(incidents->utf8(column));
        }
        sourceIds.resize(0);
        sourceTitles.resize(0);
        while (moreSources && sources->integer(SourceColumn::IncidentId) < id) {
            moreSources = sources->next();
        }
        for (bool first = true; moreSources && sources->integer(SourceColumn::IncidentId) == id; first = false) {
            if (!first) {
                sourceIds.append(listSeparator().toLatin1());
                sourceTitles.append(listSeparator().toLatin1());
            }
            sourceIds.append(sources->utf8(SourceColumn::DocumentId));
            appendListItem(sources->utf8(SourceColumn::DocumentTitle), sourceTitles);
            moreSources = sources->next();
        }
        csv.addTrustedUtf8(sourceIds);
        csv.addUtf8Text(sourceTitles);
        csv.endRecord();
        ++rows;
    }
    const QString readError = !incidents->errorString().isEmpty() ? incidents->errorString() : sources->errorString();
    if (!readError.isEmpty()) {
        fail(readError);
        return std::nullopt;
    }
    return rows;
}

std::optional<qint64> CsvExporter::writeFacts(TableSink &csv, const ExportScope &scope)
{
    m_error.clear();
    StoreTables tables(m_store);
    if (!tables.beginRead()) {
        fail(tables.errorString());
        return std::nullopt;
    }
    QSet<qint64> documents;
    const bool everything = scope.kind == ExportScope::Kind::All;
    if (!everything) {
        const auto ids = IncidentSelection::ids(tables, scope, &m_error);
        if (!ids) {
            return std::nullopt;
        }
        const auto sourceDocuments = tables.sourceDocumentsOf(QSet<qint64>(ids->cbegin(), ids->cend()));
        if (!sourceDocuments) {
            fail(tables.errorString());
            return std::nullopt;
        }
        documents = *sourceDocuments;
    }

    auto facts = tables.factsInTextOrder();
    if (!facts) {
        fail(tables.errorString());
        return std::nullopt;
    }

    for (const QString &column : factColumns()) {
        csv.addTrustedText(column);
    }
    csv.endRecord();
    qint64 rows = 0;
    qint64 offsetsDocument = 0;
    std::optional<TextOffsets> offsets;
    while (facts->next()) {
        const qint64 documentId = facts->integer(FactColumn::DocumentId);
        if (!everything && !documents.contains(documentId)) {
            continue;
        }
        if (documentId != offsetsDocument || !offsets) {
            // Rows come sorted by document, so each article's text is read once.
            const auto text = tables.documentText(documentId);
            if (!text) {
                fail(tables.errorString());
                return std::nullopt;
            }
            offsets.emplace(*text);
            offsetsDocument = documentId;
        }
        csv.addNumber(facts->integer(FactColumn::Id));
        csv.addNumber(documentId);
        csv.addText(facts->text(FactColumn::DocumentTitle));
        csv.addText(facts->text(FactColumn::Type));
        csv.addNumber(qint64(offsets->toCodePoint(facts->integer(FactColumn::StartUtf16))));
        csv.addNumber(qint64(offsets->toCodePoint(facts->integer(FactColumn::EndUtf16))));
        csv.addText(facts->text(FactColumn::Text));
        const QString value = facts->text(FactColumn::ValueJson);
        if (value == QLatin1String("null")) {
            csv.addEmpty();
        } else {
            csv.addText(value);
        }
        for (int column = FactColumn::Polarity; column <= FactColumn::ModifiedAt; ++column) {
            csv.addText(facts->text(column));
        }
        csv.endRecord();
        ++rows;
    }
    if (!facts->errorString().isEmpty()) {
        fail(facts->errorString());
        return std::nullopt;
    }
    return rows;
}

} // namespace Iwb
