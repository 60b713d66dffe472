// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * Where an installed workbench finds the files it ships: rule packs, sample
 * articles, themes and translations under `<datadir>/incident-workbench/`, and the
 * helper `incident-parse` under `<libexecdir>/incident-workbench/` (docs/packaging.md).
 *
 * The data folder is looked up, first match wins,
 *  1. beside the running executable's prefix (`<bindir>/../share/incident-workbench`,
 *     the relative path fixed by the build from GNUInstallDirs): an install into
 *     any prefix (`cmake --install --prefix /opt/x`) finds its own files first;
 *  2. in the XDG data folders through QStandardPaths (GenericDataLocation:
 *     `~/.local/share`, `/usr/local/share`, `/usr/share`, or `$XDG_DATA_DIRS`).
 *
 * A program run from its build folder (the developer's `build/<preset>/bin`) is
 * not installed: dataFolder() then finds nothing, so that a package installed on
 * the same machine never replaces the checkout's own rules; callers fall back to
 * what the build provides (rules compiled in as `:/rules`, the samples in the
 * source tree). What the user writes (store, settings, recovery drafts, rule
 * overrides, caches) never goes here but to QStandardPaths' writable locations.
 */
class InstalledFiles
{
public:
    /// The name of the folder under the data and libexec folders.
    static constexpr const char *folderName = "incident-workbench";

    /// True when the running executable is one of a build folder, not an installed one.
    static bool runsFromBuildFolder();

    /// The installed folder @p relative (e.g. "rules/de", "samples") under the data folder; empty
    /// when it does not exist or the program runs from its build folder.
    static QString dataFolder(const QString &relative);

    /// Every folder that may hold installed data, in lookup order, whether or not it exists (for
    /// `incident-cli paths` and messages).
    static QStringList dataSearchPath();

    /// The installed helper program @p name (under `<libexecdir>/incident-workbench/`); empty when
    /// it is not there.
    static QString helperProgram(const QString &name);
};

} // namespace Iwb
