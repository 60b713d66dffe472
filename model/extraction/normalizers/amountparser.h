// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/normalizers/patternbuilder.h"
#include "extraction/normalizers/phrasematcher.h"
#include "extraction/normalizers/vocabulary.h"

#include <QString>

#include <optional>

namespace Iwb {

/**
 * The numeric part of number and duration phrases: an optional approximator
 * ("rund", "mehr als", "about"), then digits written with the language's
 * separators ("4.100", "1,35") or number words ("zwölf", "eine halbe",
 * "half a"), then optional scale words ("Millionen", "Mio.", "billion").
 *
 * Vocabulary, all from the language folder:
 * - norm-settings.tsv: thousands_separator and decimal_separator (one character each);
 * - norm-number-words.tsv: word -> number, "needs_unit" after the number for
 *   words that count only in front of a scale or unit ("ein", "half a");
 * - norm-scales.tsv: word -> positive integer factor;
 * - norm-approximators.tsv: phrase -> approximate | lower_bound | upper_bound.
 *
 * Values are kept as exact decimals (mantissa and decimal places), so that
 * "1,35 Mio." is 1350000 and not 1349999.9999.
 */
class AmountParser
{
public:
    enum class Bound { Exact, Approximate, AtLeast, AtMost };

    struct Amount
    {
        qint64 mantissa = 0;
        int decimals = 0; ///< value = mantissa / 10^decimals
        Bound bound = Bound::Exact;

        /// The value when it is a whole number (and fits), else std::nullopt.
        std::optional<qint64> integer() const;
        double toDouble() const;
    };

    enum class Scales {
        Allowed, ///< numbers: "250 Millionen"; a fraction or a needs_unit word needs a scale after it
        None, ///< amounts before a unit: "1,5 Stunden", "eine halbe Stunde"; the caller's grammar adds the unit
    };

    enum class Approximator {
        Allowed, ///< "rund 30.000"
        None, ///< the second part of "eine Stunde und 20 Minuten": keeps the grammar small enough for Hyperscan
    };

    /// The group keys of one amount in a grammar, e.g. "n_digits" for prefix "n".
    /// Made once at load time: building them for every match costs more than the match.
    struct Keys
    {
        Keys() = default;
        explicit Keys(const QString &prefix);

        QString approximator;
        QString digits;
        QString word;
        QString scale;
    };

    AmountParser() = default;

    static std::optional<AmountParser> load(const QString &languageDir, QString *error);

    /// The grammar of an amount, its groups named after @p keys.
    QString pattern(PatternBuilder &builder, const Keys &keys, Scales scales,
        Approximator approximator = Approximator::Allowed) const;
    /// Reads the amount that pattern() with the same @p keys matched.
    std::optional<Amount> read(const PhraseMatcher::Match &match, const Keys &keys) const;

    /// Whether @p text is only digits and thousands separators, the most common number
    /// candidate, which parseInteger() reads without a regex.
    bool isDigitRun(QStringView text) const;
    /// Digits, grouped by thousands or not ("4100", "4.100", "4 100", "4'100"), accepted exactly as the grammar would.
    std::optional<Amount> parseInteger(QStringView text) const;

private:
    std::optional<Amount> parseDigits(QStringView digits) const;
    Bound bound(QStringView approximator) const;
    /// The language's thousands separator, and the marks that group digits in any language:
    /// a space, a no-break or thin space ("18 000") and an apostrophe ("420'000", "800’000").
    bool isGroupSeparator(QChar c) const;

    Vocabulary m_numberWords;
    Vocabulary m_scales;
    Vocabulary m_approximators;
    QChar m_thousandsSeparator;
    QChar m_decimalSeparator;
};

} // namespace Iwb
