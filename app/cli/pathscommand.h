// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

struct CliContext;

/// `incident-cli paths [--json] [--rules DIR]`: where this program reads and writes: the store,
/// the settings, recovery drafts, rule overrides, the rule packs it would load for each language,
/// the sample articles, the parse helper and the caches (docs/packaging.md). Returns the exit code.
int runPathsCommand(const CliContext &context, const QString &rulesRoot, bool json);

} // namespace Iwb
