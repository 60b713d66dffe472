// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "amountparser.h"

#include <algorithm>

#include <cmath>
#include <limits>

namespace Iwb {

namespace {

    const QString needsUnitFlag = QStringLiteral("needs_unit");
    // 10^18 still fits into qint64; more digits than that are not a count anyone writes.
    constexpr int maxDigits = 18;

    bool needsUnit(const QString &value)
    {
        return value.endsWith(needsUnitFlag);
    }

    // "12", "0.5", "1.5 needs_unit" -> exact decimal; the data files always use '.'.
    std::optional<AmountParser::Amount> parseDecimal(QStringView text)
    {
        AmountParser::Amount amount;
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        const QStringView whole = dot < 0 ? text : text.left(dot);
        const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
        if (whole.isEmpty() || whole.size() + fraction.size() > maxDigits || (dot >= 0 && fraction.isEmpty())) {
            return std::nullopt;
        }
        for (const QStringView part : { whole, fraction }) {
            for (const QChar c : part) {
                if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                    return std::nullopt;
                }
                amount.mantissa = amount.mantissa * 10 + (c.unicode() - '0');
            }
        }
        amount.decimals = static_cast<int>(fraction.size());
        return amount;
    }

    QString checkSeparator(const QString &key, const QString &value)
    {
        if ((key == QLatin1String("thousands_separator") || key == QLatin1String("decimal_separator"))
            && (value.size() != 1 || value.front().isLetterOrNumber() || value.front().isSpace())) {
            return QStringLiteral("'%1' must be one character that is neither a letter, a digit nor a space").arg(key);
        }
        return {};
    }

} // namespace

std::optional<qint64> AmountParser::Amount::integer() const
{
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i) {
        divisor *= 10;
    }
    if (mantissa % divisor != 0) {
        return std::nullopt;
    }
    return mantissa / divisor;
}

double AmountParser::Amount::toDouble() const
{
    return static_cast<double>(mantissa) / std::pow(10.0, decimals);
}

std::optional<AmountParser> AmountParser::load(const QString &languageDir, QString *error)
{
    AmountParser parser;
    const auto settings = Vocabulary::load(languageDir, QStringLiteral("norm-settings.tsv"), error, checkSeparator);
    if (!settings) {
        return std::nullopt;
    }
    const auto thousands = settings->value(u"thousands_separator");
    const auto decimal = settings->value(u"decimal_separator");
    if (!thousands || !decimal) {
        *error = settings->path() + QStringLiteral(": thousands_separator and decimal_separator are both needed");
        return std::nullopt;
    }
    if (*thousands == *decimal) {
        *error = settings->path() + QStringLiteral(": thousands_separator and decimal_separator must differ");
        return std::nullopt;
    }
    parser.m_thousandsSeparator = thousands->front();
    parser.m_decimalSeparator = decimal->front();

    const auto numberWords = Vocabulary::load(
        languageDir, QStringLiteral("norm-number-words.tsv"), error, [](const QString &, const QString &value) {
            QStringView number(value);
            if (needsUnit(value)) {
                number = number.chopped(needsUnitFlag.size()).trimmed();
            }
            return parseDecimal(number) ? QString()
                                        : QStringLiteral("the value '%1' is not a number like 12 or "
                                                         "0.5, optionally followed by needs_unit")
                                              .arg(value);
        });
    if (!numberWords) {
        return std::nullopt;
    }
    parser.m_numberWords = *numberWords;

    const auto scales = Vocabulary::load(
        languageDir, QStringLiteral("norm-scales.tsv"), error, [](const QString &, const QString &value) {
            const auto factor = parseDecimal(value);
            return factor && factor->decimals == 0 && factor->mantissa > 0
                ? QString()
                : QStringLiteral("the value '%1' is not a positive whole number").arg(value);
        });
    if (!scales) {
        return std::nullopt;
    }
    parser.m_scales = *scales;

    static const QStringList bounds
        = { QStringLiteral("approximate"), QStringLiteral("lower_bound"), QStringLiteral("upper_bound") };
    const auto approximators = Vocabulary::load(
        languageDir, QStringLiteral("norm-approximators.tsv"), error, [](const QString &, const QString &value) {
            return bounds.contains(value)
                ? QString()
                : QStringLiteral("the value '%1' is not one of: %2").arg(value, bounds.join(QStringLiteral(", ")));
        });
    if (!approximators) {
        return std::nullopt;
    }
    parser.m_approximators = *approximators;
    return parser;
}

AmountParser::Keys::Keys(const QString &prefix)
    : approximator(prefix + QLatin1String("_approx"))
    , digits(prefix + QLatin1String("_digits"))
    , word(prefix + QLatin1String("_word"))
    , scale(prefix + QLatin1String("_scale"))
{
}

