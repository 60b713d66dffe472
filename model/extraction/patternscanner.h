// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Iwb {

/// One place where a pattern may match: the pattern's index and the UTF-8 byte offset where the match ends.
struct ScanHit {
    int pattern = 0;
    qsizetype end = 0;
};

/**
 * Finds, in one pass over a text, where any of many patterns may match, with
 * Hyperscan. The patterns are compiled once into one database (compile());
 * scanning then costs one pass per text, however many patterns there are.
 *
 * Patterns are compiled in prefilter mode, case-insensitive, UTF-8 with
 * Unicode properties: a hit means "the pattern may end here", and the caller
 * confirms it with the exact regex on the hit's neighbourhood. That keeps
 * PCRE features (named groups, look-arounds) usable in rules.
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

    /// Adds a pattern; returns its index.
    int addPattern(const QString &pattern);
    int patternCount() const;

    /// Compiles all patterns; false and @p error ("pattern N: reason") when one does not compile.
    bool compile(QString *error);
    bool isCompiled() const;

    /// All hits in @p utf8, ordered by end offset.
    QList<ScanHit> scan(const QByteArray &utf8) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Iwb
