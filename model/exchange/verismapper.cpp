// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "verismapper.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace Iwb {

namespace {

    // Fixed namespace for our name-based incident ids; changing it would change every exported incident_id.
    const QUuid incidentIdNamespace(QStringLiteral("{8f0c2a4e-5b1d-4c3a-9e27-6d41f3b8a910}"));

    QJsonArray one(const QString &value)
    {
        return QJsonArray { value };
    }

    QJsonObject varietyVector(const QString &variety, const QString &vector)
    {
        return QJsonObject { { QStringLiteral("variety"), one(variety) }, { QStringLiteral("vector"), one(vector) } };
    }

    QJsonObject actorOf(const QString &kind)
    {
        if (kind == QLatin1String("internal")) {
            return QJsonObject { { QStringLiteral("variety"), one(QStringLiteral("Unknown")) },
                { QStringLiteral("motive"), one(QStringLiteral("NA")) } };
        }
        return QJsonObject { { QStringLiteral("variety"), one(QStringLiteral("Unknown")) },
            { QStringLiteral("motive"), one(QStringLiteral("Unknown")) } };
    }

    QString readable(QString id)
    {
        return id.replace(QLatin1Char('_'), QLatin1Char(' '));
    }

    /// A summary sentence from the record's fields: VERIS requires one, and our records have no prose of their own.
    QString summaryOf(const IncidentRecord &record)
    {
        QStringList parts;
        QString head = record.organization.isEmpty() ? QStringLiteral("Unnamed organization") : record.organization;
        if (!record.incidentDate.isEmpty()) {
            head += QStringLiteral(", ") + record.incidentDate;
        }
        parts.append(head);
        if (!record.cause.isEmpty()) {
            parts.append(QStringLiteral("cause: ") + readable(record.cause));
        }
        if (record.externalAttack == QLatin1String("yes")) {
            parts.append(QStringLiteral("external attack"));
        }
        if (record.affectedCount) {
            parts.append(
                QStringLiteral("%1 %2 affected").arg(*record.affectedCount).arg(record.affectedUnit).trimmed());
        }
        if (!record.dataExposed.isEmpty()) {
            QStringList data;
            for (const QString &category : record.dataExposed) {
                data.append(readable(category));
            }
            parts.append(QStringLiteral("data exposed: ") + data.join(QStringLiteral(", ")));
        }
        if (!record.dataNotExposed.isEmpty()) {
            QStringList data;
            for (const QString &category : record.dataNotExposed) {
                data.append(readable(category));
            }
            parts.append(QStringLiteral("not exposed: ") + data.join(QStringLiteral(", ")));
        }
        return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }

} // namespace

