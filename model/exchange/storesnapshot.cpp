// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storesnapshot.h"

#include "document/document.h"
#include "document/textoffsets.h"
#include "incident/factjson.h"
#include "incident/incidentrecord.h"
#include "storage/incidentstore.h"
#include "storage/schemamigrations.h"
#include "storage/storetables.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <array>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace Iwb {

namespace {

    /// Where the first string of @p json longer than @p limit bytes starts, or -1. One pass over the bytes:
    /// a quote outside a string opens one, a backslash inside takes the next byte with it.
    qsizetype firstStringOver(const QByteArray &json, qint64 limit)
    {
        qsizetype start = -1;
        for (qsizetype i = 0; i < json.size(); ++i) {
            const char c = json.at(i);
            if (start < 0) {
                if (c == '"') {
                    start = i;
                }
                continue;
            }
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                start = -1;
                continue;
            }
            if (i - start > limit) {
                return start;
            }
        }
        return -1;
    }

    QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QJsonValue nullableInteger(const TableRows &rows, int column)
    {
        return rows.isNull(column) ? QJsonValue() : QJsonValue(rows.integer(column));
    }

    QJsonValue nullableBoolean(const TableRows &rows, int column)
    {
        return rows.isNull(column) ? QJsonValue() : QJsonValue(rows.integer(column) != 0);
    }

    /// Text columns are NOT NULL and hold "" for "not stated"; a null QString would bind as SQL NULL.
    QVariant textValue(const QString &text)
    {
        return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
    }

    /// A document's metadata as stored: the snapshot's object read as DocumentMetadata reads it
    /// (snapshots written before schema version 5 have none).
    QString metadataText(const QJsonObject &document)
    {
        const QJsonObject metadata
            = DocumentMetadata::fromJson(document.value(QStringLiteral("metadata")).toObject()).toJson();
        return QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
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
                problem(key, QCoreApplication::translate("Iwb::StoreSnapshot", "is not a string"));
                return {};
            }
            return value.toString();
        }
        qint64 integer(const QString &key, qint64 minimum = 0)
        {
            const QJsonValue value = m_row.value(key);
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < minimum) {
                problem(key,
                    QCoreApplication::translate("Iwb::StoreSnapshot", "is not an integer of at least %1").arg(minimum));
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
                problem(key, QCoreApplication::translate("Iwb::StoreSnapshot", "is not true, false or null"));
                return {};
            }
            return value.toBool() ? 1 : 0;
        }
        QJsonArray array(const QString &key)
        {
            const QJsonValue value = m_row.value(key);
            if (!value.isArray()) {
                problem(key, QCoreApplication::translate("Iwb::StoreSnapshot", "is not an array"));
            }
            return value.toArray();
        }
        QStringList idList(const QString &key, const QStringList &allowed)
        {
            QStringList ids;
            for (const QJsonValue item : array(key)) {
                if (!item.isString() || !allowed.contains(item.toString())) {
                    problem(key,
                        QCoreApplication::translate("Iwb::StoreSnapshot", "holds '%1', which is not one of: %2")
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
                problem(key,
                    QCoreApplication::translate("Iwb::StoreSnapshot", "is '%1', not one of: %2")
                        .arg(value, allowed.join(QStringLiteral(", "))));
            }
            return value;
        }
        QJsonValue any(const QString &key)
        {
            if (!m_row.contains(key)) {
                problem(key, QCoreApplication::translate("Iwb::StoreSnapshot", "is missing"));
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

    /// The breach-register tables (schema version 8) as the snapshot keys them, in the file's order (a table's
    /// rows after those they refer to).
    constexpr std::array<std::pair<const char *, StoredTable>, 3> registerSections { {
        { "breach_registers", StoredTable::BreachRegisters },
        { "register_entries", StoredTable::RegisterEntries },
        { "register_notifications", StoredTable::RegisterNotifications },
    } };

    /// A row of a breach-register table keyed by its column names: numbers, text, null, and a BLOB (the sent
    /// report) as {"base64": ...}.
    QJsonObject genericRow(const TableRows &rows, const QStringList &columns)
    {
        QJsonObject object;
        for (int column = 0; column < columns.size(); ++column) {
            const QVariant value = rows.value(column);
            QJsonValue json;
            if (value.typeId() == QMetaType::QByteArray) {
                json
                    = QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64()) } };
            } else if (value.typeId() == QMetaType::LongLong) {
                json = value.toLongLong();
            } else if (value.isValid()) {
                json = value.toString();
            }
            object.insert(columns.at(column), json);
        }
        return object;
    }

    /// The values of a generic row in @p columns' order; @p error names the first key that is missing or of a
    /// kind no column holds.
    QVariantList genericValues(
        const QJsonObject &object, const QStringList &columns, const QString &place, QString *error)
    {
        QVariantList values;
        for (const QString &column : columns) {
            const QJsonValue json = object.value(column);
            if (json.isNull()) {
                values.append(QVariant());
            } else if (json.isDouble()) {
                values.append(json.toInteger());
            } else if (json.isString()) {
                values.append(json.toString());
            } else if (const auto bytes
                = QByteArray::fromBase64Encoding(json.toObject().value(QStringLiteral("base64")).toString().toLatin1(),
                    QByteArray::AbortOnBase64DecodingErrors);
                json.isObject() && bytes) {
                values.append(bytes.decoded);
            } else if (error->isEmpty()) {
                *error = place
                    + QCoreApplication::translate(
                        "Iwb::StoreSnapshot", ": \"%1\" is missing or not a number, text, null or base64 object")
                          .arg(column);
            }
        }
        return values;
    }

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
    // One read transaction: the file is one state of the store, even while another process saves.
    StoreTables tables(store);
    if (!tables.beginRead()) {
        return fail(tables.errorString());
    }
    QByteArray out;
    QString readError;
    const auto select = [&](StoredTable table) {
        auto rows = tables.rows(table);
        if (!rows) {
            readError = tables.errorString();
        }
        return rows;
    };
    const auto flush = [&] {
        if (device.write(out) != out.size()) {
            readError = QCoreApplication::translate("Iwb::StoreSnapshot", "cannot write the snapshot: %1")
                            .arg(device.errorString());
            return false;
        }
        out.clear();
        return true;
    };
    const auto section = [&](const char *name, std::optional<TableRows> &rows,
                             const std::function<QJsonObject(const TableRows &)> &row, bool last) {
        if (!rows) {
            return false;
        }
        TableRows &query = *rows;
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
        if (!query.errorString().isEmpty()) {
            readError = query.errorString();
            return false;
        }
        out += first ? "]" : "\n]";
        out += last ? "\n}\n" : ",\n";
        return flush();
    };

    out += "{\n\"format\": \"" + formatName().toUtf8() + "\",\n";
    out += "\"format_version\": " + QByteArray::number(formatVersion()) + ",\n";
    out += "\"schema_version\": " + QByteArray::number(store.schemaVersion()) + ",\n";

    QHash<qint64, TextOffsets> offsets;
    auto documents = select(StoredTable::Documents);
    if (!section(
            "documents", documents,
            [&](const TableRows &q) {
                const QString text = q.text(7);
                offsets.insert(q.integer(0), TextOffsets(text));
                QJsonObject row {
                    { QStringLiteral("id"), q.integer(0) },
                    { QStringLiteral("sha256"), q.text(1) },
                    { QStringLiteral("title"), q.text(2) },
                    { QStringLiteral("language"), q.text(3) },
                    { QStringLiteral("published"), q.text(4) },
                    { QStringLiteral("source"), q.text(5) },
                    { QStringLiteral("format"), q.text(6) },
                    { QStringLiteral("text"), text },
                    { QStringLiteral("raw_source"), q.text(8) },
                    { QStringLiteral("imported_at"), q.text(9) },
                    { QStringLiteral("metadata"), QJsonDocument::fromJson(q.text(10).toUtf8()).object() },
                };
                // The file the document was read from (a PDF), base64, only where there is one.
                const std::optional<DocumentOriginal> original = tables.documentOriginal(q.integer(0));
                if (!original) {
                    readError = tables.errorString();
                } else if (!original->isEmpty()) {
                    row.insert(QStringLiteral("original"),
                        QJsonObject { { QStringLiteral("media_type"), original->mediaType },
                            { QStringLiteral("base64"), QString::fromLatin1(original->bytes.toBase64()) } });
                }
                return row;
            },
            false)
        || !readError.isEmpty()) {
        return fail(readError);
    }

    auto facts = select(StoredTable::Facts);
    if (!section(
            "facts", facts,
            [&](const TableRows &q) {
                const TextOffsets &text = *offsets.find(q.integer(1));
                return QJsonObject {
                    { QStringLiteral("id"), q.integer(0) },
                    { QStringLiteral("document_id"), q.integer(1) },
                    { QStringLiteral("type"), q.text(2) },
                    { QStringLiteral("start"), qint64(text.toCodePoint(q.integer(3))) },
                    { QStringLiteral("end"), qint64(text.toCodePoint(q.integer(4))) },
                    { QStringLiteral("text"), q.text(5) },
                    { QStringLiteral("value"), jsonValueFromText(q.text(6)).value_or(QJsonValue()) },
                    { QStringLiteral("polarity"), q.text(7) },
                    { QStringLiteral("certainty"), q.text(8) },
                    { QStringLiteral("origin"), q.text(9) },
                    { QStringLiteral("status"), q.text(10) },
                    { QStringLiteral("author"), q.text(11) },
                    { QStringLiteral("modified_at"), q.text(12) },
                };
            },
            false)) {
        return fail(readError);
    }

    QHash<qint64, QJsonArray> sources;
    QHash<qint64, QJsonObject> evidence;
    auto sourceRows = select(StoredTable::IncidentSources);
    if (!sourceRows) {
        return fail(readError);
    }
    while (sourceRows->next()) {
        sources[sourceRows->integer(SourceColumn::IncidentId)].append(sourceRows->integer(SourceColumn::DocumentId));
    }
    auto evidenceRows = select(StoredTable::FieldEvidence);
    if (!evidenceRows || !sourceRows->errorString().isEmpty()) {
        return fail(sourceRows->errorString().isEmpty() ? readError : sourceRows->errorString());
    }
    while (evidenceRows->next()) {
        QJsonObject &fields = evidence[evidenceRows->integer(EvidenceColumn::IncidentId)];
        const QString field = evidenceRows->text(EvidenceColumn::Field);
        QJsonArray ids = fields.value(field).toArray();
        ids.append(evidenceRows->integer(EvidenceColumn::FactId));
        fields.insert(field, ids);
    }
    if (!evidenceRows->errorString().isEmpty()) {
        return fail(evidenceRows->errorString());
    }

    auto incidents = select(StoredTable::Incidents);
    if (!section(
            "incidents", incidents,
            [&](const TableRows &q) {
                const qint64 id = q.integer(0);
                return QJsonObject {
                    { QStringLiteral("id"), id },
                    { QStringLiteral("organization"), q.text(1) },
                    { QStringLiteral("incident_date"), q.text(2) },
                    { QStringLiteral("start_time"), q.text(3) },
                    { QStringLiteral("end_time"), q.text(4) },
                    { QStringLiteral("duration_minutes"), nullableInteger(q, 5) },
                    { QStringLiteral("affected_count"), nullableInteger(q, 6) },
                    { QStringLiteral("affected_unit"), q.text(7) },
                    { QStringLiteral("data_exposed"), jsonValueFromText(q.text(8)).value_or(QJsonValue()) },
                    { QStringLiteral("data_not_exposed"), jsonValueFromText(q.text(9)).value_or(QJsonValue()) },
                    { QStringLiteral("cause"), q.text(10) },
                    { QStringLiteral("external_attack"), q.text(11) },
                    { QStringLiteral("discovered_by"), q.text(12) },
                    { QStringLiteral("authority_notified"), nullableBoolean(q, 13) },
                    { QStringLiteral("affected_notified"), nullableBoolean(q, 14) },
                    { QStringLiteral("review_status"), q.text(15) },
                    { QStringLiteral("analyst"), q.text(16) },
                    { QStringLiteral("notes"), q.text(17) },
                    { QStringLiteral("created_at"), q.text(18) },
                    { QStringLiteral("modified_at"), q.text(19) },
                    { QStringLiteral("sources"), sources.value(id) },
                    { QStringLiteral("evidence"), evidence.value(id) },
                };
            },
            false)) {
        return fail(readError);
    }

    auto history = select(StoredTable::History);
    if (!section(
            "history", history,
            [&](const TableRows &q) {
                return QJsonObject {
                    { QStringLiteral("id"), q.integer(0) },
                    { QStringLiteral("at"), q.text(1) },
                    { QStringLiteral("author"), q.text(2) },
                    { QStringLiteral("entity"), q.text(3) },
                    { QStringLiteral("entity_id"), q.integer(4) },
                    { QStringLiteral("action"), q.text(5) },
                    { QStringLiteral("detail"), q.text(6) },
                };
            },
            false)) {
        return fail(readError);
    }

    for (const auto &[key, table] : registerSections) {
        const QStringList columns = StoreTables::columnNames(table);
        auto rows = select(table);
        if (!section(
                key, rows, [&columns](const TableRows &q) { return genericRow(q, columns); },
                table == StoredTable::RegisterNotifications)) {
            return fail(readError);
        }
    }
    return true;
}

