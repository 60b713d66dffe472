// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

struct CliContext;

/// incident-cli backup --db STORE --to FILE: a consistent copy of the store (SQLite's online backup API),
/// also while another program writes to it.
int runBackupCommand(const CliContext &context, const QString &target);
/// incident-cli restore --db STORE --from FILE: the store becomes the backup; the file it replaces is kept.
int runRestoreCommand(const CliContext &context, const QString &backup);

} // namespace Iwb
