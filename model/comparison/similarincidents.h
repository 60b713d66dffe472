// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Iwb {

class IncidentStore;

/// One candidate of "find similar", with its score and why.
struct SimilarIncident
{
    IncidentRecord record;
    double score = 0; ///< 0..1, the weighted sum of the signals below
    QStringList reasons; ///< "same cause: software_error", "2 of 3 data categories in common", "11 days apart", …
};

/// What a search for similar records found, for a search that ran on a worker thread.
struct SimilarSearch
{
    std::optional<IncidentRecord> target; ///< the record the others were compared with; none on failure
    QList<SimilarIncident> similar; ///< best first
    QString error; ///< why it failed, naming the database; empty on success
    bool cancelled = false; ///< stopped by the progress callback; target and similar are then incomplete
};

/**
 * "Find similar" for one incident: every other record is scored on five
 * signals, each between 0 and 1, weighted and summed (weights sum to 1):
 *
 * | signal | value | weight |
 * |---|---|---|
 * | cause | 1 when both state the same cause (not "unknown") | 0.25 |
 * | data categories | Jaccard index of the exposed categories | 0.25 |
 * | organization | 1 when organizationKey() is equal | 0.20 |
 * | date | 1 / (1 + days apart / 30): 1 the same day, ½ a month apart | 0.15 |
 * | text | cosine over the word sets of the source articles | 0.15 |
 *
 * A signal that contributes is written down as a reason, in the order of the
 * table. Candidates with no shared signal (score below minimumScore) are left
 * out; the rest are ranked by score, then by id.
 */
class SimilarIncidents
{
public:
    /// A record with the text of its source articles.
    struct Candidate
    {
        IncidentRecord record;
        QString text;
    };

    static constexpr double causeWeight = 0.25;
    static constexpr double categoryWeight = 0.25;
    static constexpr double organizationWeight = 0.20;
    static constexpr double dateWeight = 0.15;
    static constexpr double textWeight = 0.15;
    static constexpr double minimumScore = 0.05;

    /// Ranks @p candidates (the target itself, same id, is skipped) by similarity to @p target.
    static QList<SimilarIncident> rank(const Candidate &target, const QList<Candidate> &candidates, int limit = 20);

    /// Told how many of how many records were scored, now and then; returns false to stop the search.
    using Progress = std::function<bool(int done, int total)>;

    /// Ranks every other record of @p store by similarity to record @p incidentId; std::nullopt
    /// (with @p error set, naming the database) when the record or the store cannot be read, or when
    /// @p progress stopped it. Reads every record and, one at a time, its articles' text (in one read
    /// transaction): about a second for 20,000 records, so the workbench runs it on a worker thread
    /// (findInStore()).
    static std::optional<QList<SimilarIncident>> find(const IncidentStore &store, qint64 incidentId, int limit = 20,
        QString *error = nullptr, const Progress &progress = {});
    /// The same for a worker thread: opens its own connection to the store at @p storePath (a connection
    /// belongs to the thread that opened it; WAL lets it read while the window's connection writes).
    static SimilarSearch findInStore(
        const QString &storePath, qint64 incidentId, int limit = 20, const Progress &progress = {});

    /// Scores one pair and fills the reasons.
    static SimilarIncident score(const Candidate &target, const Candidate &candidate);

    /// |A ∩ B| / |A ∪ B|; 0 when both are empty.
    static double jaccard(const QStringList &a, const QStringList &b);
    /// |A ∩ B| / √(|A|·|B|) over wordSet(): 1 for the same words, 0 for none in common.
    static double textSimilarity(const QString &a, const QString &b);
    /// The case-folded words of @p text with at least four letters (which leaves out most function words).
    static QSet<QString> wordSet(const QString &text);
    /// Days between two ISO dates (a "YYYY-MM" or "YYYY" date counts as its first day); nullopt when one is unknown.
    static std::optional<qint64> daysApart(const QString &a, const QString &b);

private:
    /// score() with the word sets of both texts already made (the target's once for all candidates).
    static SimilarIncident scoreWords(const IncidentRecord &a, const QSet<QString> &targetWords,
        const IncidentRecord &b, const QSet<QString> &candidateWords);
};

} // namespace Iwb
