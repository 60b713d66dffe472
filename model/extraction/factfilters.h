// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factfinder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Iwb {

class IncidentContext;

/**
 * The filters FactFinder::find() applies to the confirmed facts, in this order: overlaps,
 * data words inside cues, advice, and last the incident context.
 */
namespace FactFilters {

    /// Of overlapping facts of one type keeps the longest, then sorts @p facts into text order
    /// (facts with one span in type order).
    void keepLongestOfOverlapping(QList<Fact> &facts);

    /// Drops the counts whose number is part of a date: the year in "am 17. Februar 2026 mit
    /// gestohlenen Zugangsdaten" counts no logins. @p facts must be in text order.
    void dropCountsInsideDates(QList<Fact> &facts);

    /// Drops the data words inside a longer one of @p cuePhrases (spans of incident and of cause,
    /// attack, discovery and notification cues; any order): "data breach", "phishing emails",
    /// "Datenleck" name the incident, not its data.
    void dropDataWordsInsideCues(QList<Fact> &facts, QList<TextSpan> cuePhrases);

    /// Drops the data words that advice names ("Customers should reset their passwords",
    /// "Passwörter ändern": data that was not exposed), and the durations before a remedy on
    /// offer ("two years of free credit monitoring"): @p cues's advice, sorted by start here.
    void dropAdvice(QList<Fact> &facts, CueSpans &cues, const QString &text);

    /// Keeps in @p found's facts those that @p context admits; the organizations it does not admit
    /// move to FoundFacts::organizationsOutOfContext, the other facts go. @p conjunctions join the
    /// items of a list (IncidentContext::admittedFacts()).
    void keepInIncidentContext(
        FoundFacts &found, const IncidentContext &context, const QString &text, const QStringList &conjunctions);

} // namespace FactFilters

} // namespace Iwb
