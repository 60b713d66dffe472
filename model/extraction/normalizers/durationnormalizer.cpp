// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "durationnormalizer.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    const QString dash = QStringLiteral("[-\u2013]");
    const QString openEnd = QStringLiteral("-");
    const QString vagueUnit = QStringLiteral("v_unit");

    // "60", "0.5", "1/60" -> minutes.
    std::optional<double> parseMinutes(QStringView text)
    {
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        bool ok = false;
        const double numerator = (slash < 0 ? text : text.left(slash)).toDouble(&ok);
        if (!ok || numerator < 0) {
            return std::nullopt;
        }
        if (slash < 0) {
            return numerator;
        }
        const double denominator = text.mid(slash + 1).toDouble(&ok);
        if (!ok || denominator <= 0) {
            return std::nullopt;
        }
        return numerator / denominator;
    }

    // A whole number of minutes as an integer, so that JSON shows 31 and not 31.0.
    QJsonValue minutesValue(double minutes)
    {
        const double rounded = std::round(minutes);
        if (std::abs(minutes - rounded) < 1e-9) {
            return QJsonValue(static_cast<qint64>(rounded));
        }
        return QJsonValue(minutes);
    }

    QJsonValue limits(std::optional<double> min, std::optional<double> max)
    {
        QJsonObject object;
        if (min) {
            object.insert(QStringLiteral("min"), minutesValue(*min));
        }
        if (max) {
            object.insert(QStringLiteral("max"), minutesValue(*max));
        }
        return object;
    }

} // namespace

std::optional<DurationNormalizer> DurationNormalizer::load(const QString &languageDir, QString *error)
{
    DurationNormalizer normalizer;
    const auto amounts = AmountParser::load(languageDir, error);
    if (!amounts) {
        return std::nullopt;
    }
    normalizer.m_amounts = *amounts;
    normalizer.m_first = Part(QStringLiteral("a"));
    normalizer.m_second = Part(QStringLiteral("b"));
    const auto dates = DateNormalizer::load(languageDir, error);
    if (!dates) {
        return std::nullopt;
    }
    normalizer.m_dates = dates;

    const auto units = Vocabulary::load(
        languageDir, QStringLiteral("norm-duration-units.tsv"), error, [](const QString &, const QString &value) {
            return parseMinutes(value) ? QString()
                                       : QStringLiteral("the value '%1' is not a number of minutes "
                                                        "like 60 or 1/60")
                                             .arg(value);
        });
    if (!units) {
        return std::nullopt;
    }
    normalizer.m_units = *units;

    const auto vague = Vocabulary::load(languageDir, QStringLiteral("norm-vague-durations.tsv"), error,
        [&normalizer](const QString &, const QString &value) {
            const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const auto min = parts.size() >= 2 ? parseMinutes(parts.at(0)) : std::nullopt;
            const auto max = parts.size() >= 2 ? parseMinutes(parts.at(1)) : std::nullopt;
            if (parts.size() < 2 || parts.size() > 3 || !min || (parts.at(1) != openEnd && (!max || *max < *min))) {
                return QStringLiteral("the value '%1' is not MIN MAX [UNIT], like '2 12' or '2 - Jahr'").arg(value);
            }
            if (parts.size() == 3 && !normalizer.m_units.value(parts.at(2))) {
                return QStringLiteral("the unit '%1' is not in norm-duration-units.tsv").arg(parts.at(2));
            }
            return QString();
        });
    if (!vague) {
        return std::nullopt;
    }
    normalizer.m_vague = *vague;

    static const QStringList roles = { QStringLiteral("for"), QStringLiteral("since"), QStringLiteral("suffix"),
        QStringLiteral("and"), QStringLiteral("to"), QStringLiteral("between") };
    const auto words = Vocabulary::load(
        languageDir, QStringLiteral("norm-duration-words.tsv"), error, [](const QString &, const QString &value) {
            return roles.contains(value)
                ? QString()
                : QStringLiteral("the value '%1' is not one of: %2").arg(value, roles.join(QStringLiteral(", ")));
        });
    if (!words) {
        return std::nullopt;
    }
    normalizer.m_words = *words;

    QStringList plainForms;
    QStringList capturingForms;
    PatternBuilder capturing(PatternBuilder::Mode::Capturing);
    for (const Form form : { Form::Since, Form::Range, Form::Vague, Form::Quantity }) {
        PatternBuilder plain(PatternBuilder::Mode::Plain);
        const QString plainForm = normalizer.grammar(form, plain);
        if (plainForm.isEmpty()) {
            continue;
        }
        plainForms.append(plainForm);
        // All forms in one regex with a group around each: one match call instead of one per form.
        const QString key = QStringLiteral("form%1").arg(static_cast<int>(form));
        capturingForms.append(capturing.group(key, normalizer.grammar(form, capturing)));
        normalizer.m_forms.append({ form, key });
    }
    const auto matcher = PhraseMatcher::compile(PatternBuilder::anyOf(capturingForms), error);
    if (!matcher) {
        return std::nullopt;
    }
    normalizer.m_matcher = *matcher;
    normalizer.m_pattern = PatternBuilder::anyOf(plainForms);
    return normalizer;
}

