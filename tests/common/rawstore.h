// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

/// Reading a store behind the program's back, as an independent judge: the crash and fault tests ask
/// SQLite itself, through a connection of their own, what a killed or failed program left.
namespace IwbTest {

/// A connection of its own to a store file, closed and removed when it goes out of scope.
class RawStore
{
public:
    explicit RawStore(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~RawStore()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawStore(const RawStore &) = delete;
    RawStore &operator=(const RawStore &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    /// The rows of `PRAGMA integrity_check`: exactly {"ok"} for an intact store.
    QStringList integrityCheck() const
    {
        QStringList rows;
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return { QStringLiteral("cannot run: ") + query.lastError().text() };
        }
        while (query.next()) {
            rows.append(query.value(0).toString());
        }
        return rows;
    }

    /// The rows of @p sql with @p values bound, each a list of its columns.
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const
    {
        QList<QVariantList> result;
        QSqlQuery query(database());
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row.append(query.value(i));
            }
            result.append(row);
        }
        return result;
    }

    /// The one value @p sql selects.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        const QList<QVariantList> result = rows(sql, values);
        return result.isEmpty() || result.constFirst().isEmpty() ? QVariant() : result.constFirst().constFirst();
    }

private:
    QString m_name;
};

} // namespace IwbTest
