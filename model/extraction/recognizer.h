// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"

#include <QDate>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

namespace Iwb {

/// What a cue recognizer's matches are: not facts, but words that change facts or mark incident
/// language (FoundFacts::cues). None: the recognizer makes facts.
enum class CueKind { None, NegatesFollowing, NegatesPreceding, Hedge, Incident, AdviceBefore, AdviceAfter };

/// The value of a confirmed match; std::nullopt: the match is no fact after all. @p anchor is the
/// published date (may be invalid), for relative dates.
using Normalize = std::function<std::optional<QJsonValue>(const QRegularExpressionMatch &, QDate anchor)>;

/**
 * One rule of a rule pack made ready for finding: what Hyperscan looks for (the trigger), the
 * QRegularExpression that confirms each hit, and how the confirmed match becomes a value.
 * RecognizerCatalog builds them; FactFinder scans for their triggers (TriggerHits) and confirms
 * the hits (HitConfirmer).
 */
struct Recognizer
{
    QString ruleId;
    FactType type = FactType::Organization;
    CueKind cue = CueKind::None;
    QRegularExpression regex;
    Normalize normalize;
    /// What Hyperscan looks for: the regex itself, or a cheaper pattern that matches
    /// wherever the regex's match ends (the unit of a count, the verb of a clause).
    QString trigger;
    /// How far before a hit's end the match may start: the longest match the rule makes.
    qsizetype lookBehind = 80;
    /// The trigger is Hyperscan-exact and reports where its match starts; the regex is then
    /// tried anchored at that start (the trigger must start where the regex's match starts).
    bool exactTrigger = false;
    /// For a clause rule that needs two words ("Kunden ... informiert"), the recognizer whose
    /// trigger is the other word: a hit without a partner hit within lookBehind before it cannot
    /// be the end of a match. -1: none.
    qsizetype partner = -1;
    /// The match goes on after the trigger with a name ("beim Anbieter X"): a hit not followed by
    /// blanks and a capital or a quote cannot start a match.
    bool nameFollows = false;
    /// Words one of which must begin within followerReach characters after an exact hit's end
    /// for the hit to start a match (the units after a count's number), as a literal alternation;
    /// empty: none. Hyperscan looks for them with a pattern of their own (followerPattern), and a
    /// hit without one after it is dropped before its start is looked up.
    QString follower = {};
    qsizetype followerReach = 0;
    int followerPattern = -1;

    /// The number of the regex's "span" group, the part of the match that is the fact (-1: the whole match).
    int spanGroup = -1;
    /// For exact triggers: the regex anchored with \G. PCRE2's JIT does not support anchoring
    /// by a match-time option (it falls back to the interpreter, ~15 times slower); a pattern
    /// that starts with \G is anchored when compiled and runs JIT-compiled.
    QRegularExpression anchored = {};

    /// Negation, hedge and advice cues: they change facts of their sentence.
    bool modifiesFacts() const { return cue != CueKind::None && cue != CueKind::Incident; }
    /// Incident cues and cause, attack, discovery and notification cues: what tells where a text
    /// talks about an incident (IncidentContext's anchors).
    bool makesAnchors() const { return cue == CueKind::Incident || (cue == CueKind::None && isAnchorType(type)); }

    /// Whether facts of @p type are incident language.
    static bool isAnchorType(FactType type)
    {
        return type == FactType::Cause || type == FactType::Attack || type == FactType::Discovery
            || type == FactType::Notification;
    }
};

} // namespace Iwb
