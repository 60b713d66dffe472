// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

/// The options of `incident-cli link` and `unlink`, as given on the command line (checked by the commands).
struct LinkOptions
{
    QString document; ///< --document: the stored article's id
    QString incident; ///< --incident: the existing incident record's id
    QStringList take; ///< --take values: contract fields, comma-separated, where the article's value wins
    QStringList both; ///< --both values: list fields that take the union of both sides
    QStringList arguments; ///< positional arguments after the command (none are expected)
    QString rulesRoot; ///< --rules: the rule packs the article's own record is assembled with
    bool dryRun = false; ///< print what would happen, write nothing
    bool json = false; ///< one JSON object instead of a table
};

/// `incident-cli link --document ID --incident ID [--take F,...] [--both F,...] [--dry-run] [--json]`:
/// links a stored article to an existing incident as the workbench's Link to Incident… does
/// (SourceLinking), decides each difference (fills take the article's value, conflicts keep the
/// record's unless listed), prints them and stores the result in one transaction (docs/sources.md).
/// Returns 0, 1 (unknown ids, already linked, store errors; nothing written) or 2 (usage).
int runLinkCommand(const CliContext &context, const LinkOptions &options);

/// `incident-cli unlink --document ID --incident ID [--dry-run] [--json]`: the article leaves the
/// incident and gets a record of its own, assembled from its facts, as the workbench's Unlink does.
int runUnlinkCommand(const CliContext &context, const LinkOptions &options);

} // namespace Iwb
