// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storesnapshot.h"

#include "document/document.h"
#include "document/textoffsets.h"
#include "incident/factjson.h"
#include "incident/incidentrecord.h"
#include "storage/incidentstore.h"
#include "storage/schemamigrations.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace Iwb {

namespace {

    QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QJsonValue nullableInteger(const QSqlQuery &query, int column)
    {
        return query.isNull(column) ? QJsonValue() : QJsonValue(query.value(column).toLongLong());
    }

    QJsonValue nullableBoolean(const QSqlQuery &query, int column)
    {
        return query.isNull(column) ? QJsonValue() : QJsonValue(query.value(column).toInt() != 0);
    }

    /// Text columns are NOT NULL and hold "" for "not stated"; a null QString would bind as SQL NULL.
    QVariant textValue(const QString &text)
    {
        return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
    }

    /// Reads typed fields of one row of the file, remembering the first problem with its place.
    class RowReader
    {
    public:
        RowReader(const QJsonObject &row, QString place, QString *error)
            : m_row(row)
            , m_place(std::move(place))
            , m_error(error)
        {
        }

        QString string(const QString &key)
        {
            const QJsonValue value = m_row.value(key);
            if (!value.isString()) {
                problem(key, QStringLiteral("is not a string"));
                return {};
            }
            return value.toString();
        }
        qint64 integer(const QString &key, qint64 minimum = 0)
        {
            const QJsonValue value = m_row.value(key);
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < minimum) {
                problem(key, QStringLiteral("is not an integer of at least %1").arg(minimum));
                return minimum;
            }
            return value.toInteger();
        }
        QVariant nullableInteger(const QString &key)
        {
            return m_row.value(key).isNull() ? QVariant() : QVariant(integer(key, std::numeric_limits<qint64>::min()));
        }
        QVariant nullableBoolean(const QString &key)
        {
            const QJsonValue value = m_row.value(key);
            if (value.isNull()) {
                return {};
            }
            if (!value.isBool()) {
                problem(key, QStringLiteral("is not true, false or null"));
                return {};
            }
            return value.toBool() ? 1 : 0;
        }
        QJsonArray array(const QString &key)
        {
            const QJsonValue value = m_row.value(key);
            if (!value.isArray()) {
                problem(key, QStringLiteral("is not an array"));
            }
            return value.toArray();
        }
        QStringList idList(const QString &key, const QStringList &allowed)
        {
            QStringList ids;
            for (const QJsonValue &item : array(key)) {
                if (!item.isString() || !allowed.contains(item.toString())) {
                    problem(key,
                        QStringLiteral("holds '%1', which is not one of: %2")
                            .arg(item.toString(), allowed.join(QStringLiteral(", "))));
                    return {};
                }
                ids.append(item.toString());
            }
            return ids;
        }
        QString oneOf(const QString &key, const QStringList &allowed, bool emptyAllowed)
        {
            const QString value = string(key);
            if (ok() && !(emptyAllowed && value.isEmpty()) && !allowed.contains(value)) {
                problem(key, QStringLiteral("is '%1', not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
            }
            return value;
        }
        QJsonValue any(const QString &key)
        {
            if (!m_row.contains(key)) {
                problem(key, QStringLiteral("is missing"));
            }
            return m_row.value(key);
        }
        void problem(const QString &key, const QString &what)
        {
            if (m_error->isEmpty()) {
                *m_error = QStringLiteral("%1: '%2' %3").arg(m_place, key, what);
            }
        }
        bool ok() const { return m_error->isEmpty(); }

    private:
        QJsonObject m_row;
        QString m_place;
        QString *m_error;
    };

    template<typename T> QStringList names(const QList<T> &values, QString (*name)(T))
    {
        QStringList list;
        for (const auto &value : values) {
            list.append(name(value));
        }
        return list;
    }

} // namespace

bool StoreSnapshot::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool StoreSnapshot::isSnapshotPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

bool StoreSnapshot::write(const IncidentStore &store, QIODevice &device)
{
    m_error.clear();
    const QSqlDatabase database = QSqlDatabase::database(store.connectionName(), false);
    QByteArray out;
    QString readError;
    const auto select = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        if (!query.exec(sql)) {
            readError = store.path() + QStringLiteral(": cannot read the store (") + query.lastError().text()
                + QLatin1Char(')');
            return false;
        }
        return true;
    };
    const auto flush = [&] {
        if (device.write(out) != out.size()) {
            readError = QStringLiteral("cannot write the snapshot: ") + device.errorString();
            return false;
        }
        out.clear();
        return true;
    };
    const auto section
        = [&](const char *name, QSqlQuery &query, const std::function<QJsonObject(const QSqlQuery &)> &row, bool last) {
              out += "\"";
              out += name;
              out += "\": [";
              bool first = true;
              while (query.next()) {
                  out += first ? "\n" : ",\n";
                  out += compact(row(query));
                  first = false;
                  if (out.size() > (1 << 20) && !flush()) {
                      return false;
                  }
              }
              out += first ? "]" : "\n]";
              out += last ? "\n}\n" : ",\n";
              return flush();
          };

