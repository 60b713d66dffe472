// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Iwb {

/// Whether the file the connection has open is no longer the one at its path (deleted, or replaced by
/// a rename). SQLite would go on writing into the WAL of a deleted file, and lose it all at close.
/// Internal to model/storage.
bool storeFileHasMoved(const QSqlDatabase &database);

/// A write transaction of the store: rolls back unless commit() was called, so every early return leaves
/// the store as it was. Does not begin on a store file that was deleted or replaced while open
/// (storeFileHasMoved()). Internal to model/storage.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    /// Why the transaction did not begin.
    QSqlError error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace Iwb
