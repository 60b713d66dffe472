// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"
#include "sources/recordmerge.h"
#include "sources/sourceconflicts.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Iwb {

class SourceRecordBuilder;

/// The fact behind an evidence reference (a session key, a store id, …), or nullopt when it is unknown.
using EvidenceFactLookup = std::function<std::optional<Fact>(qint64 reference)>;

/// An article linked to an incident record, before its differences are resolved.
struct LinkedRecord
{
    IncidentRecord
        record; ///< the incident's record with the article among its sources and the agreements' evidence merged
    IncidentRecord articleSide; ///< what the article says on its own (see SourceLinking::articleSide)
    QList<FieldConflict> differences; ///< the fills and conflicts left to resolve, in the contract's field order
};

/**
 * The steps of linking an article to an existing incident record and of
 * unlinking it again, on records alone: the workbench (SourceLinker, on the
 * annotation session's record) and `incident-cli link` / `unlink` (on the
 * stored records) both go through here, so an article joins an incident the
 * same way whichever way it is done (docs/sources.md).
 *
 * Evidence references are carried as the caller names facts (the session's
 * keys and negated store ids, or plain store ids); all records and the lookup
 * passed to one call must use the same kind.
 */
class SourceLinking
{
public:
    /// True when @p record is the article's own: it has no sources, or only @p documentId.
    static bool isOwnRecord(const IncidentRecord &record, qint64 documentId);

    /// What the article says on its own: @p shown (the record the article has now) when it is the article's own
    /// and states anything, as it carries the analyst's corrections; otherwise @p builder's record over @p facts,
    /// named by @p references (in the order of @p facts). Loads @p builder's rules when needed; nullopt and
    /// @p error when they cannot be loaded.
    static std::optional<IncidentRecord> articleSide(const IncidentRecord &shown, const Document &document,
        const QList<Fact> &facts, const QList<qint64> &references, SourceRecordBuilder &builder, QString *error);

    /// @p target with @p articleSide's article (@p documentId) added to its sources, where the two agree the
    /// article's evidence joined, and the fields in which they differ.
    static LinkedRecord link(const IncidentRecord &target, const IncidentRecord &articleSide, qint64 documentId,
        const EvidenceFactLookup &lookup);

    /// @p linked with @p choices applied to the fields in which @p articleSide differs (RecordMerge::apply).
    static IncidentRecord resolve(const IncidentRecord &linked, const IncidentRecord &articleSide,
        const QHash<QString, FieldResolution> &choices, const EvidenceFactLookup &lookup);

    /// What the resolution view starts with: take for a fill, keep for a conflict.
    static QHash<QString, FieldResolution> defaultChoices(const QList<FieldConflict> &differences);

    /// The record an unlinked article gets: @p builder's record over its @p facts (named by @p references),
    /// with @p analyst. Loads @p builder's rules when needed; nullopt and @p error when they cannot be loaded.
    static std::optional<IncidentRecord> ownRecord(const Document &document, const QList<Fact> &facts,
        const QList<qint64> &references, const QString &analyst, SourceRecordBuilder &builder, QString *error);

    /// The facts behind the list fields' evidence of @p a and @p b, by reference (what RecordMerge needs).
    static QHash<qint64, Fact> evidenceFacts(
        const IncidentRecord &a, const IncidentRecord &b, const EvidenceFactLookup &lookup);
};

} // namespace Iwb
