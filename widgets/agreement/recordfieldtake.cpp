// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordfieldtake.h"

#include "annotation/factlistmodel.h"

#include <QJsonArray>

namespace Iwb {

namespace {

bool isListField(const QString &field)
{
    return field == QLatin1String("data_exposed") || field == QLatin1String("data_not_exposed");
}

/// A contract value as the analyst reads it; empty when it states nothing.
QString readable(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue &id : value.toArray()) {
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

} // namespace

bool RecordFieldTake::copyField(IncidentRecord &record, const IncidentRecord &other, const QString &field)
{
    if (field == QLatin1String("organization")) {
        record.organization = other.organization;
    } else if (field == QLatin1String("incident_date")) {
        record.incidentDate = other.incidentDate;
    } else if (field == QLatin1String("start_time")) {
        record.startTime = other.startTime;
    } else if (field == QLatin1String("end_time")) {
        record.endTime = other.endTime;
    } else if (field == QLatin1String("duration_minutes")) {
        record.durationMinutes = other.durationMinutes;
    } else if (field == QLatin1String("affected_count")) {
        record.affectedCount = other.affectedCount;
    } else if (field == QLatin1String("affected_unit")) {
        record.affectedUnit = other.affectedUnit;
    } else if (field == QLatin1String("data_exposed")) {
        record.dataExposed = other.dataExposed;
    } else if (field == QLatin1String("data_not_exposed")) {
        record.dataNotExposed = other.dataNotExposed;
    } else if (field == QLatin1String("cause")) {
        record.cause = other.cause;
    } else if (field == QLatin1String("external_attack")) {
        record.externalAttack = other.externalAttack;
    } else if (field == QLatin1String("discovered_by")) {
        record.discoveredBy = other.discoveredBy;
    } else if (field == QLatin1String("authority_notified")) {
        record.authorityNotified = other.authorityNotified;
    } else if (field == QLatin1String("affected_notified")) {
        record.affectedNotified = other.affectedNotified;
    } else {
        return false;
    }
    return true;
}

QList<qint64> RecordFieldTake::keysHere(const FactListModel &facts, const QList<Fact> &otherEvidence)
{
    QList<qint64> keys;
    for (const Fact &wanted : otherEvidence) {
        for (const qint64 key : facts.keys()) {
            const Fact fact = facts.fact(key);
            if (fact.status != FactStatus::Rejected && fact.type == wanted.type && fact.start == wanted.start && fact.end == wanted.end) {
                if (!keys.contains(key)) {
                    keys.append(key);
                }
                break;
            }
        }
    }
    return keys;
}

IncidentRecord RecordFieldTake::taken(const IncidentRecord &current, const IncidentRecord &other, const QString &field,
                                      const QList<qint64> &evidenceHere, const FactListModel &facts)
{
    IncidentRecord record = current;
    if (!copyField(record, other, field) || evidenceHere.isEmpty()) {
        return record;
    }
    const QStringList &list = field == QLatin1String("data_exposed") ? record.dataExposed : record.dataNotExposed;
    QList<qint64> evidence;
    for (const qint64 key : current.evidence.value(field)) {
        // Another source article's fact: not part of this comparison, so it stays.
        const bool elsewhere = key < 0;
        // In a list, a fact of a category the taken list still has still speaks for it.
        const bool stillSupports = isListField(field) && facts.contains(key) && facts.fact(key).type == FactType::DataCategory
            && list.contains(facts.fact(key).value.toString());
        if ((elsewhere || stillSupports) && !evidence.contains(key)) {
            evidence.append(key);
        }
    }
    for (const qint64 key : evidenceHere) {
        if (!evidence.contains(key)) {
            evidence.append(key);
        }
    }
    record.evidence.insert(field, evidence);
    return record;
}

QString RecordFieldTake::description(const QString &field, const QJsonValue &otherValue)
{
    QString text = readable(otherValue);
    if (text.isEmpty()) {
        return tr("Clear %1 as in the other version").arg(field);
    }
    if (text.size() > 40) {
        text = text.left(39) + QChar(0x2026);
    }
    return tr("Take %1 \u2018%2\u2019 from the other version").arg(field, text);
}

} // namespace Iwb