    out += "{\n\"format\": \"" + formatName().toUtf8() + "\",\n";
    out += "\"format_version\": " + QByteArray::number(formatVersion()) + ",\n";
    out += "\"schema_version\": " + QByteArray::number(store.schemaVersion()) + ",\n";

    QHash<qint64, TextOffsets> offsets;
    QSqlQuery documents(database);
    if (!select(documents,
            QStringLiteral("SELECT id, sha256, title, language, published, source, format, text, raw_source, "
                           "imported_at FROM documents ORDER BY id"))
        || !section(
            "documents", documents,
            [&](const QSqlQuery &q) {
                const QString text = q.value(7).toString();
                offsets.insert(q.value(0).toLongLong(), TextOffsets(text));
                return QJsonObject {
                    { QStringLiteral("id"), q.value(0).toLongLong() },
                    { QStringLiteral("sha256"), q.value(1).toString() },
                    { QStringLiteral("title"), q.value(2).toString() },
                    { QStringLiteral("language"), q.value(3).toString() },
                    { QStringLiteral("published"), q.value(4).toString() },
                    { QStringLiteral("source"), q.value(5).toString() },
                    { QStringLiteral("format"), q.value(6).toString() },
                    { QStringLiteral("text"), text },
                    { QStringLiteral("raw_source"), q.value(8).toString() },
                    { QStringLiteral("imported_at"), q.value(9).toString() },
                };
            },
            false)) {
        return fail(readError);
    }

    QSqlQuery facts(database);
    if (!select(facts,
            QStringLiteral(
                "SELECT id, document_id, type, start_utf16, end_utf16, text, value_json, polarity, certainty, "
                "origin, status, author, modified_at FROM facts ORDER BY id"))
        || !section(
            "facts", facts,
            [&](const QSqlQuery &q) {
                const TextOffsets &text = *offsets.find(q.value(1).toLongLong());
                return QJsonObject {
                    { QStringLiteral("id"), q.value(0).toLongLong() },
                    { QStringLiteral("document_id"), q.value(1).toLongLong() },
                    { QStringLiteral("type"), q.value(2).toString() },
                    { QStringLiteral("start"), qint64(text.toCodePoint(q.value(3).toLongLong())) },
                    { QStringLiteral("end"), qint64(text.toCodePoint(q.value(4).toLongLong())) },
                    { QStringLiteral("text"), q.value(5).toString() },
                    { QStringLiteral("value"), jsonValueFromText(q.value(6).toString()).value_or(QJsonValue()) },
                    { QStringLiteral("polarity"), q.value(7).toString() },
                    { QStringLiteral("certainty"), q.value(8).toString() },
                    { QStringLiteral("origin"), q.value(9).toString() },
                    { QStringLiteral("status"), q.value(10).toString() },
                    { QStringLiteral("author"), q.value(11).toString() },
                    { QStringLiteral("modified_at"), q.value(12).toString() },
                };
            },
            false)) {
        return fail(readError);
    }

