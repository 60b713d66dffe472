// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "cuescope.h"

#include <QSet>

#include <algorithm>

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

    /// A clause ends at these marks, and at a comma unless the comma continues a list of
    /// facts ("keine Karten-, Bank- oder Kontodaten": a fact starts right after it).
    bool hasClauseBreak(const QString &text, qsizetype from, qsizetype to, const QSet<qsizetype> &factStarts)
    {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('(') || c == QLatin1Char(')')
                || c == QChar(0x2013) || c == QLatin1Char('\n')) {
                return true;
            }
            if (c == QLatin1Char(',')) {
                qsizetype next = i + 1;
                while (next < to && text.at(next).isSpace()) {
                    ++next;
                }
                if (!factStarts.contains(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /// Index of the sentence containing @p position (sentences sorted and contiguous).
    qsizetype sentenceOf(const QList<TextSpan> &sentences, qsizetype position)
    {
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
            [](qsizetype pos, const TextSpan &span) { return pos < span.start; });
        return (it - sentences.cbegin()) - 1;
    }

} // namespace

void CueScope::apply(QList<Fact> &facts, const CueSpans &cues, const QList<TextSpan> &sentences, const QString &text)
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
    distribute(cues.hedges, hedges);
    distribute(cues.negatesFollowing, forward);
    distribute(cues.negatesPreceding, backward);

    QSet<qsizetype> factStarts;
    for (const Fact &fact : std::as_const(facts)) {
        factStarts.insert(fact.start);
    }
    for (Fact &fact : facts) {
        const qsizetype index = sentenceOf(sentences, fact.start);
        if (index < 0) {
            continue;
        }
        if (!hedges.at(index).isEmpty()) {
            fact.certainty = Certainty::Uncertain;
        }
        if (!canBeNegated(fact.type)) {
            continue;
        }
        const bool isAttack = fact.type == FactType::Attack
            || (fact.type == FactType::Cause && fact.value.toString() == QLatin1String("attack"));
        bool negated = isAttack && (!forward.at(index).isEmpty() || !backward.at(index).isEmpty());
        for (const TextSpan &cue : forward.at(index)) {
            if (cue.end <= fact.start && !hasClauseBreak(text, cue.end, fact.start, factStarts)) {
                negated = true;
            }
        }
        for (const TextSpan &cue : backward.at(index)) {
            if (cue.start >= fact.end && !hasClauseBreak(text, fact.end, cue.start, factStarts)) {
                negated = true;
            }
        }
        if (negated) {
            fact.polarity = Polarity::Negative;
        }
    }
}

} // namespace Iwb
