// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentcontext.h"

#include "wordlist.h"

#include <algorithm>

namespace Iwb {

namespace {
    /// Longer than any fact a recognizer makes ("between September 29, 2016 and December 29, 2016").
    constexpr qsizetype longestFact = 160;
} // namespace

std::optional<IncidentContext::Reach> IncidentContext::readReach(const WordList &list, QString *error)
{
    static const QString sentencesSuffix = QStringLiteral(".sentences");
    Reach reach;
    for (const QString &key : list.keys()) {
        const bool inSentences = key.endsWith(sentencesSuffix);
        const std::optional<FactType> type = factTypeFromName(inSentences ? key.chopped(sentencesSuffix.size()) : key);
        if (!type) {
            *error = list.sourceName() + QStringLiteral(": entry '%1': no such fact type").arg(key);
            return std::nullopt;
        }
        const QString text = list.value(key).value_or(QString());
        bool ok = false;
        const qsizetype count = text.toLongLong(&ok);
        if (!ok || count < 0) {
            *error = list.sourceName()
                + QStringLiteral(": entry '%1': the reach must be a number of %2, not '%3'")
                      .arg(key, inSentences ? QStringLiteral("sentences") : QStringLiteral("characters"), text);
            return std::nullopt;
        }
        Limit &limit = reach[*type];
        (inSentences ? limit.sentences : limit.characters) = count;
    }
    return reach;
}

IncidentContext::IncidentContext(const Reach &reach, QList<TextSpan> anchors, const QList<TextSpan> &sentences)
    : m_reach(reach)
    , m_anchors(std::move(anchors))
    , m_sentences(sentences)
{
    std::sort(
        m_anchors.begin(), m_anchors.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    for (const Limit &limit : std::as_const(m_reach)) {
        m_widestSentences = std::max(m_widestSentences, limit.sentences);
        m_widestCharacters = std::max(m_widestCharacters, limit.characters);
    }
}

bool IncidentContext::mayHoldFactsIn(qsizetype from, qsizetype to) const
{
    return hasAnchorAround(from, to, { m_widestCharacters, m_widestSentences });
}

QList<TextSpan> IncidentContext::spansThatMayHoldFacts() const
{
    // mayHoldFactsIn(p, p) asks for an anchor in the sentences around p's, widened by the widest
    // limit (hasAnchorAround()); here the same read the other way: around each anchor, the
    // sentences whose positions it can serve.
    const qsizetype widen = m_widestCharacters + longestFact;
    const qsizetype k = m_widestSentences;
    const qsizetype n = m_sentences.size();
    QList<TextSpan> spans;
    spans.reserve(m_anchors.size());
    for (const TextSpan &anchor : m_anchors) {
        if (n == 0) {
            spans.append({ std::max<qsizetype>(0, anchor.start - widen), anchor.end + widen });
            continue;
        }
        // Sentences that start before the anchor's end serve positions up to k sentences later ...
        const qsizetype lastStartingBefore
            = (std::lower_bound(m_sentences.cbegin(), m_sentences.cend(), anchor.end,
                   [](const TextSpan &sentence, qsizetype p) { return sentence.start < p; })
                  - m_sentences.cbegin())
            - 1;
        // ... and sentences that end (widened) after its start serve positions up to k sentences earlier.
        const qsizetype firstEndingAfter
            = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), anchor.start - widen,
                  [](qsizetype p, const TextSpan &sentence) { return p < sentence.end; })
            - m_sentences.cbegin();
        if (lastStartingBefore < 0 || firstEndingAfter >= n) {
            continue;
        }
        const qsizetype last = std::min(n - 1, lastStartingBefore + k); // of the sentences served
        const qsizetype first = firstEndingAfter - k; // -1 or less: also what lies before the first sentence
        if (first > last) {
            continue;
        }
        spans.append({ first <= 0 ? 0 : m_sentences.at(first).start,
            last + 1 < n ? m_sentences.at(last + 1).start : m_sentences.last().end });
    }
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QList<TextSpan> merged;
    for (const TextSpan &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.start <= merged.last().end) {
            merged.last().end = std::max(merged.last().end, span.end);
        } else {
            merged.append(span);
        }
    }
    return merged;
}

qsizetype IncidentContext::sentenceOf(qsizetype position) const
{
    const auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), position,
        [](qsizetype p, const TextSpan &sentence) { return p < sentence.start; });
    const qsizetype index = (it - m_sentences.cbegin()) - 1;
    return index >= 0 && position < m_sentences.at(index).end ? index : -1;
}

qsizetype IncidentContext::sentenceAtOrBefore(qsizetype position) const
{
    const auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), position,
        [](qsizetype p, const TextSpan &sentence) { return p < sentence.start; });
    return (it - m_sentences.cbegin()) - 1;
}

bool IncidentContext::mayAdmitStartingIn(FactType type, qsizetype from, qsizetype to) const
{
    const auto limit = m_reach.constFind(type);
    return limit == m_reach.cend() || hasAnchorAround(from, to, *limit);
}

