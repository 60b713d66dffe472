// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * The register's vocabularies, as the German authorities' forms group them, with their German words for the
 * report: categories of personal data, the special categories of Art. 9, the risk criteria of DSK short paper
 * no. 18. The incident record's finer data categories map onto them (fromRecordCategory()).
 */
class RegisterCategories
{
public:
    /// identification, contact, credentials, bank_payment, identity_documents, location, communication,
    /// usage, images, other.
    static const QStringList &ids();
    /// Art. 9(1): health, ethnic_origin, political_opinions, religion, trade_union, genetic, biometric,
    /// sex_life.
    static const QStringList &specialIds();
    /// DSK short paper no. 18: sensitivity, number_of_people, identifiability, severity, permanence,
    /// vulnerable_people, financial_loss, professional_secrecy.
    static const QStringList &riskCriterionIds();

    /// The register category of an incident record's data category ("email_addresses" → "contact");
    /// empty for a special category (see specialFromRecordCategory()) and for an unknown id.
    static QString fromRecordCategory(const QString &recordCategory);
    /// The Art. 9 category a record's data category is ("health_data" → "health"); empty if none.
    static QString specialFromRecordCategory(const QString &recordCategory);

    /// The German word for an id of any of these vocabularies (the report is a German document); the id
    /// itself when unknown.
    static QString germanLabel(const QString &id);
};

} // namespace Iwb
