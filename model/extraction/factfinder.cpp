// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factfinder.h"

#include "incidentcontext.h"
#include "organizationnames.h"
#include "patternscanner.h"
#include "recognizercatalog.h"
#include "rulepack.h"
#include "utf8offsets.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>

#include <algorithm>
#include <mutex>

Q_LOGGING_CATEGORY(lcFinder, "iwb.extraction.finder", QtWarningMsg)

namespace Iwb {

namespace {

    /// How far after a hit's end look-aheads may need to see.
    constexpr qsizetype lookAhead = 64;

} // namespace

struct FactFinder::Private
{
    explicit Private(const RulePack &pack)
        : pack(pack)
        , names(pack)
    {
    }

    const RulePack &pack;
    IncidentContext::Reach reach;
    QList<Recognizer> recognizers;
    OrganizationNames names;
    PatternScanner scanner;

    /// Time spent confirming each recognizer's hits, for QT_LOGGING_RULES="iwb.extraction.finder.debug=true".
    struct Cost
    {
        qint64 windows = 0;
        qint64 characters = 0;
        qint64 nanoseconds = 0;
    };
    /// Written only while debug logging is on; extractions on several threads add to it under the lock.
    mutable std::mutex costsMutex;
    mutable QList<Cost> costs;
    void addCost(qsizetype recognizer, qint64 windows, qint64 characters, qint64 nanoseconds) const
    {
        const std::lock_guard lock(costsMutex);
        costs.resize(recognizers.size());
        costs[recognizer].windows += windows;
        costs[recognizer].characters += characters;
        costs[recognizer].nanoseconds += nanoseconds;
    }
    ~Private()
    {
        for (qsizetype i = 0; i < costs.size() && lcFinder().isDebugEnabled(); ++i) {
            qCDebug(lcFinder) << recognizers.at(i).ruleId << costs.at(i).windows << "windows," << costs.at(i).characters
                              << "characters," << costs.at(i).nanoseconds / 1000000 << "ms";
        }
    }

