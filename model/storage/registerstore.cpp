// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerstore.h"

#include "incidentstore.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <utility>

namespace Iwb {

namespace {

    using Columns = QList<std::pair<QString, QVariant>>;

    QString nowText()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }

    QString compactJson(const QJsonValue &value)
    {
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }

    QJsonValue parsedJson(const QVariant &text)
    {
        const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    using Storage = RegisterEntry::FieldKind;

    const QStringList &natureColumns()
    {
        static const QStringList columns { QStringLiteral("confidentiality"), QStringLiteral("integrity"),
            QStringLiteral("availability") };
        return columns;
    }

    /// The entry's own columns (everything but id and the times of the row), in the table's names: a time as
    /// FIELD_utc and FIELD_zone, the nature as three 0/1 columns, lists as JSON arrays. The entry's JSON form
    /// (RegisterEntry::toJson()) is the go-between, so that the fields are listed once, in RegisterEntry.
    Columns entryColumns(const RegisterEntry &entry)
    {
        const QJsonObject json = entry.toJson();
        Columns columns { { QStringLiteral("register_id"), entry.registerId },
            { QStringLiteral("incident_id"), entry.incidentId } };
        for (const QString &field : RegisterEntry::fieldIds()) {
            const QJsonValue value = json.value(field);
            switch (RegisterEntry::kindOf(field)) {
            case Storage::Time:
                columns.append(
                    { field + QStringLiteral("_utc"), value.toObject().value(QStringLiteral("utc")).toString() });
                columns.append(
                    { field + QStringLiteral("_zone"), value.toObject().value(QStringLiteral("zone")).toString() });
                break;
            case Storage::Flag:
                columns.append({ field, int(value.toBool()) });
                break;
            case Storage::NullableFlag:
                columns.append(
                    { field, value.isBool() ? QVariant(int(value.toBool())) : QVariant(QMetaType::fromType<int>()) });
                break;
            case Storage::Count:
                columns.append({ field,
                    value.isDouble() ? QVariant(value.toInteger()) : QVariant(QMetaType::fromType<qlonglong>()) });
                break;
            case Storage::List:
                columns.append({ field, compactJson(value) });
                break;
            case Storage::Nature:
                for (const QString &column : natureColumns()) {
                    columns.append({ column, int(value.toArray().contains(QJsonValue(column))) });
                }
                break;
            case Storage::Text:
                columns.append({ field, value.toString() });
                break;
            }
        }
        columns.append({ QStringLiteral("origins"), compactJson(json.value(QStringLiteral("origins"))) });
        return columns;
    }

    /// The entry of a row of register_entries (SELECT *), read through its JSON form.
    RegisterEntry entryFrom(const QSqlQuery &row)
    {
        QJsonObject json;
        for (const char *key : { "id", "register_id", "incident_id" }) {
            json.insert(QLatin1String(key), row.value(QLatin1String(key)).toLongLong());
        }
        for (const char *key : { "created_at", "modified_at" }) {
            json.insert(QLatin1String(key), row.value(QLatin1String(key)).toString());
        }
        json.insert(QStringLiteral("origins"), parsedJson(row.value(QStringLiteral("origins"))));
        for (const QString &field : RegisterEntry::fieldIds()) {
            QJsonValue value;
            switch (RegisterEntry::kindOf(field)) {
            case Storage::Time:
                value = QJsonObject { { QStringLiteral("utc"), row.value(field + QStringLiteral("_utc")).toString() },
                    { QStringLiteral("zone"), row.value(field + QStringLiteral("_zone")).toString() } };
                break;
            case Storage::Flag:
                value = row.value(field).toInt() != 0;
                break;
            case Storage::NullableFlag:
                value = row.value(field).isNull() ? QJsonValue() : QJsonValue(row.value(field).toInt() != 0);
                break;
            case Storage::Count:
                value = row.value(field).isNull() ? QJsonValue() : QJsonValue(row.value(field).toLongLong());
                break;
            case Storage::List:
                value = parsedJson(row.value(field));
                break;
            case Storage::Nature: {
                QJsonArray nature;
                for (const QString &column : natureColumns()) {
                    if (row.value(column).toInt() != 0) {
                        nature.append(column);
                    }
                }
                value = nature;
                break;
            }
            case Storage::Text:
                value = row.value(field).toString();
                break;
            }
            json.insert(field, value);
        }
        return RegisterEntry::fromJson(json);
    }

    Columns registerColumns(const BreachRegister &r)
    {
        return { { QStringLiteral("controller_name"), r.controllerName },
            { QStringLiteral("controller_address"), r.controllerAddress },
            { QStringLiteral("contact_name"), r.contactName }, { QStringLiteral("contact_email"), r.contactEmail },
            { QStringLiteral("contact_phone"), r.contactPhone }, { QStringLiteral("authority"), r.authority },
            { QStringLiteral("time_zone"), QString::fromUtf8(r.timeZone) },
            { QStringLiteral("regime"), regimeId(r.regime) },
            { QStringLiteral("hour_counting"), hourCountingId(r.hourCounting) } };
    }

    BreachRegister registerFrom(const QSqlQuery &row)
    {
        BreachRegister r;
        r.id = row.value(QStringLiteral("id")).toLongLong();
        r.controllerName = row.value(QStringLiteral("controller_name")).toString();
        r.controllerAddress = row.value(QStringLiteral("controller_address")).toString();
        r.contactName = row.value(QStringLiteral("contact_name")).toString();
        r.contactEmail = row.value(QStringLiteral("contact_email")).toString();
        r.contactPhone = row.value(QStringLiteral("contact_phone")).toString();
        r.authority = row.value(QStringLiteral("authority")).toString();
        r.timeZone = row.value(QStringLiteral("time_zone")).toString().toUtf8();
        r.regime = regimeFromId(row.value(QStringLiteral("regime")).toString()).value_or(RegisterRegime::Gdpr);
        r.hourCounting
            = hourCountingFromId(row.value(QStringLiteral("hour_counting")).toString()).value_or(HourCounting::Elapsed);
        return r;
    }

    ZonedTime timeFrom(const QSqlQuery &row, const QString &name)
    {
        return ZonedTime::fromStored(
            row.value(name + QStringLiteral("_utc")).toString(), row.value(name + QStringLiteral("_zone")).toString());
    }

    SentNotification notificationFrom(const QSqlQuery &row)
    {
        SentNotification n;
        n.id = row.value(QStringLiteral("id")).toLongLong();
        n.entryId = row.value(QStringLiteral("entry_id")).toLongLong();
        n.kind
            = notificationKindFromId(row.value(QStringLiteral("kind")).toString()).value_or(NotificationKind::Initial);
        n.sentAt = timeFrom(row, QStringLiteral("sent"));
        n.authority = row.value(QStringLiteral("authority")).toString();
        n.reference = row.value(QStringLiteral("reference")).toString();
        n.followsId = row.value(QStringLiteral("follows_id")).toLongLong();
        n.sentContent = parsedJson(row.value(QStringLiteral("sent_content"))).toObject();
        n.document = row.value(QStringLiteral("document")).toByteArray();
        return n;
    }

    QStringList namesOf(const Columns &columns)
    {
        QStringList names;
        for (const auto &column : columns) {
            names.append(column.first);
        }
        return names;
    }

} // namespace

RegisterStore::RegisterStore(const IncidentStore &store)
    : m_store(store)
{
}

bool RegisterStore::fail(const QString &what, const QString &sqlError) const
{
    m_error = m_store.path() + QStringLiteral(": ") + what;
    if (!sqlError.isEmpty()) {
        m_error += QStringLiteral(" (") + sqlError + QLatin1Char(')');
    }
    return false;
}

namespace {

