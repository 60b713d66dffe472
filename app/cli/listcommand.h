// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

namespace Iwb {

struct CliContext;

/// `incident-cli list [--json]`: the documents in the store, one per line
/// (a table, or JSON Lines with --json). Returns the exit code.
int runListCommand(const CliContext &context, bool json);

} // namespace Iwb
