// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Iwb {

/// How a field of a second source differs from the incident record.
enum class SourceDifference {
    Fill, ///< the record does not state the field, the other article does: a gap it can fill
    Conflict, ///< both state the field, with different values
};

/**
 * One field in which a second article's record differs from the incident
 * record: both values in the contract's JSON form, and the facts behind each.
 *
 * The evidence lists hold whatever references the two records use (store fact
 * ids, or the annotation session's fact keys); SourceConflicts only carries
 * them along, so both records must use the same kind.
 */
struct FieldConflict
{
    QString field; ///< contract field name, e.g. "affected_count"
    SourceDifference kind = SourceDifference::Conflict;
    QJsonValue current; ///< the record's value; null for a Fill
    QJsonValue incoming; ///< the other article's value
    QList<qint64> currentEvidence;
    QList<qint64> incomingEvidence;

    /// data_exposed and data_not_exposed: both sides can be kept at once.
    bool isListField() const;

    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

/**
 * Compares an incident record with the record a further source article makes
 * on its own (RecordAssembler, or that article's own draft), field by field
 * over the contract's fields.
 *
 * - Same value on both sides (lists compared as sets): an agreement, not listed.
 * - The other article does not state the field: nothing to resolve, not listed.
 * - The record does not state it, the other article does: a Fill.
 * - Both state it, differently: a Conflict ("9500" against "4100").
 *
 * Curation fields (review status, analyst, notes) are the record's alone and
 * never compared.
 */
class SourceConflicts
{
public:
    /// The fields in which @p incoming differs from @p current, in the contract's field order.
    static QList<FieldConflict> find(const IncidentRecord &current, const IncidentRecord &incoming);

    /// True when @p field holds a list of ids (data_exposed, data_not_exposed).
    static bool isListField(const QString &field);
    /// True when both values state the same thing; lists regardless of order.
    static bool sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b);
    /// True when the contract value says nothing: null, "" or [].
    static bool isUnstated(const QJsonValue &value);
    /// A value as an analyst reads it: "9500", "names, financial_data", "yes", "—" for unstated.
    static QString displayText(const QJsonValue &value);
};

} // namespace Iwb
