// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "csvexporter.h"

#include "document/textoffsets.h"
#include "exchange/incidentselection.h"
#include "storage/incidentstore.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Iwb {

namespace {

    /// A stored JSON array of ids ('["names","credentials"]') as "names|credentials".
    /// The ids are plain words, so the common case needs no JSON parser; anything with escapes takes the slow path.
    QString joinedList(const QString &json)
    {
        if (json.size() <= 2) {
            return {};
        }
        if (json.contains(QLatin1Char('\\'))) {
            QStringList items;
            const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
            for (const QJsonValue &item : array) {
                items.append(item.toString()
                        .replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                        .replace(QLatin1Char('|'), QStringLiteral("\\|")));
            }
            return items.join(QLatin1Char('|'));
        }
        QString joined;
        joined.reserve(json.size());
        bool inString = false;
        bool first = true;
        for (const QChar c : json) {
            if (c == u'"') {
                inString = !inString;
                if (inString && !first) {
                    joined.append(QLatin1Char('|'));
                }
                first = false;
            } else if (inString) {
                if (c == u'|') {
                    joined.append(QLatin1Char('\\'));
                }
                joined.append(c);
            }
        }
        return joined;
    }

    std::optional<bool> nullableBool(const QSqlQuery &query, int column)
    {
        return query.isNull(column) ? std::nullopt : std::optional<bool>(query.value(column).toInt() != 0);
    }

    std::optional<qint64> nullableInt(const QSqlQuery &query, int column)
    {
        return query.isNull(column) ? std::nullopt : std::optional<qint64>(query.value(column).toLongLong());
    }

    QString outputName(const QIODevice &device)
    {
        if (const auto *file = qobject_cast<const QFileDevice *>(&device); file && !file->fileName().isEmpty()) {
            return file->fileName();
        }
        return QStringLiteral("the output");
    }

} // namespace

CsvExporter::CsvExporter(const IncidentStore &store, const CsvOptions &options)
    : m_store(store)
    , m_options(options)
{
}

const QStringList &CsvExporter::incidentColumns()
{
    static const QStringList columns {
        QStringLiteral("id"),
        QStringLiteral("organization"),
        QStringLiteral("incident_date"),
        QStringLiteral("start_time"),
        QStringLiteral("end_time"),
        QStringLiteral("duration_minutes"),
        QStringLiteral("affected_count"),
        QStringLiteral("affected_unit"),
        QStringLiteral("data_exposed"),
        QStringLiteral("data_not_exposed"),
        QStringLiteral("cause"),
        QStringLiteral("external_attack"),
        QStringLiteral("discovered_by"),
        QStringLiteral("authority_notified"),
        QStringLiteral("affected_notified"),
        QStringLiteral("review_status"),
        QStringLiteral("analyst"),
        QStringLiteral("notes"),
        QStringLiteral("created_at"),
        QStringLiteral("modified_at"),
        QStringLiteral("source_document_ids"),
        QStringLiteral("source_titles"),
    };
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
    m_error.clear();
    QSet<qint64> wanted;
    const bool everything = scope.kind == ExportScope::Kind::All;
    if (!everything) {
        const auto ids = IncidentSelection::ids(m_store, scope, &m_error);
        if (!ids) {
            return std::nullopt;
        }
        wanted = QSet<qint64>(ids->cbegin(), ids->cend());
    }

    const QSqlDatabase database = QSqlDatabase::database(m_store.connectionName(), false);
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(
            QStringLiteral("SELECT id, organization, incident_date, start_time, end_time, duration_minutes, "
                           "affected_count, affected_unit, "
                           "data_exposed, data_not_exposed, cause, external_attack, discovered_by, authority_notified, "
                           "affected_notified, "
                           "review_status, analyst, notes, created_at, modified_at FROM incidents ORDER BY id"))
        || !query.exec()) {
        fail(m_store.path() + QStringLiteral(": cannot read the incident records (") + query.lastError().text()
            + QLatin1Char(')'));
        return std::nullopt;
    }
    // The sources, in the same id order, walked in step with the records (a merge join): correlated
    // subqueries per record would cost as much again as reading the records themselves.
    QSqlQuery sources(database);
    sources.setForwardOnly(true);
    if (!sources.prepare(
            QStringLiteral("SELECT s.incident_id, s.document_id, d.title FROM incident_sources s "
                           "JOIN documents d ON d.id = s.document_id ORDER BY s.incident_id, s.document_id"))
        || !sources.exec()) {
        fail(m_store.path() + QStringLiteral(": cannot read the incident sources (") + sources.lastError().text()
            + QLatin1Char(')'));
        return std::nullopt;
    }
    bool moreSources = sources.next();
    QString sourceIds;
    QString sourceTitles;

    CsvWriter csv(&device, m_options);
    for (const QString &column : incidentColumns()) {
        csv.addTrustedText(column);
    }
    csv.endRecord();
    qint64 rows = 0;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!everything && !wanted.contains(id)) {
            continue;
        }
        csv.addNumber(id);
        for (int column = 1; column <= 4; ++column) {
            csv.addText(query.value(column).toString());
        }
        csv.addNumber(nullableInt(query, 5));
        csv.addNumber(nullableInt(query, 6));
        csv.addText(query.value(7).toString());
        csv.addText(joinedList(query.value(8).toString()));
        csv.addText(joinedList(query.value(9).toString()));
        for (int column = 10; column <= 12; ++column) {
            csv.addText(query.value(column).toString());
        }
        csv.addBoolean(nullableBool(query, 13));
        csv.addBoolean(nullableBool(query, 14));
        for (int column = 15; column <= 19; ++column) {
            csv.addText(query.value(column).toString());
        }
        sourceIds.clear();
        sourceTitles.clear();
        while (moreSources && sources.value(0).toLongLong() < id) {
            moreSources = sources.next();
        }
        for (bool first = true; moreSources && sources.value(0).toLongLong() == id; first = false) {
            if (!first) {
                sourceIds.append(listSeparator());
                sourceTitles.append(listSeparator());
            }
            sourceIds.append(QString::number(sources.value(1).toLongLong()));
            const QString title = sources.value(2).toString();
            if (title.contains(QLatin1Char('|')) || title.contains(QLatin1Char('\\'))) {
                for (const QChar c : title) {
                    if (c == u'|' || c == u'\\') {
                        sourceTitles.append(QLatin1Char('\\'));
                    }
                    sourceTitles.append(c);
                }
            } else {
                sourceTitles.append(title);
            }
            moreSources = sources.next();
        }
        csv.addTrustedText(sourceIds);
        csv.addText(sourceTitles);
        csv.endRecord();
        ++rows;
    }
    if (query.lastError().isValid()) {
        fail(m_store.path() + QStringLiteral(": reading the incident records failed (") + query.lastError().text()
            + QLatin1Char(')'));
        return std::nullopt;
    }
    if (!csv.finish()) {
        fail(outputName(device) + QStringLiteral(": cannot write (") + csv.errorString() + QLatin1Char(')'));
        return std::nullopt;
    }
    return rows;
}

