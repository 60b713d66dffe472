// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "triggerhits.h"

#include "utf8offsets.h"

#include <algorithm>
#include <utility>

namespace Iwb {

TriggerHits::TriggerHits(const QList<Recognizer> &recognizers, const PatternScanner &scanner, const QString &text)
    : m_recognizers(recognizers)
    , m_scanner(scanner)
    , m_text(text)
    , m_utf8(text.toUtf8())
    , m_scanned(scanner.scanEnds(m_utf8))
    , m_positions(recognizers.size())
    , m_startlessHits(recognizers.size())
{
    // Every hit's end (and start, where the scan knows it) in UTF-16, mapped in one walk over the text.
    QList<qsizetype> scannedOffsets;
    scannedOffsets.reserve(m_scanned.hits.size());
    for (const ScanHit &hit : std::as_const(m_scanned.hits)) {
        scannedOffsets.append(hit.end);
        if (hit.start >= 0) {
            scannedOffsets.append(hit.start);
        }
    }
    const Utf16Offsets ends(m_utf8, scannedOffsets);

    for (const ScanHit &hit : std::as_const(m_scanned.hits)) {
        if (hit.pattern >= m_recognizers.size()) {
            m_followersByPattern[hit.pattern].append(ends.at(hit.start >= 0 ? hit.start : hit.end));
        } else if (m_recognizers.at(hit.pattern).exactTrigger && hit.start < 0) {
            m_startlessHits[hit.pattern].append({ hit, ends.at(hit.end) });
        } else {
            m_positions[hit.pattern].append(ends.at(hit.start >= 0 ? hit.start : hit.end));
        }
    }
}

void TriggerHits::dropHitsThatCannotEnd()
{
    QHash<qsizetype, QList<qsizetype>> partnerHits; // the partners' hits before pruning
    for (const Recognizer &recognizer : std::as_const(m_recognizers)) {
        if (recognizer.partner >= 0) {
            partnerHits.insert(recognizer.partner, m_positions.at(recognizer.partner));
        }
    }
    static const QString quotes = QStringLiteral("\"\u201E\u201C\u00BB");
    for (qsizetype r = 0; r < m_recognizers.size(); ++r) {
        const Recognizer &recognizer = m_recognizers.at(r);
        if (recognizer.partner >= 0) {
            const QList<qsizetype> &partnerEnds = partnerHits[recognizer.partner]; // ascending
            m_positions[r].removeIf([&](qsizetype end) {
                const auto it = std::lower_bound(partnerEnds.cbegin(), partnerEnds.cend(), end - recognizer.lookBehind);
                return it == partnerEnds.cend() || *it > end;
            });
        }
        if (recognizer.nameFollows) {
            m_positions[r].removeIf([&](qsizetype end) {
                qsizetype next = end;
                while (next < m_text.size() && m_text.at(next).isSpace()) {
                    ++next;
                }
                return next == end || next >= m_text.size()
                    || !(m_text.at(next).isUpper() || quotes.contains(m_text.at(next)));
            });
        }
    }
}

void TriggerHits::scanNearby(const QList<TextSpan> &spans)
{
    QList<std::pair<qsizetype, qsizetype>> stretches;
    const qsizetype widen = m_scanner.nearbyReach();
    Utf16ToUtf8 toUtf8(m_text);
    for (const TextSpan &span : spans) {
        const qsizetype from = toUtf8.map(span.start);
        const qsizetype to = toUtf8.map(span.end);
        stretches.append({ from, widen < 0 ? m_utf8.size() : to + widen });
    }
    const QList<ScanHit> hits = m_scanner.scanStretches(m_utf8, m_scanned, stretches);
    QList<qsizetype> offsets;
    offsets.reserve(hits.size());
    for (const ScanHit &hit : hits) {
        offsets.append(hit.start >= 0 ? hit.start : hit.end);
    }
    const Utf16Offsets offsets16(m_utf8, offsets);
    for (const ScanHit &hit : hits) {
        if (hit.start >= 0) { // literal words: the scan knows their starts
            m_positions[hit.pattern].append(offsets16.at(hit.start));
        } else {
            m_startlessHits[hit.pattern].append({ hit, offsets16.at(hit.end) });
        }
    }
}

void TriggerHits::dropHitsWithoutFollower(qsizetype r)
{
    const Recognizer &recognizer = m_recognizers.at(r);
    const QList<qsizetype> &followers = m_followersByPattern[recognizer.followerPattern];
    m_startlessHits[r].removeIf([&](const StartlessHit &pending) {
        const auto next = std::lower_bound(followers.cbegin(), followers.cend(), pending.end);
        return next == followers.cend() || *next > pending.end + recognizer.followerReach;
    });
}

void TriggerHits::locateStarts(const std::function<bool(qsizetype, qsizetype)> &wanted)
{
    QList<ScanHit> located;
    for (qsizetype r = 0; r < m_startlessHits.size(); ++r) {
        if (m_recognizers.at(r).followerPattern >= 0) {
            dropHitsWithoutFollower(r);
        }
        for (const StartlessHit &pending : std::as_const(m_startlessHits.at(r))) {
            if (wanted(r, pending.end)) {
                located.append(pending.hit);
            }
        }
    }
    m_scanner.findStarts(m_utf8, m_scanned, located);
    QList<qsizetype> startOffsets;
    startOffsets.reserve(located.size());
    for (const ScanHit &hit : std::as_const(located)) {
        startOffsets.append(hit.start);
    }
    const Utf16Offsets starts(m_utf8, startOffsets);
    for (const ScanHit &hit : std::as_const(located)) {
        m_positions[hit.pattern].append(starts.at(hit.start));
    }
}

qsizetype TriggerHits::startReach(qsizetype r) const
{
    return m_scanned.longRepeats ? -1 : m_scanner.startReach(static_cast<int>(r));
}

QList<qsizetype> TriggerHits::takePositions(qsizetype r)
{
    return std::exchange(m_positions[r], {});
}

} // namespace Iwb
