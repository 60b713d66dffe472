// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

/// What `incident-cli compare --incidents` was asked for.
struct IncidentCompareOptions
{
    QString incidents; ///< --incidents: comma-separated incident ids, at least two different ones
    int databaseCount = 0; ///< how often --db was given: at most once, the records come from one store
    bool automatic = false; ///< --automatic belongs to the annotation-version comparison: a usage error here
    QStringList arguments; ///< positional arguments after "compare": none are taken
    bool json = false;
};

/// `incident-cli compare --incidents ID,ID[,...] [--db FILE] [--json]`: two or more incident records
/// of one store compared field by field (RecordComparison: same / different / missing / not stated,
/// with the differences in words) and each incident's timeline points with their evidence
/// (IncidentTimeline), as a table or as one JSON object (see docs/comparison.md). Reads only: a
/// file that is not an existing store is refused, not created. Returns 0; 1 when the store cannot
/// be read or an id names no record; 2 on a usage error.
int runIncidentCompareCommand(const CliContext &context, const IncidentCompareOptions &options);

/// What `incident-cli similar` was asked for.
struct SimilarOptions
{
    QStringList arguments; ///< the positional arguments after "similar": exactly one incident id
    QString limit; ///< --limit: how many to list at most (default 20, like the GUI)
    int databaseCount = 0;
    bool json = false;
};

/// `incident-cli similar ID [--limit N] [--db FILE] [--json]`: the other records of the store ranked
/// by similarity to record ID (SimilarIncidents), each with its score and the reasons. Reads only.
/// Returns 0 (also when nothing is similar); 1 when the store cannot be read or ID names no record;
/// 2 on a usage error.
int runSimilarCommand(const CliContext &context, const SimilarOptions &options);

} // namespace Iwb
