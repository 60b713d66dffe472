// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sourcelinking.h"

#include "sources/sourcerecordbuilder.h"

#include <algorithm>

namespace Iwb {

namespace {

    bool ensureLoaded(SourceRecordBuilder &builder, QString *error)
    {
        return builder.isLoaded() || builder.load(error);
    }

    bool statesAnything(const IncidentRecord &record)
    {
        const QJsonObject values = record.toContractJson();
        return std::any_of(
            values.begin(), values.end(), [](const QJsonValue &value) { return !SourceConflicts::isUnstated(value); });
    }

} // namespace

bool SourceLinking::isOwnRecord(const IncidentRecord &record, qint64 documentId)
{
    return record.sourceDocumentIds.isEmpty() || record.sourceDocumentIds == QList<qint64> { documentId };
}

std::optional<IncidentRecord> SourceLinking::articleSide(const IncidentRecord &shown, const Document &document,
    const QList<Fact> &facts, const QList<qint64> &references, SourceRecordBuilder &builder, QString *error)
{
    if (isOwnRecord(shown, document.id()) && statesAnything(shown)) {
        // The article's own draft, with whatever the analyst has already corrected in it.
        IncidentRecord side = shown;
        side.sourceDocumentIds = { document.id() };
        return side;
    }
    // A record the article shares with other articles says more than this one does: assemble its own.
    if (!ensureLoaded(builder, error)) {
        return std::nullopt;
    }
    return builder.build(document, facts, references);
}

LinkedRecord SourceLinking::link(const IncidentRecord &target, const IncidentRecord &articleSide, qint64 documentId,
    const EvidenceFactLookup &lookup)
{
    LinkedRecord linked;
    linked.articleSide = articleSide;
    // No choices: agreements merge their evidence, every difference keeps the record's value until resolved.
    linked.record = RecordMerge::apply(target, articleSide, {}, evidenceFacts(target, articleSide, lookup));
    if (!linked.record.sourceDocumentIds.contains(documentId)) {
        linked.record.sourceDocumentIds.append(documentId);
    }
    linked.differences = SourceConflicts::find(linked.record, articleSide);
    return linked;
}

IncidentRecord SourceLinking::resolve(const IncidentRecord &linked, const IncidentRecord &articleSide,
    const QHash<QString, FieldResolution> &choices, const EvidenceFactLookup &lookup)
{
    return RecordMerge::apply(linked, articleSide, choices, evidenceFacts(linked, articleSide, lookup));
}

QHash<QString, FieldResolution> SourceLinking::defaultChoices(const QList<FieldConflict> &differences)
{
    QHash<QString, FieldResolution> choices;
    for (const FieldConflict &difference : differences) {
        choices.insert(difference.field, RecordMerge::defaultResolution(difference));
    }
    return choices;
}

std::optional<IncidentRecord> SourceLinking::ownRecord(const Document &document, const QList<Fact> &facts,
    const QList<qint64> &references, const QString &analyst, SourceRecordBuilder &builder, QString *error)
{
    if (!ensureLoaded(builder, error)) {
        return std::nullopt;
    }
    IncidentRecord own = builder.build(document, facts, references);
    own.analyst = analyst;
    return own;
}

QHash<qint64, Fact> SourceLinking::evidenceFacts(
    const IncidentRecord &a, const IncidentRecord &b, const EvidenceFactLookup &lookup)
{
    QHash<qint64, Fact> facts;
    for (const IncidentRecord *record : { &a, &b }) {
        for (const QString &field : { QStringLiteral("data_exposed"), QStringLiteral("data_not_exposed") }) {
            for (const qint64 reference : record->evidence.value(field)) {
                if (facts.contains(reference)) {
                    continue;
                }
                if (const auto fact = lookup(reference)) {
                    facts.insert(reference, *fact);
                }
            }
        }
    }
    return facts;
}

} // namespace Iwb