bool StoreSnapshot::writeFile(const IncidentStore &store, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(
            QCoreApplication::translate("Iwb::StoreSnapshot", "%1: cannot write (%2)").arg(path, file.errorString()));
    }
    if (!write(store, file)) {
        file.cancelWriting();
        return fail(path + QStringLiteral(": ") + m_error);
    }
    if (!file.commit()) {
        return fail(
            QCoreApplication::translate("Iwb::StoreSnapshot", "%1: cannot write (%2)").arg(path, file.errorString()));
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
        return fail(
            QCoreApplication::translate("Iwb::StoreSnapshot", "%1: cannot read (%2)").arg(name, file.errorString()));
    }
    const auto megabytes = [](qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); };
    if (file.size() > m_limits.fileBytes) {
        return fail(name
            + QCoreApplication::translate(
                "Iwb::StoreSnapshot", ": the file is %1 MB, over the snapshot limit of %2 MB; nothing was imported")
                .arg(megabytes(file.size()), megabytes(m_limits.fileBytes)));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size()) {
        return fail(QCoreApplication::translate("Iwb::StoreSnapshot", "%1: could not be read completely (%2)")
                .arg(name, file.errorString()));
    }
    if (const qsizetype at = firstStringOver(bytes, m_limits.stringBytes); at >= 0) {
        return fail(name
            + QCoreApplication::translate("Iwb::StoreSnapshot",
                ": the string at byte %1 is longer than the snapshot limit of %2 bytes; nothing was imported")
                .arg(at)
                .arg(m_limits.stringBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(name
            + QCoreApplication::translate("Iwb::StoreSnapshot", ": not valid JSON at byte %1 (%2)")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName()) {
        return fail(name
            + QCoreApplication::translate(
                "Iwb::StoreSnapshot", ": not an Incident Workbench store snapshot (its \"format\" is not \"%1\")")
                .arg(formatName()));
    }
    if (root.value(QStringLiteral("format_version")).toInteger(-1) != formatVersion()) {
        return fail(name
            + QCoreApplication::translate(
                "Iwb::StoreSnapshot", ": snapshot format version %1 is not supported (this program reads version %2)")
                .arg(root.value(QStringLiteral("format_version")).toVariant().toString())
                .arg(formatVersion()));
    }
    const qint64 schemaVersion = root.value(QStringLiteral("schema_version")).toInteger(-1);
    if (schemaVersion < 1 || schemaVersion > SchemaMigrations::latestVersion()) {
        return fail(name
            + QCoreApplication::translate("Iwb::StoreSnapshot",
                ": written with store schema version %1, which this program does not know (it knows 1 to %2)")
                .arg(root.value(QStringLiteral("schema_version")).toVariant().toString())
                .arg(SchemaMigrations::latestVersion()));
    }
    for (const char *key : { "documents", "facts", "incidents", "history" }) {
        if (!root.value(QLatin1String(key)).isArray()) {
            return fail(name
                + QCoreApplication::translate("Iwb::StoreSnapshot", ": \"%1\" is missing or not an array")
                    .arg(QLatin1String(key)));
        }
    }

    StoreTables tables(store);
    const std::optional<bool> empty = tables.isEmpty();
    if (!empty) {
        return fail(tables.errorString());
    }
    if (!*empty) {
        return fail(name
            + QCoreApplication::translate("Iwb::StoreSnapshot",
                ": not imported: the database %1 is not empty; a snapshot only goes into an empty store")
                .arg(store.path()));
    }

    // Every statement with its values, collected first so a bad row anywhere leaves the store untouched.
    struct Statement
    {
        QString place;
        StoredTable kind;
        QVariantList values;
    };
    constexpr StoredTable DocumentRow = StoredTable::Documents;
    constexpr StoredTable FactRow = StoredTable::Facts;
    constexpr StoredTable IncidentRow = StoredTable::Incidents;
    constexpr StoredTable SourceRow = StoredTable::IncidentSources;
    constexpr StoredTable EvidenceRow = StoredTable::FieldEvidence;
    constexpr StoredTable HistoryRow = StoredTable::History;
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
                row.string(QStringLiteral("imported_at")), metadataText(documents.at(i).toObject()) } };
        if (row.ok() && QString::fromLatin1(Document::sha256Of(text)) != sha) {
            row.problem(QStringLiteral("sha256"),
                QCoreApplication::translate("Iwb::StoreSnapshot", "does not match the document's text"));
        }
        if (row.ok() && offsets.contains(id)) {
            row.problem(
                QStringLiteral("id"), QCoreApplication::translate("Iwb::StoreSnapshot", "%1 appears twice").arg(id));
        }
        offsets.insert(id, TextOffsets(text));
        statements.append(statement);
        // The original file (schema version 6), after its document.
        const QJsonValue original = documents.at(i).toObject().value(QStringLiteral("original"));
        if (original.isUndefined()) {
            continue;
        }
        RowReader originalRow(original.toObject(), place + QStringLiteral(".original"), &error);
        if (!original.isObject()) {
            originalRow.problem(
                QStringLiteral("original"), QCoreApplication::translate("Iwb::StoreSnapshot", "is not an object"));
        }
        const QString mediaType = originalRow.string(QStringLiteral("media_type"));
        const auto bytes = QByteArray::fromBase64Encoding(
            originalRow.string(QStringLiteral("base64")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (originalRow.ok() && (!bytes || bytes.decoded.isEmpty())) {
            originalRow.problem(
                QStringLiteral("base64"), QCoreApplication::translate("Iwb::StoreSnapshot", "is not base64 of a file"));
        }
        if (originalRow.ok() && mediaType.isEmpty()) {
            originalRow.problem(
                QStringLiteral("media_type"), QCoreApplication::translate("Iwb::StoreSnapshot", "is empty"));
        }
        statements.append({ place, StoredTable::DocumentOriginals, { id, mediaType, bytes.decoded } });
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
                QCoreApplication::translate("Iwb::StoreSnapshot", "names document %1, which the file does not hold")
                    .arg(documentId));
        }
        if (row.ok() && (end < start || end > text->codePointLength())) {
            row.problem(QStringLiteral("end"),
                QCoreApplication::translate(
                    "Iwb::StoreSnapshot", "gives the span %1..%2, outside the document's %3 characters")
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
        for (const QJsonValue source : row.array(QStringLiteral("sources"))) {
            if (!offsets.contains(source.toInteger(-1))) {
                row.problem(QStringLiteral("sources"),
                    QCoreApplication::translate("Iwb::StoreSnapshot", "names a document the file does not hold"));
            }
            statements.append({ place, SourceRow, { id, source.toInteger() } });
        }
        const QJsonValue evidence = object.value(QStringLiteral("evidence"));
        if (!evidence.isObject()) {
            row.problem(
                QStringLiteral("evidence"), QCoreApplication::translate("Iwb::StoreSnapshot", "is not an object"));
        }
        const QJsonObject fields = evidence.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!IncidentRecord::fieldNames().contains(it.key())) {
                row.problem(QStringLiteral("evidence"),
                    QCoreApplication::translate("Iwb::StoreSnapshot", "names the unknown field '%1'").arg(it.key()));
            }
            for (const QJsonValue fact : it.value().toArray()) {
                if (!factIds.contains(fact.toInteger(-1))) {
                    row.problem(QStringLiteral("evidence"),
                        QCoreApplication::translate("Iwb::StoreSnapshot", "names a fact the file does not hold"));
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
    // The breach register (schema version 8; absent from older snapshots). The schema's checks and foreign keys
    // judge the values when they are inserted, and a refused row names its place.
    for (const auto &[key, table] : registerSections) {
        const QJsonValue section = root.value(QLatin1String(key));
        if (!section.isUndefined() && !section.isArray() && error.isEmpty()) {
            error = name
                + QCoreApplication::translate("Iwb::StoreSnapshot", ": \"%1\" is not an array").arg(QLatin1String(key));
        }
        const QJsonArray rowsOfTable = section.toArray();
        const QStringList columns = StoreTables::columnNames(table);
        for (qsizetype i = 0; i < rowsOfTable.size() && error.isEmpty(); ++i) {
            const QString place = name + QStringLiteral(": %1[%2]").arg(QLatin1String(key)).arg(i);
            statements.append({ place, table, genericValues(rowsOfTable.at(i).toObject(), columns, place, &error) });
        }
    }
    if (!error.isEmpty()) {
        return fail(error + QCoreApplication::translate("Iwb::StoreSnapshot", "; nothing was imported"));
    }

    // 2. Write everything in one transaction.
    QList<TableRow> rows;
    rows.reserve(statements.size());
    for (Statement &statement : statements) {
        rows.append({ statement.kind, std::move(statement.values), std::move(statement.place) });
    }
    statements.clear();
    if (!tables.insertAll(rows)) {
        return fail(tables.errorString() + QCoreApplication::translate("Iwb::StoreSnapshot", "; nothing was imported"));
    }
    // The library's sort and filter keys are derived, not part of the file (if this fails, the next open
    // of the store adds them).
    store.fillLibraryKeys();
    m_counts = { documents.size(), facts.size(), incidents.size(), history.size() };
    return true;
}

} // namespace Iwb
