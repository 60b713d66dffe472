// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerentry.h"

#include <QJsonArray>

#include <array>
#include <functional>
#include <utility>

namespace Iwb {

namespace {

    constexpr std::array<std::pair<RiskLevel, const char *>, 4> riskIds { {
        { RiskLevel::Unassessed, "" },
        { RiskLevel::None, "none" },
        { RiskLevel::Risk, "risk" },
        { RiskLevel::High, "high" },
    } };

    constexpr std::array<std::pair<EntryStatus, const char *>, 4> statusIds { {
        { EntryStatus::Assessing, "assessing" },
        { EntryStatus::Notified, "notified" },
        { EntryStatus::DocumentedOnly, "documented_only" },
        { EntryStatus::Closed, "closed" },
    } };

    template<typename Enum, std::size_t N>
    QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
    {
        for (const auto &[entry, id] : table) {
            if (entry == value) {
                return QString::fromLatin1(id);
            }
        }
        return {};
    }

    template<typename Enum, std::size_t N>
    std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &id)
    {
        for (const auto &[entry, name] : table) {
            if (id == QLatin1String(name)) {
                return entry;
            }
        }
        return std::nullopt;
    }

    QJsonValue timeJson(const ZonedTime &time)
    {
        if (time.isNull()) {
            return QJsonValue::Null;
        }
        return QJsonObject { { QStringLiteral("utc"), time.utcText() },
            { QStringLiteral("zone"), QString::fromUtf8(time.zone) } };
    }

    ZonedTime timeFrom(const QJsonValue &value)
    {
        const QJsonObject object = value.toObject();
        return ZonedTime::fromStored(
            object.value(QStringLiteral("utc")).toString(), object.value(QStringLiteral("zone")).toString());
    }

    QJsonValue countJson(const std::optional<qint64> &count)
    {
        return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
    }

    std::optional<qint64> countFrom(const QJsonValue &value)
    {
        return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
    }

    QJsonValue boolJson(const std::optional<bool> &value)
    {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    }

    std::optional<bool> boolFrom(const QJsonValue &value)
    {
        return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
    }

    QStringList listFrom(const QJsonValue &value)
    {
        QStringList list;
        for (const QJsonValue item : value.toArray()) {
            list.append(item.toString());
        }
        return list;
    }

} // namespace

QString riskLevelId(RiskLevel level)
{
    return idOf(riskIds, level);
}

std::optional<RiskLevel> riskLevelFromId(const QString &id)
{
    return valueOf(riskIds, id);
}

QString entryStatusId(EntryStatus status)
{
    return idOf(statusIds, status);
}

std::optional<EntryStatus> entryStatusFromId(const QString &id)
{
    return valueOf(statusIds, id);
}

const QStringList &RegisterEntry::fieldIds()
{
    static const QStringList ids {
        QStringLiteral("became_aware"),
        QStringLiteral("occurred_start"),
        QStringLiteral("occurred_end"),
        QStringLiteral("ongoing"),
        QStringLiteral("discovered"),
        QStringLiteral("discovered_how"),
        QStringLiteral("nature"),
        QStringLiteral("description"),
        QStringLiteral("cause"),
        QStringLiteral("attack"),
        QStringLiteral("subjects_count"),
        QStringLiteral("subjects_unit"),
        QStringLiteral("subject_categories"),
        QStringLiteral("records_count"),
        QStringLiteral("data_categories"),
        QStringLiteral("special_categories"),
        QStringLiteral("criminal_data"),
        QStringLiteral("consequences"),
        QStringLiteral("measures_taken"),
        QStringLiteral("measures_proposed"),
        QStringLiteral("risk_level"),
        QStringLiteral("risk_reasons"),
        QStringLiteral("risk_criteria"),
        QStringLiteral("notify_authority"),
        QStringLiteral("notify_justification"),
        QStringLiteral("inform_subjects"),
        QStringLiteral("inform_justification"),
        QStringLiteral("delay_reason"),
        QStringLiteral("status"),
    };
    return ids;
}

RegisterEntry::FieldKind RegisterEntry::kindOf(const QString &field)
{
    static const QHash<QString, FieldKind> kinds {
        { QStringLiteral("became_aware"), FieldKind::Time },
        { QStringLiteral("occurred_start"), FieldKind::Time },
        { QStringLiteral("occurred_end"), FieldKind::Time },
        { QStringLiteral("discovered"), FieldKind::Time },
        { QStringLiteral("ongoing"), FieldKind::Flag },
        { QStringLiteral("criminal_data"), FieldKind::Flag },
        { QStringLiteral("attack"), FieldKind::NullableFlag },
        { QStringLiteral("notify_authority"), FieldKind::NullableFlag },
        { QStringLiteral("inform_subjects"), FieldKind::NullableFlag },
        { QStringLiteral("subjects_count"), FieldKind::Count },
        { QStringLiteral("records_count"), FieldKind::Count },
        { QStringLiteral("subject_categories"), FieldKind::List },
        { QStringLiteral("data_categories"), FieldKind::List },
        { QStringLiteral("special_categories"), FieldKind::List },
        { QStringLiteral("risk_criteria"), FieldKind::List },
        { QStringLiteral("nature"), FieldKind::Nature },
    };
    return kinds.value(field, FieldKind::Text);
}

