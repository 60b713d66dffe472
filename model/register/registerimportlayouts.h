// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * The column mappings the analyst chose for spreadsheet registers, one per layout
 * (RegisterImport::layoutKey()): the next file with the same headers is mapped the same way, in the
 * workbench and in `incident-cli register import`. Kept as JSON in the user's configuration folder
 * (defaultPath()), written atomically; a missing or unreadable file is an empty memory.
 */
class RegisterImportLayouts
{
public:
    explicit RegisterImportLayouts(const QString &path = defaultPath());

    /// `register-import-layouts.json` in the application's configuration folder.
    static QString defaultPath();

    /// The mapping remembered for @p layoutKey, or empty.
    QStringList mappingFor(const QString &layoutKey) const;
    /// Remembers @p mapping for @p layoutKey; false with @p error when the file cannot be written.
    bool remember(const QString &layoutKey, const QStringList &mapping, QString *error) const;

private:
    QString m_path;
};

} // namespace Iwb
