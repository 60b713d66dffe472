// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "sentencesplitter.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Iwb {

class WordList;

/**
 * Where a text talks about an incident: near the words that name one
 * ("breach", "gestohlen", "Datenleck") and near the facts that only incidents
 * have (causes, attacks, discoveries, notifications), within their sentence.
 *
 * News text names dates, numbers, data words and company names everywhere;
 * only those near incident language are facts of the incident. An article with
 * no incident language at all therefore yields no such facts and no record.
 *
 * How near a fact must be is per fact type (the rule pack's incident-context.tsv):
 * characters between the fact and an anchor of its sentence ("date<TAB>100"),
 * and optionally a number of neighbouring sentences in which any anchor will do
 * ("date.sentences<TAB>1": German reports tend to state the incident in one
 * sentence and its time in the next). Types without a reach are not restricted.
 */
class IncidentContext
{
public:
    /// How far a fact of one type may be from an anchor.
    struct Limit
    {
        qsizetype characters = 0; ///< within the fact's sentence
        qsizetype sentences = 0; ///< sentences before and after the fact's in which any anchor counts
    };
    using Reach = QHash<FactType, Limit>;

    /// Reads the reach per type from @p list ("date<TAB>100", "date.sentences<TAB>1"); std::nullopt
    /// and @p error ("file: entry 'x': problem") for an unknown type or a value that is no count.
    static std::optional<Reach> readReach(const WordList &list, QString *error);

    /// @p anchors: spans of incident language, any order; @p sentences: in order, not overlapping.
    IncidentContext(const Reach &reach, QList<TextSpan> anchors, const QList<TextSpan> &sentences);

    /// Whether a fact of @p type at [start, end) is close enough to an anchor of its sentence.
    bool admits(FactType type, qsizetype start, qsizetype end) const;

    /// Whether a fact of @p type that starts between @p from and @p to could be admitted: an anchor
    /// lies in its sentences or, for types with a sentence reach, in their neighbours. Cheap, so a
    /// finder can skip confirming what the context would drop anyway.
    bool mayAdmitStartingIn(FactType type, qsizetype from, qsizetype to) const;

    /// Whether any admitted fact, of whatever type, or an anchor can lie in the sentences between
    /// @p from and @p to: the places where cues that modify facts (negations, hedges) matter.
    bool mayHoldFactsIn(qsizetype from, qsizetype to) const;
    /// Spans, in order and apart, outside which mayHoldFactsIn(p, p) is false for every position p:
    /// where a finder must look for facts at all. They may be wider than that.
    QList<TextSpan> spansThatMayHoldFacts() const;

    /// Which of @p facts (any order) are admitted. A fact in one list with an admitted fact of
    /// its type is admitted too: in "names, birth dates, home addresses and policy numbers could
    /// have been accessed" the verb is far from the first items. Items of a list are separated
    /// by commas or @p conjunctions ("and", "oder"), with at most a few words between them.
    QList<bool> admittedFacts(const QList<Fact> &facts, const QString &text, const QStringList &conjunctions) const;

private:
    qsizetype sentenceOf(qsizetype position) const;
    /// The sentence that holds @p position, or the last one before it (-1 before the first).
    qsizetype sentenceAtOrBefore(qsizetype position) const;
    bool hasAnchorIn(qsizetype from, qsizetype to) const;
    /// Whether an anchor lies in the sentences from @p from to @p to, widened by @p limit.
    bool hasAnchorAround(qsizetype from, qsizetype to, const Limit &limit) const;

    Reach m_reach;
    qsizetype m_widestSentences = 0; // the largest sentence reach of any type
    qsizetype m_widestCharacters = 0;
    QList<TextSpan> m_anchors; // by start
    const QList<TextSpan> &m_sentences;
};

} // namespace Iwb
