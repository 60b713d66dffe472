// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "tablerows.h"

#include "tablerows_p.h"

#include <QSqlError>

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
    if (d->query.next()) {
        return true;
    }
    if (d->query.lastError().isValid() && d->error.isEmpty()) {
        d->error = d->databasePath + QStringLiteral(": reading the store failed (") + d->query.lastError().text()
            + QLatin1Char(')');
    }
    d->query.finish();
    return false;
}

bool TableRows::isNull(int column) const
{
    return d->query.isNull(column);
}

qint64 TableRows::integer(int column) const
{
    return d->query.value(column).toLongLong();
}

std::optional<qint64> TableRows::nullableInteger(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
}

std::optional<bool> TableRows::nullableBoolean(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<bool>(integer(column) != 0);
}

QString TableRows::text(int column) const
{
    return d->query.value(column).toString();
}

QVariant TableRows::value(int column) const
{
    return d->query.value(column);
}

QString TableRows::errorString() const
{
    return d->error;
}

} // namespace Iwb
