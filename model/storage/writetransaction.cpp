// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "writetransaction.h"

#include "sqlitehandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace Iwb {

bool storeFileHasMoved(const QSqlDatabase &database)
{
    int moved = 0;
    sqlite3 *handle = sqliteHandle(database);
    return handle && sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &database)
    : m_database(database)
{
    // IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before anything is read.
    // A deferred transaction that reads first cannot wait later: when another program committed
    // meanwhile, SQLite fails its first write at once (SQLITE_BUSY_SNAPSHOT).
    if (storeFileHasMoved(m_database)) {
        return;
    }
    QSqlQuery begin(m_database);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_error = begin.lastError();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        m_database.rollback();
    }
}

bool WriteTransaction::commit()
{
    m_active = !m_database.commit();
    return !m_active;
}

} // namespace Iwb
