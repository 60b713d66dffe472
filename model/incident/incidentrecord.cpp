// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentrecord.h"

#include <QJsonArray>

#include <algorithm>

namespace Iwb {

namespace {

    QJsonValue stringOrNull(const QString &value)
    {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }

    template<typename T> QJsonValue optionalOrNull(const std::optional<T> &value)
    {
        if (!value) {
            return QJsonValue(QJsonValue::Null);
        }
        if constexpr (std::is_same_v<T, bool>) {
            return QJsonValue(*value);
        } else {
            return QJsonValue(static_cast<double>(*value));
        }
    }

    QStringList stringList(const QJsonValue &value)
    {
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            if (item.isString()) {
                list.append(item.toString());
            }
        }
        return list;
    }

    std::optional<bool> optionalBool(const QJsonValue &value)
    {
        return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
    }

} // namespace

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return QStringLiteral("draft");
    case ReviewStatus::FirstPass:
        return QStringLiteral("first_pass");
    case ReviewStatus::Reviewed:
        return QStringLiteral("reviewed");
    }
    return {};
}

std::optional<ReviewStatus> reviewStatusFromName(const QString &name)
{
    for (ReviewStatus status : { ReviewStatus::Draft, ReviewStatus::FirstPass, ReviewStatus::Reviewed }) {
        if (reviewStatusName(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

QJsonObject IncidentRecord::toContractJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("organization"), stringOrNull(organization));
    object.insert(QStringLiteral("incident_date"), stringOrNull(incidentDate));
    object.insert(QStringLiteral("start_time"), stringOrNull(startTime));
    object.insert(QStringLiteral("end_time"), stringOrNull(endTime));
    object.insert(QStringLiteral("duration_minutes"), optionalOrNull(durationMinutes));
    object.insert(QStringLiteral("affected_count"), optionalOrNull(affectedCount));
    object.insert(QStringLiteral("affected_unit"), stringOrNull(affectedUnit));
    object.insert(QStringLiteral("data_exposed"), QJsonArray::fromStringList(dataExposed));
    object.insert(QStringLiteral("data_not_exposed"), QJsonArray::fromStringList(dataNotExposed));
    object.insert(QStringLiteral("cause"), stringOrNull(cause));
    object.insert(QStringLiteral("external_attack"), stringOrNull(externalAttack));
    object.insert(QStringLiteral("discovered_by"), stringOrNull(discoveredBy));
    object.insert(QStringLiteral("authority_notified"), optionalOrNull(authorityNotified));
    object.insert(QStringLiteral("affected_notified"), optionalOrNull(affectedNotified));
    return object;
}

bool IncidentRecord::statesAnything() const
{
    // Through the contract object, so a field added to the contract is counted without a change here.
    const QJsonObject contract = toContractJson();
    return std::any_of(contract.constBegin(), contract.constEnd(),
        [](const QJsonValue &value) { return !value.isNull() && !(value.isArray() && value.toArray().isEmpty()); });
}

IncidentRecord IncidentRecord::fromContractJson(const QJsonObject &object)
{
    IncidentRecord record;
    record.organization = object.value(QStringLiteral("organization")).toString();
    record.incidentDate = object.value(QStringLiteral("incident_date")).toString();
    record.startTime = object.value(QStringLiteral("start_time")).toString();
    record.endTime = object.value(QStringLiteral("end_time")).toString();
    if (const QJsonValue duration = object.value(QStringLiteral("duration_minutes")); duration.isDouble()) {
        record.durationMinutes = duration.toInt();
    }
    if (const QJsonValue count = object.value(QStringLiteral("affected_count")); count.isDouble()) {
        record.affectedCount = static_cast<qint64>(count.toDouble());
    }
    record.affectedUnit = object.value(QStringLiteral("affected_unit")).toString();
    record.dataExposed = stringList(object.value(QStringLiteral("data_exposed")));
    record.dataNotExposed = stringList(object.value(QStringLiteral("data_not_exposed")));
    record.cause = object.value(QStringLiteral("cause")).toString();
    record.externalAttack = object.value(QStringLiteral("external_attack")).toString();
    record.discoveredBy = object.value(QStringLiteral("discovered_by")).toString();
    record.authorityNotified = optionalBool(object.value(QStringLiteral("authority_notified")));
    record.affectedNotified = optionalBool(object.value(QStringLiteral("affected_notified")));
    return record;
}

const QStringList &IncidentRecord::fieldNames()
{
    static const QStringList names {
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
    };
    return names;
}

const QStringList &IncidentRecord::personUnitIds()
{
    static const QStringList ids { QStringLiteral("users"), QStringLiteral("customers"), QStringLiteral("accounts"),
        QStringLiteral("logins"), QStringLiteral("records"), QStringLiteral("patients"), QStringLiteral("people"),
        QStringLiteral("members"), QStringLiteral("employees") };
    return ids;
}

const QStringList &IncidentRecord::causeIds()
{
    static const QStringList ids {
        QStringLiteral("misconfiguration"),
        QStringLiteral("software_error"),
        QStringLiteral("human_error"),
        QStringLiteral("attack"),
        QStringLiteral("insider_misuse"),
        QStringLiteral("loss_or_theft"),
        QStringLiteral("unknown"),
    };
    return ids;
}

const QStringList &IncidentRecord::externalAttackIds()
{
    static const QStringList ids { QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown") };
    return ids;
}

const QStringList &IncidentRecord::discovererIds()
{
    static const QStringList ids {
        QStringLiteral("internal"),
        QStringLiteral("customer"),
        QStringLiteral("researcher"),
        QStringLiteral("authority"),
        QStringLiteral("attacker"),
        QStringLiteral("unknown"),
    };
    return ids;
}

const QStringList &IncidentRecord::dataCategoryIds()
{
    static const QStringList ids {
        QStringLiteral("names"),
        QStringLiteral("email_addresses"),
        QStringLiteral("phone_numbers"),
        QStringLiteral("postal_addresses"),
        QStringLiteral("dates_of_birth"),
        QStringLiteral("ip_addresses"),
        QStringLiteral("location"),
        QStringLiteral("account_data"),
        QStringLiteral("credentials"),
        QStringLiteral("payment_cards"),
        QStringLiteral("bank_accounts"),
        QStringLiteral("financial_data"),
        QStringLiteral("loyalty_points"),
        QStringLiteral("support_records"),
        QStringLiteral("communications"),
        QStringLiteral("health_data"),
        QStringLiteral("id_documents"),
        QStringLiteral("photos"),
        QStringLiteral("other"),
    };
    return ids;
}

QString IncidentRecord::readableValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue id : value.toArray()) {
            ids.append(id.toString());
        }
        return ids.join(QStringLiteral(", "));
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    }
    if (value.isDouble()) {
        return QString::number(static_cast<qint64>(value.toDouble()));
    }
    return value.toString();
}

void IncidentRecord::setContractValues(const QJsonObject &values)
{
    const IncidentRecord read = fromContractJson(values);
    organization = read.organization;
    incidentDate = read.incidentDate;
    startTime = read.startTime;
    endTime = read.endTime;
    durationMinutes = read.durationMinutes;
    affectedCount = read.affectedCount;
    affectedUnit = read.affectedUnit;
    dataExposed = read.dataExposed;
    dataNotExposed = read.dataNotExposed;
    cause = read.cause;
    externalAttack = read.externalAttack;
    discoveredBy = read.discoveredBy;
    authorityNotified = read.authorityNotified;
    affectedNotified = read.affectedNotified;
}

bool IncidentRecord::isListField(const QString &field)
{
    return field == QLatin1String("data_exposed") || field == QLatin1String("data_not_exposed");
}

bool IncidentRecord::copyContractField(const IncidentRecord &other, const QString &field)
{
    if (!fieldNames().contains(field)) {
        return false;
    }
    QJsonObject values = toContractJson();
    values.insert(field, other.toContractJson().value(field));
    setContractValues(values);
    return true;
}

} // namespace Iwb
