// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentselection.h"

#include "storage/incidentstore.h"
#include "storage/storetables.h"

#include <QSet>

namespace Iwb {

std::optional<QList<qint64>> IncidentSelection::ids(
    const IncidentStore &store, const ExportScope &scope, QString *error)
{
    StoreTables tables(store);
    return ids(tables, scope, error);
}

std::optional<QList<qint64>> IncidentSelection::ids(StoreTables &tables, const ExportScope &scope, QString *error)
{
    auto rows = tables.rows(StoredTable::Incidents);
    if (!rows) {
        *error = tables.errorString();
        return std::nullopt;
    }
    const QSet<qint64> wanted(scope.ids.cbegin(), scope.ids.cend());
    QList<qint64> ids;
    while (rows->next()) {
        const qint64 id = rows->integer(IncidentColumn::Id);
        if (scope.kind == ExportScope::Kind::Selected) {
            if (wanted.contains(id)) {
                ids.append(id);
            }
            continue;
        }
        if (scope.kind == ExportScope::Kind::Filtered) {
            IncidentSummary summary;
            summary.id = id;
            summary.organization = rows->text(IncidentColumn::Organization);
            summary.incidentDate = rows->text(IncidentColumn::IncidentDate);
            summary.cause = rows->text(IncidentColumn::Cause);
            summary.affectedCount = rows->nullableInteger(IncidentColumn::AffectedCount);
            summary.affectedUnit = rows->text(IncidentColumn::AffectedUnit);
            summary.reviewStatus
                = reviewStatusFromName(rows->text(IncidentColumn::ReviewStatus)).value_or(ReviewStatus::Draft);
            if (!scope.filter.matches(summary)) {
                continue;
            }
        }
        ids.append(id);
    }
    if (!rows->errorString().isEmpty()) {
        *error = rows->errorString();
        return std::nullopt;
    }
    return ids;
}

} // namespace Iwb
