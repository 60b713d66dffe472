// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QStringList>

namespace Iwb {

struct CliContext;

/// `incident-cli import FILES...`: imports article files (folders are searched
/// for supported files), skipping texts already in the store. A `.json` file is a store
/// snapshot and is restored whole into the (empty) store. Returns the exit code:
/// 0 when every file was imported or already present, 1 when any failed.
int runImportCommand(const CliContext &context, const QStringList &paths);

} // namespace Iwb
