// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/registerentry.h"

#include <QDateTime>
#include <QStringList>

namespace Iwb {

/// What keeps a notification report from being produced.
struct ReportReadiness
{
    QStringList missing; ///< field ids (RegisterEntry::fieldIds(), or controller_name, contact, authority)
    QStringList unconfirmed; ///< pre-filled fields the analyst has not confirmed yet

    bool isReady() const { return missing.isEmpty() && unconfirmed.isEmpty(); }
    /// "Es fehlen: Zeitpunkt der Kenntnisnahme, …; nicht bestätigt: …" for messages.
    QString germanText() const;
};

/**
 * The required-field check before a notification report for the authority: the minimum content of
 * Art. 33(3) (a)–(d), the moment of awareness, the risk assessment, the decision to notify, and, past the
 * 72 hours, the reasons for the delay (Art. 33(1)). Pre-filled values from an article must be confirmed:
 * nothing goes to an authority that nobody has checked.
 */
class ReportCheck
{
public:
    static ReportReadiness check(
        const RegisterEntry &entry, const BreachRegister &breachRegister, const QDateTime &now);

    /// The German name of a field id (the report and its messages are German).
    static QString germanFieldLabel(const QString &field);
};

} // namespace Iwb
