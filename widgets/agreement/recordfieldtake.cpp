// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordfieldtake.h"

#include "incident/recordvocabulary.h"

#include "annotation/factlistmodel.h"

#include <QJsonArray>

namespace Iwb {

bool RecordFieldTake::copyField(IncidentRecord &record, const IncidentRecord &other, const QString &field)
{
    return record.copyContractField(other, field);
}

QList<qint64> RecordFieldTake::keysHere(const FactListModel &facts, const QList<Fact> &otherEvidence)
{
    QList<qint64> keys;
    for (const Fact &wanted : otherEvidence) {
        for (const qint64 key : facts.keys()) {
            const Fact fact = facts.fact(key);
            if (fact.status != FactStatus::Rejected && fact.type == wanted.type && fact.start == wanted.start
                && fact.end == wanted.end) {
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
        const bool stillSupports = IncidentRecord::isListField(field) && facts.contains(key)
            && facts.fact(key).type == FactType::DataCategory && list.contains(facts.fact(key).value.toString());
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
    QString text = RecordVocabulary::jsonValueLabel(field, otherValue);
    const QString label = RecordVocabulary::fieldLabel(field);
    if (text.isEmpty()) {
        return tr("Clear %1 as in the other version").arg(label);
    }
    if (text.size() > 40) {
        text = text.left(39) + QChar(0x2026);
    }
    return tr("Take %1 \u2018%2\u2019 from the other version").arg(label, text);
}

} // namespace Iwb