bool IncidentContext::hasAnchorAround(qsizetype from, qsizetype to, const Limit &limit) const
{
    if (m_sentences.isEmpty()) {
        return hasAnchorIn(from - limit.characters - longestFact, to + limit.characters + longestFact);
    }
    const qsizetype first = std::max<qsizetype>(0, sentenceAtOrBefore(from) - limit.sentences);
    const qsizetype last
        = std::min<qsizetype>(m_sentences.size() - 1, std::max<qsizetype>(0, sentenceAtOrBefore(to)) + limit.sentences);
    // A fact may run past its sentence's end, and its reach with it.
    return hasAnchorIn(m_sentences.at(first).start, m_sentences.at(last).end + limit.characters + longestFact);
}

bool IncidentContext::hasAnchorIn(qsizetype from, qsizetype to) const
{
    // Anchors are sorted by start; one is at most a phrase long, so the search can stop early.
    constexpr qsizetype longestAnchor = 200;
    auto it = std::lower_bound(
        m_anchors.cbegin(), m_anchors.cend(), to, [](const TextSpan &anchor, qsizetype p) { return anchor.start < p; });
    while (it != m_anchors.cbegin()) {
        --it;
        if (it->end > from) {
            return true;
        }
        if (it->start + longestAnchor < from) {
            return false;
        }
    }
    return false;
}

bool IncidentContext::admits(FactType type, qsizetype start, qsizetype end) const
{
    const auto limit = m_reach.constFind(type);
    if (limit == m_reach.cend()) {
        return true;
    }
    const qsizetype sentence = sentenceOf(start);
    const TextSpan bounds = sentence >= 0 ? m_sentences.at(sentence) : TextSpan { start, end };
    if (hasAnchorIn(std::max(bounds.start, start - limit->characters),
            std::min(std::max(bounds.end, end), end + limit->characters))) {
        return true;
    }
    if (sentence < 0 || limit->sentences == 0) {
        return false;
    }
    const qsizetype first = std::max<qsizetype>(0, sentence - limit->sentences);
    const qsizetype last = std::min<qsizetype>(m_sentences.size() - 1, sentence + limit->sentences);
    return hasAnchorIn(m_sentences.at(first).start, m_sentences.at(last).end);
}

namespace {

    /// Whether the text between two facts only separates items of one list: short, no sentence or
    /// clause mark, and a comma or a conjunction.
    bool separatesListItems(QStringView gap, const QStringList &conjunctions)
    {
        constexpr qsizetype longestGap = 40; // "of passengers, their nationalities, "
        if (gap.size() > longestGap) {
            return false;
        }
        for (const QChar c : gap) {
            if (c == QLatin1Char('.') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('!')
                || c == QLatin1Char('?') || c == QLatin1Char('\n') || c == QLatin1Char('(') || c == QLatin1Char(')')) {
                return false;
            }
        }
        if (gap.contains(QLatin1Char(',')) || gap.contains(QLatin1Char('/'))) {
            return true;
        }
        for (const QString &conjunction : conjunctions) {
            for (qsizetype at = gap.indexOf(conjunction, 0, Qt::CaseInsensitive); at >= 0;
                at = gap.indexOf(conjunction, at + 1, Qt::CaseInsensitive)) {
                const qsizetype after = at + conjunction.size();
                const bool wordStart = at == 0 || !gap.at(at - 1).isLetter();
                const bool wordEnd = after >= gap.size() || !gap.at(after).isLetter();
                if (wordStart && wordEnd) {
                    return true;
                }
            }
        }
        return false;
    }

} // namespace

QList<bool> IncidentContext::admittedFacts(
    const QList<Fact> &facts, const QString &text, const QStringList &conjunctions) const
{
    QList<bool> admitted(facts.size());
    QList<qsizetype> order(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        admitted[i] = admits(facts.at(i).type, facts.at(i).start, facts.at(i).end);
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [&facts](qsizetype a, qsizetype b) {
        const Fact &x = facts.at(a);
        const Fact &y = facts.at(b);
        return x.type != y.type ? x.type < y.type : x.start < y.start;
    });
    // Runs of list items of one type: admitted together when any item is.
    qsizetype runStart = 0;
    const auto closeRun = [&](qsizetype runEnd) {
        bool any = false;
        for (qsizetype k = runStart; k < runEnd && !any; ++k) {
            any = admitted.at(order.at(k));
        }
        for (qsizetype k = runStart; k < runEnd && any; ++k) {
            admitted[order.at(k)] = true;
        }
        runStart = runEnd;
    };
    for (qsizetype k = 1; k <= order.size(); ++k) {
        if (k == order.size()) {
            closeRun(k);
            break;
        }
        const Fact &previous = facts.at(order.at(k - 1));
        const Fact &current = facts.at(order.at(k));
        const bool sameList = previous.type == current.type && m_reach.contains(current.type)
            && current.start >= previous.end
            && separatesListItems(QStringView(text).mid(previous.end, current.start - previous.end), conjunctions);
        if (!sameList) {
            closeRun(k);
        }
    }
    return admitted;
}

} // namespace Iwb
