// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "hitconfirmer.h"

#include "organizationnames.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFinder, "iwb.extraction.finder", QtWarningMsg)

namespace Iwb {

namespace {

    /// How far after a hit's end look-aheads may need to see.
    constexpr qsizetype lookAhead = 64;

} // namespace

ConfirmationCosts::ConfirmationCosts(const QList<Recognizer> &recognizers)
    : m_recognizers(recognizers)
{
}

ConfirmationCosts::~ConfirmationCosts()
{
    for (qsizetype i = 0; i < m_costs.size() && lcFinder().isDebugEnabled(); ++i) {
        qCDebug(lcFinder) << m_recognizers.at(i).ruleId << m_costs.at(i).windows << "windows,"
                          << m_costs.at(i).characters << "characters," << m_costs.at(i).nanoseconds / 1000000 << "ms";
    }
}

bool ConfirmationCosts::isMeasuring()
{
    return lcFinder().isDebugEnabled();
}

void ConfirmationCosts::add(qsizetype recognizer, qint64 windows, qint64 characters, qint64 nanoseconds) const
{
    const std::lock_guard lock(m_mutex);
    m_costs.resize(m_recognizers.size());
    m_costs[recognizer].windows += windows;
    m_costs[recognizer].characters += characters;
    m_costs[recognizer].nanoseconds += nanoseconds;
}

HitConfirmer::HitConfirmer(const QList<Recognizer> &recognizers, const OrganizationNames &names,
    const ConfirmationCosts &costs, const QString &text, QDate anchor, FoundFacts &found)
    : m_recognizers(recognizers)
    , m_names(names)
    , m_costs(costs)
    , m_text(text)
    , m_anchor(anchor)
    , m_found(found)
{
}

void HitConfirmer::confirm(qsizetype r, QList<qsizetype> positions)
{
    if (!positions.isEmpty()) {
        m_recognizers.at(r).exactTrigger ? confirmAtStarts(r, positions) : confirmBeforeEnds(r, positions);
    }
}

void HitConfirmer::addFact(const Recognizer &recognizer, const QRegularExpressionMatch &match, qsizetype &lastMatchEnd)
{
    const bool hasSpan = recognizer.spanGroup > 0 && match.capturedStart(recognizer.spanGroup) >= 0;
    const int group = hasSpan ? recognizer.spanGroup : 0;
    const qsizetype start = match.capturedStart(group);
    const qsizetype end = match.capturedEnd(group);
    if (end <= start || start < lastMatchEnd) {
        return;
    }
    if (recognizer.cue != CueKind::None) {
        CueSpans &cues = m_found.cues;
        QList<TextSpan> &list = recognizer.cue == CueKind::Hedge ? cues.hedges
            : recognizer.cue == CueKind::Incident                ? cues.incident
            : recognizer.cue == CueKind::AdviceBefore            ? cues.adviceBefore
            : recognizer.cue == CueKind::AdviceAfter             ? cues.adviceAfter
            : recognizer.cue == CueKind::NegatesFollowing        ? cues.negatesFollowing
                                                                 : cues.negatesPreceding;
        list.append({ start, end });
        lastMatchEnd = end;
        return;
    }
    const auto value = recognizer.normalize(match, m_anchor);
    if (!value) {
        return;
    }
    Fact fact;
    fact.type = recognizer.type;
    fact.start = start;
    fact.end = end;
    fact.text = m_text.mid(start, end - start);
    fact.value = *value;
    fact.origin = recognizer.ruleId;
    if (fact.type == FactType::Organization && !m_names.trim(fact, m_text)) {
        return;
    }
    m_found.facts.append(fact);
    lastMatchEnd = end;
}

void HitConfirmer::confirmAtStarts(qsizetype r, QList<qsizetype> &starts)
{
    const Recognizer &recognizer = m_recognizers.at(r);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    qsizetype lastMatchEnd = -1;
    const bool measuring = ConfirmationCosts::isMeasuring();
    QElapsedTimer timer;
    qint64 windows = 0;
    if (measuring) {
        timer.start();
    }
    const auto stopClock = qScopeGuard([&] {
        if (measuring) {
            m_costs.add(r, windows, 0, timer.nsecsElapsed());
        }
    });
    for (const qsizetype start : std::as_const(starts)) {
        if (start < lastMatchEnd) {
            continue;
        }
        ++windows;
        // The text is valid UTF-16 (QString): without DontCheckSubject PCRE would check the whole
        // text on every match, which makes long articles quadratic.
        const QRegularExpressionMatch match = recognizer.anchored.matchView(QStringView(m_text), start,
            QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
        if (match.hasMatch()) {
            addFact(recognizer, match, lastMatchEnd);
        }
    }
}

void HitConfirmer::confirmBeforeEnds(qsizetype r, QList<qsizetype> &ends)
{
    // The neighbourhoods of nearby hits are merged into windows, and each window is confirmed once.
    const Recognizer &recognizer = m_recognizers.at(r);
    std::sort(ends.begin(), ends.end());
    qsizetype i = 0;
    qsizetype lastMatchEnd = -1;
    while (i < ends.size()) {
        const qsizetype windowStart = std::max<qsizetype>(0, ends.at(i) - recognizer.lookBehind);
        qsizetype windowEnd = ends.at(i);
        while (i < ends.size() && ends.at(i) - recognizer.lookBehind <= windowEnd) {
            windowEnd = std::max(windowEnd, ends.at(i));
            ++i;
        }
        // Room after the last hit for look-aheads ("Karten- oder Bankdaten") and word ends.
        windowEnd = std::min<qsizetype>(m_text.size(), windowEnd + lookAhead);
        // The regex sees the text before the window, so that its look-behinds judge the real
        // preceding character: cut off there, "(?<![\\p{L}])" took a window that starts inside
        // a word for a word start.
        const QStringView window = QStringView(m_text).first(windowEnd);
        QElapsedTimer timer;
        const bool measuring = ConfirmationCosts::isMeasuring();
        if (measuring) {
            timer.start();
        }
        const auto stopClock = qScopeGuard([&] {
            if (measuring) {
                m_costs.add(r, 1, windowEnd - windowStart, timer.nsecsElapsed());
            }
        });
        for (auto it = recognizer.regex.globalMatchView(window, windowStart, QRegularExpression::NormalMatch,
                 QRegularExpression::DontCheckSubjectStringMatchOption);
            it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            // A match that reaches the window's end may have been cut short there ("Ormand" for
            // "Ormandy"): match again from its start without the cut. Rare, so the slower
            // anchored match does not matter.
            if (match.capturedEnd(0) >= windowEnd && windowEnd < m_text.size()) {
                const QRegularExpressionMatch whole = recognizer.regex.matchView(QStringView(m_text),
                    match.capturedStart(0), QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption
                        | QRegularExpression::DontCheckSubjectStringMatchOption);
                if (whole.hasMatch()) {
                    addFact(recognizer, whole, lastMatchEnd);
                    continue;
                }
            }
            addFact(recognizer, match, lastMatchEnd);
        }
    }
}

} // namespace Iwb
