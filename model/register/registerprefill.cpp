// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerprefill.h"

#include "register/registercategories.h"

#include <QDate>
#include <QTime>

namespace Iwb {

namespace {

    /// The evidence of the record's fields @p recordFields, in order, without repeats.
    QList<qint64> evidenceOf(const IncidentRecord &record, std::initializer_list<const char *> recordFields)
    {
        QList<qint64> facts;
        for (const char *field : recordFields) {
            for (const qint64 fact : record.evidence.value(QLatin1String(field))) {
                if (!facts.contains(fact)) {
                    facts.append(fact);
                }
            }
        }
        return facts;
    }

    /// Units that count records rather than people.
    bool countsRecords(const QString &unit)
    {
        return unit == QLatin1String("records") || unit == QLatin1String("datasets") || unit == QLatin1String("files");
    }

    /// The data-subject category a unit names ("patients" → "patients"); empty for units that say nothing
    /// about who the people are ("people", "users" are kept as they are).
    QString subjectCategoryOf(const QString &unit)
    {
        static const QStringList known { QStringLiteral("customers"), QStringLiteral("users"),
            QStringLiteral("patients"), QStringLiteral("employees"), QStringLiteral("students"),
            QStringLiteral("members"), QStringLiteral("children"), QStringLiteral("applicants") };
        return known.contains(unit) ? unit : QString();
    }

    ZonedTime recordTime(const QString &isoDate, const QString &time, const QByteArray &zone)
    {
        const QDate date = QDate::fromString(isoDate, Qt::ISODate);
        if (!date.isValid()) {
            return {}; // "2026-01" or "2026": no instant to put on a clock
        }
        const QTime clock = time.isEmpty() ? QTime(0, 0) : QTime::fromString(time, QStringLiteral("HH:mm"));
        return ZonedTime::fromLocal(date, clock.isValid() ? clock : QTime(0, 0), zone);
    }

} // namespace

RegisterEntry RegisterPrefill::fromRecord(const IncidentRecord &record, const BreachRegister &breachRegister)
{
    RegisterEntry entry;
    entry.registerId = breachRegister.id;
    entry.incidentId = record.id;
    const auto mark = [&entry](const char *field, const QList<qint64> &facts) {
        entry.origins.insert(QLatin1String(field), FieldOrigin { facts, false });
    };

    if (record.affectedCount) {
        const QList<qint64> facts = evidenceOf(record, { "affected_count", "affected_unit" });
        if (countsRecords(record.affectedUnit)) {
            entry.recordsCount = record.affectedCount;
            mark("records_count", facts);
        } else {
            entry.subjectsCount = record.affectedCount;
            entry.subjectsUnit = record.affectedUnit;
            mark("subjects_count", facts);
            mark("subjects_unit", facts);
            if (const QString category = subjectCategoryOf(record.affectedUnit); !category.isEmpty()) {
                entry.subjectCategories = { category };
                mark("subject_categories", facts);
            }
        }
    }

    for (const QString &recordCategory : record.dataExposed) {
        if (const QString special = RegisterCategories::specialFromRecordCategory(recordCategory); !special.isEmpty()) {
            if (!entry.specialCategories.contains(special)) {
                entry.specialCategories.append(special);
            }
        } else if (const QString category = RegisterCategories::fromRecordCategory(recordCategory);
            !category.isEmpty() && !entry.dataCategories.contains(category)) {
            entry.dataCategories.append(category);
        }
    }
    if (!record.dataExposed.isEmpty()) {
        const QList<qint64> facts = evidenceOf(record, { "data_exposed" });
        if (!entry.dataCategories.isEmpty()) {
            mark("data_categories", facts);
        }
        if (!entry.specialCategories.isEmpty()) {
            mark("special_categories", facts);
        }
        // Data that reached someone who should not have it: a breach of confidentiality (EDPB).
        entry.confidentiality = true;
        mark("nature", facts);
    }

    entry.occurredStart = recordTime(record.incidentDate, record.startTime, breachRegister.timeZone);
    if (!entry.occurredStart.isNull()) {
        mark("occurred_start", evidenceOf(record, { "incident_date", "start_time" }));
    }
    if (!record.endTime.isEmpty()) {
        entry.occurredEnd = recordTime(record.incidentDate, record.endTime, breachRegister.timeZone);
        if (!entry.occurredEnd.isNull()) {
            mark("occurred_end", evidenceOf(record, { "incident_date", "end_time" }));
        }
    }

    if (!record.discoveredBy.isEmpty()) {
        entry.discoveredHow = record.discoveredBy;
        mark("discovered_how", evidenceOf(record, { "discovered_by" }));
    }
    if (!record.cause.isEmpty()) {
        entry.cause = record.cause;
        mark("cause", evidenceOf(record, { "cause" }));
    }
    if (record.externalAttack == QLatin1String("yes") || record.externalAttack == QLatin1String("no")) {
        entry.attack = record.externalAttack == QLatin1String("yes");
        mark("attack", evidenceOf(record, { "external_attack" }));
    }
    if (record.authorityNotified) {
        entry.notifyAuthority.yes = record.authorityNotified;
        mark("notify_authority", evidenceOf(record, { "authority_notified" }));
    }
    if (record.affectedNotified) {
        entry.informSubjects.yes = record.affectedNotified;
        mark("inform_subjects", evidenceOf(record, { "affected_notified" }));
    }
    return entry;
}

} // namespace Iwb
