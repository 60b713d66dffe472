// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "timenormalizer.h"

#include <QJsonObject>

namespace Iwb {

namespace {

    const QString hourDigits = QStringLiteral("(?:[01]?[0-9]|2[0-4])");
    const QString minuteDigits = QStringLiteral("[0-5][0-9]");
    const QString dash = QStringLiteral("[-\u2013]");

    enum class Half { None, Morning, Afternoon };

    struct ClockTime
    {
        int hour = 0;
        int minute = 0;
        Half half = Half::None;
    };

    // The group keys of one time in the grammar, made once: building them per match costs time.
    struct TimeKeys
    {
        explicit TimeKeys(const QString &prefix)
            : hour(prefix + QLatin1String("_hour"))
            , minute(prefix + QLatin1String("_minute"))
            , am(prefix + QLatin1String("_am"))
            , pm(prefix + QLatin1String("_pm"))
        {
        }

        QString hour;
        QString minute;
        QString am;
        QString pm;
    };

    const TimeKeys startKeys(QStringLiteral("s"));
    const TimeKeys endKeys(QStringLiteral("e"));
    const TimeKeys singleKeys(QStringLiteral("x"));

    ClockTime readTime(const PhraseMatcher::Match &match, const TimeKeys &keys)
    {
        ClockTime time;
        time.hour = match.text(keys.hour).toInt();
        time.minute = match.text(keys.minute).toInt();
        if (match.has(keys.am)) {
            time.half = Half::Morning;
        } else if (match.has(keys.pm)) {
            time.half = Half::Afternoon;
        }
        return time;
    }

    // Minutes since midnight on the 24-hour clock, or std::nullopt for an impossible time.
    std::optional<int> minutesOfDay(const ClockTime &time)
    {
        int hour = time.hour;
        switch (time.half) {
        case Half::None:
            if (hour == 24 && time.minute != 0) {
                return std::nullopt;
            }
            break;
        case Half::Morning:
            if (hour < 1 || hour > 12) {
                return std::nullopt;
            }
            hour %= 12;
            break;
        case Half::Afternoon:
            if (hour < 1 || hour > 23) {
                return std::nullopt;
            }
            if (hour <= 12) {
                hour = hour % 12 + 12; // "16 Uhr nachmittags" is already on the 24-hour clock
            }
            break;
        }
        return hour * 60 + time.minute;
    }

