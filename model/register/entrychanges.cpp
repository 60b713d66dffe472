// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "entrychanges.h"

#include "register/registerdocument.h"

#include <QJsonArray>

#include <algorithm>

namespace Iwb {

namespace {

    /// The value of @p field as the authority reads it: a list of ids as a set (the order the ids were entered in
    /// is not news), a time as its instant (the same instant entered in another zone is the same time).
    QJsonValue comparable(const RegisterEntry &entry, const QString &field)
    {
        QJsonValue value = entry.fieldValue(field);
        switch (RegisterEntry::kindOf(field)) {
        case RegisterEntry::FieldKind::List:
        case RegisterEntry::FieldKind::Nature: {
            QStringList ids;
            for (const auto &id : value.toArray()) {
                ids.append(id.toString());
            }
            std::sort(ids.begin(), ids.end());
            return QJsonArray::fromStringList(ids);
        }
        case RegisterEntry::FieldKind::Time:
            return value.isObject() ? value.toObject().value(QStringLiteral("utc")) : value;
        default:
            return value;
        }
    }

} // namespace

QList<FieldChange> EntryChanges::between(const RegisterEntry &sent, const RegisterEntry &now)
{
    QList<FieldChange> changes;
    for (const QString &field : RegisterEntry::fieldIds()) {
        if (field == QLatin1String("status") || comparable(sent, field) == comparable(now, field)) {
            continue;
        }
        changes.append({ field, RegisterDocument::fieldText(sent, field), RegisterDocument::fieldText(now, field) });
    }
    return changes;
}

} // namespace Iwb
