// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifier.h"
#include "factjudge.h"

#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

class ExtractionEngine;
class IncidentStore;

/// An article nobody reviewed yet, with how unsure the model is about its facts.
struct ReviewCandidate
{
    qint64 documentId = 0;
    QString title;
    double uncertainty = 0; ///< 0: the model is sure of every fact; 1: every fact a coin toss
    int judgedFacts = 0; ///< the rules' facts the model judged
    int doubtfulFacts = 0; ///< of those, the ones between 0.2 and 0.8
};

/// The articles to review next, most uncertain first, or why they could not be read.
struct ReviewQueueResult
{
    QList<ReviewCandidate> candidates;
    QString error;
};

/**
 * "Review next" (active learning by uncertainty sampling): the articles of a
 * store that have no decided fact yet, ordered by how unsure the learned model
 * is about the facts the rules propose in them, so that the analyst's next
 * decisions teach the model most.
 *
 * An article's uncertainty is the mean over its judged facts of
 * 1 − |2p − 1| (1 at p = 0.5, 0 at p = 0 or 1); ties go to the article with
 * more doubtful facts. Articles whose facts the model does not judge (types it
 * never saw a decision on) come last, with uncertainty 0. The rules run again
 * over every unreviewed article: call it off the GUI thread.
 */
class ReviewQueue
{
public:
    /// The uncertainty of one fact of probability @p p.
    static double uncertainty(double p);
    /// The unreviewed articles of @p store, most uncertain first; null when the store cannot be read.
    static std::optional<QList<ReviewCandidate>> rank(
        const IncidentStore &store, const ExtractionEngine &engine, const FactClassifier &model, QString *error);
    /// rank() on a connection of its own to the store at @p storePath (for a worker thread).
    static ReviewQueueResult rankStore(
        const QString &storePath, const ExtractionEngine &engine, const FactClassifier &model);
};

} // namespace Iwb