    /// Prepares and runs @p sql with @p values bound in order; a null QString binds as "" (text columns keep
    /// "" for "not stated").
    bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
    {
        if (!query.prepare(sql)) {
            *error = query.lastError().text();
            return false;
        }
        for (const QVariant &value : values) {
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            query.addBindValue(nullText ? QVariant(QString(QLatin1String(""))) : value);
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    }

    QVariantList valuesOf(const Columns &columns)
    {
        QVariantList values;
        for (const auto &column : columns) {
            values.append(column.second);
        }
        return values;
    }

    /// INSERT of @p columns into @p table, with the given extra column values appended.
    QString insertSql(const QString &table, const QStringList &names)
    {
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }

    QString updateSql(const QString &table, const QStringList &names)
    {
        return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, names.join(QStringLiteral(" = ?, ")));
    }

    /// The edit-history row of a change, in the change's transaction.
    bool addHistory(const QSqlDatabase &db, const QVariantList &values, QString *error)
    {
        QSqlQuery history(db);
        return runQuery(history,
            QStringLiteral("INSERT INTO edit_history (at, author, entity, entity_id, action, detail) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            values, error);
    }

} // namespace

bool RegisterStore::saveRegister(BreachRegister &breachRegister)
{
    if (breachRegister.controllerName.trimmed().isEmpty()) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore", "a register needs the controller's name"));
    }
    const auto id = saveRow({ QStringLiteral("breach_registers"), QStringLiteral("register"),
                                QCoreApplication::translate("Iwb::RegisterStore", "the register of %1")
                                    .arg(breachRegister.controllerName) },
        registerColumns(breachRegister), breachRegister.id, breachRegister.controllerName, nowText());
    if (!id) {
        return false;
    }
    breachRegister.id = *id;
    return true;
}

std::optional<BreachRegister> RegisterStore::breachRegister(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    QString error;
    if (!runQuery(query, QStringLiteral("SELECT * FROM breach_registers WHERE id = ?"), { id }, &error)) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot read register %1").arg(id), error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "there is no register with id %1").arg(id));
        return std::nullopt;
    }
    return registerFrom(query);
}

std::optional<QList<BreachRegister>> RegisterStore::registers() const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    query.setForwardOnly(true);
    QString error;
    if (!runQuery(query, QStringLiteral("SELECT * FROM breach_registers ORDER BY id"), {}, &error)) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot read the registers"), error);
        return std::nullopt;
    }
    QList<BreachRegister> list;
    while (query.next()) {
        list.append(registerFrom(query));
    }
    return list;
}

