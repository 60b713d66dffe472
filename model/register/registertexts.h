// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/entryclock.h"
#include "register/registerentry.h"

#include <QCoreApplication>
#include <QString>

namespace Iwb {

/**
 * The register's words in the interface's language: field labels, statuses, risk levels, the vocabularies'
 * categories and the clock's "time left". The report for the authority stays German whatever the interface
 * speaks (ReportCheck::germanFieldLabel(), RegisterCategories::germanLabel()); these are for the screens.
 */
class RegisterTexts
{
    Q_DECLARE_TR_FUNCTIONS(RegisterTexts)

public:
    /// The label of a field id of RegisterEntry::fieldIds() (and controller_name, contact, authority of the
    /// register); the id itself when unknown.
    static QString fieldLabel(const QString &field);
    /// The article of the law a field serves, for tooltips ("Art. 33(3)(a) GDPR").
    static QString fieldLaw(const QString &field);
    static QString statusText(EntryStatus status);
    static QString riskText(RiskLevel level);
    /// A category of RegisterCategories (data, special, risk criterion); the id itself when unknown.
    static QString categoryLabel(const QString &id);
    /// "2 d 5 h", "31 min": a span of time in whole minutes (the sign ignored).
    static QString durationText(qint64 seconds);
    /// "2 d 5 h left", "31 min overdue": how long until (or since) a deadline, in whole minutes.
    static QString timeLeftText(qint64 seconds);
    /// What an entry's clock says: the time left or overdue, "sent in time", "sent late", "no notification"
    /// (decided not to notify, or documented only), or "awareness not stated".
    static QString clockText(const EntryClock &clock);
};

} // namespace Iwb