    QHash<qint64, QJsonArray> sources;
    QHash<qint64, QJsonObject> evidence;
    QSqlQuery links(database);
    if (!select(links,
            QStringLiteral(
                "SELECT incident_id, document_id FROM incident_sources ORDER BY incident_id, document_id"))) {
        return fail(readError);
    }
    while (links.next()) {
        sources[links.value(0).toLongLong()].append(links.value(1).toLongLong());
    }
    if (!select(links,
            QStringLiteral(
                "SELECT incident_id, field, fact_id FROM field_evidence ORDER BY incident_id, field, fact_id"))) {
        return fail(readError);
    }
    while (links.next()) {
        QJsonObject &fields = evidence[links.value(0).toLongLong()];
        const QString field = links.value(1).toString();
        QJsonArray ids = fields.value(field).toArray();
        ids.append(links.value(2).toLongLong());
        fields.insert(field, ids);
    }

    QSqlQuery incidents(database);
    if (!select(incidents,
            QStringLiteral(
                "SELECT id, organization, incident_date, start_time, end_time, duration_minutes, affected_count, "
                "affected_unit, data_exposed, data_not_exposed, cause, external_attack, discovered_by, "
                "authority_notified, affected_notified, review_status, analyst, notes, created_at, modified_at "
                "FROM incidents ORDER BY id"))
        || !section(
            "incidents", incidents,
            [&](const QSqlQuery &q) {
                const qint64 id = q.value(0).toLongLong();
                return QJsonObject {
                    { QStringLiteral("id"), id },
                    { QStringLiteral("organization"), q.value(1).toString() },
                    { QStringLiteral("incident_date"), q.value(2).toString() },
                    { QStringLiteral("start_time"), q.value(3).toString() },
                    { QStringLiteral("end_time"), q.value(4).toString() },
                    { QStringLiteral("duration_minutes"), nullableInteger(q, 5) },
                    { QStringLiteral("affected_count"), nullableInteger(q, 6) },
                    { QStringLiteral("affected_unit"), q.value(7).toString() },
                    { QStringLiteral("data_exposed"), jsonValueFromText(q.value(8).toString()).value_or(QJsonValue()) },
                    { QStringLiteral("data_not_exposed"),
                        jsonValueFromText(q.value(9).toString()).value_or(QJsonValue()) },
                    { QStringLiteral("cause"), q.value(10).toString() },
                    { QStringLiteral("external_attack"), q.value(11).toString() },
                    { QStringLiteral("discovered_by"), q.value(12).toString() },
                    { QStringLiteral("authority_notified"), nullableBoolean(q, 13) },
                    { QStringLiteral("affected_notified"), nullableBoolean(q, 14) },
                    { QStringLiteral("review_status"), q.value(15).toString() },
                    { QStringLiteral("analyst"), q.value(16).toString() },
                    { QStringLiteral("notes"), q.value(17).toString() },
                    { QStringLiteral("created_at"), q.value(18).toString() },
                    { QStringLiteral("modified_at"), q.value(19).toString() },
                    { QStringLiteral("sources"), sources.value(id) },
                    { QStringLiteral("evidence"), evidence.value(id) },
                };
            },
            false)) {
        return fail(readError);
    }

    QSqlQuery history(database);
    if (!select(history,
            QStringLiteral("SELECT id, at, author, entity, entity_id, action, detail FROM edit_history ORDER BY id"))
        || !section(
            "history", history,
            [&](const QSqlQuery &q) {
                return QJsonObject {
                    { QStringLiteral("id"), q.value(0).toLongLong() },
                    { QStringLiteral("at"), q.value(1).toString() },
                    { QStringLiteral("author"), q.value(2).toString() },
                    { QStringLiteral("entity"), q.value(3).toString() },
                    { QStringLiteral("entity_id"), q.value(4).toLongLong() },
                    { QStringLiteral("action"), q.value(5).toString() },
                    { QStringLiteral("detail"), q.value(6).toString() },
                };
            },
            true)) {
        return fail(readError);
    }
    return true;
}

bool StoreSnapshot::writeFile(const IncidentStore &store, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(path + QStringLiteral(": cannot write (") + file.errorString() + QLatin1Char(')'));
    }
    if (!write(store, file)) {
        file.cancelWriting();
        return fail(path + QStringLiteral(": ") + m_error);
    }
    if (!file.commit()) {
        return fail(path + QStringLiteral(": cannot write (") + file.errorString() + QLatin1Char(')'));
    }
    return true;
}