    QString format(int minutes)
    {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }

} // namespace

std::optional<TimeNormalizer> TimeNormalizer::load(const QString &languageDir, QString *error)
{
    TimeNormalizer normalizer;
    static const QStringList roles = { QStringLiteral("clock"), QStringLiteral("am"), QStringLiteral("pm"),
        QStringLiteral("at"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("between"),
        QStringLiteral("and"), QStringLiteral("noon"), QStringLiteral("midnight") };
    const auto words = Vocabulary::load(
        languageDir, QStringLiteral("norm-time-words.tsv"), error, [](const QString &, const QString &value) {
            return roles.contains(value)
                ? QString()
                : QStringLiteral("the value '%1' is not one of: %2").arg(value, roles.join(QStringLiteral(", ")));
        });
    if (!words) {
        return std::nullopt;
    }
    normalizer.m_words = *words;
    if (!normalizer.m_words.requireValues({ QStringLiteral("to") }, error)) {
        return std::nullopt;
    }
    if (!normalizer.m_words.hasValue(QStringLiteral("clock")) && !normalizer.m_words.hasValue(QStringLiteral("pm"))) {
        *error = normalizer.m_words.path() + QStringLiteral(": no entry has the value 'clock' or 'pm'");
        return std::nullopt;
    }

    QStringList plainForms;
    QStringList capturingForms;
    PatternBuilder capturing(PatternBuilder::Mode::Capturing);
    for (const Form form : { Form::Range, Form::Time, Form::Named }) {
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

QString TimeNormalizer::grammar(Form form, PatternBuilder &b) const
{
    const auto word = [this](const QString &role, int boundaries = Vocabulary::BothBoundaries) -> QString {
        return m_words.patternFor(role, boundaries);
    };
    // Markers glue to the number ("4pm", "16Uhr"), so no \b in front of them.
    const QString clock = word(QStringLiteral("clock"), Vocabulary::TrailingBoundary);
    const auto half = [&](const QString &p) -> QString {
        const QString am = word(QStringLiteral("am"), Vocabulary::TrailingBoundary);
        const QString pm = word(QStringLiteral("pm"), Vocabulary::TrailingBoundary);
        return PatternBuilder::anyOf({ am.isEmpty() ? QString() : b.group(p + QLatin1String("_am"), am),
            pm.isEmpty() ? QString() : b.group(p + QLatin1String("_pm"), pm) });
    };
    // "Uhr", "Uhr abends", "p.m.": at least one of them.
    const auto marker = [&](const QString &p) -> QString {
        // half() twice: each use needs groups of its own.
        const QString afterClock = half(p);
        const QString alone = half(p);
        return PatternBuilder::anyOf({ clock.isEmpty()
                ? QString()
                : QLatin1String("\\s*") + clock + PatternBuilder::optional(QLatin1String("\\s*") + afterClock),
            alone.isEmpty() ? QString() : QLatin1String("\\s*") + alone });
    };
    const auto hour = [&](const QString &p) -> QString {
        return QLatin1String("\\b") + b.group(p + QLatin1String("_hour"), hourDigits);
    };
    const auto minute
        = [&](const QString &p) -> QString { return b.group(p + QLatin1String("_minute"), minuteDigits); };
    const QString seconds = QLatin1String("(?::") + minuteDigits + QLatin1Char(')');
    // A complete time: with a colon it needs no marker, otherwise it does.
    const auto time = [&](const QString &p) -> QString {
        return PatternBuilder::anyOf({ hour(p) + QLatin1Char(':') + minute(p) + seconds + QLatin1Char('?')
                + PatternBuilder::anyOf({ marker(p), QStringLiteral("\\b") }),
            hour(p) + QLatin1String("\\.") + minute(p) + marker(p), hour(p) + marker(p) });
    };
    // The start of a range may lean on the end's marker: "zwischen 16 und 17 Uhr".
    const auto start = [&](const QString &p) -> QString {
        return hour(p) + PatternBuilder::optional(QLatin1String("[:.]") + minute(p) + seconds + QLatin1Char('?'))
            + PatternBuilder::anyOf({ marker(p), QStringLiteral("\\b") });
    };
    const auto optionalWord = [](const QString &alternation) -> QString {
        return PatternBuilder::optional(alternation + QLatin1String("\\s+"));
    };

    switch (form) {
    case Form::Range: {
        const QString between = word(QStringLiteral("between"));
        const QString andWord = word(QStringLiteral("and"));
        return PatternBuilder::anyOf({ optionalWord(word(QStringLiteral("from"))) + start(QStringLiteral("s"))
                + QLatin1String("\\s*") + PatternBuilder::anyOf({ word(QStringLiteral("to")), dash })
                + QLatin1String("\\s*") + time(QStringLiteral("e")),
            between.isEmpty() || andWord.isEmpty() ? QString()
                                                   : between + QLatin1String("\\s+") + start(QStringLiteral("s"))
                    + QLatin1String("\\s+") + andWord + QLatin1String("\\s+") + time(QStringLiteral("e")) });
    }
    case Form::Time:
        return optionalWord(word(QStringLiteral("at"))) + time(QStringLiteral("x"));
    case Form::Named: {
        const QString noon = word(QStringLiteral("noon"));
        const QString midnight = word(QStringLiteral("midnight"));
        const QString named
            = PatternBuilder::anyOf({ noon.isEmpty() ? QString() : b.group(QStringLiteral("noon"), noon),
                midnight.isEmpty() ? QString() : b.group(QStringLiteral("midnight"), midnight) });
        return named.isEmpty() ? QString() : optionalWord(word(QStringLiteral("at"))) + named;
    }
    }
    return {};
}

std::optional<QJsonValue> TimeNormalizer::normalize(QStringView text) const
{
    const auto match = m_matcher.match(text);
    if (!match) {
        return std::nullopt;
    }
    for (const auto &[form, key] : m_forms) {
        if (!match->has(key)) {
            continue;
        }
        switch (form) {
        case Form::Named:
            return QJsonValue(match->has(QStringLiteral("noon")) ? QStringLiteral("12:00") : QStringLiteral("00:00"));
        case Form::Time: {
            const auto minutes = minutesOfDay(readTime(*match, singleKeys));
            return minutes ? std::optional(QJsonValue(format(*minutes))) : std::nullopt;
        }
        case Form::Range: {
            ClockTime start = readTime(*match, startKeys);
            const ClockTime end = readTime(*match, endKeys);
            if (start.half == Half::None && end.half != Half::None && start.hour >= 1 && start.hour <= 12) {
                // "from 6:30 to 7:45 p.m.": the same half of the day, unless the start would come after the end.
                const int start12 = (start.hour % 12) * 60 + start.minute;
                const int end12 = (end.hour % 12) * 60 + end.minute;
                const bool sameHalf = start12 <= end12;
                start.half = sameHalf == (end.half == Half::Afternoon) ? Half::Afternoon : Half::Morning;
            }
            const auto from = minutesOfDay(start);
            const auto to = minutesOfDay(end);
            if (!from || !to) {
                return std::nullopt;
            }
            return QJsonValue(
                QJsonObject { { QStringLiteral("from"), format(*from) }, { QStringLiteral("to"), format(*to) } });
        }
        }
    }
    return std::nullopt;
}

} // namespace Iwb