bool RegisterEntry::isUnconfirmed(const QString &field) const
{
    const auto origin = origins.constFind(field);
    return origin != origins.cend() && !origin->confirmed;
}

QStringList RegisterEntry::unconfirmedFields() const
{
    QStringList fields;
    for (const QString &field : fieldIds()) {
        if (isUnconfirmed(field)) {
            fields.append(field);
        }
    }
    return fields;
}

void RegisterEntry::confirm(const QString &field)
{
    if (auto origin = origins.find(field); origin != origins.end()) {
        origin->confirmed = true;
    }
}

QJsonValue RegisterEntry::fieldValue(const QString &field) const
{
    static const QHash<QString, std::function<QJsonValue(const RegisterEntry &)>> readers {
        { QStringLiteral("became_aware"), [](const RegisterEntry &e) { return timeJson(e.becameAware); } },
        { QStringLiteral("occurred_start"), [](const RegisterEntry &e) { return timeJson(e.occurredStart); } },
        { QStringLiteral("occurred_end"), [](const RegisterEntry &e) { return timeJson(e.occurredEnd); } },
        { QStringLiteral("ongoing"), [](const RegisterEntry &e) { return QJsonValue(e.ongoing); } },
        { QStringLiteral("discovered"), [](const RegisterEntry &e) { return timeJson(e.discovered); } },
        { QStringLiteral("discovered_how"), [](const RegisterEntry &e) { return QJsonValue(e.discoveredHow); } },
        { QStringLiteral("nature"),
            [](const RegisterEntry &e) {
                QJsonArray nature;
                if (e.confidentiality) {
                    nature.append(QStringLiteral("confidentiality"));
                }
                if (e.integrity) {
                    nature.append(QStringLiteral("integrity"));
                }
                if (e.availability) {
                    nature.append(QStringLiteral("availability"));
                }
                return QJsonValue(nature);
            } },
        { QStringLiteral("description"), [](const RegisterEntry &e) { return QJsonValue(e.description); } },
        { QStringLiteral("cause"), [](const RegisterEntry &e) { return QJsonValue(e.cause); } },
        { QStringLiteral("attack"), [](const RegisterEntry &e) { return boolJson(e.attack); } },
        { QStringLiteral("subjects_count"), [](const RegisterEntry &e) { return countJson(e.subjectsCount); } },
        { QStringLiteral("subjects_unit"), [](const RegisterEntry &e) { return QJsonValue(e.subjectsUnit); } },
        { QStringLiteral("subject_categories"),
            [](const RegisterEntry &e) { return QJsonValue(QJsonArray::fromStringList(e.subjectCategories)); } },
        { QStringLiteral("records_count"), [](const RegisterEntry &e) { return countJson(e.recordsCount); } },
        { QStringLiteral("data_categories"),
            [](const RegisterEntry &e) { return QJsonValue(QJsonArray::fromStringList(e.dataCategories)); } },
        { QStringLiteral("special_categories"),
            [](const RegisterEntry &e) { return QJsonValue(QJsonArray::fromStringList(e.specialCategories)); } },
        { QStringLiteral("criminal_data"), [](const RegisterEntry &e) { return QJsonValue(e.criminalData); } },
        { QStringLiteral("consequences"), [](const RegisterEntry &e) { return QJsonValue(e.consequences); } },
        { QStringLiteral("measures_taken"), [](const RegisterEntry &e) { return QJsonValue(e.measuresTaken); } },
        { QStringLiteral("measures_proposed"), [](const RegisterEntry &e) { return QJsonValue(e.measuresProposed); } },
        { QStringLiteral("risk_level"), [](const RegisterEntry &e) { return QJsonValue(riskLevelId(e.risk)); } },
        { QStringLiteral("risk_reasons"), [](const RegisterEntry &e) { return QJsonValue(e.riskReasons); } },
        { QStringLiteral("risk_criteria"),
            [](const RegisterEntry &e) { return QJsonValue(QJsonArray::fromStringList(e.riskCriteria)); } },
        { QStringLiteral("notify_authority"), [](const RegisterEntry &e) { return boolJson(e.notifyAuthority.yes); } },
        { QStringLiteral("notify_justification"),
            [](const RegisterEntry &e) { return QJsonValue(e.notifyAuthority.justification); } },
        { QStringLiteral("inform_subjects"), [](const RegisterEntry &e) { return boolJson(e.informSubjects.yes); } },
        { QStringLiteral("inform_justification"),
            [](const RegisterEntry &e) { return QJsonValue(e.informSubjects.justification); } },
        { QStringLiteral("delay_reason"), [](const RegisterEntry &e) { return QJsonValue(e.delayReason); } },
        { QStringLiteral("status"), [](const RegisterEntry &e) { return QJsonValue(entryStatusId(e.status)); } },
    };
    const auto reader = readers.constFind(field);
    return reader == readers.cend() ? QJsonValue(QJsonValue::Undefined) : (*reader)(*this);
}