std::optional<QHash<qint64, BreachRegister>> RegisterStore::registersById() const
{
    const auto list = registers();
    if (!list) {
        return std::nullopt;
    }
    QHash<qint64, BreachRegister> byId;
    for (const BreachRegister &breachRegister : *list) {
        byId.insert(breachRegister.id, breachRegister);
    }
    return byId;
}

bool RegisterStore::saveEntry(RegisterEntry &entry)
{
    return saveEntry(entry, Transaction::Own);
}

bool RegisterStore::saveEntryInOpenTransaction(RegisterEntry &entry)
{
    return saveEntry(entry, Transaction::Callers);
}

bool RegisterStore::saveEntry(RegisterEntry &entry, Transaction transaction)
{
    const QString now = nowText();
    const bool inserting = entry.id == 0;
    Columns columns = entryColumns(entry);
    columns.append({ QStringLiteral("modified_at"), now });
    const auto id = saveRow({ QStringLiteral("register_entries"), QStringLiteral("register_entry"),
                                QCoreApplication::translate("Iwb::RegisterStore", "the register entry of incident %1")
                                    .arg(entry.incidentId) },
        columns, entry.id, compactJson(entry.toJson()), now, transaction);
    if (!id) {
        return false;
    }
    entry.id = *id;
    entry.modifiedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    if (inserting) {
        entry.createdAt = entry.modifiedAt;
    }
    return true;
}

std::optional<qint64> RegisterStore::saveRow(const RowKind &kind, Columns columns, qint64 id,
    const QString &historyDetail, const QString &now, Transaction transactionMode) const
{
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    std::optional<WriteTransaction> transaction;
    if (transactionMode == Transaction::Own) {
        transaction.emplace(db);
    }
    if (transaction && !transaction->isActive()) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot start a transaction"),
            transaction->error().text());
        return std::nullopt;
    }
    QSqlQuery query(db);
    QString error;
    const bool inserting = id == 0;
    bool ok = false;
    if (inserting) {
        columns.append({ QStringLiteral("created_at"), now });
        ok = runQuery(query, insertSql(kind.table, namesOf(columns)), valuesOf(columns), &error);
    } else {
        ok = runQuery(query, updateSql(kind.table, namesOf(columns)), valuesOf(columns) << id, &error);
        if (ok && query.numRowsAffected() != 1) {
            ok = false;
            error = QCoreApplication::translate("Iwb::RegisterStore", "there is no row with id %1").arg(id);
        }
    }
    const qint64 savedId = inserting ? query.lastInsertId().toLongLong() : id;
    if (!ok
        || !addHistory(db,
            { now, m_store.author(), kind.historyEntity, savedId,
                inserting ? QStringLiteral("create") : QStringLiteral("update"), historyDetail },
            &error)
        || (transaction && !transaction->commit())) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot save %1").arg(kind.what),
            error.isEmpty() ? db.lastError().text() : error);
        return std::nullopt;
    }
    return savedId;
}

