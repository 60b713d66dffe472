// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "tablerows.h"

#include "tablerows_p.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace Iwb {

TableRows::TableRows(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

TableRows::TableRows(TableRows &&other) noexcept = default;
TableRows &TableRows::operator=(TableRows &&other) noexcept = default;
TableRows::~TableRows() = default;

bool TableRows::next()
{
    if (!d->statement) {
        return false;
    }
    const int status = sqlite3_step(d->statement);
    d->onRow = status == SQLITE_ROW;
    if (d->onRow) {
        return true;
    }
    if (status != SQLITE_DONE && d->error.isEmpty()) {
        d->error = QCoreApplication::translate("Iwb::StoreTables", "%1: reading the store failed (%2)")
                       .arg(d->databasePath, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(d->statement))));
    }
    // Done: the statement goes at once, so that it holds no read lock while the caller goes on.
    sqlite3_finalize(d->statement);
    d->statement = nullptr;
    return false;
}

bool TableRows::isNull(int column) const
{
    Q_ASSERT(d->onRow);
    return sqlite3_column_type(d->statement, column) == SQLITE_NULL;
}

qint64 TableRows::integer(int column) const
{
    Q_ASSERT(d->onRow);
    return sqlite3_column_int64(d->statement, column);
}

std::optional<qint64> TableRows::nullableInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

std::optional<bool> TableRows::nullableBoolean(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<bool>(integer(column) != 0);
}

QByteArrayView TableRows::utf8(int column) const
{
    Q_ASSERT(d->onRow);
    // The text first, then its length: the order SQLite documents for a value that may be converted.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(d->statement, column));
    const int bytes = sqlite3_column_bytes(d->statement, column);
    return text ? QByteArrayView(text, bytes) : QByteArrayView();
}

QString TableRows::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    // NULL reads as a null QString, '' as an empty one, as through Qt SQL.
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

QVariant TableRows::value(int column) const
{
    Q_ASSERT(d->onRow);
    switch (sqlite3_column_type(d->statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(d->statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(d->statement, column));
    case SQLITE_BLOB: {
        const void *blob = sqlite3_column_blob(d->statement, column);
        return QVariant(QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(d->statement, column)));
    }
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(text(column));
    }
}

QString TableRows::errorString() const
{
    return d->error;
}

} // namespace Iwb
