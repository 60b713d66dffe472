// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/registerentry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Iwb {

/**
 * A register entry's fields written as text and read back, for `incident-cli register set ENTRY FIELD=VALUE`
 * and anything else that edits one field at a time:
 * times "2026-01-15 12:00" in the register's zone, or "2026-01-15 12:00 Europe/Berlin"; lists comma-separated
 * ids; yes/no for decisions and flags (empty: not decided); whole numbers for counts; ids for the risk level
 * and the status. A value the analyst sets is theirs: its pre-fill origin is dropped.
 */
class EntryFieldText
{
public:
    /// Sets @p field of @p entry from @p text; false with @p error ("FIELD: reason") for an unknown field or a
    /// value it cannot read, leaving @p entry unchanged.
    static bool set(
        RegisterEntry &entry, const QString &field, const QString &text, const QByteArray &defaultZone, QString *error);
    /// "2026-01-15 12:00[:ss]" in @p defaultZone, or followed by an IANA zone; also with a 'T'. A null
    /// ZonedTime for empty text; nullopt for text that is not such a time.
    static std::optional<ZonedTime> parseTime(const QString &text, const QByteArray &defaultZone);
};

} // namespace Iwb
