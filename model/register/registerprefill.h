// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"
#include "register/breachregister.h"
#include "register/registerentry.h"

namespace Iwb {

/**
 * Fills a new register entry from the curated incident record: affected count and unit, data categories
 * (mapped to the register's, special categories of Art. 9 detected), start and end, discovery, cause,
 * attack, and whether the authority and the affected were notified. Every value it sets keeps the record's
 * evidence for it (the fact ids) as a FieldOrigin, unconfirmed: the analyst confirms or corrects each one.
 * What the record does not state stays empty and has no origin.
 */
class RegisterPrefill
{
public:
    /// An entry of @p breachRegister for @p record; times are read in the register's zone.
    static RegisterEntry fromRecord(const IncidentRecord &record, const BreachRegister &breachRegister);
};

} // namespace Iwb
