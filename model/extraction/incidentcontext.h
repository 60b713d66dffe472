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
 * How near a fact must be is per fact type, in characters between the fact and
 * the nearest anchor of its sentence (the rule pack's incident-context.tsv);
 * types without a reach are not restricted.
 */
class IncidentContext
{
public:
    /// How far (characters) each restricted fact type may be from an anchor.
    using Reach = QHash<FactType, qsizetype>;

    /// Reads the reach per type from @p list ("date<TAB>100"); std::nullopt and @p error
    /// ("file: entry 'x': problem") for an unknown type or a value that is no count of characters.
    static std::optional<Reach> readReach(const WordList &list, QString *error);

    /// @p anchors: spans of incident language, any order; @p sentences: in order, not overlapping.
    IncidentContext(const Reach &reach, QList<TextSpan> anchors, const QList<TextSpan> &sentences);

    /// Whether a fact of @p type at [start, end) is close enough to an anchor of its sentence.
    bool admits(FactType type, qsizetype start, qsizetype end) const;

    /// Which of @p facts (any order) are admitted. A fact in one list with an admitted fact of
    /// its type is admitted too: in "names, birth dates, home addresses and policy numbers could
    /// have been accessed" the verb is far from the first items. Items of a list are separated
    /// by commas or @p conjunctions ("and", "oder"), with at most a few words between them.
    QList<bool> admittedFacts(const QList<Fact> &facts, const QString &text, const QStringList &conjunctions) const;

    /// The widest reach of any restricted type: hits farther than this from every anchor need no confirming.
    qsizetype widestReach() const { return m_widest; }
    /// Whether [start, end) lies within the widest reach of some anchor, sentences ignored.
    bool isNearAnyAnchor(qsizetype start, qsizetype end) const;

private:
    qsizetype sentenceOf(qsizetype position) const;

    Reach m_reach;
    QList<TextSpan> m_anchors; // by start
    const QList<TextSpan> &m_sentences;
    qsizetype m_widest = 0;
};

} // namespace Iwb
