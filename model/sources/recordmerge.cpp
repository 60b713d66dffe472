// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordmerge.h"

#include "incident/recordvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Iwb {

namespace {

    void appendNew(QList<qint64> &target, const QList<qint64> &more)
    {
        for (const qint64 reference : more) {
            if (!target.contains(reference)) {
                target.append(reference);
            }
        }
    }

    QJsonArray joined(const QJsonValue &first, const QJsonValue &second)
    {
        QJsonArray list = first.toArray();
        for (const QJsonValue item : second.toArray()) {
            if (!list.contains(item)) {
                list.append(item);
            }
        }
        return list;
    }

    /// The facts of @p references whose data category is one of @p chosen: they support the chosen list.
    QList<qint64> supporting(
        const QList<qint64> &references, const QJsonValue &chosen, const QHash<qint64, Fact> &facts)
    {
        const QJsonArray categories = chosen.toArray();
        QList<qint64> result;
        for (const qint64 reference : references) {
            const auto found = facts.constFind(reference);
            if (found != facts.cend() && found->type == FactType::DataCategory && categories.contains(found->value)) {
                result.append(reference);
            }
        }
        return result;
    }

    /// @p record with its contract fields taken from @p values, everything else as it was.
    IncidentRecord withContractValues(const IncidentRecord &record, const QJsonObject &values)
    {
        IncidentRecord result = record;
        result.setContractValues(values);
        return result;
    }

} // namespace

QString resolutionName(FieldResolution resolution)
{
    switch (resolution) {
    case FieldResolution::Keep:
        return QStringLiteral("keep");
    case FieldResolution::Take:
        return QStringLiteral("take");
    case FieldResolution::Both:
        return QStringLiteral("both");
    }
    return {};
}

FieldResolution RecordMerge::defaultResolution(const FieldConflict &conflict)
{
    return conflict.kind == SourceDifference::Fill ? FieldResolution::Take : FieldResolution::Keep;
}

IncidentRecord RecordMerge::apply(const IncidentRecord &current, const IncidentRecord &incoming,
    const QHash<QString, FieldResolution> &choices, const QHash<qint64, Fact> &facts)
{
    const QJsonObject ours = current.toContractJson();
    const QJsonObject theirs = incoming.toContractJson();
    QJsonObject values = ours;
    QHash<QString, QList<qint64>> evidence = current.evidence;

    for (const QString &field : IncidentRecord::fieldNames()) {
        const QJsonValue mine = ours.value(field);
        const QJsonValue other = theirs.value(field);
        const QList<qint64> myEvidence = current.evidence.value(field);
        const QList<qint64> otherEvidence = incoming.evidence.value(field);
        if (SourceConflicts::isUnstated(other)) {
            continue;
        }
        const bool list = SourceConflicts::isListField(field);
        QList<qint64> merged;
        if (SourceConflicts::sameValue(field, mine, other)) {
            merged = myEvidence;
            appendNew(merged, otherEvidence);
        } else {
            FieldResolution choice = choices.value(field, FieldResolution::Keep);
            if (choice == FieldResolution::Both && (!list || SourceConflicts::isUnstated(mine))) {
                // Joining with nothing is taking; a single value cannot be both.
                choice = list ? FieldResolution::Take : FieldResolution::Keep;
            }
            switch (choice) {
            case FieldResolution::Keep:
                merged = myEvidence;
                if (list) {
                    appendNew(merged, supporting(otherEvidence, mine, facts));
                }
                break;
            case FieldResolution::Take:
                values.insert(field, other);
                merged = otherEvidence;
                if (list) {
                    appendNew(merged, supporting(myEvidence, other, facts));
                }
                break;
            case FieldResolution::Both:
                values.insert(field, joined(mine, other));
                merged = myEvidence;
                appendNew(merged, otherEvidence);
                break;
            }
        }
        if (merged.isEmpty()) {
            evidence.remove(field);
        } else {
            evidence.insert(field, merged);
        }
    }

    IncidentRecord result = withContractValues(current, values);
    result.evidence = evidence;
    for (const qint64 documentId : incoming.sourceDocumentIds) {
        if (!result.sourceDocumentIds.contains(documentId)) {
            result.sourceDocumentIds.append(documentId);
        }
    }
    return result;
}

QString RecordMerge::summary(const QList<FieldConflict> &conflicts, const QHash<QString, FieldResolution> &choices)
{
    QStringList parts;
    for (const FieldConflict &conflict : conflicts) {
        const FieldResolution choice = choices.value(conflict.field, FieldResolution::Keep);
        if (choice == FieldResolution::Take
            || (choice == FieldResolution::Both && conflict.kind == SourceDifference::Fill)) {
            parts.append(QCoreApplication::translate("RecordMerge", "take %1 %2")
                    .arg(RecordVocabulary::fieldLabel(conflict.field),
                        RecordVocabulary::jsonValueLabel(conflict.field, conflict.incoming)));
        } else if (choice == FieldResolution::Both && conflict.isListField()) {
            parts.append(QCoreApplication::translate("RecordMerge", "both %1")
                    .arg(RecordVocabulary::fieldLabel(conflict.field)));
        }
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Iwb
