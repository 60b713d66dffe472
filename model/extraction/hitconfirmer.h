// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factfinder.h"
#include "recognizer.h"

#include <QDate>
#include <QList>
#include <QString>

#include <mutex>

namespace Iwb {

class OrganizationNames;

/**
 * Time spent confirming each recognizer's hits, logged when it is destroyed, for
 * QT_LOGGING_RULES="iwb.extraction.finder.debug=true". Written only while that debug logging
 * is on; extractions on several threads add to it under a lock.
 */
class ConfirmationCosts
{
public:
    /// @p recognizers (for their rule ids) must outlive this.
    explicit ConfirmationCosts(const QList<Recognizer> &recognizers);
    ~ConfirmationCosts();

    /// Whether costs are measured at all (the debug logging is on).
    static bool isMeasuring();
    void add(qsizetype recognizer, qint64 windows, qint64 characters, qint64 nanoseconds) const;

private:
    struct Cost
    {
        qint64 windows = 0;
        qint64 characters = 0;
        qint64 nanoseconds = 0;
    };
    const QList<Recognizer> &m_recognizers;
    mutable std::mutex m_mutex;
    mutable QList<Cost> m_costs;
};

/**
 * Confirms the hits of one text's triggers with the recognizers' regexes, normalizes each
 * match's value and adds it to a FoundFacts: as a fact, or, for cue recognizers, as a cue.
 * Organizations are trimmed to their name (OrganizationNames::trim()); a match that leaves no
 * name, or whose value does not normalize, is dropped.
 *
 * Of the matches of one recognizer, one that starts inside the previous one is dropped.
 */
class HitConfirmer
{
public:
    /// Everything but @p anchor (the published date, may be invalid) must outlive the confirmer.
    HitConfirmer(const QList<Recognizer> &recognizers, const OrganizationNames &names, const ConfirmationCosts &costs,
        const QString &text, QDate anchor, FoundFacts &found);

    /// Confirms recognizer @p r at @p positions (TriggerHits): for an exact trigger, anchored at
    /// each distinct start; otherwise within the neighbourhood before each end.
    void confirm(qsizetype r, QList<qsizetype> positions);

private:
    void confirmAtStarts(qsizetype r, QList<qsizetype> &starts);
    void confirmBeforeEnds(qsizetype r, QList<qsizetype> &ends);
    /// Adds @p match as a fact or cue unless it starts before @p lastMatchEnd, which it then moves on.
    void addFact(const Recognizer &recognizer, const QRegularExpressionMatch &match, qsizetype &lastMatchEnd);

    const QList<Recognizer> &m_recognizers;
    const OrganizationNames &m_names;
    const ConfirmationCosts &m_costs;
    const QString &m_text;
    const QDate m_anchor;
    FoundFacts &m_found;
};

} // namespace Iwb