QString AmountParser::pattern(PatternBuilder &builder, const Keys &keys, Scales scales, Approximator approximator) const
{
    const QString thousands = QLatin1String("(?:")
        + Vocabulary::phrasePattern(QString(m_thousandsSeparator), Vocabulary::NoBoundary)
        + QLatin1String("|[ '\\x{00A0}\\x{2009}\\x{202F}\\x{2019}])");
    const QString decimal = Vocabulary::phrasePattern(QString(m_decimalSeparator), Vocabulary::NoBoundary);
    // Grouped digits first: QRegularExpression takes the first alternative that fits,
    // and "4.100" must not stop after the "4".
    const QString integer = QLatin1String("\\b(?:[0-9]{1,3}(?:") + thousands + QLatin1String("[0-9]{3})+|[0-9]+)");
    const QString fraction = integer + decimal + QLatin1String("[0-9]+");
    const QString freeWords = m_numberWords.pattern([](const QString &value) { return !needsUnit(value); });
    const QString unitWords = m_numberWords.pattern([](const QString &value) { return needsUnit(value); });
    const QString approximatorGroup = approximator == Approximator::None
        ? QString()
        : builder.group(keys.approximator, m_approximators.pattern()) + QLatin1String("\\s*");

    QStringList cores;
    if (scales == Scales::Allowed) {
        // Scale words glue to digits ("3.8bn"), so no \b in front of them; one or two
        // of them multiply ("hundred thousand"). Each use needs groups of its own:
        // PCRE wants unique group names.
        const auto scaleRun = [&]() -> QString {
            const QString scale = m_scales.pattern(Vocabulary::TrailingBoundary);
            return QLatin1String("\\s*") + builder.group(keys.scale, scale)
                + PatternBuilder::optional(QLatin1String("\\s*") + builder.group(keys.scale, scale));
        };
        cores << builder.group(keys.digits, fraction) + scaleRun()
              << builder.group(keys.digits, integer) + QLatin1String("(?:") + scaleRun() + QLatin1String("|\\b)");
        if (!unitWords.isEmpty()) {
            cores << builder.group(keys.word, unitWords) + scaleRun();
        }
        if (!freeWords.isEmpty()) {
            cores << builder.group(keys.word, freeWords) + PatternBuilder::optional(scaleRun());
        }
    } else {
        cores << builder.group(keys.digits, fraction) << builder.group(keys.digits, integer)
              << builder.group(keys.word, m_numberWords.pattern());
    }
    return PatternBuilder::optional(approximatorGroup) + PatternBuilder::anyOf(cores);
}

AmountParser::Bound AmountParser::bound(QStringView approximator) const
{
    const QString meaning = m_approximators.value(approximator).value_or(QString());
    if (meaning == QLatin1String("approximate")) {
        return Bound::Approximate;
    }
    if (meaning == QLatin1String("lower_bound")) {
        return Bound::AtLeast;
    }
    if (meaning == QLatin1String("upper_bound")) {
        return Bound::AtMost;
    }
    return Bound::Exact;
}

bool AmountParser::isDigitRun(QStringView text) const
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [this](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || isGroupSeparator(c);
    });
}

bool AmountParser::isGroupSeparator(QChar c) const
{
    return c == m_thousandsSeparator || c == QLatin1Char(' ') || c == QLatin1Char('\'') || c == QChar(0x00A0)
        || c == QChar(0x2009) || c == QChar(0x202F) || c == QChar(0x2019);
}

std::optional<AmountParser::Amount> AmountParser::parseInteger(QStringView text) const
{
    // The grammar's "[0-9]{1,3}(?:<separator>[0-9]{3})+|[0-9]+", by hand.
    QList<QStringView> groups;
    qsizetype groupStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isGroupSeparator(text.at(i))) {
            groups.append(text.mid(groupStart, i - groupStart));
            groupStart = i + 1;
        }
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype size = groups.at(i).size();
        const bool fits = groups.size() == 1 ? size > 0 : (i == 0 ? size >= 1 && size <= 3 : size == 3);
        if (!fits) {
            return std::nullopt;
        }
    }
    return parseDigits(text);
}

std::optional<AmountParser::Amount> AmountParser::parseDigits(QStringView digits) const
{
    QString plain;
    plain.reserve(digits.size());
    for (const QChar c : digits) {
        if (c != m_decimalSeparator && isGroupSeparator(c)) {
            continue;
        }
        plain += c == m_decimalSeparator ? QLatin1Char('.') : c;
    }
    return parseDecimal(plain);
}

std::optional<AmountParser::Amount> AmountParser::read(const PhraseMatcher::Match &match, const Keys &keys) const
{
    std::optional<Amount> amount;
    if (match.has(keys.digits)) {
        amount = parseDigits(match.text(keys.digits));
    } else if (match.has(keys.word)) {
        QString value = m_numberWords.value(match.text(keys.word)).value_or(QString());
        if (needsUnit(value)) {
            value.chop(needsUnitFlag.size());
        }
        amount = parseDecimal(QStringView(value).trimmed());
    }
    if (!amount) {
        return std::nullopt;
    }
    for (const QString &scale : match.texts(keys.scale)) {
        const auto factor = parseDecimal(m_scales.value(scale).value_or(QString()));
        if (!factor || qMulOverflow(amount->mantissa, factor->mantissa, &amount->mantissa)) {
            return std::nullopt;
        }
    }
    if (match.has(keys.approximator)) {
        amount->bound = bound(match.text(keys.approximator));
    }
    return amount;
}

} // namespace Iwb
