// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "patternscanner.h"
#include "recognizer.h"
#include "sentencesplitter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Iwb {

/**
 * The hits of the recognizers' triggers in one text, per recognizer: the positions its regex
 * is to be confirmed at (HitConfirmer), starts for exact triggers, else ends, in UTF-16.
 *
 * Hits are cheap to drop and costly to confirm, so most of this class drops hits that cannot
 * matter before any regex runs. An exact hit's start is looked up only when the hit may still
 * be needed (locateStarts()): numbers and dates are everywhere in news, and most lie far from
 * any incident language.
 *
 * One object per find(); @p recognizers, @p scanner and @p text must outlive it.
 */
class TriggerHits
{
public:
    /// Scans @p text once with the Main pass of @p scanner (whose first patterns are the
    /// triggers of @p recognizers, in order, followed by their followers' patterns) and places
    /// every hit: with its position at its recognizer, as start-less (an exact hit whose start
    /// the scan did not look for), or as a follower.
    TriggerHits(const QList<Recognizer> &recognizers, const PatternScanner &scanner, const QString &text);

    /// Drops the hits that cannot end a match: clause rules' hits without their other word near
    /// (Recognizer::partner), and context words ("bei", "at": frequent) without a name after them
    /// (Recognizer::nameFollows).
    void dropHitsThatCannotEnd();

    /// The Nearby triggers (the restricted kinds), scanned for only in @p spans (UTF-16), each
    /// widened by the longest match that can start in it; then placed like the first scan's hits.
    void scanNearby(const QList<TextSpan> &spans);

    /// Finds the starts of the start-less hits of recognizers that @p wanted(r, end) accepts for
    /// a hit's end, and adds them to those recognizers' positions. A hit of a recognizer with
    /// followers is kept only with a follower soon after it (Recognizer::follower).
    void locateStarts(const std::function<bool(qsizetype recognizer, qsizetype end)> &wanted);

    /// How far (in bytes) before its end an exact hit of recognizer @p r can start; -1: no bound
    /// (the text has long repeats, or the trigger has unbounded ones).
    qsizetype startReach(qsizetype r) const;

    /// Hands over recognizer @p r's positions found so far and forgets them.
    QList<qsizetype> takePositions(qsizetype r);

private:
    struct StartlessHit
    {
        ScanHit hit;
        qsizetype end = 0; // UTF-16
    };

    void dropHitsWithoutFollower(qsizetype r);

    const QList<Recognizer> &m_recognizers;
    const PatternScanner &m_scanner;
    const QString &m_text;
    const QByteArray m_utf8;
    ScanEnds m_scanned;
    QList<QList<qsizetype>> m_positions; // per recognizer
    QList<QList<StartlessHit>> m_startlessHits; // per recognizer
    QHash<int, QList<qsizetype>> m_followersByPattern; // where followers start (UTF-16), ascending
};

} // namespace Iwb