bool StoreSnapshot::importFile(IncidentStore &store, const QString &path)
{
    m_error.clear();
    m_counts = {};
    const QString &name = path;

    // 1. Read and check the whole file before touching the store.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(name + QStringLiteral(": cannot read (") + file.errorString() + QLatin1Char(')'));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(name
            + QStringLiteral(": not valid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName()) {
        return fail(name
            + QStringLiteral(": not an Incident Workbench store snapshot (its \"format\" is not \"%1\")")
                .arg(formatName()));
    }
    if (root.value(QStringLiteral("format_version")).toInteger(-1) != formatVersion()) {
        return fail(name
            + QStringLiteral(": snapshot format version %1 is not supported (this program reads version %2)")
                .arg(root.value(QStringLiteral("format_version")).toVariant().toString())
                .arg(formatVersion()));
    }
    const qint64 schemaVersion = root.value(QStringLiteral("schema_version")).toInteger(-1);
    if (schemaVersion < 1 || schemaVersion > SchemaMigrations::latestVersion()) {
        return fail(name
            + QStringLiteral(
                ": written with store schema version %1, which this program does not know (it knows 1 to %2)")
                .arg(root.value(QStringLiteral("schema_version")).toVariant().toString())
                .arg(SchemaMigrations::latestVersion()));
    }
    for (const char *key : { "documents", "facts", "incidents", "history" }) {
        if (!root.value(QLatin1String(key)).isArray()) {
            return fail(name + QStringLiteral(": \"%1\" is missing or not an array").arg(QLatin1String(key)));
        }
    }

    const QSqlDatabase database = QSqlDatabase::database(store.connectionName(), false);
    {
        QSqlQuery count(database);
        if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM facts) + "
                                       "(SELECT count(*) FROM incidents) + (SELECT count(*) FROM edit_history)"))
            || !count.next()) {
            return fail(store.path() + QStringLiteral(": cannot read the store (") + count.lastError().text()
                + QLatin1Char(')'));
        }
        if (count.value(0).toLongLong() != 0) {
            return fail(name
                + QStringLiteral(
                    ": not imported: the database %1 is not empty; a snapshot only goes into an empty store")
                    .arg(store.path()));
        }
    }

    // Every statement with its values, collected first so a bad row anywhere leaves the store untouched.
    struct Statement
    {
        QString place;
        int kind;
        QVariantList values;
    };
    enum { DocumentRow, FactRow, IncidentRow, SourceRow, EvidenceRow, HistoryRow };
    QList<Statement> statements;
    QString error;
    QHash<qint64, TextOffsets> offsets;
    QSet<qint64> factIds;

    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    for (qsizetype i = 0; i < documents.size() && error.isEmpty(); ++i) {
        const QString place = name + QStringLiteral(": documents[%1]").arg(i);
        RowReader row(documents.at(i).toObject(), place, &error);
        const qint64 id = row.integer(QStringLiteral("id"), 1);
        const QString sha = row.string(QStringLiteral("sha256"));
        const QString text = row.string(QStringLiteral("text"));
        Statement statement { place, DocumentRow,
            { id, sha, textValue(row.string(QStringLiteral("title"))),
                textValue(row.string(QStringLiteral("language"))), textValue(row.string(QStringLiteral("published"))),
                textValue(row.string(QStringLiteral("source"))), textValue(row.string(QStringLiteral("format"))),
                textValue(text), textValue(row.string(QStringLiteral("raw_source"))),
                row.string(QStringLiteral("imported_at")) } };
        if (row.ok() && QString::fromLatin1(Document::sha256Of(text)) != sha) {
            row.problem(QStringLiteral("sha256"), QStringLiteral("does not match the document's text"));
        }
        if (row.ok() && offsets.contains(id)) {
            row.problem(QStringLiteral("id"), QStringLiteral("%1 appears twice").arg(id));
        }
        offsets.insert(id, TextOffsets(text));
        statements.append(statement);
    }

    const QStringList factTypes = names(allFactTypes(), &factTypeName);
    const QStringList polarities { polarityName(Polarity::Positive), polarityName(Polarity::Negative) };
    const QStringList certainties { certaintyName(Certainty::Certain), certaintyName(Certainty::Uncertain) };
    const QStringList statuses = names(
        QList<FactStatus> { FactStatus::Suggested, FactStatus::Accepted, FactStatus::Rejected, FactStatus::Edited },
        &factStatusName);
    const QJsonArray facts = root.value(QStringLiteral("facts")).toArray();
    for (qsizetype i = 0; i < facts.size() && error.isEmpty(); ++i) {
        const QString place = name + QStringLiteral(": facts[%1]").arg(i);
        RowReader row(facts.at(i).toObject(), place, &error);
        const qint64 id = row.integer(QStringLiteral("id"), 1);
        const qint64 documentId = row.integer(QStringLiteral("document_id"), 1);
        const qint64 start = row.integer(QStringLiteral("start"));
        const qint64 end = row.integer(QStringLiteral("end"));
        const auto text = offsets.constFind(documentId);
        if (row.ok() && text == offsets.constEnd()) {
            row.problem(QStringLiteral("document_id"),
                QStringLiteral("names document %1, which the file does not hold").arg(documentId));
        }
        if (row.ok() && (end < start || end > text->codePointLength())) {
            row.problem(QStringLiteral("end"),
                QStringLiteral("gives the span %1..%2, outside the document's %3 characters")
                    .arg(start)
                    .arg(end)
                    .arg(text->codePointLength()));
        }
        Statement statement { place, FactRow,
            { id, documentId, row.oneOf(QStringLiteral("type"), factTypes, false),
                row.ok() ? qint64(text->toUtf16(start)) : 0, row.ok() ? qint64(text->toUtf16(end)) : 0,
                textValue(row.string(QStringLiteral("text"))), jsonValueText(row.any(QStringLiteral("value"))),
                row.oneOf(QStringLiteral("polarity"), polarities, false),
                row.oneOf(QStringLiteral("certainty"), certainties, false),
                textValue(row.string(QStringLiteral("origin"))), row.oneOf(QStringLiteral("status"), statuses, false),
                textValue(row.string(QStringLiteral("author"))),
                textValue(row.string(QStringLiteral("modified_at"))) } };
        factIds.insert(id);
        statements.append(statement);
    }

    const QStringList reviewStatuses
        = names(QList<ReviewStatus> { ReviewStatus::Draft, ReviewStatus::FirstPass, ReviewStatus::Reviewed },
            &reviewStatusName);
    const QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
    for (qsizetype i = 0; i < incidents.size() && error.isEmpty(); ++i) {
        const QString place = name + QStringLiteral(": incidents[%1]").arg(i);
        const QJsonObject object = incidents.at(i).toObject();
        RowReader row(object, place, &error);
        const qint64 id = row.integer(QStringLiteral("id"), 1);
        const auto listJson = [&](const QString &key) {
            return QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(row.idList(key, IncidentRecord::dataCategoryIds())))
                    .toJson(QJsonDocument::Compact));
        };
        statements.append({ place, IncidentRow,
            { id, textValue(row.string(QStringLiteral("organization"))),
                textValue(row.string(QStringLiteral("incident_date"))),
                textValue(row.string(QStringLiteral("start_time"))), textValue(row.string(QStringLiteral("end_time"))),
                row.nullableInteger(QStringLiteral("duration_minutes")),
                row.nullableInteger(QStringLiteral("affected_count")),
                textValue(row.string(QStringLiteral("affected_unit"))), listJson(QStringLiteral("data_exposed")),
                listJson(QStringLiteral("data_not_exposed")),
                textValue(row.oneOf(QStringLiteral("cause"), IncidentRecord::causeIds(), true)),
                textValue(row.oneOf(QStringLiteral("external_attack"), IncidentRecord::externalAttackIds(), true)),
                textValue(row.oneOf(QStringLiteral("discovered_by"), IncidentRecord::discovererIds(), true)),
                row.nullableBoolean(QStringLiteral("authority_notified")),
                row.nullableBoolean(QStringLiteral("affected_notified")),
                row.oneOf(QStringLiteral("review_status"), reviewStatuses, false),
                textValue(row.string(QStringLiteral("analyst"))), textValue(row.string(QStringLiteral("notes"))),
                row.string(QStringLiteral("created_at")), row.string(QStringLiteral("modified_at")) } });
        for (const QJsonValue &source : row.array(QStringLiteral("sources"))) {
            if (!offsets.contains(source.toInteger(-1))) {
                row.problem(QStringLiteral("sources"), QStringLiteral("names a document the file does not hold"));
            }
            statements.append({ place, SourceRow, { id, source.toInteger() } });
        }
        const QJsonValue evidence = object.value(QStringLiteral("evidence"));
        if (!evidence.isObject()) {
            row.problem(QStringLiteral("evidence"), QStringLiteral("is not an object"));
        }
        const QJsonObject fields = evidence.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!IncidentRecord::fieldNames().contains(it.key())) {
                row.problem(QStringLiteral("evidence"), QStringLiteral("names the unknown field '%1'").arg(it.key()));
            }
            for (const QJsonValue &fact : it.value().toArray()) {
                if (!factIds.contains(fact.toInteger(-1))) {
                    row.problem(QStringLiteral("evidence"), QStringLiteral("names a fact the file does not hold"));
                }
                statements.append({ place, EvidenceRow, { id, it.key(), fact.toInteger() } });
            }
        }
    }

    const QJsonArray history = root.value(QStringLiteral("history")).toArray();
    for (qsizetype i = 0; i < history.size() && error.isEmpty(); ++i) {
        const QString place = name + QStringLiteral(": history[%1]").arg(i);
        RowReader row(history.at(i).toObject(), place, &error);
        statements.append({ place, HistoryRow,
            { row.integer(QStringLiteral("id"), 1), row.string(QStringLiteral("at")),
                textValue(row.string(QStringLiteral("author"))), textValue(row.string(QStringLiteral("entity"))),
                row.integer(QStringLiteral("entity_id"), std::numeric_limits<qint64>::min()),
                textValue(row.string(QStringLiteral("action"))), textValue(row.string(QStringLiteral("detail"))) } });
    }
    if (!error.isEmpty()) {
        return fail(error + QStringLiteral("; nothing was imported"));
    }

    // 2. Write everything in one transaction.
    const QString sql[] = {
        QStringLiteral("INSERT INTO documents (id, sha256, title, language, published, source, format, text, "
                       "raw_source, imported_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QStringLiteral("INSERT INTO facts (id, document_id, type, start_utf16, end_utf16, text, value_json, polarity, "
                       "certainty, origin, "
                       "status, author, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QStringLiteral(
            "INSERT INTO incidents (id, organization, incident_date, start_time, end_time, duration_minutes, "
            "affected_count, "
            "affected_unit, data_exposed, data_not_exposed, cause, external_attack, discovered_by, authority_notified, "
            "affected_notified, review_status, analyst, notes, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QStringLiteral("INSERT INTO incident_sources (incident_id, document_id) VALUES (?, ?)"),
        QStringLiteral("INSERT INTO field_evidence (incident_id, field, fact_id) VALUES (?, ?, ?)"),
        QStringLiteral("INSERT INTO edit_history (id, at, author, entity, entity_id, action, detail) VALUES (?, ?, ?, "
                       "?, ?, ?, ?)"),
    };
    QSqlDatabase writable = database;
    if (!writable.transaction()) {
        return fail(store.path() + QStringLiteral(": cannot start a transaction (") + writable.lastError().text()
            + QLatin1Char(')'));
    }
    std::vector<std::unique_ptr<QSqlQuery>> queries;
    for (const QString &statement : sql) {
        auto query = std::make_unique<QSqlQuery>(writable);
        if (!query->prepare(statement)) {
            const QString reason = query->lastError().text();
            queries.clear();
            writable.rollback();
            return fail(store.path() + QStringLiteral(": cannot prepare the import (") + reason + QLatin1Char(')'));
        }
        queries.push_back(std::move(query));
    }
    for (const Statement &statement : std::as_const(statements)) {
        QSqlQuery &query = *queries.at(statement.kind);
        for (const QVariant &value : statement.values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            const QString reason = query.lastError().text();
            queries.clear();
            writable.rollback();
            return fail(statement.place + QStringLiteral(": cannot be stored (") + reason
                + QStringLiteral("); nothing was imported"));
        }
    }
    queries.clear();
    if (!writable.commit()) {
        const QString reason = writable.lastError().text();
        writable.rollback();
        return fail(store.path() + QStringLiteral(": cannot commit the import (") + reason
            + QStringLiteral("); nothing was imported"));
    }
    m_counts = { documents.size(), facts.size(), incidents.size(), history.size() };
    return true;
}

} // namespace Iwb
