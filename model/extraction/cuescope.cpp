// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "cuescope.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Iwb {

namespace {

    bool canBeNegated(FactType type)
    {
        switch (type) {
        case FactType::DataCategory:
        case FactType::Cause:
        case FactType::Attack:
        case FactType::Discovery:
        case FactType::Notification:
        case FactType::Remediation:
            return true;
        default:
            return false;
        }
    }

    /// A forward negation that finds no fact after it reaches back at most this many words
    /// ("Passwörter seien zu keinem Zeitpunkt"): further back the negation is another clause's.
    constexpr int backwardReachOfForwardNegation = 8;

    /// What stands between two spans of a sentence.
    struct Gap
    {
        bool clauseBreak = false; ///< ";", ":", a parenthesis, a dash, a line break
        bool comma = false;
        bool conjunction = false; ///< a coordination word ("und", "or")
        int otherWords = 0; ///< words that are no conjunction
        /// Only commas, conjunctions and blanks: the two spans are items of one list.
        bool joinsList() const { return !clauseBreak && otherWords == 0; }
    };

    Gap gapBetween(const QString &text, qsizetype from, qsizetype to, const QStringList &conjunctions)
    {
        Gap gap;
        qsizetype i = from;
        while (i < to) {
            const QChar c = text.at(i);
            if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('(') || c == QLatin1Char(')')
                || c == QChar(0x2013) || c == QLatin1Char('\n')) {
                gap.clauseBreak = true;
                ++i;
            } else if (c == QLatin1Char(',')) {
                gap.comma = true;
                ++i;
            } else if (c.isLetterOrNumber()) {
                qsizetype end = i;
                while (end < to && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.'))) {
                    ++end;
                }
                const QStringView word = QStringView(text).mid(i, end - i);
                const bool isConjunction = std::any_of(conjunctions.cbegin(), conjunctions.cend(),
                    [word](const QString &conjunction) { return word.compare(conjunction, Qt::CaseInsensitive) == 0; });
                if (isConjunction) {
                    gap.conjunction = true;
                } else {
                    ++gap.otherWords;
                }
                i = end;
            } else {
                ++i;
            }
        }
        return gap;
    }

    /// Index of the sentence containing @p position (sentences sorted and contiguous).
    qsizetype sentenceOf(const QList<TextSpan> &sentences, qsizetype position)
    {
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
            [](qsizetype pos, const TextSpan &span) { return pos < span.start; });
        return (it - sentences.cbegin()) - 1;
    }

    /// The negatable facts of one sentence, in text order, and the lists they form.
    class SentenceFacts
    {
    public:
        SentenceFacts(
            const QList<Fact> &facts, QList<qsizetype> indices, const QString &text, const QStringList &conjunctions)
            : m_facts(facts)
            , m_indices(std::move(indices))
            , m_text(text)
            , m_conjunctions(conjunctions)
        {
            std::sort(m_indices.begin(), m_indices.end(),
                [&facts](qsizetype a, qsizetype b) { return facts.at(a).start < facts.at(b).start; });
        }

        /// The list of facts right after @p cue in its clause (empty: none).
        QList<qsizetype> listAfter(const TextSpan &cue) const
        {
            const qsizetype first = positionAfter(cue.end);
            if (first >= m_indices.size()) {
                return {};
            }
            const Gap gap = between(cue.end, fact(first).start);
            if (gap.clauseBreak || gap.conjunction || (gap.comma && !gap.joinsList())) {
                return {};
            }
            const QList<QList<qsizetype>> lists = listsOf(runAround(first));
            return lists.isEmpty() ? QList<qsizetype>() : lists.first();
        }

        /// The list of facts right before @p cue in its clause, at most @p maxWords words before it.
        QList<qsizetype> listBefore(const TextSpan &cue, int maxWords) const
        {
            qsizetype last = positionAfter(cue.start) - 1;
            while (last >= 0 && fact(last).end > cue.start) {
                --last;
            }
            if (last < 0) {
                return {};
            }
            const Gap gap = between(fact(last).end, cue.start);
            // A conjunction before a forward negation that reaches back coordinates clauses ("kopierten
            // Namen und die Polizei hat keine Spur"); before "nicht enthalten" it may join a list item
            // that is no fact ("Bankdaten oder Gesundheitsangaben seien nicht enthalten").
            const bool reachingBack = maxWords < std::numeric_limits<int>::max();
            if (gap.clauseBreak || (gap.conjunction && reachingBack) || gap.comma || gap.otherWords > maxWords) {
                return {};
            }
            const QList<QList<qsizetype>> lists = listsOf(runAround(last));
            return lists.isEmpty() ? QList<qsizetype>() : lists.last();
        }

        /// The facts inside @p cue's words.
        QList<qsizetype> inside(const TextSpan &cue) const
        {
            QList<qsizetype> found;
            for (const qsizetype index : m_indices) {
                const Fact &f = m_facts.at(index);
                if (f.start >= cue.start && f.end <= cue.end) {
                    found.append(index);
                }
            }
            return found;
        }

    private:
        const Fact &fact(qsizetype position) const { return m_facts.at(m_indices.at(position)); }

        /// The first position whose fact starts at or after @p offset.
        qsizetype positionAfter(qsizetype offset) const
        {
            qsizetype position = 0;
            while (position < m_indices.size() && fact(position).start < offset) {
                ++position;
            }
            return position;
        }

        Gap between(qsizetype from, qsizetype to) const { return gapBetween(m_text, from, to, m_conjunctions); }

        /// The facts joined to the one at @p position by list separators only, in text order.
        QList<qsizetype> runAround(qsizetype position) const
        {
            qsizetype from = position;
            qsizetype reach = fact(position).start;
            while (from > 0) {
                const qsizetype previousEnd = fact(from - 1).end;
                if (previousEnd <= reach && !between(previousEnd, reach).joinsList()) {
                    break;
                }
                --from;
                reach = std::min(reach, fact(from).start);
            }
            qsizetype to = position;
            qsizetype end = fact(position).end;
            while (to + 1 < m_indices.size()) {
                const qsizetype nextStart = fact(to + 1).start;
                if (nextStart >= end && !between(end, nextStart).joinsList()) {
                    break;
                }
                ++to;
                end = std::max(end, fact(to).end);
            }
            return QList<qsizetype>(m_indices.cbegin() + from, m_indices.cbegin() + to + 1);
        }

        /// Splits a run into lists: a comma after the conjunction that joined a list's last item
        /// starts the next list ("Namen und Adressen, Zahlungsdaten ...").
        QList<QList<qsizetype>> listsOf(const QList<qsizetype> &run) const
        {
            QList<QList<qsizetype>> lists;
            if (run.isEmpty()) {
                return lists;
            }
            lists.append(QList<qsizetype> { run.first() });
            bool conjunctionSeen = false;
            qsizetype end = m_facts.at(run.first()).end;
            for (qsizetype i = 1; i < run.size(); ++i) {
                const Fact &next = m_facts.at(run.at(i));
                if (next.start >= end) {
                    const Gap gap = between(end, next.start);
                    if (gap.conjunction) {
                        conjunctionSeen = true;
                    } else if (gap.comma && conjunctionSeen) {
                        lists.append(QList<qsizetype>());
                        conjunctionSeen = false;
                    }
                }
                lists.last().append(run.at(i));
                end = std::max(end, next.end);
            }
            return lists;
        }

        const QList<Fact> &m_facts;
        QList<qsizetype> m_indices;
        const QString &m_text;
        const QStringList &m_conjunctions;
    };

} // namespace