QString VerisMapper::dataVariety(const QString &category)
{
    static const QHash<QString, QString> varieties {
        { QStringLiteral("names"), QStringLiteral("Personal") },
        { QStringLiteral("email_addresses"), QStringLiteral("Personal") },
        { QStringLiteral("phone_numbers"), QStringLiteral("Personal") },
        { QStringLiteral("postal_addresses"), QStringLiteral("Personal") },
        { QStringLiteral("dates_of_birth"), QStringLiteral("Personal") },
        { QStringLiteral("ip_addresses"), QStringLiteral("Personal") },
        { QStringLiteral("location"), QStringLiteral("Personal") },
        { QStringLiteral("account_data"), QStringLiteral("Personal") },
        { QStringLiteral("credentials"), QStringLiteral("Credentials") },
        { QStringLiteral("payment_cards"), QStringLiteral("Payment") },
        { QStringLiteral("bank_accounts"), QStringLiteral("Bank") },
        { QStringLiteral("financial_data"), QStringLiteral("Bank") },
        { QStringLiteral("loyalty_points"), QStringLiteral("Other") },
        { QStringLiteral("support_records"), QStringLiteral("Personal") },
        { QStringLiteral("communications"), QStringLiteral("Personal") },
        { QStringLiteral("health_data"), QStringLiteral("Medical") },
        { QStringLiteral("id_documents"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("photos"), QStringLiteral("Personal") },
        { QStringLiteral("other"), QStringLiteral("Other") },
    };
    return varieties.value(category, QStringLiteral("Unknown"));
}

QString VerisMapper::dataVictim(const QString &unit)
{
    static const QHash<QString, QString> victims {
        { QStringLiteral("customers"), QStringLiteral("Customer") },
        { QStringLiteral("users"), QStringLiteral("Customer") },
        { QStringLiteral("accounts"), QStringLiteral("Customer") },
        { QStringLiteral("logins"), QStringLiteral("Customer") },
        { QStringLiteral("members"), QStringLiteral("Customer") },
        { QStringLiteral("patients"), QStringLiteral("Patient") },
        { QStringLiteral("employees"), QStringLiteral("Employee") },
    };
    return victims.value(unit);
}

bool VerisMapper::unitCountsRecords(const QString &unit)
{
    static const QStringList counting { QStringLiteral("users"), QStringLiteral("customers"),
        QStringLiteral("accounts"), QStringLiteral("logins"), QStringLiteral("records"), QStringLiteral("patients"),
        QStringLiteral("people"), QStringLiteral("employees"), QStringLiteral("members") };
    return counting.contains(unit);
}

QString VerisMapper::actionCategory(const QString &cause, const QString &externalAttack)
{
    if (cause == QLatin1String("misconfiguration") || cause == QLatin1String("software_error")
        || cause == QLatin1String("human_error")) {
        return QStringLiteral("error");
    }
    if (cause == QLatin1String("attack")) {
        return QStringLiteral("hacking");
    }
    if (cause == QLatin1String("insider_misuse")) {
        return QStringLiteral("misuse");
    }
    if (cause == QLatin1String("loss_or_theft")) {
        // A lost device is an error; one that was stolen (or may have been) is physical theft.
        return externalAttack == QLatin1String("no") ? QStringLiteral("error") : QStringLiteral("physical");
    }
    return externalAttack == QLatin1String("yes") ? QStringLiteral("hacking") : QStringLiteral("unknown");
}

QString VerisMapper::incidentId(const IncidentRecord &record)
{
    const QString name = QStringLiteral("incident-workbench:%1:%2")
                             .arg(record.id)
                             .arg(record.createdAt.toUTC().toString(Qt::ISODateWithMs));
    return QUuid::createUuidV5(incidentIdNamespace, name).toString(QUuid::WithoutBraces);
}

QString VerisMapper::twelveHourTime(const QString &time)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(time);
    if (!match.hasMatch()) {
        return {};
    }
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 23 || minute > 59) {
        return {};
    }
    const int twelve = hour % 12 == 0 ? 12 : hour % 12;
    return QStringLiteral("%1:%2:00 %3")
        .arg(twelve, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(hour < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

QJsonObject VerisMapper::discoveryMethod(const QString &discoveredBy)
{
    QJsonObject discovery;
    const auto external = [&](const QString &variety) {
        discovery.insert(QStringLiteral("external"), QJsonObject { { QStringLiteral("variety"), one(variety) } });
    };
    if (discoveredBy == QLatin1String("internal")) {
        discovery.insert(
            QStringLiteral("internal"), QJsonObject { { QStringLiteral("variety"), one(QStringLiteral("Unknown")) } });
    } else if (discoveredBy == QLatin1String("customer")) {
        external(QStringLiteral("Customer"));
    } else if (discoveredBy == QLatin1String("researcher")) {
        external(QStringLiteral("Security researcher"));
    } else if (discoveredBy == QLatin1String("authority")) {
        external(QStringLiteral("Other"));
    } else if (discoveredBy == QLatin1String("attacker")) {
        external(QStringLiteral("Actor disclosure"));
    } else {
        discovery.insert(QStringLiteral("unknown"), true);
    }
    return discovery;
}

QJsonObject VerisMapper::toVeris(const IncidentRecord &record, const QList<VerisSource> &sources)
{
    QJsonObject veris;
    veris.insert(QStringLiteral("schema_version"), schemaVersion());
    veris.insert(QStringLiteral("incident_id"), incidentId(record));
    veris.insert(QStringLiteral("source_id"), QStringLiteral("incident-workbench"));
    veris.insert(QStringLiteral("security_incident"), QStringLiteral("Confirmed"));
    veris.insert(QStringLiteral("summary"), summaryOf(record));
    if (!record.notes.trimmed().isEmpty()) {
        veris.insert(QStringLiteral("notes"), record.notes);
    }
    switch (record.reviewStatus) {
    case ReviewStatus::Reviewed:
        veris.insert(QStringLiteral("confidence"), QStringLiteral("High"));
        break;
    case ReviewStatus::FirstPass:
        veris.insert(QStringLiteral("confidence"), QStringLiteral("Medium"));
        break;
    case ReviewStatus::Draft:
        veris.insert(QStringLiteral("confidence"), QStringLiteral("Low"));
        break;
    }

    QStringList references;
    for (const VerisSource &source : sources) {
        if (source.title.isEmpty()) {
            references.append(source.source);
        } else if (source.source.isEmpty()) {
            references.append(source.title);
        } else {
            references.append(source.title + QStringLiteral(" (") + source.source + QLatin1Char(')'));
        }
    }
    references.removeAll(QString());
    if (!references.isEmpty()) {
        veris.insert(QStringLiteral("reference"), references.join(QStringLiteral("; ")));
    }

    // action and actor from cause and external_attack.
    QJsonObject action;
    QJsonObject actor;
    const QString category = actionCategory(record.cause, record.externalAttack);
    if (category == QLatin1String("error")) {
        QString variety = QStringLiteral("Unknown");
        QString vector = QStringLiteral("Unknown");
        if (record.cause == QLatin1String("misconfiguration")) {
            variety = QStringLiteral("Misconfiguration");
        } else if (record.cause == QLatin1String("software_error")) {
            variety = QStringLiteral("Programming error");
        } else if (record.cause == QLatin1String("human_error")) {
            vector = QStringLiteral("Carelessness");
        } else {
            variety = QStringLiteral("Loss");
            vector = QStringLiteral("Carelessness");
        }
        action.insert(QStringLiteral("error"), varietyVector(variety, vector));
        actor.insert(QStringLiteral("internal"), actorOf(QStringLiteral("internal")));
        // An attacker who used the mistake: VERIS records both actions.
        if (record.externalAttack == QLatin1String("yes") && record.cause != QLatin1String("loss_or_theft")) {
            action.insert(QStringLiteral("hacking"),
                varietyVector(record.cause == QLatin1String("misconfiguration") ? QStringLiteral("Exploit misconfig")
                        : record.cause == QLatin1String("software_error")       ? QStringLiteral("Exploit vuln")
                                                                                : QStringLiteral("Unknown"),
                    QStringLiteral("Unknown")));
            actor.insert(QStringLiteral("external"), actorOf(QStringLiteral("external")));
        }
    } else if (category == QLatin1String("hacking")) {
        action.insert(QStringLiteral("hacking"), varietyVector(QStringLiteral("Unknown"), QStringLiteral("Unknown")));
        actor.insert(QStringLiteral("external"), actorOf(QStringLiteral("external")));
    } else if (category == QLatin1String("misuse")) {
        action.insert(QStringLiteral("misuse"), varietyVector(QStringLiteral("Unknown"), QStringLiteral("Unknown")));
        actor.insert(QStringLiteral("internal"),
            QJsonObject { { QStringLiteral("variety"), one(QStringLiteral("Unknown")) },
                { QStringLiteral("motive"), one(QStringLiteral("Unknown")) } });
    } else if (category == QLatin1String("physical")) {
        action.insert(QStringLiteral("physical"), varietyVector(QStringLiteral("Theft"), QStringLiteral("Unknown")));
        actor.insert(QStringLiteral("external"), actorOf(QStringLiteral("external")));
    } else {
        action.insert(QStringLiteral("unknown"), QJsonObject {});
        actor.insert(QStringLiteral("unknown"),
            QJsonObject { { QStringLiteral("notes"),
                QStringLiteral("The source articles do not say who or what caused the incident.") } });
    }
    veris.insert(QStringLiteral("action"), action);
    veris.insert(QStringLiteral("actor"), actor);
    veris.insert(QStringLiteral("asset"),
        QJsonObject { { QStringLiteral("assets"),
                          QJsonArray { QJsonObject { { QStringLiteral("variety"), QStringLiteral("Unknown") } } } },
            { QStringLiteral("cloud"), one(QStringLiteral("Unknown")) } });

    // attribute.confidentiality from the data categories and the affected count.
    const bool counted = record.affectedCount && unitCountsRecords(record.affectedUnit);
    if (!record.dataExposed.isEmpty() || counted) {
        QJsonObject confidentiality { { QStringLiteral("data_disclosure"),
            record.dataExposed.isEmpty() ? QStringLiteral("Unknown") : QStringLiteral("Yes") } };
        QJsonArray data;
        QStringList seen;
        for (const QString &exposed : record.dataExposed) {
            const QString variety = dataVariety(exposed);
            if (!seen.contains(variety)) {
                seen.append(variety);
                data.append(QJsonObject { { QStringLiteral("variety"), variety } });
            }
        }
        if (!data.isEmpty()) {
            confidentiality.insert(QStringLiteral("data"), data);
        }
        if (counted) {
            confidentiality.insert(QStringLiteral("data_total"), *record.affectedCount);
        }
        if (const QString victim = dataVictim(record.affectedUnit); !victim.isEmpty()) {
            confidentiality.insert(QStringLiteral("data_victim"), one(victim));
        }
        veris.insert(
            QStringLiteral("attribute"), QJsonObject { { QStringLiteral("confidentiality"), confidentiality } });
    }

    // timeline.incident: the incident date, else the first article's date, else when the record was made.
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"));
    QRegularExpressionMatch date = datePattern.match(record.incidentDate);
    for (qsizetype i = 0; !date.hasMatch() && i < sources.size(); ++i) {
        date = datePattern.match(sources.at(i).published);
    }
    QJsonObject incident;
    if (date.hasMatch()) {
        incident.insert(QStringLiteral("year"), date.captured(1).toInt());
        if (date.hasCaptured(2)) {
            incident.insert(QStringLiteral("month"), date.captured(2).toInt());
        }
        if (date.hasCaptured(3)) {
            incident.insert(QStringLiteral("day"), date.captured(3).toInt());
        }
    } else {
        incident.insert(QStringLiteral("year"),
            (record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc()).date().year());
    }
    if (!record.incidentDate.isEmpty()) {
        if (const QString time = twelveHourTime(record.startTime); !time.isEmpty()) {
            incident.insert(QStringLiteral("time"), time);
        }
    }
    veris.insert(QStringLiteral("timeline"), QJsonObject { { QStringLiteral("incident"), incident } });

    // discovery_method from discovered_by.
    veris.insert(QStringLiteral("discovery_method"), discoveryMethod(record.discoveredBy));
    if (record.discoveredBy == QLatin1String("authority")) {
        veris.insert(QStringLiteral("discovery_notes"), QStringLiteral("Discovered by an authority."));
    }

    QJsonObject victim { { QStringLiteral("country"), one(QStringLiteral("Unknown")) },
        { QStringLiteral("employee_count"), QStringLiteral("Unknown") },
        { QStringLiteral("industry"), QStringLiteral("000") },
        { QStringLiteral("government"), one(QStringLiteral("Unknown")) } };
    if (!record.organization.isEmpty()) {
        victim.insert(QStringLiteral("victim_id"), record.organization);
    }
    veris.insert(QStringLiteral("victim"), victim);

    QJsonObject plus;
    switch (record.reviewStatus) {
    case ReviewStatus::Reviewed:
        plus.insert(QStringLiteral("analysis_status"), QStringLiteral("Reviewed"));
        break;
    case ReviewStatus::FirstPass:
        plus.insert(QStringLiteral("analysis_status"), QStringLiteral("First pass"));
        break;
    case ReviewStatus::Draft:
        plus.insert(QStringLiteral("analysis_status"), QStringLiteral("Needs review"));
        break;
    }
    if (!record.analyst.isEmpty()) {
        plus.insert(QStringLiteral("analyst"), record.analyst);
    }
    if (record.createdAt.isValid()) {
        plus.insert(QStringLiteral("created"), record.createdAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (record.modifiedAt.isValid()) {
        plus.insert(QStringLiteral("modified"), record.modifiedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    veris.insert(QStringLiteral("plus"), plus);
    return veris;
}

} // namespace Iwb