std::optional<RegisterEntry> RegisterStore::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    QString error;
    if (!runQuery(query, QStringLiteral("SELECT * FROM register_entries WHERE id = ?"), { id }, &error)) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot read register entry %1").arg(id), error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "there is no register entry with id %1").arg(id));
        return std::nullopt;
    }
    return entryFrom(query);
}

std::optional<RegisterEntry> RegisterStore::entryForIncident(qint64 registerId, qint64 incidentId) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    QString error;
    if (!runQuery(query, QStringLiteral("SELECT * FROM register_entries WHERE register_id = ? AND incident_id = ?"),
            { registerId, incidentId }, &error)) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot read the register entry of incident %1")
                 .arg(incidentId),
            error);
        return std::nullopt;
    }
    return query.next() ? entryFrom(query) : RegisterEntry {};
}

std::optional<QList<RegisterEntry>> RegisterStore::entries(qint64 registerId) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    query.setForwardOnly(true);
    QString error;
    const bool ok = registerId == 0
        ? runQuery(query, QStringLiteral("SELECT * FROM register_entries ORDER BY id"), {}, &error)
        : runQuery(query, QStringLiteral("SELECT * FROM register_entries WHERE register_id = ? ORDER BY id"),
              { registerId }, &error);
    if (!ok) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot read the register entries"), error);
        return std::nullopt;
    }
    QList<RegisterEntry> list;
    while (query.next()) {
        list.append(entryFrom(query));
    }
    return list;
}

std::optional<QList<RegisterEntry>> RegisterStore::entriesOfIncidents(const QList<qint64> &incidentIds) const
{
    QList<RegisterEntry> list;
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    query.setForwardOnly(true);
    // In chunks well under SQLite's limit of bound values per statement.
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < incidentIds.size(); first += chunk) {
        const QList<qint64> ids = incidentIds.mid(first, chunk);
        QVariantList values;
        for (const qint64 id : ids) {
            values.append(id);
        }
        const QString marks = QStringLiteral("?,").repeated(ids.size()).chopped(1);
        QString error;
        if (!runQuery(query, QStringLiteral("SELECT * FROM register_entries WHERE incident_id IN (%1)").arg(marks),
                values, &error)) {
            fail(QStringLiteral("cannot read the register entries of the incidents"), error);
            return std::nullopt;
        }
        while (query.next()) {
            list.append(entryFrom(query));
        }
    }
    return list;
}

bool RegisterStore::removeEntry(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot start a transaction"),
            transaction.error().text());
    }
    QSqlQuery sent(db);
    QString error;
    if (!runQuery(
            sent, QStringLiteral("SELECT count(*) FROM register_notifications WHERE entry_id = ?"), { id }, &error)
        || !sent.next()) {
        return fail(
            QCoreApplication::translate("Iwb::RegisterStore", "cannot read the notifications of register entry %1")
                .arg(id),
            error);
    }
    if (sent.value(0).toInt() > 0) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore",
            "register entry %1 has notifications sent to the authority; it stays documented "
            "(GDPR Art. 33(5))")
                .arg(id));
    }
    QSqlQuery remove(db);
    if (!runQuery(remove, QStringLiteral("DELETE FROM register_entries WHERE id = ?"), { id }, &error)
        || remove.numRowsAffected() != 1) {
        return fail(
            QCoreApplication::translate("Iwb::RegisterStore", "there is no register entry with id %1").arg(id), error);
    }
    if (!addHistory(db,
            { nowText(), m_store.author(), QStringLiteral("register_entry"), id, QStringLiteral("delete"), QString() },
            &error)
        || !transaction.commit()) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot remove register entry %1").arg(id),
            error.isEmpty() ? db.lastError().text() : error);
    }
    return true;
}

