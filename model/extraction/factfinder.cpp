// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factfinder.h"

#include "factfilters.h"
#include "hitconfirmer.h"
#include "incidentcontext.h"
#include "organizationnames.h"
#include "patternscanner.h"
#include "recognizercatalog.h"
#include "rulepack.h"
#include "triggerhits.h"

#include <QStandardPaths>

#include <algorithm>

namespace Iwb {

namespace {

    /// Where the confirmed anchor recognizers (Recognizer::makesAnchors()) say the text talks about an incident.
    struct IncidentLanguage
    {
        /// Incident cues and the cause, attack and notification facts; no bare authority.
        QList<TextSpan> anchors;
        /// A discovery ("entdeckt", "found") is incident language only in a text that has other
        /// incident language: news reports discoveries of every kind.
        QList<TextSpan> discoveries;
        /// Every cue phrase, for data words inside one.
        QList<TextSpan> cuePhrases;
    };

    IncidentLanguage incidentLanguageOf(const FoundFacts &found, const QString &language)
    {
        IncidentLanguage incidentLanguage;
        incidentLanguage.anchors = found.cues.incident;
        incidentLanguage.cuePhrases = found.cues.incident;
        // A bare authority ("Polizei", "the regulator") is no incident language: only a notification
        // that says someone was told ("Behörden wurden informiert") is.
        const QString bareNotification = language + QStringLiteral(".notification");
        for (const Fact &fact : std::as_const(found.facts)) {
            if (Recognizer::isAnchorType(fact.type)) {
                incidentLanguage.cuePhrases.append({ fact.start, fact.end });
                if (fact.type == FactType::Discovery) {
                    incidentLanguage.discoveries.append({ fact.start, fact.end });
                } else if (fact.origin != bareNotification) {
                    incidentLanguage.anchors.append({ fact.start, fact.end });
                }
            }
        }
        return incidentLanguage;
    }

} // namespace

struct FactFinder::Private
{
    explicit Private(const RulePack &pack)
        : pack(pack)
        , names(pack)
    {
    }

    /// Dates, times, durations, counts and data words count only near incident language
    /// (IncidentContext), and the cues that modify them matter only there.
    bool isRestricted(const Recognizer &recognizer) const
    {
        return recognizer.modifiesFacts()
            || (recognizer.cue == CueKind::None && recognizer.type != FactType::Organization
                && reach.contains(recognizer.type));
    }

    const RulePack &pack;
    IncidentContext::Reach reach;
    QList<Recognizer> recognizers;
    OrganizationNames names;
    PatternScanner scanner;
    /// Declared after the recognizers: it names them when it logs, on destruction.
    ConfirmationCosts costs { recognizers };
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
    // The triggers are the first patterns, in the recognizers' order (TriggerHits relies on it).
    for (const Recognizer &recognizer : std::as_const(finder->d->recognizers)) {
        finder->d->scanner.addPattern(recognizer.trigger,
            recognizer.exactTrigger ? PatternScanner::Mode::Exact : PatternScanner::Mode::Prefilter,
            // The first scan finds what tells where the incident is; the restricted kinds are
            // scanned for only there (find()).
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
    const QList<Recognizer> &recognizers = d->recognizers;
    FoundFacts found;
    // 1. Scan once with Hyperscan; place the hits per recognizer, dropping those that cannot end a match.
    TriggerHits hits(recognizers, d->scanner, text);
    hits.dropHitsThatCannotEnd();
    HitConfirmer confirmer(recognizers, d->names, d->costs, text, anchor, found);
    const auto confirmEach = [&](const auto &chosen) {
        for (qsizetype r = 0; r < recognizers.size(); ++r) {
            if (chosen(recognizers.at(r))) {
                confirmer.confirm(r, hits.takePositions(r));
            }
        }
    };
    const auto restricted = [this](const Recognizer &recognizer) { return d->isRestricted(recognizer); };

    // Dates, counts and data words count only near incident language (IncidentContext); the rest
    // (cues, causes, attacks, discoveries, notifications, and organizations, which the record may
    // choose from anywhere) is confirmed first, so that the restricted kinds are confirmed only
    // where the context can admit them. Most news text has no incident language: there almost
    // nothing is confirmed.
    // Negation, hedge and advice cues only change facts of their own sentence: they are confirmed
    // only where facts can be, like the restricted kinds.
    // 2. Confirm the anchors: incident language.
    hits.locateStarts([&](qsizetype r, qsizetype) { return !restricted(recognizers.at(r)); });
    confirmEach([](const Recognizer &recognizer) { return recognizer.makesAnchors(); });
    const IncidentLanguage incidentLanguage = incidentLanguageOf(found, d->pack.language());
    // No incident language at all (most news): no fact can be admitted, a bare "Polizei" is no
    // incident's notification, and the record stays empty; the text is not even split into sentences.
    if (incidentLanguage.anchors.isEmpty()) {
        found.facts.clear();
        return found;
    }
    // 3. Split into sentences. 4. Confirm the rest that counts anywhere (organizations). 5. Recurring names.
    found.sentences = splitter.split(text);
    confirmEach([&](const Recognizer &recognizer) { return !restricted(recognizer) && !recognizer.makesAnchors(); });
    d->names.addRecurringNames(text, found.sentences, found.facts);

    // 6. The incident context.
    const IncidentContext context(d->reach, incidentLanguage.anchors + incidentLanguage.discoveries, found.sentences);
    // Whether a match of a restricted recognizer that starts between from and to can matter.
    const auto mayMatter = [&](const Recognizer &recognizer, qsizetype from, qsizetype to) {
        return recognizer.modifiesFacts() ? context.mayHoldFactsIn(from, to)
                                          : context.mayAdmitStartingIn(recognizer.type, from, to);
    };
    // 7. Scan for the restricted kinds near it.
    hits.scanNearby(context.spansThatMayHoldFacts());
    // An exact hit's start lies at most the pattern's reach before its end: the start is looked up
    // only if a match starting anywhere there can matter (the context's checks grow with the range,
    // so this drops no hit that its start would keep).
    hits.locateStarts([&](qsizetype r, qsizetype end) {
        const qsizetype reach = hits.startReach(r);
        return mayMatter(recognizers.at(r), reach < 0 ? 0 : std::max<qsizetype>(0, end - reach), end);
    });
    // 8. Confirm the restricted kinds where they can matter.
    for (qsizetype r = 0; r < recognizers.size(); ++r) {
        const Recognizer &recognizer = recognizers.at(r);
        if (!restricted(recognizer)) {
            continue;
        }
        // A start is where a fact begins; an end may close a match that began lookBehind earlier.
        const qsizetype reachBack = recognizer.exactTrigger ? 0 : recognizer.lookBehind;
        QList<qsizetype> positions = hits.takePositions(r);
        positions.removeIf([&](qsizetype position) {
            return !mayMatter(recognizer, std::max<qsizetype>(0, position - reachBack), position);
        });
        confirmer.confirm(r, std::move(positions));
    }

    // 9. Filters.
    FactFilters::keepLongestOfOverlapping(found.facts);
    FactFilters::dropCountsInsideDates(found.facts);
    // Only what is said near incident language belongs to the incident.
    FactFilters::dropDataWordsInsideCues(found.facts, incidentLanguage.cuePhrases);
    FactFilters::dropAdvice(found.facts, found.cues, text);
    FactFilters::keepInIncidentContext(found, context, text, d->pack.list(QStringLiteral("conjunctions")).keys());
    return found;
}

} // namespace Iwb
