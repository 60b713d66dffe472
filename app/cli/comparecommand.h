// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

struct CompareOptions
{
    QStringList databases; ///< --db, given twice (reference first), or once with automatic
    bool automatic = false; ///< compare what extraction finds now against the store's curated facts
    bool json = false;
    QString rulesRoot; ///< --rules for automatic
};

/// `incident-cli compare --db A --db B [--json]` and `incident-cli compare --db A --automatic [--rules DIR] [--json]`:
/// per-type precision, recall and F1 of B against A (or of the automatic facts against the curated ones),
/// Cohen's kappa of the record's categorical fields and of the tokens' labels, and every disagreement
/// (see docs/agreement.md). Reads only. Returns 0, 1 when a database cannot be read, 2 on a usage error.
int runCompareCommand(const CliContext &context, const CompareOptions &options);

} // namespace Iwb
