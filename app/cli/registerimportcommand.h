// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

/// `incident-cli register import FILE [COLUMN=FIELD...] --in-register ID [--dry-run]`: a spreadsheet register
/// (CSV or XLSX) into register ID, columns mapped as remembered for the file's layout, else guessed from the
/// headers, COLUMN=FIELD (COLUMN= to leave a column out) correcting it; prints the mapping, the duplicates and
/// the rows that do not fit, then writes the rest in one transaction (nothing with --dry-run).
int runRegisterImportCommand(
    const CliContext &context, const QStringList &arguments, const QString &registerId, bool dryRun);

} // namespace Iwb