std::optional<qint64> CsvExporter::writeFacts(QIODevice &device, const ExportScope &scope)
{
    m_error.clear();
    const QSqlDatabase database = QSqlDatabase::database(m_store.connectionName(), false);
    QSet<qint64> documents;
    const bool everything = scope.kind == ExportScope::Kind::All;
    if (!everything) {
        const auto ids = IncidentSelection::ids(m_store, scope, &m_error);
        if (!ids) {
            return std::nullopt;
        }
        QSqlQuery sources(database);
        sources.setForwardOnly(true);
        if (!sources.prepare(QStringLiteral("SELECT document_id FROM incident_sources WHERE incident_id = ?"))) {
            fail(m_store.path() + QStringLiteral(": cannot read the incident sources (") + sources.lastError().text()
                + QLatin1Char(')'));
            return std::nullopt;
        }
        for (const qint64 id : std::as_const(*ids)) {
            sources.addBindValue(id);
            if (!sources.exec()) {
                fail(m_store.path() + QStringLiteral(": cannot read the incident sources (")
                    + sources.lastError().text() + QLatin1Char(')'));
                return std::nullopt;
            }
            while (sources.next()) {
                documents.insert(sources.value(0).toLongLong());
            }
        }
    }

    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT f.id, f.document_id, d.title, f.type, f.start_utf16, f.end_utf16, f.text, f.value_json, "
            "f.polarity, f.certainty, f.origin, f.status, f.author, f.modified_at "
            "FROM facts f JOIN documents d ON d.id = f.document_id "
            "ORDER BY f.document_id, f.start_utf16, f.end_utf16, f.id"))
        || !query.exec()) {
        fail(
            m_store.path() + QStringLiteral(": cannot read the facts (") + query.lastError().text() + QLatin1Char(')'));
        return std::nullopt;
    }
    QSqlQuery textQuery(database);
    textQuery.setForwardOnly(true);
    if (!textQuery.prepare(QStringLiteral("SELECT text FROM documents WHERE id = ?"))) {
        fail(m_store.path() + QStringLiteral(": cannot read the articles (") + textQuery.lastError().text()
            + QLatin1Char(')'));
        return std::nullopt;
    }

    CsvWriter csv(&device, m_options);
    for (const QString &column : factColumns()) {
        csv.addTrustedText(column);
    }
    csv.endRecord();
    qint64 rows = 0;
    qint64 offsetsDocument = 0;
    std::optional<TextOffsets> offsets;
    while (query.next()) {
        const qint64 documentId = query.value(1).toLongLong();
        if (!everything && !documents.contains(documentId)) {
            continue;
        }
        if (documentId != offsetsDocument) {
            // Rows come sorted by document, so each article's text is read once.
            textQuery.addBindValue(documentId);
            if (!textQuery.exec() || !textQuery.next()) {
                fail(m_store.path() + QStringLiteral(": cannot read the text of document %1").arg(documentId));
                return std::nullopt;
            }
            offsets.emplace(textQuery.value(0).toString());
            textQuery.finish();
            offsetsDocument = documentId;
        }
        csv.addNumber(query.value(0).toLongLong());
        csv.addNumber(documentId);
        csv.addText(query.value(2).toString());
        csv.addText(query.value(3).toString());
        csv.addNumber(qint64(offsets->toCodePoint(query.value(4).toLongLong())));
        csv.addNumber(qint64(offsets->toCodePoint(query.value(5).toLongLong())));
        csv.addText(query.value(6).toString());
        const QString value = query.value(7).toString();
        if (value == QLatin1String("null")) {
            csv.addEmpty();
        } else {
            csv.addText(value);
        }
        for (int column = 8; column <= 13; ++column) {
            csv.addText(query.value(column).toString());
        }
        csv.endRecord();
        ++rows;
    }
    if (!csv.finish()) {
        fail(outputName(device) + QStringLiteral(": cannot write (") + csv.errorString() + QLatin1Char(')'));
        return std::nullopt;
    }
    return rows;
}

} // namespace Iwb
