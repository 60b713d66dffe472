// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "sentencesplitter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace Iwb {

class RulePack;

/// Cue words found beside the facts: they change facts' polarity and certainty.
struct CueSpans
{
    QList<TextSpan> negatesFollowing; ///< "keine", "no evidence that"
    QList<TextSpan> negatesPreceding; ///< "nicht betroffen", "were not affected"
    QList<TextSpan> hedges; ///< "könnten", "may have been"
    QList<TextSpan> incident; ///< "Datenleck", "were stolen": where the text talks about an incident
    QList<TextSpan> adviceBefore; ///< "reset their": the data word after it is advice, not exposed data
    QList<TextSpan> adviceAfter; ///< "ändern": the data word before it is advice ("Passwörter ändern")
};

/// What FactFinder::find() finds in a text: facts (polarity and certainty not yet decided) and cues.
struct FoundFacts
{
    QList<Fact> facts;
    CueSpans cues;
    /// The text's sentences; empty for a text without incident language, which has no facts.
    QList<TextSpan> sentences;
    /// Organizations named outside the incident's context: no facts of the incident, but the
    /// record's organization may be one ("Klarna" in the sign-off, the incident in the next line).
    QList<Fact> organizationsOutOfContext;
};

/**
 * Finds the facts of one language in a text. The recognizers of the rule pack
 * (RecognizerCatalog: dates, times, durations, counts, data categories,
 * cause/attack/discovery/notification cues, organizations, negation, hedge,
 * advice and incident cues) are compiled at creation into Hyperscan databases.
 * find() scans a text once for what tells where an incident is, confirms each
 * hit with the recognizer's QRegularExpression on the hit's neighbourhood only
 * and normalizes the value; the kinds that count only near incident language
 * are scanned for and confirmed only there (see find() and docs/extraction.md).
 *
 * A FactFinder is immutable after create() and may be shared between threads.
 */
class FactFinder
{
public:
    ~FactFinder();

    /// Builds the recognizers of @p pack (which must outlive the finder). Hands back ownership.
    static std::unique_ptr<FactFinder> create(const RulePack &pack, QString *error);

    /// Facts in @p text; @p anchor (the published date, may be invalid) resolves relative dates.
    /// Besides the rules' organizations, a name that recurs (twice, once not at a sentence start,
    /// and in German also shaped like a name) is marked wherever it occurs.
    /// Dates, counts, data words and names are kept only in the incident's context (IncidentContext).
    /// @p splitter splits the text into sentences when it has incident language.
    FoundFacts find(const QString &text, QDate anchor, const SentenceSplitter &splitter) const;

    int recognizerCount() const;

private:
    explicit FactFinder(const RulePack &pack);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Iwb
