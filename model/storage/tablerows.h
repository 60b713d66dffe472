// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArrayView>
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
 * naming the database and the reason. The column accessors read the row that
 * the last next() reached.
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
    /// A null QString for NULL.
    QString text(int column) const;
    /// The column's text as stored, UTF-8, without a copy: valid until next(). A null view for NULL. What bulk
    /// writers (CSV) copy straight into their output instead of decoding and encoding it again.
    QByteArrayView utf8(int column) const;
    /// qint64, double, QString, QByteArray (BLOB), or an invalid QVariant for NULL.
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