bool RegisterStore::logNotification(SentNotification &notification)
{
    return logNotification(notification, Transaction::Own);
}

bool RegisterStore::logNotificationInOpenTransaction(SentNotification &notification)
{
    return logNotification(notification, Transaction::Callers);
}

bool RegisterStore::logNotification(SentNotification &notification, Transaction transactionMode)
{
    if (notification.sentAt.isNull()) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore", "a notification needs the time it was sent"));
    }
    QSqlDatabase db = QSqlDatabase::database(m_store.connectionName(), false);
    std::optional<WriteTransaction> transaction;
    if (transactionMode == Transaction::Own) {
        transaction.emplace(db);
    }
    if (transaction && !transaction->isActive()) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot start a transaction"),
            transaction->error().text());
    }
    const QString now = nowText();
    const Columns columns { { QStringLiteral("entry_id"), notification.entryId },
        { QStringLiteral("kind"), notificationKindId(notification.kind) },
        { QStringLiteral("sent_utc"), notification.sentAt.utcText() },
        { QStringLiteral("sent_zone"), QString::fromUtf8(notification.sentAt.zone) },
        { QStringLiteral("authority"), notification.authority },
        { QStringLiteral("reference"), notification.reference },
        { QStringLiteral("follows_id"),
            notification.followsId ? QVariant(notification.followsId) : QVariant(QMetaType::fromType<qlonglong>()) },
        { QStringLiteral("sent_content"), compactJson(notification.sentContent) },
        { QStringLiteral("document"), notification.document.isNull() ? QByteArray("") : notification.document },
        { QStringLiteral("logged_at"), now } };
    QSqlQuery query(db);
    QString error;
    if (!runQuery(
            query, insertSql(QStringLiteral("register_notifications"), namesOf(columns)), valuesOf(columns), &error)) {
        return fail(
            QCoreApplication::translate("Iwb::RegisterStore", "cannot log the notification of register entry %1")
                .arg(notification.entryId),
            error);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery status(db);
    if (notification.kind == NotificationKind::Initial
        && !runQuery(status,
            QStringLiteral("UPDATE register_entries SET status = 'notified', modified_at = ? WHERE id = ?"),
            { now, notification.entryId }, &error)) {
        return fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot mark register entry %1 as notified")
                        .arg(notification.entryId),
            error);
    }
    if (!addHistory(db,
            { now, m_store.author(), QStringLiteral("register_notification"), id, QStringLiteral("sent"),
                notification.reference },
            &error)
        || (transaction && !transaction->commit())) {
        return fail(
            QCoreApplication::translate("Iwb::RegisterStore", "cannot log the notification of register entry %1")
                .arg(notification.entryId),
            error.isEmpty() ? db.lastError().text() : error);
    }
    notification.id = id;
    return true;
}

std::optional<QList<SentNotification>> RegisterStore::notifications(qint64 entryId) const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    query.setForwardOnly(true);
    QString error;
    if (!runQuery(query, QStringLiteral("SELECT * FROM register_notifications WHERE entry_id = ? ORDER BY id"),
            { entryId }, &error)) {
        fail(QCoreApplication::translate("Iwb::RegisterStore", "cannot read the notifications of register entry %1")
                 .arg(entryId),
            error);
        return std::nullopt;
    }
    QList<SentNotification> list;
    while (query.next()) {
        list.append(notificationFrom(query));
    }
    return list;
}

std::optional<QHash<qint64, QList<SentNotification>>> RegisterStore::notificationLog() const
{
    QSqlQuery query(QSqlDatabase::database(m_store.connectionName(), false));
    query.setForwardOnly(true);
    QString error;
    if (!runQuery(query,
            // The content and the document stay on disk; empty stand-ins keep the row reader's columns.
            QStringLiteral("SELECT id, entry_id, kind, sent_utc, sent_zone, authority, reference, follows_id, "
                           "'{}' AS sent_content, x'' AS document FROM register_notifications ORDER BY id"),
            {}, &error)) {
        fail(QStringLiteral("cannot read the notification log"), error);
        return std::nullopt;
    }
    QHash<qint64, QList<SentNotification>> log;
    while (query.next()) {
        const SentNotification notification = notificationFrom(query);
        log[notification.entryId].append(notification);
    }
    return log;
}

} // namespace Iwb
