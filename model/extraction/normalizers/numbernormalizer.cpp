// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "numbernormalizer.h"

namespace Iwb {

std::optional<NumberNormalizer> NumberNormalizer::load(const QString &languageDir, QString *error)
{
    NumberNormalizer normalizer;
    const auto amounts = AmountParser::load(languageDir, error);
    if (!amounts) {
        return std::nullopt;
    }
    normalizer.m_amounts = *amounts;
    normalizer.m_keys = AmountParser::Keys(QStringLiteral("n"));

    PatternBuilder plain(PatternBuilder::Mode::Plain);
    normalizer.m_pattern = normalizer.m_amounts.pattern(plain, normalizer.m_keys, AmountParser::Scales::Allowed);
    PatternBuilder capturing(PatternBuilder::Mode::Capturing);
    const auto matcher = PhraseMatcher::compile(
        normalizer.m_amounts.pattern(capturing, normalizer.m_keys, AmountParser::Scales::Allowed), error);
    if (!matcher) {
        return std::nullopt;
    }
    normalizer.m_matcher = *matcher;
    return normalizer;
}

std::optional<NumberNormalizer::Number> NumberNormalizer::normalize(QStringView text) const
{
    // Most candidates are plain digits ("2019", "4.100"); they need no regex.
    const QStringView trimmed = text.trimmed();
    std::optional<AmountParser::Amount> amount;
    if (m_amounts.isDigitRun(trimmed)) {
        amount = m_amounts.parseInteger(trimmed);
    } else if (const auto match = m_matcher.match(trimmed)) {
        amount = m_amounts.read(*match, m_keys);
    }
    if (!amount) {
        return std::nullopt;
    }
    const auto value = amount->integer();
    if (!value) {
        return std::nullopt;
    }
    Number number;
    number.value = *value;
    number.approximate = amount->bound == AmountParser::Bound::Approximate;
    number.lowerBound = amount->bound == AmountParser::Bound::AtLeast;
    number.upperBound = amount->bound == AmountParser::Bound::AtMost;
    return number;
}

} // namespace Iwb
