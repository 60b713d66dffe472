// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Iwb {

/// What a VERIS record says about one source article.
struct VerisSource
{
    QString title;
    QString source; ///< file path or URL
    QString published; ///< ISO date, possibly partial
};

/**
 * Maps an incident record to a VERIS 1.4 incident (the schema in
 * ../shared/formats/veris/verisc-merged.json); docs/exchange.md has the
 * mapping table.
 *
 * Everything the schema requires is always present: what the record does not
 * know becomes VERIS's "Unknown". The incident_id is a name-based UUID of the
 * record's id and creation time, so exporting the same record twice gives the
 * same id.
 */
class VerisMapper
{
public:
    static QString schemaVersion() { return QStringLiteral("1.4.0"); }

    static QJsonObject toVeris(const IncidentRecord &record, const QList<VerisSource> &sources);

    /// The VERIS data variety of one of our data category ids ("names" -> "Personal").
    static QString dataVariety(const QString &category);
    /// The VERIS data_victim of an affected_unit, or empty when the unit says nothing about whose data it was.
    static QString dataVictim(const QString &unit);
    /// Whether affected_count counts records or people for @p unit, and so is VERIS's data_total.
    static bool unitCountsRecords(const QString &unit);
    /// The VERIS action category of a cause and external_attack pair: "error", "hacking", "misuse", "physical" or
    /// "unknown".
    static QString actionCategory(const QString &cause, const QString &externalAttack);
    /// discovery_method for a discoverer id (IncidentRecord::discovererIds()); {"unknown": true} for the rest.
    static QJsonObject discoveryMethod(const QString &discoveredBy);
    /// incident_id: a version-5 UUID of the record's id and created_at.
    static QString incidentId(const IncidentRecord &record);
    /// "05:45:00 PM" for "17:45"; empty when @p time is not HH:MM.
    static QString twelveHourTime(const QString &time);
};

} // namespace Iwb
