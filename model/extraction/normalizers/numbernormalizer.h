// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/normalizers/amountparser.h"
#include "extraction/normalizers/phrasematcher.h"

#include <QString>

#include <optional>

namespace Iwb {

/**
 * Recognizes and normalizes counts: "4.100", "250 Millionen", "1,35 Mio.",
 * "rund 30.000", "mehr als zwei Millionen", "3.8 billion", "1,200",
 * "half a million", "zwölf", "two dozen".
 *
 * The vocabulary comes from a language folder (see AmountParser for the files).
 * A phrase whose value is not a whole number ("2,5" without a scale, "half a"
 * alone) is not a count and gives std::nullopt.
 */
class NumberNormalizer
{
public:
    struct Number
    {
        qint64 value = 0;
        bool approximate = false; ///< "rund", "etwa", "about"
        bool lowerBound = false; ///< "mehr als", "mindestens", "more than": the count is at least value
        bool upperBound = false; ///< "bis zu", "knapp", "up to", "nearly": the count is at most value

        bool operator==(const Number &) const = default;
    };

    /// Loads the vocabulary from a language folder (e.g. resources/rules/de);
    /// std::nullopt and @p error "file:line: problem" on failure.
    static std::optional<NumberNormalizer> load(const QString &languageDir, QString *error);

    /// Normalizes a whole number phrase, e.g. "mehr als zwei Millionen" -> 2000000, lowerBound.
    std::optional<Number> normalize(QStringView text) const;

    /// A regex that finds exactly the phrases normalize() understands; for QRegularExpression
    /// (CaseInsensitiveOption | UseUnicodePropertiesOption) and Hyperscan
    /// (HS_FLAG_CASELESS | HS_FLAG_UTF8; not HS_FLAG_UCP, which Hyperscan refuses with \b).
    QString pattern() const { return m_pattern; }

private:
    NumberNormalizer() = default;

    AmountParser m_amounts;
    AmountParser::Keys m_keys;
    PhraseMatcher m_matcher;
    QString m_pattern;
};

} // namespace Iwb
