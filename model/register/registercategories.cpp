// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registercategories.h"

#include <QHash>

namespace Iwb {

const QStringList &RegisterCategories::ids()
{
    static const QStringList list { QStringLiteral("identification"), QStringLiteral("contact"),
        QStringLiteral("credentials"), QStringLiteral("bank_payment"), QStringLiteral("identity_documents"),
        QStringLiteral("location"), QStringLiteral("communication"), QStringLiteral("usage"), QStringLiteral("images"),
        QStringLiteral("other") };
    return list;
}

const QStringList &RegisterCategories::specialIds()
{
    static const QStringList list { QStringLiteral("health"), QStringLiteral("ethnic_origin"),
        QStringLiteral("political_opinions"), QStringLiteral("religion"), QStringLiteral("trade_union"),
        QStringLiteral("genetic"), QStringLiteral("biometric"), QStringLiteral("sex_life") };
    return list;
}

const QStringList &RegisterCategories::riskCriterionIds()
{
    static const QStringList list { QStringLiteral("sensitivity"), QStringLiteral("number_of_people"),
        QStringLiteral("identifiability"), QStringLiteral("severity"), QStringLiteral("permanence"),
        QStringLiteral("vulnerable_people"), QStringLiteral("financial_loss"), QStringLiteral("professional_secrecy") };
    return list;
}

QString RegisterCategories::fromRecordCategory(const QString &recordCategory)
{
    static const QHash<QString, QString> mapping {
        { QStringLiteral("names"), QStringLiteral("identification") },
        { QStringLiteral("dates_of_birth"), QStringLiteral("identification") },
        { QStringLiteral("email_addresses"), QStringLiteral("contact") },
        { QStringLiteral("phone_numbers"), QStringLiteral("contact") },
        { QStringLiteral("postal_addresses"), QStringLiteral("contact") },
        { QStringLiteral("account_data"), QStringLiteral("credentials") },
        { QStringLiteral("credentials"), QStringLiteral("credentials") },
        { QStringLiteral("payment_cards"), QStringLiteral("bank_payment") },
        { QStringLiteral("bank_accounts"), QStringLiteral("bank_payment") },
        { QStringLiteral("financial_data"), QStringLiteral("bank_payment") },
        { QStringLiteral("id_documents"), QStringLiteral("identity_documents") },
        { QStringLiteral("ip_addresses"), QStringLiteral("usage") },
        { QStringLiteral("location"), QStringLiteral("location") },
        { QStringLiteral("communications"), QStringLiteral("communication") },
        { QStringLiteral("support_records"), QStringLiteral("communication") },
        { QStringLiteral("loyalty_points"), QStringLiteral("usage") },
        { QStringLiteral("photos"), QStringLiteral("images") },
        { QStringLiteral("other"), QStringLiteral("other") },
    };
    return mapping.value(recordCategory);
}

QString RegisterCategories::specialFromRecordCategory(const QString &recordCategory)
{
    return recordCategory == QLatin1String("health_data") ? QStringLiteral("health") : QString();
}

QString RegisterCategories::germanLabel(const QString &id)
{
    static const QHash<QString, QString> labels {
        { QStringLiteral("identification"), QStringLiteral("Identifikationsdaten (Name, Geburtsdatum)") },
        { QStringLiteral("contact"), QStringLiteral("Kontaktdaten (E-Mail, Telefon, Anschrift)") },
        { QStringLiteral("credentials"), QStringLiteral("Zugangsdaten und Kontodaten") },
        { QStringLiteral("bank_payment"), QStringLiteral("Bank- und Zahlungsdaten") },
        { QStringLiteral("identity_documents"), QStringLiteral("Ausweisdaten") },
        { QStringLiteral("location"), QStringLiteral("Standortdaten") },
        { QStringLiteral("communication"), QStringLiteral("Kommunikationsinhalte") },
        { QStringLiteral("usage"), QStringLiteral("Nutzungsdaten (IP-Adressen, Kundenkonto)") },
        { QStringLiteral("images"), QStringLiteral("Bilddaten") },
        { QStringLiteral("other"), QStringLiteral("sonstige Daten") },
        { QStringLiteral("health"), QStringLiteral("Gesundheitsdaten") },
        { QStringLiteral("ethnic_origin"), QStringLiteral("rassische oder ethnische Herkunft") },
        { QStringLiteral("political_opinions"), QStringLiteral("politische Meinungen") },
        { QStringLiteral("religion"), QStringLiteral("religiöse oder weltanschauliche Überzeugungen") },
        { QStringLiteral("trade_union"), QStringLiteral("Gewerkschaftszugehörigkeit") },
        { QStringLiteral("genetic"), QStringLiteral("genetische Daten") },
        { QStringLiteral("biometric"), QStringLiteral("biometrische Daten zur Identifizierung") },
        { QStringLiteral("sex_life"), QStringLiteral("Sexualleben oder sexuelle Orientierung") },
        { QStringLiteral("sensitivity"), QStringLiteral("Art und Sensibilität der Daten") },
        { QStringLiteral("number_of_people"), QStringLiteral("Zahl der Betroffenen") },
        { QStringLiteral("identifiability"), QStringLiteral("Identifizierbarkeit der Betroffenen") },
        { QStringLiteral("severity"), QStringLiteral("Schwere der Folgen") },
        { QStringLiteral("permanence"), QStringLiteral("Dauerhaftigkeit der Folgen") },
        { QStringLiteral("vulnerable_people"), QStringLiteral("besonders schutzbedürftige Personen") },
        { QStringLiteral("financial_loss"), QStringLiteral("finanzieller Schaden") },
        { QStringLiteral("professional_secrecy"), QStringLiteral("Berufsgeheimnis") },
    };
    return labels.value(id, id);
}

} // namespace Iwb
