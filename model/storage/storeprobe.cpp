// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storeprobe.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Iwb {

bool StoreProbe::isExistingStore(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("Iwb::StoreProbe", "%1: no such file").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = QCoreApplication::translate("Iwb::StoreProbe", "%1: is not a file").arg(path);
        return false;
    }
    if (info.size() == 0) {
        *error = QCoreApplication::translate(
            "Iwb::StoreProbe", "%1: is not an Incident Workbench database (the file is empty)")
                     .arg(path);
        return false;
    }
    static QAtomicInt counter;
    const QString connection = QStringLiteral("iwb-store-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            *error = QCoreApplication::translate("Iwb::StoreProbe", "%1: cannot open the database").arg(path);
        } else {
            QSqlQuery query(database);
            if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
                *error = QCoreApplication::translate(
                    "Iwb::StoreProbe", "%1: is not an Incident Workbench database (not readable as SQLite)")
                             .arg(path);
            } else if (query.value(0).toInt() < 1) {
                *error = QCoreApplication::translate(
                    "Iwb::StoreProbe", "%1: is not an Incident Workbench database (no store schema)")
                             .arg(path);
            } else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                  "AND name IN ('documents', 'facts', 'incidents')"))
                || !query.next() || query.value(0).toInt() != 3) {
                *error = QCoreApplication::translate(
                    "Iwb::StoreProbe", "%1: is not an Incident Workbench database (tables missing)")
                             .arg(path);
            } else {
                ok = true;
            }
            query.finish();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace Iwb
