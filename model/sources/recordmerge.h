// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "incident/incidentrecord.h"
#include "sources/sourceconflicts.h"

#include <QHash>
#include <QString>

namespace Iwb {

/// What to do with one differing field when a further source joins a record.
enum class FieldResolution {
    Keep, ///< the record's value stays
    Take, ///< the other article's value replaces it
    Both, ///< list fields only: the union of both lists (any other field: as Keep)
};

QString resolutionName(FieldResolution resolution);

/**
 * Merges the record a further source article makes (its own facts' record)
 * into an incident record, field by field, keeping the evidence of every
 * article that supports the chosen value.
 *
 * For each contract field:
 * - the other article is silent: the record's value and evidence stay;
 * - both agree: the value stays, the evidence is the union of both sides;
 * - they differ (SourceConflicts): the choice for the field decides, Keep when none is given.
 *   Keep keeps the record's value and evidence; Take uses the other value and its evidence;
 *   Both (lists) joins the lists and both evidence lists. For lists, a fact of the side not chosen
 *   still counts as evidence when its category is in the chosen list (needs @p facts).
 *
 * The other article's sources are added to the record's; id, review status,
 * analyst and notes are the record's. Evidence references are carried as
 * they are (store ids or session keys; both records must use the same kind).
 */
class RecordMerge
{
public:
    /// Take for a Fill (a gap the other article fills), Keep for a Conflict.
    static FieldResolution defaultResolution(const FieldConflict &conflict);

    /// @p facts: the evidence facts of both sides by reference, used for list fields only; may be empty.
    static IncidentRecord apply(const IncidentRecord &current, const IncidentRecord &incoming,
        const QHash<QString, FieldResolution> &choices, const QHash<qint64, Fact> &facts = {});

    /// A readable account of the choices that change something, e.g.
    /// "take affected_count 4100, both data_exposed"; empty when every choice keeps the record.
    static QString summary(const QList<FieldConflict> &conflicts, const QHash<QString, FieldResolution> &choices);
};

} // namespace Iwb
