// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace Iwb {

/// One place where a pattern may match: the pattern's index and the UTF-8 byte offset where the
/// match ends; for exact patterns also where the leftmost match ending there starts (-1: not
/// known, for prefilter patterns and for exact hits whose start has not been asked for).
struct ScanHit
{
    int pattern = 0;
    qsizetype end = 0;
    qsizetype start = -1;
};

/// The hits of one text from PatternScanner::scanEnds(), with what findStarts() needs later.
struct ScanEnds
{
    QList<ScanHit> hits; ///< ordered by end
    /// Some unbounded repeat ran longer than startReach() assumes: starts may lie further back.
    bool longRepeats = false;
    QByteArray reversedText; ///< the whole text reversed, when findStarts() needed it
};

/**
 * Finds, in one pass over a text, where any of many patterns may match, with
 * Hyperscan. The patterns are compiled once (compile()) into one database per
 * Pass; scanning then costs one pass per text, however many patterns there
 * are, and the Nearby patterns a second pass over the stretches asked for.
 *
 * Patterns are case-insensitive UTF-8, in one of two modes. Prefilter patterns
 * may use PCRE features Hyperscan lacks (look-arounds): a hit means "the
 * pattern may end here", and the caller confirms it with the exact regex on the
 * hit's neighbourhood. Exact patterns must be Hyperscan syntax; their hits also
 * report where the leftmost match ending there starts, so the caller can confirm
 * anchored there, which is far cheaper than searching a neighbourhood.
 *
 * Hyperscan's own start-of-match tracking made the whole scan four times slower.
 * Instead the scan finds only the ends, and the start of each is where the
 * longest match of the pattern read backwards, from that end back, ends. That
 * match cannot be longer than the pattern's longest match with every unbounded
 * repeat capped; a text in which some repeat runs longer (a long run of spaces
 * or digits) is searched back to its start. An exact pattern whose syntax cannot
 * be reversed (anchors, inline flags without a group) keeps Hyperscan's tracking.
 *
 * compile() is not thread-safe; scan() may run on many threads at once, each
 * call allocating its own scratch space from a shared prototype.
 */
class PatternScanner
{
public:
    PatternScanner();
    ~PatternScanner();
    PatternScanner(PatternScanner &&) noexcept;
    PatternScanner &operator=(PatternScanner &&) noexcept;

    enum class Mode { Prefilter, Exact };
    /// Main: found by the first scan of each text (scanEnds()). Nearby: an exact pattern that
    /// scan leaves out, looked for by scanStretches() only in stretches the caller names (dates
    /// and numbers only near incident language, which the first scan found).
    enum class Pass { Main, Nearby };

    /// Adds a pattern; returns its index. A Nearby pattern must be Exact.
    int addPattern(const QString &pattern, Mode mode = Mode::Prefilter, Pass pass = Pass::Main);
    int patternCount() const;

    /// Compiles all patterns; false and @p error ("pattern N: reason") when one does not compile.
    /// With a @p cacheFolder the compiled database is kept there, keyed by the patterns and the
    /// Hyperscan version, and later compiles of the same patterns just load it.
    bool compile(QString *error, const QString &cacheFolder = {});
    bool isCompiled() const;

    /// All hits in @p utf8, ordered by end offset, exact ones with their start.
    QList<ScanHit> scan(const QByteArray &utf8) const;

    /// All hits in @p utf8 without looking for the starts of exact hits. Finding a start costs a
    /// short scan backwards from the hit; a caller that drops most hits by their end (numbers in
    /// news text far from any incident) asks findStarts() only for the rest.
    ScanEnds scanEnds(const QByteArray &utf8) const;
    /// Sets the start of each exact hit in @p hits, hits of @p scanned, a scanEnds() of @p utf8.
    void findStarts(const QByteArray &utf8, ScanEnds &scanned, QList<ScanHit> &hits) const;
    /// The hits of the Nearby patterns in the byte ranges @p stretches ([from, to), any order, may
    /// overlap) of @p utf8, a text scanned into @p scanned: each hit whose match lies within a
    /// stretch, ordered by end; exact ones without their start (findStarts()) unless the scan knows
    /// it (literal words: from the stretch). After long repeats, the whole text is scanned.
    QList<ScanHit> scanStretches(
        const QByteArray &utf8, const ScanEnds &scanned, QList<std::pair<qsizetype, qsizetype>> stretches) const;
    /// The longest match of any Nearby pattern, in bytes (when no long repeats ran); -1: unbounded.
    /// A stretch that is to hold every match starting in a span reaches this far past it.
    qsizetype nearbyReach() const;
    /// How far, in bytes, before its end a match of exact pattern @p pattern can start when no long
    /// repeats ran (ScanEnds::longRepeats); -1 when that is not bounded or the pattern is no exact one.
    qsizetype startReach(int pattern) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Iwb
