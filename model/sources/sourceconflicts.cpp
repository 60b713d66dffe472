// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sourceconflicts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Iwb {

namespace {

    QSet<QString> idSet(const QJsonValue &value)
    {
        QSet<QString> ids;
        for (const QJsonValue item : value.toArray()) {
            ids.insert(item.toString());
        }
        return ids;
    }

} // namespace

bool FieldConflict::isListField() const
{
    return SourceConflicts::isListField(field);
}

bool SourceConflicts::isListField(const QString &field)
{
    return IncidentRecord::isListField(field);
}

bool SourceConflicts::isUnstated(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

bool SourceConflicts::sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    if (isUnstated(a) || isUnstated(b)) {
        return isUnstated(a) && isUnstated(b);
    }
    if (isListField(field)) {
        return idSet(a) == idSet(b);
    }
    return a == b;
}

QString SourceConflicts::displayText(const QJsonValue &value)
{
    return isUnstated(value) ? QStringLiteral("\u2014") : IncidentRecord::readableValue(value);
}

QList<FieldConflict> SourceConflicts::find(const IncidentRecord &current, const IncidentRecord &incoming)
{
    QList<FieldConflict> conflicts;
    const QJsonObject ours = current.toContractJson();
    const QJsonObject theirs = incoming.toContractJson();
    for (const QString &field : IncidentRecord::fieldNames()) {
        const QJsonValue mine = ours.value(field);
        const QJsonValue other = theirs.value(field);
        // An article that is silent about a field has nothing to say against the record.
        if (isUnstated(other) || sameValue(field, mine, other)) {
            continue;
        }
        FieldConflict conflict;
        conflict.field = field;
        conflict.kind = isUnstated(mine) ? SourceDifference::Fill : SourceDifference::Conflict;
        conflict.current = isUnstated(mine) ? QJsonValue() : mine;
        conflict.incoming = other;
        conflict.currentEvidence = current.evidence.value(field);
        conflict.incomingEvidence = incoming.evidence.value(field);
        conflicts.append(conflict);
    }
    return conflicts;
}

} // namespace Iwb
