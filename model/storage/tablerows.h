// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace Iwb {

/**
 * The rows of one bulk read of the store, walked forward once: what exports and
 * the snapshot stream instead of loading whole tables into memory. The reader
 * that hands it out (StoreTables) documents its columns; the SQL stays in
 * model/storage.
 *
 * next() is false at the end and after a failure; errorString() tells which,
 * naming the database and the reason.
 */
class TableRows
{
public:
    TableRows(TableRows &&other) noexcept;
    TableRows &operator=(TableRows &&other) noexcept;
    ~TableRows();

    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> nullableInteger(int column) const;
    /// 0/1 columns that may be NULL (unknown).
    std::optional<bool> nullableBoolean(int column) const;
    QString text(int column) const;
    QVariant value(int column) const;
    /// Empty while all went well.
    QString errorString() const;

private:
    friend class StoreTables;
    class Private;
    explicit TableRows(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Iwb