    /// Dates, times, durations, counts and data words count only near incident language
    /// (IncidentContext), and the cues that modify them matter only there.
    bool isRestricted(const Recognizer &recognizer) const
    {
        return recognizer.modifiesFacts()
            || (recognizer.cue == CueKind::None && recognizer.type != FactType::Organization
                && reach.contains(recognizer.type));
    }
};

FactFinder::FactFinder(const RulePack &pack)
    : d(std::make_unique<Private>(pack))
{
}

FactFinder::~FactFinder() = default;

int FactFinder::recognizerCount() const
{
    return static_cast<int>(d->recognizers.size());
}

std::unique_ptr<FactFinder> FactFinder::create(const RulePack &pack, QString *error)
{
    std::unique_ptr<FactFinder> finder(new FactFinder(pack));
    const auto reach = IncidentContext::readReach(pack.list(QStringLiteral("incident-context")), error);
    if (!reach) {
        return nullptr;
    }
    finder->d->reach = *reach;
    auto recognizers = RecognizerCatalog::build(pack, error);
    if (!recognizers) {
        return nullptr;
    }
    finder->d->recognizers = std::move(*recognizers);
    for (const Recognizer &recognizer : std::as_const(finder->d->recognizers)) {
        finder->d->scanner.addPattern(recognizer.trigger,
            recognizer.exactTrigger ? PatternScanner::Mode::Exact : PatternScanner::Mode::Prefilter,
            // The single pass finds what tells where the incident is; the
            // restricted kinds are scanned for only there (find()).
            recognizer.exactTrigger && finder->d->isRestricted(recognizer) ? PatternScanner::Pass::Nearby
                                                                           : PatternScanner::Pass::Main);
    }
    for (Recognizer &recognizer : finder->d->recognizers) {
        if (!recognizer.follower.isEmpty()) {
            recognizer.followerPattern
                = finder->d->scanner.addPattern(recognizer.follower, PatternScanner::Mode::Exact);
        }
    }
    QString scannerError;
    // Compiling the rules takes seconds; the compiled database is cached per user.
    const QString cache
        = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/hyperscan");
    if (!finder->d->scanner.compile(&scannerError, cache)) {
        *error = pack.folder() + QStringLiteral(": the rules cannot be compiled for scanning: ") + scannerError;
        return nullptr;
    }
    return finder;
}

FoundFacts FactFinder::find(const QString &text, QDate anchor, const SentenceSplitter &splitter) const
{
    FoundFacts found;
    const QList<TextSpan> &sentences = found.sentences;
    const QByteArray utf8 = text.toUtf8();
    ScanEnds scanned = d->scanner.scanEnds(utf8);

    // Every hit's end (and start, where the scan knows it) in UTF-16, mapped in one walk over the text.
    QList<qsizetype> scannedOffsets;
    scannedOffsets.reserve(scanned.hits.size());
    for (const ScanHit &hit : std::as_const(scanned.hits)) {
        scannedOffsets.append(hit.end);
        if (hit.start >= 0) {
            scannedOffsets.append(hit.start);
        }
    }
    const Utf16Offsets ends(utf8, scannedOffsets);

    // Per recognizer the positions its regex is confirmed at: starts for exact triggers, else ends.
    // An exact hit's start is looked up only when the hit may still be needed (locateStarts):
    // numbers and dates are everywhere in news, and most lie far from any incident language.
    QList<QList<qsizetype>> endsByRecognizer(d->recognizers.size());
    struct StartlessHit
    {
        ScanHit hit;
        qsizetype end = 0; // UTF-16
    };
    QList<QList<StartlessHit>> startlessHits(d->recognizers.size());
    QHash<int, QList<qsizetype>> followersByPattern; // where followers start (UTF-16), ascending
    for (const ScanHit &hit : std::as_const(scanned.hits)) {
        if (hit.pattern >= d->recognizers.size()) {
            followersByPattern[hit.pattern].append(ends.at(hit.start >= 0 ? hit.start : hit.end));
        } else if (d->recognizers.at(hit.pattern).exactTrigger && hit.start < 0) {
            startlessHits[hit.pattern].append({ hit, ends.at(hit.end) });
        } else {
            endsByRecognizer[hit.pattern].append(ends.at(hit.start >= 0 ? hit.start : hit.end));
        }
    }
    // A hit of a recognizer with followers is kept only with a follower soon after it.
    const auto dropHitsWithoutFollower = [&](qsizetype r) {
        const Recognizer &recognizer = d->recognizers.at(r);
        const QList<qsizetype> &followers = followersByPattern[recognizer.followerPattern];
        startlessHits[r].removeIf([&](const StartlessHit &pending) {
            const auto next = std::lower_bound(followers.cbegin(), followers.cend(), pending.end);
            return next == followers.cend() || *next > pending.end + recognizer.followerReach;
        });
    };
    // The Nearby triggers (the restricted kinds), scanned for only in @p spans (UTF-16), each
    // widened by the longest match that can start in it; then placed like the single pass's hits.
    const auto scanNearby = [&](const QList<TextSpan> &spans) {
        QList<std::pair<qsizetype, qsizetype>> stretches;
        const qsizetype widen = d->scanner.nearbyReach();
        Utf16ToUtf8 toUtf8(text);
        for (const TextSpan &span : spans) {
            const qsizetype from = toUtf8.map(span.start);
            const qsizetype to = toUtf8.map(span.end);
            stretches.append({ from, widen < 0 ? utf8.size() : to + widen });
        }
        const QList<ScanHit> hits = d->scanner.scanStretches(utf8, scanned, stretches);
        QList<qsizetype> offsets;
        offsets.reserve(hits.size());
        for (const ScanHit &hit : hits) {
            offsets.append(hit.start >= 0 ? hit.start : hit.end);
        }
        const Utf16Offsets offsets16(utf8, offsets);
        for (const ScanHit &hit : hits) {
            if (hit.start >= 0) { // literal words: the scan knows their starts
                endsByRecognizer[hit.pattern].append(offsets16.at(hit.start));
            } else {
                startlessHits[hit.pattern].append({ hit, offsets16.at(hit.end) });
            }
        }
    };
    // Finds the starts of the start-less hits of recognizers that @p wanted(r, end) accepts
    // for a hit's end, and adds them to those recognizers' positions.
    const auto locateStarts = [&](const auto &wanted) {
        QList<ScanHit> located;
        for (qsizetype r = 0; r < startlessHits.size(); ++r) {
            if (d->recognizers.at(r).followerPattern >= 0) {
                dropHitsWithoutFollower(r);
            }
            for (const StartlessHit &pending : std::as_const(startlessHits.at(r))) {
                if (wanted(r, pending.end)) {
                    located.append(pending.hit);
                }
            }
        }
        d->scanner.findStarts(utf8, scanned, located);
        QList<qsizetype> startOffsets;
        startOffsets.reserve(located.size());
        for (const ScanHit &hit : std::as_const(located)) {
            startOffsets.append(hit.start);
        }
        const Utf16Offsets starts(utf8, startOffsets);
        for (const ScanHit &hit : std::as_const(located)) {
            endsByRecognizer[hit.pattern].append(starts.at(hit.start));
        }
    };

    // Hits that cannot end a match are dropped before any regex runs: clause rules without their
    // other word near, and context words ("bei", "at": frequent) without a name after them.
    QHash<qsizetype, QList<qsizetype>> partnerHits; // the partners' hits before pruning
    for (const Recognizer &recognizer : std::as_const(d->recognizers)) {
        if (recognizer.partner >= 0) {
            partnerHits.insert(recognizer.partner, endsByRecognizer.at(recognizer.partner));
        }
    }
    static const QString quotes = QStringLiteral("\"\u201E\u201C\u00BB");
    for (qsizetype r = 0; r < d->recognizers.size(); ++r) {
        const Recognizer &recognizer = d->recognizers.at(r);
        if (recognizer.partner >= 0) {
            const QList<qsizetype> &partnerEnds = partnerHits[recognizer.partner]; // ascending
            endsByRecognizer[r].removeIf([&](qsizetype end) {
                const auto it = std::lower_bound(partnerEnds.cbegin(), partnerEnds.cend(), end - recognizer.lookBehind);
                return it == partnerEnds.cend() || *it > end;
            });
        }
        if (recognizer.nameFollows) {
            endsByRecognizer[r].removeIf([&](qsizetype end) {
                qsizetype next = end;
                while (next < text.size() && text.at(next).isSpace()) {
                    ++next;
                }
                return next == end || next >= text.size()
                    || !(text.at(next).isUpper() || quotes.contains(text.at(next)));
            });
        }
    }

    const auto addFact
        = [&](const Recognizer &recognizer, const QRegularExpressionMatch &match, qsizetype &lastMatchEnd) {
              const bool hasSpan = recognizer.spanGroup > 0 && match.capturedStart(recognizer.spanGroup) >= 0;
              const int group = hasSpan ? recognizer.spanGroup : 0;
              const qsizetype start = match.capturedStart(group);
              const qsizetype end = match.capturedEnd(group);
              if (end <= start || start < lastMatchEnd) {
                  return;
              }
              if (recognizer.cue != CueKind::None) {
                  QList<TextSpan> &list = recognizer.cue == CueKind::Hedge ? found.cues.hedges
                      : recognizer.cue == CueKind::Incident                ? found.cues.incident
                      : recognizer.cue == CueKind::AdviceBefore            ? found.cues.adviceBefore
                      : recognizer.cue == CueKind::AdviceAfter             ? found.cues.adviceAfter
                      : recognizer.cue == CueKind::NegatesFollowing        ? found.cues.negatesFollowing
                                                                           : found.cues.negatesPreceding;
                  list.append({ start, end });
                  lastMatchEnd = end;
                  return;
              }
              const auto value = recognizer.normalize(match, anchor);
              if (!value) {
                  return;
              }
              Fact fact;
              fact.type = recognizer.type;
              fact.start = start;
              fact.end = end;
              fact.text = text.mid(start, end - start);
              fact.value = *value;
              fact.origin = recognizer.ruleId;
              if (fact.type == FactType::Organization && !d->names.trim(fact, text)) {
                  return;
              }
              found.facts.append(fact);
              lastMatchEnd = end;
          };

    // Exact triggers: try the regex anchored at each distinct start.
    const auto confirmAtStarts = [&](qsizetype r, QList<qsizetype> &starts) {
        const Recognizer &recognizer = d->recognizers.at(r);
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        qsizetype lastMatchEnd = -1;
        const bool measuring = lcFinder().isDebugEnabled();
        QElapsedTimer timer;
        qint64 windows = 0;
        if (measuring) {
            timer.start();
        }
        const auto stopClock = qScopeGuard([&] {
            if (measuring) {
                d->addCost(r, windows, 0, timer.nsecsElapsed());
            }
        });
        for (const qsizetype start : std::as_const(starts)) {
            if (start < lastMatchEnd) {
                continue;
            }
            ++windows;
            // The text is valid UTF-16 (QString): without DontCheckSubject PCRE would check the whole
            // text on every match, which makes long articles quadratic.
            const QRegularExpressionMatch match = recognizer.anchored.matchView(QStringView(text), start,
                QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
            if (match.hasMatch()) {
                addFact(recognizer, match, lastMatchEnd);
            }
        }
    };

    // Other triggers: merge the neighbourhoods of nearby hits into windows and confirm each window once.
    const auto confirmBeforeEnds = [&](qsizetype r, QList<qsizetype> &ends) {
        const Recognizer &recognizer = d->recognizers.at(r);
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
            windowEnd = std::min<qsizetype>(text.size(), windowEnd + lookAhead);
            // The regex sees the text before the window, so that its look-behinds judge the real
            // preceding character: cut off there, "(?<![\\p{L}])" took a window that starts inside
            // a word for a word start.
            const QStringView window = QStringView(text).first(windowEnd);
            QElapsedTimer timer;
            const bool measuring = lcFinder().isDebugEnabled();
            if (measuring) {
                timer.start();
            }
            const auto stopClock = qScopeGuard([&] {
                if (measuring) {
                    d->addCost(r, 1, windowEnd - windowStart, timer.nsecsElapsed());
                }
            });
            for (auto it = recognizer.regex.globalMatchView(window, windowStart, QRegularExpression::NormalMatch,
                     QRegularExpression::DontCheckSubjectStringMatchOption);
                it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                // A match that reaches the window's end may have been cut short there ("Ormand" for
                // "Ormandy"): match again from its start without the cut. Rare, so the slower
                // anchored match does not matter.
                if (match.capturedEnd(0) >= windowEnd && windowEnd < text.size()) {
                    const QRegularExpressionMatch whole = recognizer.regex.matchView(QStringView(text),
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
    };
    const auto confirm = [&](qsizetype r) {
        QList<qsizetype> &positions = endsByRecognizer[r];
        if (!positions.isEmpty()) {
            d->recognizers.at(r).exactTrigger ? confirmAtStarts(r, positions) : confirmBeforeEnds(r, positions);
        }
        positions.clear();
    };
    // Dates, counts and data words count only near incident language (IncidentContext); the rest
    // (cues, causes, attacks, discoveries, notifications, and organizations, which the record may
    // choose from anywhere) is confirmed first, so that the restricted kinds are confirmed only
    // where the context can admit them. Most news text has no incident language: there almost
    // nothing is confirmed.
    // Negation, hedge and advice cues only change facts of their own sentence: they are confirmed
    // only where facts can be, like the restricted kinds.
    const auto modifiesFacts = [](const Recognizer &recognizer) { return recognizer.modifiesFacts(); };
    const auto restricted = [this](const Recognizer &recognizer) { return d->isRestricted(recognizer); };
    const auto makesAnchors = [](const Recognizer &recognizer) { return recognizer.makesAnchors(); };
    locateStarts([&](qsizetype r, qsizetype) { return !restricted(d->recognizers.at(r)); });
    for (qsizetype r = 0; r < d->recognizers.size(); ++r) {
        if (makesAnchors(d->recognizers.at(r))) {
            confirm(r);
        }
    }
    QList<TextSpan> anchors = found.cues.incident;
    // A bare authority ("Polizei", "the regulator") is no incident language: only a notification
    // that says someone was told ("Behörden wurden informiert") is.
    const QString bareNotification = d->pack.language() + QStringLiteral(".notification");
    // A discovery ("entdeckt", "found") is incident language only in a text that has other
    // incident language: news reports discoveries of every kind.
    QList<TextSpan> discoveries;
    QList<TextSpan> cuePhrases = found.cues.incident; // every cue phrase, for data words inside one
    for (const Fact &fact : std::as_const(found.facts)) {
        if (Recognizer::isAnchorType(fact.type)) {
            cuePhrases.append({ fact.start, fact.end });
            if (fact.type == FactType::Discovery) {
                discoveries.append({ fact.start, fact.end });
            } else if (fact.origin != bareNotification) {
                anchors.append({ fact.start, fact.end });
            }
        }
    }
    // No incident language at all (most news): no fact can be admitted, a bare "Polizei" is no
    // incident's notification, and the record stays empty; the text is not even split into sentences.
    if (anchors.isEmpty()) {
        found.facts.clear();
        return found;
    }
    anchors.append(discoveries);
    found.sentences = splitter.split(text);
    for (qsizetype r = 0; r < d->recognizers.size(); ++r) {
        if (!restricted(d->recognizers.at(r)) && !makesAnchors(d->recognizers.at(r))) {
            confirm(r);
        }
    }
    d->names.addRecurringNames(text, sentences, found.facts);
    const IncidentContext context(d->reach, anchors, sentences);
    // Whether a match of a restricted recognizer that starts between from and to can matter.
    const auto mayMatter = [&](const Recognizer &recognizer, qsizetype from, qsizetype to) {
        return modifiesFacts(recognizer) ? context.mayHoldFactsIn(from, to)
                                         : context.mayAdmitStartingIn(recognizer.type, from, to);
    };
    // An exact hit's start lies at most the pattern's reach before its end: the start is looked up
    // only if a match starting anywhere there can matter (the context's checks grow with the range,
    // so this drops no hit that its start would keep).
    scanNearby(context.spansThatMayHoldFacts());
    locateStarts([&](qsizetype r, qsizetype end) {
        const qsizetype reach = scanned.longRepeats ? -1 : d->scanner.startReach(static_cast<int>(r));
        return mayMatter(d->recognizers.at(r), reach < 0 ? 0 : std::max<qsizetype>(0, end - reach), end);
    });
    for (qsizetype r = 0; r < d->recognizers.size(); ++r) {
        const Recognizer &recognizer = d->recognizers.at(r);
        if (!restricted(recognizer)) {
            continue;
        }
        // A start is where a fact begins; an end may close a match that began lookBehind earlier.
        const qsizetype reachBack = recognizer.exactTrigger ? 0 : recognizer.lookBehind;
        endsByRecognizer[r].removeIf([&](qsizetype position) {
            return !mayMatter(recognizer, std::max<qsizetype>(0, position - reachBack), position);
        });
        confirm(r);
    }

    // Of overlapping facts of one type keep the longest: one sweep per type in start order.
    // Stable, so that of two equal spans the earlier recognizer (a direct list entry before
    // a compound head or a generic word) wins.
    std::stable_sort(found.facts.begin(), found.facts.end(), [](const Fact &a, const Fact &b) {
        if (a.type != b.type) {
            return a.type < b.type;
        }
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Fact> kept;
    kept.reserve(found.facts.size());
    for (const Fact &fact : std::as_const(found.facts)) {
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
    found.facts = kept;

    // Only what is said near incident language belongs to the incident.
    // Cue lists sorted by start, so that each data word looks only at the cues around it (a long
    // text has thousands of both).
    const auto byStart = [](const TextSpan &x, const TextSpan &y) { return x.start < y.start; };
    std::sort(cuePhrases.begin(), cuePhrases.end(), byStart);
    std::sort(found.cues.adviceBefore.begin(), found.cues.adviceBefore.end(), byStart);
    std::sort(found.cues.adviceAfter.begin(), found.cues.adviceAfter.end(), byStart);
    // Whether a span of @p spans starts in [from, to] and satisfies @p test.
    const auto anyStartingIn = [](const QList<TextSpan> &spans, qsizetype from, qsizetype to, const auto &test) {
        auto it = std::lower_bound(
            spans.cbegin(), spans.cend(), from, [](const TextSpan &span, qsizetype p) { return span.start < p; });
        for (; it != spans.cend() && it->start <= to; ++it) {
            if (test(*it)) {
                return true;
            }
        }
        return false;
    };
    constexpr qsizetype longestCue = 200;
    // A data word inside a longer cue names the incident, not its data: "data breach",
    // "phishing emails", "Datenleck".
    const auto insideCue = [&](const Fact &fact) {
        return fact.type == FactType::DataCategory
            && anyStartingIn(cuePhrases, fact.start - longestCue, fact.start, [&fact](const TextSpan &cue) {
                   return fact.end <= cue.end && cue.end - cue.start > fact.end - fact.start;
               });
    };
    found.facts.removeIf(insideCue);
    // "Customers should reset their passwords", "Passwörter ändern": advice names data that was not exposed.
    constexpr qsizetype adviceGap = 25; // "reset their new" ... "passwords"
    const auto plainGap = [&text](qsizetype from, qsizetype to) {
        if (to < from || to - from > adviceGap) {
            return false;
        }
        const QStringView gap = QStringView(text).mid(from, to - from);
        return std::none_of(gap.cbegin(), gap.cend(), [](QChar c) { return QStringView(u".,;:!?\n()").contains(c); });
    };
    const auto adviceFollows = [&](const Fact &fact) {
        return anyStartingIn(found.cues.adviceAfter, fact.end, fact.end + adviceGap,
            [&](const TextSpan &cue) { return plainGap(fact.end, cue.start); });
    };
    // ... and "two years of free credit monitoring" is a remedy on offer, not how long the incident lasted.
    const auto isAdvice = [&](const Fact &fact) {
        if (fact.type == FactType::Duration) {
            return adviceFollows(fact);
        }
        return fact.type == FactType::DataCategory
            && (anyStartingIn(found.cues.adviceBefore, fact.start - adviceGap - longestCue, fact.start,
                    [&](const TextSpan &cue) { return plainGap(cue.end, fact.start); })
                || adviceFollows(fact));
    };
    found.facts.removeIf(isAdvice);
    const QList<bool> admitted
        = context.admittedFacts(found.facts, text, d->pack.list(QStringLiteral("conjunctions")).keys());
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
    return found;
}

} // namespace Iwb