QJsonObject RegisterEntry::toJson() const
{
    QJsonObject object {
        { QStringLiteral("id"), id },
        { QStringLiteral("register_id"), registerId },
        { QStringLiteral("incident_id"), incidentId },
    };
    for (const QString &field : fieldIds()) {
        object.insert(field, fieldValue(field));
    }
    QJsonObject originsJson;
    for (auto origin = origins.cbegin(); origin != origins.cend(); ++origin) {
        QJsonArray facts;
        for (const qint64 fact : origin->factIds) {
            facts.append(fact);
        }
        originsJson.insert(origin.key(),
            QJsonObject { { QStringLiteral("facts"), facts }, { QStringLiteral("confirmed"), origin->confirmed } });
    }
    object.insert(QStringLiteral("origins"), originsJson);
    object.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("modified_at"), modifiedAt.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

RegisterEntry RegisterEntry::fromJson(const QJsonObject &object)
{
    RegisterEntry entry;
    entry.id = object.value(QStringLiteral("id")).toInteger();
    entry.registerId = object.value(QStringLiteral("register_id")).toInteger();
    entry.incidentId = object.value(QStringLiteral("incident_id")).toInteger();
    entry.becameAware = timeFrom(object.value(QStringLiteral("became_aware")));
    entry.occurredStart = timeFrom(object.value(QStringLiteral("occurred_start")));
    entry.occurredEnd = timeFrom(object.value(QStringLiteral("occurred_end")));
    entry.ongoing = object.value(QStringLiteral("ongoing")).toBool();
    entry.discovered = timeFrom(object.value(QStringLiteral("discovered")));
    entry.discoveredHow = object.value(QStringLiteral("discovered_how")).toString();
    const QStringList nature = listFrom(object.value(QStringLiteral("nature")));
    entry.confidentiality = nature.contains(QLatin1String("confidentiality"));
    entry.integrity = nature.contains(QLatin1String("integrity"));
    entry.availability = nature.contains(QLatin1String("availability"));
    entry.description = object.value(QStringLiteral("description")).toString();
    entry.cause = object.value(QStringLiteral("cause")).toString();
    entry.attack = boolFrom(object.value(QStringLiteral("attack")));
    entry.subjectsCount = countFrom(object.value(QStringLiteral("subjects_count")));
    entry.subjectsUnit = object.value(QStringLiteral("subjects_unit")).toString();
    entry.subjectCategories = listFrom(object.value(QStringLiteral("subject_categories")));
    entry.recordsCount = countFrom(object.value(QStringLiteral("records_count")));
    entry.dataCategories = listFrom(object.value(QStringLiteral("data_categories")));
    entry.specialCategories = listFrom(object.value(QStringLiteral("special_categories")));
    entry.criminalData = object.value(QStringLiteral("criminal_data")).toBool();
    entry.consequences = object.value(QStringLiteral("consequences")).toString();
    entry.measuresTaken = object.value(QStringLiteral("measures_taken")).toString();
    entry.measuresProposed = object.value(QStringLiteral("measures_proposed")).toString();
    entry.risk = riskLevelFromId(object.value(QStringLiteral("risk_level")).toString()).value_or(RiskLevel::Unassessed);
    entry.riskReasons = object.value(QStringLiteral("risk_reasons")).toString();
    entry.riskCriteria = listFrom(object.value(QStringLiteral("risk_criteria")));
    entry.notifyAuthority = { boolFrom(object.value(QStringLiteral("notify_authority"))),
        object.value(QStringLiteral("notify_justification")).toString() };
    entry.informSubjects = { boolFrom(object.value(QStringLiteral("inform_subjects"))),
        object.value(QStringLiteral("inform_justification")).toString() };
    entry.delayReason = object.value(QStringLiteral("delay_reason")).toString();
    entry.status
        = entryStatusFromId(object.value(QStringLiteral("status")).toString()).value_or(EntryStatus::Assessing);
    const QJsonObject originsJson = object.value(QStringLiteral("origins")).toObject();
    for (auto origin = originsJson.constBegin(); origin != originsJson.constEnd(); ++origin) {
        FieldOrigin fieldOrigin;
        for (const QJsonValue fact : origin->toObject().value(QStringLiteral("facts")).toArray()) {
            fieldOrigin.factIds.append(fact.toInteger());
        }
        fieldOrigin.confirmed = origin->toObject().value(QStringLiteral("confirmed")).toBool();
        entry.origins.insert(origin.key(), fieldOrigin);
    }
    entry.createdAt = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    entry.modifiedAt = QDateTime::fromString(object.value(QStringLiteral("modified_at")).toString(), Qt::ISODateWithMs);
    return entry;
}

bool RegisterEntry::operator==(const RegisterEntry &other) const
{
    return toJson() == other.toJson();
}

} // namespace Iwb
