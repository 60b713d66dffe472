// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/registerentry.h"

#include <QJsonObject>
#include <QString>

namespace Iwb {

/**
 * What a breach-register entry adds to an incident's VERIS record (docs/exchange.md, "VERIS and the
 * register"): the DPO's own times and totals are more exact than what the articles said, so they take the
 * record's place where VERIS has a field for them.
 *
 *  - timeline.incident from when it happened (the date and time as entered, in the entry's zone);
 *  - timeline.discovery from when it happened to when it was discovered (or, not known, when the controller
 *    became aware), timeline.containment from the discovery to its end (unless it goes on);
 *  - attribute.confidentiality / integrity / availability from the nature of the breach, with the data
 *    varieties of the register's categories (Art. 9 categories as Medical or Sensitive Personal), the number
 *    of records as data_total and the categories of data subjects as data_victim;
 *  - discovery_method from who discovered it, when that is one of the record's discoverer ids.
 *
 * VERIS has no place for the Art. 33 notification itself; the register's CSV/XLSX export carries it.
 */
class RegisterVeris
{
public:
    /// Adds what @p entry knows to @p veris (made by VerisMapper::toVeris()).
    static void addTo(QJsonObject &veris, const RegisterEntry &entry);

    /// A VERIS timeline span {unit, value} for @p seconds: the largest unit that still counts at least one,
    /// rounded to a whole number ("Minutes" under an hour, "Hours" under two days, "Days" under eight weeks,
    /// "Months" under two years, then "Years").
    static QJsonObject span(qint64 seconds);
    /// The VERIS data variety of a register data category or Art. 9 category ("health" -> "Medical").
    static QString dataVariety(const QString &registerCategory);
    /// The VERIS data_victim of a category of data subjects ("patients" -> "Patient"), "Other" for the rest.
    static QString dataVictim(const QString &subjectCategory);
};

} // namespace Iwb