void CueScope::apply(QList<Fact> &facts, const CueSpans &cues, const QList<TextSpan> &sentences, const QString &text,
    const QStringList &conjunctions)
{
    if (sentences.isEmpty()) {
        return;
    }
    // Cues per sentence, so each fact only looks at its own sentence's cues.
    QList<QList<TextSpan>> hedges(sentences.size());
    QList<QList<TextSpan>> forward(sentences.size());
    QList<QList<TextSpan>> backward(sentences.size());
    const auto distribute = [&sentences](const QList<TextSpan> &spans, QList<QList<TextSpan>> &bySentence) {
        for (const TextSpan &span : spans) {
            const qsizetype index = sentenceOf(sentences, span.start);
            if (index >= 0) {
                bySentence[index].append(span);
            }
        }
    };
    // "May" in "on May 12" is a month, not a hedge.
    QList<TextSpan> hedgesOutsideDates;
    for (const TextSpan &hedge : cues.hedges) {
        const bool inDate = std::any_of(facts.cbegin(), facts.cend(), [&hedge](const Fact &fact) {
            return fact.type == FactType::Date && fact.start <= hedge.start && hedge.end <= fact.end;
        });
        if (!inDate) {
            hedgesOutsideDates.append(hedge);
        }
    }
    distribute(hedgesOutsideDates, hedges);
    distribute(cues.negatesFollowing, forward);
    distribute(cues.negatesPreceding, backward);

    QList<QList<qsizetype>> negatableBySentence(sentences.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        Fact &fact = facts[i];
        const qsizetype index = sentenceOf(sentences, fact.start);
        if (index < 0) {
            continue;
        }
        if (!hedges.at(index).isEmpty()) {
            fact.certainty = Certainty::Uncertain;
        }
        if (canBeNegated(fact.type)) {
            negatableBySentence[index].append(i);
        }
    }

    QSet<qsizetype> denied;
    for (qsizetype index = 0; index < sentences.size(); ++index) {
        if (negatableBySentence.at(index).isEmpty()) {
            continue;
        }
        const SentenceFacts sentence(facts, negatableBySentence.at(index), text, conjunctions);
        const auto deny = [&denied](const QList<qsizetype> &indices) {
            for (const qsizetype i : indices) {
                denied.insert(i);
            }
        };
        for (const TextSpan &cue : forward.at(index)) {
            const QList<qsizetype> after = sentence.listAfter(cue);
            deny(after.isEmpty() ? sentence.listBefore(cue, backwardReachOfForwardNegation) : after);
            deny(sentence.inside(cue));
        }
        for (const TextSpan &cue : backward.at(index)) {
            deny(sentence.listBefore(cue, std::numeric_limits<int>::max()));
            deny(sentence.inside(cue));
        }
        const bool sentenceHasNegation = !forward.at(index).isEmpty() || !backward.at(index).isEmpty();
        for (const qsizetype i : negatableBySentence.at(index)) {
            const Fact &fact = facts.at(i);
            const bool isAttack = fact.type == FactType::Attack
                || (fact.type == FactType::Cause && fact.value.toString() == QLatin1String("attack"));
            if (isAttack && sentenceHasNegation) {
                denied.insert(i);
            }
        }
    }
    for (const qsizetype i : std::as_const(denied)) {
        facts[i].polarity = Polarity::Negative;
    }
}

} // namespace Iwb