DurationNormalizer::Part::Part(const QString &prefix)
    : amount(prefix)
    , unit(prefix + QLatin1String("_unit"))
{
}

QString DurationNormalizer::grammar(Form form, PatternBuilder &b) const
{
    const auto word = [this](const QString &role) -> QString { return m_words.patternFor(role); };
    // Units glue to digits ("40min"), so no \b in front of them.
    const auto unit
        = [&](const QString &key) -> QString { return b.group(key, m_units.pattern(Vocabulary::TrailingBoundary)); };
    const auto quantity = [&](const Part &part, AmountParser::Approximator approximator) -> QString {
        return m_amounts.pattern(b, part.amount, AmountParser::Scales::None, approximator) + QLatin1String("\\s*")
            + unit(part.unit);
    };
    const QString prefix = PatternBuilder::optional(m_words.pattern([](const QString &value) {
        return value == QLatin1String("for") || value == QLatin1String("since");
    }) + QLatin1String("\\s+"));
    const QString suffix = PatternBuilder::optional(QLatin1String("\\s+") + word(QStringLiteral("suffix")));

    switch (form) {
    case Form::Since: {
        const QString since = word(QStringLiteral("since"));
        if (since.isEmpty() || !m_dates) { // load() always sets m_dates
            return {};
        }
        return since + QLatin1String("\\s+")
            + PatternBuilder::anyOf({ b.group(QStringLiteral("year"), QStringLiteral("\\b[12][0-9]{3}\\b")),
                b.group(QStringLiteral("date"), m_dates->singleDatePattern()) });
    }
    case Form::Range: {
        const QString to = PatternBuilder::anyOf({ word(QStringLiteral("to")), dash });
        const QString between = word(QStringLiteral("between"));
        const QString andWord = word(QStringLiteral("and"));
        // No approximators in ranges: Hyperscan's start-of-match tracking cannot take the grammar then.
        const auto amount = [&](const Part &part) -> QString {
            return m_amounts.pattern(b, part.amount, AmountParser::Scales::None, AmountParser::Approximator::None);
        };
        return prefix
            + PatternBuilder::anyOf(
                { amount(m_first) + QLatin1String("\\s*") + to + QLatin1String("\\s*") + amount(m_second),
                    between.isEmpty() || andWord.isEmpty() ? QString()
                                                           : between + QLatin1String("\\s+") + amount(m_first)
                            + QLatin1String("\\s+") + andWord + QLatin1String("\\s+") + amount(m_second) })
            + QLatin1String("\\s*") + unit(m_second.unit) + suffix;
    }
    case Form::Vague: {
        const QString counts = m_vague.pattern([](const QString &value) { return value.count(QLatin1Char(' ')) == 1; });
        const QString wholes = m_vague.pattern([](const QString &value) { return value.count(QLatin1Char(' ')) == 2; });
        return prefix
            + PatternBuilder::anyOf(
                { counts.isEmpty() ? QString()
                                   : b.group(QStringLiteral("count"), counts) + QLatin1String("\\s+") + unit(vagueUnit),
                    wholes.isEmpty() ? QString() : b.group(QStringLiteral("whole"), wholes) })
            + suffix;
    }
    case Form::Quantity: {
        // "eine Stunde und 20 Minuten", "1 hour, 20 minutes", "1 hour 20 minutes".
        const QString joiner
            = PatternBuilder::optional(PatternBuilder::anyOf({ QStringLiteral(","), word(QStringLiteral("and")) }));
        return prefix + quantity(m_first, AmountParser::Approximator::Allowed)
            + PatternBuilder::optional(QLatin1String("\\s*") + joiner + QLatin1String("\\s*")
                + quantity(m_second, AmountParser::Approximator::None))
            + suffix;
    }
    }
    return {};
}

