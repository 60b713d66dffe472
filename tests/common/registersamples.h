// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/registerentry.h"

/// The register tests' common case: the payment app whose update showed 9,500 customers other customers'
/// account data for 31 minutes (times in January 2026, Berlin). The facts only; each test adds its own
/// assessment, decisions and texts.
inline Iwb::RegisterEntry appUpdateEntry(qint64 registerId, qint64 incidentId)
{
    using namespace Qt::StringLiterals;
    Iwb::RegisterEntry entry;
    entry.registerId = registerId;
    entry.incidentId = incidentId;
    entry.becameAware = Iwb::ZonedTime::fromLocal(QDate(2026, 1, 15), QTime(12, 0), "Europe/Berlin");
    entry.occurredStart = Iwb::ZonedTime::fromLocal(QDate(2026, 1, 15), QTime(10, 49), "Europe/Berlin");
    entry.occurredEnd = Iwb::ZonedTime::fromLocal(QDate(2026, 1, 15), QTime(11, 20), "Europe/Berlin");
    entry.confidentiality = true;
    entry.description = u"Nach einem App-Update sahen Kundinnen und Kunden fremde Kontodaten."_s;
    entry.cause = u"software_error"_s;
    entry.attack = false;
    entry.subjectsCount = 9500;
    entry.subjectsUnit = u"customers"_s;
    entry.dataCategories = { u"identification"_s, u"bank_payment"_s };
    entry.measuresTaken = u"Update nach 31 Minuten zurückgenommen, Sitzungen beendet."_s;
    return entry;
}
