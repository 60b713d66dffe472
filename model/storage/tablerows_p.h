// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/sqlitehandle.h"
#include "storage/tablerows.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace Iwb {

/**
 * The statement behind TableRows; only model/storage sees it.
 *
 * A bulk read steps an SQLite statement itself, on the handle of the store's Qt SQL connection
 * (QSqlDriver::handle(), so inside the same read transaction), instead of through QSqlQuery:
 * QSqlQuery turns every column of every row into a QVariant holding a UTF-16 QString, which
 * SQLite has to convert from the UTF-8 it stores, and an export turns it back into UTF-8. That
 * round trip was more than half of a CSV export's time; TableRows::utf8() hands out the stored bytes.
 */
class TableRows::Private
{
public:
    Private(const QSqlDatabase &database, sqlite3_stmt *statement, QString databasePath)
        : database(database)
        , statement(statement)
        , databasePath(std::move(databasePath))
    {
    }
    ~Private() { sqlite3_finalize(statement); }
    Private(const Private &) = delete;
    Private &operator=(const Private &) = delete;

    QSqlDatabase database; ///< keeps the connection the statement runs on
    sqlite3_stmt *statement;
    QString databasePath;
    QString error;
    bool onRow = false;
};

} // namespace Iwb