std::optional<double> DurationNormalizer::unitMinutes(const PhraseMatcher::Match &match, const QString &key) const
{
    return parseMinutes(m_units.value(match.text(key)).value_or(QString()));
}

std::optional<QJsonValue> DurationNormalizer::normalize(QStringView text, QDate anchor) const
{
    const auto match = m_matcher.match(text);
    if (!match) {
        return std::nullopt;
    }
    for (const auto &[form, key] : m_forms) {
        if (match->has(key)) {
            return normalize(form, *match, anchor);
        }
    }
    return std::nullopt;
}

std::optional<QJsonValue> DurationNormalizer::normalize(
    Form form, const PhraseMatcher::Match &match, QDate anchor) const
{
    switch (form) {
    case Form::Since: {
        if (!anchor.isValid() || !m_dates) {
            return std::nullopt;
        }
        const auto date = match.has(QStringLiteral("year"))
            ? std::optional(QJsonValue(match.text(QStringLiteral("year"))))
            : m_dates->normalize(match.text(QStringLiteral("date")), anchor);
        const auto span = date ? DateNormalizer::span(*date) : std::nullopt;
        if (!span || span->first > anchor) {
            return std::nullopt;
        }
        // The start lies somewhere in the span; the duration runs up to the anchor.
        constexpr double minutesPerDay = 24 * 60;
        const double longest = static_cast<double>(span->first.daysTo(anchor)) * minutesPerDay;
        const double shortest = static_cast<double>(std::max<qint64>(0, span->second.daysTo(anchor))) * minutesPerDay;
        if (longest == shortest) {
            return minutesValue(longest);
        }
        return limits(shortest, longest);
    }
    case Form::Range: {
        const auto from = m_amounts.read(match, m_first.amount);
        const auto to = m_amounts.read(match, m_second.amount);
        const auto minutes = unitMinutes(match, m_second.unit);
        if (!from || !to || !minutes || from->toDouble() > to->toDouble()) {
            return std::nullopt;
        }
        return limits(from->toDouble() * *minutes, to->toDouble() * *minutes);
    }
    case Form::Vague: {
        const bool whole = match.has(QStringLiteral("whole"));
        const QStringList parts = m_vague.value(match.text(whole ? QStringLiteral("whole") : QStringLiteral("count")))
                                      .value_or(QString())
                                      .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto factor
            = whole ? parseMinutes(m_units.value(parts.value(2)).value_or(QString())) : unitMinutes(match, vagueUnit);
        const auto min = parseMinutes(parts.value(0));
        if (!factor || !min) {
            return std::nullopt;
        }
        const auto max = parseMinutes(parts.value(1));
        return limits(*min * *factor, max ? std::optional(*max * *factor) : std::nullopt);
    }
    case Form::Quantity: {
        const auto first = m_amounts.read(match, m_first.amount);
        const auto firstUnit = unitMinutes(match, m_first.unit);
        if (!first || !firstUnit) {
            return std::nullopt;
        }
        double minutes = first->toDouble() * *firstUnit;
        if (match.has(m_second.unit)) {
            const auto second = m_amounts.read(match, m_second.amount);
            const auto secondUnit = unitMinutes(match, m_second.unit);
            if (!second || !secondUnit) {
                return std::nullopt;
            }
            minutes += second->toDouble() * *secondUnit;
        }
        switch (first->bound) {
        case AmountParser::Bound::AtLeast:
            return limits(minutes, std::nullopt);
        case AmountParser::Bound::AtMost:
            return limits(std::nullopt, minutes);
        case AmountParser::Bound::Exact:
        case AmountParser::Bound::Approximate:
            break;
        }
        return minutesValue(minutes);
    }
    }
    return std::nullopt;
}

} // namespace Iwb
