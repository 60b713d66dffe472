// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factfilters.h"

#include "incidentcontext.h"

#include <algorithm>

namespace Iwb::FactFilters {

namespace {

    /// The longest cue phrase or advice words: how far before a fact one can start and still reach it.
    constexpr qsizetype longestCue = 200;
    /// "reset their new" ... "passwords": at most this many characters between advice and its data word.
    constexpr qsizetype adviceGap = 25;

    bool byStart(const TextSpan &x, const TextSpan &y)
    {
        return x.start < y.start;
    }

    /// Whether a span of @p spans (sorted by start) starts in [from, to] and satisfies @p test.
    template<typename Test>
    bool anyStartingIn(const QList<TextSpan> &spans, qsizetype from, qsizetype to, const Test &test)
    {
        auto it = std::lower_bound(
            spans.cbegin(), spans.cend(), from, [](const TextSpan &span, qsizetype p) { return span.start < p; });
        for (; it != spans.cend() && it->start <= to; ++it) {
            if (test(*it)) {
                return true;
            }
        }
        return false;
    }

} // namespace

void keepLongestOfOverlapping(QList<Fact> &facts)
{
    // One sweep per type in start order. Stable, so that of two equal spans the earlier
    // recognizer (a direct list entry before a compound head or a generic word) wins.
    std::stable_sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) {
        if (a.type != b.type) {
            return a.type < b.type;
        }
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Fact> kept;
    kept.reserve(facts.size());
    for (const Fact &fact : std::as_const(facts)) {
        if (!kept.isEmpty() && kept.last().type == fact.type && fact.start < kept.last().end) {
            if (fact.length() > kept.last().length()) {
                kept.last() = fact;
            }
            continue;
        }
        kept.append(fact);
    }
    // Text order; facts with one span (a cause and an attack on "Angriff") in type order, so that
    // the output does not depend on the order the recognizers ran in.
    std::sort(kept.begin(), kept.end(), [](const Fact &a, const Fact &b) {
        return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end < b.end : a.type < b.type;
    });
    facts = kept;
}

void dropCountsInsideDates(QList<Fact> &facts)
{
    QList<TextSpan> dates;
    for (const Fact &fact : std::as_const(facts)) {
        if (fact.type == FactType::Date) {
            dates.append({ fact.start, fact.end });
        }
    }
    if (dates.isEmpty()) {
        return;
    }
    // Dates in text order do not overlap each other (the longest of overlapping ones was kept).
    facts.removeIf([&dates](const Fact &fact) {
        if (fact.type != FactType::Count) {
            return false;
        }
        const auto after = std::upper_bound(dates.cbegin(), dates.cend(), fact.start,
            [](qsizetype position, const TextSpan &span) { return position < span.start; });
        return after != dates.cbegin() && std::prev(after)->contains(fact.start);
    });
}

void dropDataWordsInsideCues(QList<Fact> &facts, QList<TextSpan> cuePhrases)
{
    // Sorted by start, so that each data word looks only at the cues around it (a long text has
    // thousands of both).
    std::sort(cuePhrases.begin(), cuePhrases.end(), byStart);
    facts.removeIf([&](const Fact &fact) {
        return fact.type == FactType::DataCategory
            && anyStartingIn(cuePhrases, fact.start - longestCue, fact.start, [&fact](const TextSpan &cue) {
                   return fact.end <= cue.end && cue.end - cue.start > fact.end - fact.start;
               });
    });
}

void dropAdvice(QList<Fact> &facts, CueSpans &cues, const QString &text)
{
    std::sort(cues.adviceBefore.begin(), cues.adviceBefore.end(), byStart);
    std::sort(cues.adviceAfter.begin(), cues.adviceAfter.end(), byStart);
    // Advice and its data word stand in one stretch of plain words.
    const auto plainGap = [&text](qsizetype from, qsizetype to) {
        if (to < from || to - from > adviceGap) {
            return false;
        }
        const QStringView gap = QStringView(text).mid(from, to - from);
        return std::none_of(gap.cbegin(), gap.cend(), [](QChar c) { return QStringView(u".,;:!?\n()").contains(c); });
    };
    const auto adviceFollows = [&](const Fact &fact) {
        return anyStartingIn(cues.adviceAfter, fact.end, fact.end + adviceGap,
            [&](const TextSpan &cue) { return plainGap(fact.end, cue.start); });
    };
    // "Customers should reset their passwords", "Passwörter ändern": advice names data that was not exposed
    // ... and "two years of free credit monitoring" is a remedy on offer, not how long the incident lasted.
    facts.removeIf([&](const Fact &fact) {
        if (fact.type == FactType::Duration) {
            return adviceFollows(fact);
        }
        return fact.type == FactType::DataCategory
            && (anyStartingIn(cues.adviceBefore, fact.start - adviceGap - longestCue, fact.start,
                    [&](const TextSpan &cue) { return plainGap(cue.end, fact.start); })
                || adviceFollows(fact));
    });
}

void keepInIncidentContext(
    FoundFacts &found, const IncidentContext &context, const QString &text, const QStringList &conjunctions)
{
    const QList<bool> admitted = context.admittedFacts(found.facts, text, conjunctions);
    QList<Fact> inContext;
    inContext.reserve(found.facts.size());
    for (qsizetype i = 0; i < found.facts.size(); ++i) {
        if (admitted.at(i)) {
            inContext.append(found.facts.at(i));
        } else if (found.facts.at(i).type == FactType::Organization) {
            found.organizationsOutOfContext.append(found.facts.at(i));
        }
    }
    found.facts = std::move(inContext);
}

} // namespace Iwb::FactFilters
