// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "reportcheck.h"

#include "register/deadlines.h"

#include <QHash>

namespace Iwb {

QString ReportReadiness::germanText() const
{
    QStringList parts;
    const auto labels = [](const QStringList &fields) {
        QStringList words;
        for (const QString &field : fields) {
            words.append(ReportCheck::germanFieldLabel(field));
        }
        return words.join(QStringLiteral(", "));
    };
    if (!missing.isEmpty()) {
        parts.append(QStringLiteral("Es fehlen: ") + labels(missing));
    }
    if (!unconfirmed.isEmpty()) {
        parts.append(QStringLiteral("aus dem Artikel übernommen, noch nicht bestätigt: ") + labels(unconfirmed));
    }
    return parts.join(QStringLiteral("; "));
}

ReportReadiness ReportCheck::check(
    const RegisterEntry &entry, const BreachRegister &breachRegister, const QDateTime &now)
{
    ReportReadiness readiness;
    const auto require = [&readiness](bool present, const char *field) {
        if (!present) {
            readiness.missing.append(QLatin1String(field));
        }
    };
    require(!breachRegister.controllerName.trimmed().isEmpty(), "controller_name");
    require(!breachRegister.contactName.trimmed().isEmpty()
            && !(breachRegister.contactEmail.trimmed().isEmpty() && breachRegister.contactPhone.trimmed().isEmpty()),
        "contact");
    require(!breachRegister.authority.trimmed().isEmpty(), "authority");
    require(!entry.becameAware.isNull(), "became_aware");
    require(entry.confidentiality || entry.integrity || entry.availability, "nature");
    require(!entry.description.trimmed().isEmpty(), "description");
    require(entry.subjectsCount.has_value(), "subjects_count");
    require(
        !entry.dataCategories.isEmpty() || !entry.specialCategories.isEmpty() || entry.criminalData, "data_categories");
    require(!entry.consequences.trimmed().isEmpty(), "consequences");
    require(!(entry.measuresTaken.trimmed().isEmpty() && entry.measuresProposed.trimmed().isEmpty()), "measures_taken");
    require(entry.risk != RiskLevel::Unassessed, "risk_level");
    require(entry.notifyAuthority.yes == true, "notify_authority");
    if (!entry.becameAware.isNull()) {
        const QDateTime due = DeadlineArithmetic::hoursAfter(entry.becameAware, 72, breachRegister.hourCounting);
        require(now <= due || !entry.delayReason.trimmed().isEmpty(), "delay_reason");
    }
    readiness.unconfirmed = entry.unconfirmedFields();
    return readiness;
}

QString ReportCheck::germanFieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels {
        { QStringLiteral("controller_name"), QStringLiteral("Verantwortlicher") },
        { QStringLiteral("contact"), QStringLiteral("Datenschutzbeauftragter oder Anlaufstelle mit Kontakt") },
        { QStringLiteral("authority"), QStringLiteral("zuständige Aufsichtsbehörde") },
        { QStringLiteral("became_aware"), QStringLiteral("Zeitpunkt der Kenntnisnahme") },
        { QStringLiteral("occurred_start"), QStringLiteral("Beginn der Verletzung") },
        { QStringLiteral("occurred_end"), QStringLiteral("Ende der Verletzung") },
        { QStringLiteral("ongoing"), QStringLiteral("dauert an") },
        { QStringLiteral("discovered"), QStringLiteral("Zeitpunkt der Entdeckung") },
        { QStringLiteral("discovered_how"), QStringLiteral("entdeckt durch") },
        { QStringLiteral("nature"), QStringLiteral("Art der Verletzung") },
        { QStringLiteral("description"), QStringLiteral("Beschreibung des Vorfalls") },
        { QStringLiteral("cause"), QStringLiteral("Ursache") },
        { QStringLiteral("attack"), QStringLiteral("Angriff von außen") },
        { QStringLiteral("subjects_count"), QStringLiteral("ungefähre Zahl der betroffenen Personen") },
        { QStringLiteral("subjects_unit"), QStringLiteral("gezählt als") },
        { QStringLiteral("subject_categories"), QStringLiteral("Kategorien betroffener Personen") },
        { QStringLiteral("records_count"), QStringLiteral("ungefähre Zahl der Datensätze") },
        { QStringLiteral("data_categories"), QStringLiteral("Kategorien personenbezogener Daten") },
        { QStringLiteral("special_categories"), QStringLiteral("besondere Kategorien (Art. 9 DSGVO)") },
        { QStringLiteral("criminal_data"), QStringLiteral("Daten über Straftaten (Art. 10 DSGVO)") },
        { QStringLiteral("consequences"), QStringLiteral("wahrscheinliche Folgen") },
        { QStringLiteral("measures_taken"), QStringLiteral("ergriffene Maßnahmen") },
        { QStringLiteral("measures_proposed"), QStringLiteral("vorgeschlagene Maßnahmen") },
        { QStringLiteral("risk_level"), QStringLiteral("Risikostufe") },
        { QStringLiteral("risk_reasons"), QStringLiteral("Begründung der Risikobewertung") },
        { QStringLiteral("risk_criteria"), QStringLiteral("Kriterien der Risikobewertung") },
        { QStringLiteral("notify_authority"), QStringLiteral("Entscheidung: Meldung an die Aufsichtsbehörde") },
        { QStringLiteral("notify_justification"), QStringLiteral("Begründung der Meldeentscheidung") },
        { QStringLiteral("inform_subjects"), QStringLiteral("Entscheidung: Benachrichtigung der Betroffenen") },
        { QStringLiteral("inform_justification"), QStringLiteral("Begründung der Benachrichtigungsentscheidung") },
        { QStringLiteral("delay_reason"), QStringLiteral("Gründe für die Verzögerung (mehr als 72 Stunden)") },
        { QStringLiteral("status"), QStringLiteral("Status") },
    };
    return labels.value(field, field);
}

} // namespace Iwb
