// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentselection.h"

#include "storage/incidentstore.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Iwb {

std::optional<QList<qint64>> IncidentSelection::ids(
    const IncidentStore &store, const ExportScope &scope, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, organization, incident_date, cause, affected_count, affected_unit, review_status "
            "FROM incidents ORDER BY id"))) {
        *error = store.path() + QStringLiteral(": cannot read the incident records (") + query.lastError().text()
            + QLatin1Char(')');
        return std::nullopt;
    }
    const QSet<qint64> wanted(scope.ids.cbegin(), scope.ids.cend());
    QList<qint64> ids;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (scope.kind == ExportScope::Kind::Selected) {
            if (wanted.contains(id)) {
                ids.append(id);
            }
            continue;
        }
        if (scope.kind == ExportScope::Kind::Filtered) {
            IncidentSummary summary;
            summary.id = id;
            summary.organization = query.value(1).toString();
            summary.incidentDate = query.value(2).toString();
            summary.cause = query.value(3).toString();
            if (!query.isNull(4)) {
                summary.affectedCount = query.value(4).toLongLong();
            }
            summary.affectedUnit = query.value(5).toString();
            summary.reviewStatus = reviewStatusFromName(query.value(6).toString()).value_or(ReviewStatus::Draft);
            if (!scope.filter.matches(summary)) {
                continue;
            }
        }
        ids.append(id);
    }
    return ids;
}

} // namespace Iwb
