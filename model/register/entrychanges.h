// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/registerentry.h"

#include <QList>
#include <QString>

namespace Iwb {

/// One field whose value differs: its id and both values in German words (RegisterDocument::fieldText()).
struct FieldChange
{
    QString field; ///< RegisterEntry::fieldIds()
    QString before; ///< as reported
    QString after; ///< as the entry says now

    bool operator==(const FieldChange &other) const = default;
};

/**
 * What changed in an entry since a notification was sent: the fields of RegisterEntry::fieldIds() whose value
 * (RegisterEntry::fieldValue(); a list of ids compared as a set, a time by its instant whatever zone it was
 * entered in) differs between the entry as sent (SentNotification::sentContent) and the entry now, in the order of the
 * authorities' forms. The entry's workflow status is not part of what the authority was told, so it is left
 * out; so are the evidence origins and the confirmations.
 */
class EntryChanges
{
public:
    static QList<FieldChange> between(const RegisterEntry &sent, const RegisterEntry &now);
};

} // namespace Iwb
