// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentfilter.h"

#include "incident/incidentrecord.h"
#include "storage/incidentstore.h"
#include "storage/librarykeys.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Iwb {

namespace {

    bool isIsoDatePrefix(const QString &value)
    {
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
        return pattern.match(value).hasMatch();
    }

    // A partial date stands for a period: its first and its last day, as comparable strings.
    QString periodStart(const QString &date)
    {
        return date + QStringLiteral("-01-01").right(10 - date.size());
    }

    QString periodEnd(const QString &date)
    {
        return date + QStringLiteral("-12-31").right(10 - date.size());
    }

} // namespace

const QStringList &IncidentFilter::keys()
{
    static const QStringList names { QStringLiteral("cause"), QStringLiteral("review"), QStringLiteral("organization"),
        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("text") };
    return names;
}

IncidentFilter IncidentFilter::freeText(const QString &text)
{
    IncidentFilter filter;
    filter.text = text.trimmed();
    return filter;
}

bool IncidentFilter::isEmpty() const
{
    return cause.isEmpty() && reviewStatus.isEmpty() && organization.isEmpty() && from.isEmpty() && to.isEmpty()
        && text.isEmpty();
}

std::optional<IncidentFilter> IncidentFilter::parse(const QStringList &terms, QString *error)
{
    IncidentFilter filter;
    for (const QString &term : terms) {
        const qsizetype equals = term.indexOf(QLatin1Char('='));
        const QString key = term.left(equals).trimmed().toLower();
        const QString value = equals < 0 ? QString() : term.mid(equals + 1).trimmed();
        if (equals < 0 || !keys().contains(key)) {
            *error
                = QCoreApplication::translate("Iwb::IncidentFilter", "filter '%1' is not KEY=VALUE with KEY one of: %2")
                      .arg(term, keys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (value.isEmpty()) {
            *error = QCoreApplication::translate("Iwb::IncidentFilter", "filter '%1' has no value").arg(term);
            return std::nullopt;
        }
        if (key == QLatin1String("cause")) {
            if (!IncidentRecord::causeIds().contains(value)) {
                *error = QCoreApplication::translate("Iwb::IncidentFilter", "filter '%1': the cause is not one of: %2")
                             .arg(term, IncidentRecord::causeIds().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            filter.cause = value;
        } else if (key == QLatin1String("review")) {
            const QString name = QString(value).replace(QLatin1Char(' '), QLatin1Char('_')).toLower();
            if (!reviewStatusFromName(name)) {
                *error = QCoreApplication::translate(
                    "Iwb::IncidentFilter", "filter '%1': the review status is not one of: draft, first_pass, reviewed")
                             .arg(term);
                return std::nullopt;
            }
            filter.reviewStatus = name;
        } else if (key == QLatin1String("organization")) {
            filter.organization = value;
        } else if (key == QLatin1String("from") || key == QLatin1String("to")) {
            if (!isIsoDatePrefix(value)) {
                *error = QCoreApplication::translate(
                    "Iwb::IncidentFilter", "filter '%1': the date is not YYYY-MM-DD, YYYY-MM or YYYY")
                             .arg(term);
                return std::nullopt;
            }
            (key == QLatin1String("from") ? filter.from : filter.to) = value;
        } else {
            filter.text = value;
        }
    }
    return filter;
}

bool IncidentFilter::matches(const IncidentSummary &incident) const
{
    if (!cause.isEmpty() && incident.cause != cause) {
        return false;
    }
    if (!reviewStatus.isEmpty() && reviewStatusName(incident.reviewStatus) != reviewStatus) {
        return false;
    }
    if (!organization.isEmpty() && !incident.organization.contains(organization, Qt::CaseInsensitive)) {
        return false;
    }
    if (!from.isEmpty() && (incident.incidentDate.isEmpty() || periodEnd(incident.incidentDate) < periodStart(from))) {
        return false;
    }
    if (!to.isEmpty() && (incident.incidentDate.isEmpty() || periodStart(incident.incidentDate) > periodEnd(to))) {
        return false;
    }
    if (!text.isEmpty()) {
        // The same text the library's filter field searches (LibraryKeys), so "filtered" exports
        // exactly what the analyst sees.
        const QString searched = LibraryKeys::searchText(incident.organization, incident.incidentDate, incident.cause,
            incident.affectedCount, incident.affectedUnit, reviewStatusName(incident.reviewStatus));
        if (!searched.contains(LibraryKeys::folded(text))) {
            return false;
        }
    }
    return true;
}

} // namespace Iwb
