// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerveris.h"

#include "exchange/verismapper.h"
#include "incident/incidentrecord.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace Iwb {

namespace {

    QJsonObject timelineDate(const ZonedTime &time)
    {
        const QDateTime local = time.local();
        QJsonObject incident { { QStringLiteral("year"), local.date().year() },
            { QStringLiteral("month"), local.date().month() }, { QStringLiteral("day"), local.date().day() } };
        const QString clock = VerisMapper::twelveHourTime(local.time().toString(QStringLiteral("HH:mm")));
        if (!clock.isEmpty()) {
            incident.insert(QStringLiteral("time"), clock);
        }
        return incident;
    }

    void appendOnce(QJsonArray &items, const QString &variety)
    {
        for (const auto &item : std::as_const(items)) {
            if (item[QStringLiteral("variety")].toString() == variety) {
                return;
            }
        }
        items.append(QJsonObject { { QStringLiteral("variety"), variety } });
    }

    /// The VERIS attribute object of one of the three natures, keeping what the record's mapping put there.
    QJsonObject attributeWithUnknownVariety(const QJsonObject &existing)
    {
        QJsonObject attribute = existing;
        if (!attribute.contains(QStringLiteral("variety"))) {
            attribute.insert(QStringLiteral("variety"), QJsonArray { QStringLiteral("Unknown") });
        }
        return attribute;
    }

} // namespace

QJsonObject RegisterVeris::span(qint64 seconds)
{
    struct Unit
    {
        const char *name;
        double seconds;
        double below; ///< this unit is used for spans shorter than this many seconds
    };
    static constexpr double minute = 60;
    static constexpr double hour = 3600;
    static constexpr double day = 86400;
    static constexpr Unit units[] = {
        { "Seconds", 1, minute },
        { "Minutes", minute, hour },
        { "Hours", hour, 2 * day },
        { "Days", day, 56 * day },
        { "Months", 30.44 * day, 730 * day },
        { "Years", 365.25 * day, 0 },
    };
    const double length = static_cast<double>(std::max<qint64>(seconds, 0));
    for (const Unit &unit : units) {
        if (unit.below == 0 || length < unit.below) {
            const double value = std::max(1.0, std::round(length / unit.seconds));
            return { { QStringLiteral("unit"), QLatin1String(unit.name) },
                { QStringLiteral("value"), seconds <= 0 ? 0.0 : value } };
        }
    }
    return {};
}

QString RegisterVeris::dataVariety(const QString &registerCategory)
{
    static const QHash<QString, QString> varieties {
        { QStringLiteral("identification"), QStringLiteral("Personal") },
        { QStringLiteral("contact"), QStringLiteral("Personal") },
        { QStringLiteral("credentials"), QStringLiteral("Credentials") },
        { QStringLiteral("bank_payment"), QStringLiteral("Bank") },
        { QStringLiteral("identity_documents"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("location"), QStringLiteral("Personal") },
        { QStringLiteral("communication"), QStringLiteral("Personal") },
        { QStringLiteral("usage"), QStringLiteral("Personal") },
        { QStringLiteral("images"), QStringLiteral("Personal") },
        { QStringLiteral("other"), QStringLiteral("Other") },
        // Art. 9: VERIS has Medical for health and genetic data; the others are its Sensitive Personal.
        { QStringLiteral("health"), QStringLiteral("Medical") },
        { QStringLiteral("genetic"), QStringLiteral("Medical") },
        { QStringLiteral("ethnic_origin"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("political_opinions"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("religion"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("trade_union"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("biometric"), QStringLiteral("Sensitive Personal") },
        { QStringLiteral("sex_life"), QStringLiteral("Sensitive Personal") },
    };
    return varieties.value(registerCategory, QStringLiteral("Unknown"));
}

QString RegisterVeris::dataVictim(const QString &subjectCategory)
{
    static const QHash<QString, QString> victims {
        { QStringLiteral("customers"), QStringLiteral("Customer") },
        { QStringLiteral("users"), QStringLiteral("Customer") },
        { QStringLiteral("members"), QStringLiteral("Customer") },
        { QStringLiteral("employees"), QStringLiteral("Employee") },
        { QStringLiteral("applicants"), QStringLiteral("Employee") },
        { QStringLiteral("patients"), QStringLiteral("Patient") },
        { QStringLiteral("students"), QStringLiteral("Student") },
        { QStringLiteral("pupils"), QStringLiteral("Student") },
        { QStringLiteral("partners"), QStringLiteral("Partner") },
        { QStringLiteral("suppliers"), QStringLiteral("Partner") },
    };
    return victims.value(subjectCategory.trimmed().toLower(), QStringLiteral("Other"));
}

void RegisterVeris::addTo(QJsonObject &veris, const RegisterEntry &entry)
{
    QJsonObject timeline = veris.value(QStringLiteral("timeline")).toObject();
    if (!entry.occurredStart.isNull()) {
        timeline.insert(QStringLiteral("incident"), timelineDate(entry.occurredStart));
        const ZonedTime &found = entry.discovered.isNull() ? entry.becameAware : entry.discovered;
        if (!found.isNull()) {
            timeline.insert(QStringLiteral("discovery"), span(entry.occurredStart.utc.secsTo(found.utc)));
        }
    }
    const ZonedTime &discovery = entry.discovered.isNull() ? entry.becameAware : entry.discovered;
    if (!entry.ongoing && !entry.occurredEnd.isNull() && !discovery.isNull()
        && entry.occurredEnd.utc >= discovery.utc) {
        timeline.insert(QStringLiteral("containment"), span(discovery.utc.secsTo(entry.occurredEnd.utc)));
    }
    veris.insert(QStringLiteral("timeline"), timeline);

    QJsonObject attribute = veris.value(QStringLiteral("attribute")).toObject();
    if (entry.confidentiality) {
        QJsonObject confidentiality = attribute.value(QStringLiteral("confidentiality")).toObject();
        confidentiality.insert(QStringLiteral("data_disclosure"), QStringLiteral("Yes"));
        QJsonArray data = confidentiality.value(QStringLiteral("data")).toArray();
        for (const QString &category : entry.dataCategories + entry.specialCategories) {
            appendOnce(data, dataVariety(category));
        }
        if (!data.isEmpty()) {
            confidentiality.insert(QStringLiteral("data"), data);
        }
        if (entry.recordsCount) {
            confidentiality.insert(QStringLiteral("data_total"), *entry.recordsCount);
        }
        QJsonArray victims;
        for (const QString &category : entry.subjectCategories) {
            if (const QString victim = dataVictim(category); !victims.contains(victim)) {
                victims.append(victim);
            }
        }
        if (!victims.isEmpty()) {
            confidentiality.insert(QStringLiteral("data_victim"), victims);
        }
        attribute.insert(QStringLiteral("confidentiality"), confidentiality);
    }
    if (entry.integrity) {
        attribute.insert(QStringLiteral("integrity"),
            attributeWithUnknownVariety(attribute.value(QStringLiteral("integrity")).toObject()));
    }
    if (entry.availability) {
        attribute.insert(QStringLiteral("availability"),
            attributeWithUnknownVariety(attribute.value(QStringLiteral("availability")).toObject()));
    }
    if (!attribute.isEmpty()) {
        veris.insert(QStringLiteral("attribute"), attribute);
    }

    if (IncidentRecord::discovererIds().contains(entry.discoveredHow)) {
        veris.insert(QStringLiteral("discovery_method"), VerisMapper::discoveryMethod(entry.discoveredHow));
    }
}

} // namespace Iwb
