// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct sqlite3;

namespace Iwb {

/// The sqlite3 handle under an open Qt SQL connection (QSQLITE), for what Qt SQL does not reach (the
/// online backup API, extended result codes, file controls); nullptr for a closed or other connection.
/// Internal to model/storage.
inline sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.isOpen() || !database.driver()) {
        return nullptr;
    }
    const QVariant value = database.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(value.constData());
}

} // namespace Iwb
