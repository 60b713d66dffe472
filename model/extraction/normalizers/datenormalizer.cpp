// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "datenormalizer.h"

#include <QJsonObject>

namespace Iwb {

namespace {

    const QString dayDigits = QStringLiteral("(?:0?[1-9]|[12][0-9]|3[01])");
    const QString monthDigits = QStringLiteral("(?:0?[1-9]|1[0-2])");
    const QString year4 = QStringLiteral("[12][0-9]{3}");
    const QString year2 = QStringLiteral("[0-9]{2}");
    const QString dash = QStringLiteral("[-\u2013]");

    const QStringList wordRoles
        = { QStringLiteral("on"), QStringLiteral("article"), QStringLiteral("from"), QStringLiteral("to"),
              QStringLiteral("between"), QStringLiteral("and"), QStringLiteral("in"), QStringLiteral("in_month"),
              QStringLiteral("in_year"), QStringLiteral("last"), QStringLiteral("ordinal"), QStringLiteral("of") };

    QString checkInteger(const QString &value, int min, int max)
    {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && number >= min && number <= max
            ? QString()
            : QStringLiteral("the value '%1' is not a whole number from %2 to %3").arg(value).arg(min).arg(max);
    }

    // "(?:X\s+)?" for an optional word before what follows; nothing when the language has no such word.
    QString optionalWord(const QString &alternation)
    {
        return PatternBuilder::optional(alternation + QLatin1String("\\s+"));
    }

    QString isoDate(QDate date)
    {
        return date.toString(Qt::ISODate);
    }

    QJsonValue range(QDate from, QDate to)
    {
        return QJsonObject { { QStringLiteral("from"), isoDate(from) }, { QStringLiteral("to"), isoDate(to) } };
    }

} // namespace

DateNormalizer::PartKeys::PartKeys(const QString &prefix)
    : day(prefix + QLatin1String("_day"))
    , month(prefix + QLatin1String("_month"))
    , monthName(prefix + QLatin1String("_monthname"))
    , year(prefix + QLatin1String("_year"))
    , twoDigitYear(prefix + QLatin1String("_yy"))
{
}

// One date as read from the groups of a match; 0 = not written.
struct DateNormalizer::Parts
{
    int day = 0;
    int month = 0;
    int year = 0;
};

std::optional<DateNormalizer> DateNormalizer::load(const QString &languageDir, QString *error)
{
    DateNormalizer normalizer;
    normalizer.m_startKeys = PartKeys(QStringLiteral("s"));
    normalizer.m_endKeys = PartKeys(QStringLiteral("e"));
    normalizer.m_singleKeys = PartKeys(QStringLiteral("x"));
    const auto settings = Vocabulary::load(
        languageDir, QStringLiteral("norm-settings.tsv"), error, [](const QString &key, const QString &value) {
            if (key == QLatin1String("numeric_date_order") && value != QLatin1String("dmy")
                && value != QLatin1String("mdy")) {
                return QStringLiteral("'numeric_date_order' must be dmy or mdy, not '%1'").arg(value);
            }
            if (key == QLatin1String("numeric_date_separator")
                && (value.size() != 1 || value.front().isLetterOrNumber() || value.front().isSpace())) {
                return QStringLiteral("'numeric_date_separator' must be one character that is neither a letter, a "
                                      "digit nor a space");
            }
            if (key == QLatin1String("month_before_day") && value != QLatin1String("yes")
                && value != QLatin1String("no")) {
                return QStringLiteral("'month_before_day' must be yes or no, not '%1'").arg(value);
            }
            return QString();
        });
    if (!settings) {
        return std::nullopt;
    }
    const auto order = settings->value(u"numeric_date_order");
    const auto separator = settings->value(u"numeric_date_separator");
    const auto monthBeforeDay = settings->value(u"month_before_day");
    if (!order || !separator || !monthBeforeDay) {
        *error = settings->path()
            + QStringLiteral(": numeric_date_order, numeric_date_separator and month_before_day are all needed");
        return std::nullopt;
    }
    normalizer.m_dayFirst = *order == QLatin1String("dmy");
    normalizer.m_separator = Vocabulary::phrasePattern(*separator, Vocabulary::NoBoundary);
    normalizer.m_monthBeforeDay = *monthBeforeDay == QLatin1String("yes");

    const auto load = [&](const QString &file, Vocabulary *target, const Vocabulary::Check &check) {
        const auto vocabulary = Vocabulary::load(languageDir, file, error, check);
        if (vocabulary) {
            *target = *vocabulary;
        }
        return vocabulary.has_value();
    };
    const auto oneOf = [](const QStringList &allowed) {
        return [allowed](const QString &, const QString &value) {
            return allowed.contains(value)
                ? QString()
                : QStringLiteral("the value '%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", ")));
        };
    };
    const bool loaded = load(QStringLiteral("norm-months.tsv"), &normalizer.m_months,
                            [](const QString &, const QString &value) { return checkInteger(value, 1, 12); })
        && load(QStringLiteral("norm-weekdays.tsv"), &normalizer.m_weekdays,
            [](const QString &, const QString &value) { return checkInteger(value, 1, 7); })
        && load(QStringLiteral("norm-relative-days.tsv"), &normalizer.m_relativeDays,
            [](const QString &, const QString &value) { return checkInteger(value, -31, 31); })
        && load(QStringLiteral("norm-relative-periods.tsv"), &normalizer.m_relativePeriods,
            [](const QString &, const QString &value) {
                const QStringList parts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                static const QStringList units
                    = { QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("year") };
                return parts.size() == 2 && units.contains(parts.at(0)) && checkInteger(parts.at(1), -99, 99).isEmpty()
                    ? QString()
                    : QStringLiteral("the value '%1' is not a unit (week, month, year) and a whole "
                                     "number, like 'week -1'")
                          .arg(value);
            })
        && load(QStringLiteral("norm-day-parts.tsv"), &normalizer.m_dayParts,
            oneOf({ QStringLiteral("morning"), QStringLiteral("noon"), QStringLiteral("afternoon"),
                QStringLiteral("evening"), QStringLiteral("night") }))
        && load(QStringLiteral("norm-date-words.tsv"), &normalizer.m_words, oneOf(wordRoles));
    if (!loaded) {
        return std::nullopt;
    }
    if (!normalizer.m_words.requireValues({ QStringLiteral("to"), QStringLiteral("and") }, error)) {
        return std::nullopt;
    }

    QStringList plainForms;
    QStringList capturingForms;
    PatternBuilder capturing(PatternBuilder::Mode::Capturing);
    QStringList singleDateForms;
    for (const Form form : { Form::Range, Form::MonthDayRange, Form::Date, Form::MonthYear, Form::Month, Form::Year,
             Form::RelativePeriod, Form::RelativeDay, Form::Weekday }) {
        PatternBuilder plain(PatternBuilder::Mode::Plain);
        const QString plainForm = normalizer.grammar(form, plain);
        if (plainForm.isEmpty()) {
            continue; // a form the language does not have, e.g. "December 9" in German
        }
        plainForms.append(plainForm);
        if (form != Form::Range && form != Form::MonthDayRange) {
            singleDateForms.append(plainForm);
        }
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
    normalizer.m_singleDatePattern = PatternBuilder::anyOf(singleDateForms);
    // The order matters to QRegularExpression, which takes the first alternative
    // that fits: a range before the date it starts with, a full date before a weekday.
    normalizer.m_pattern = PatternBuilder::anyOf(plainForms);
    return normalizer;
}

QString DateNormalizer::grammar(Form form, PatternBuilder &b) const
{
    const auto word = [this](const QString &role) -> QString { return m_words.patternFor(role); };
    const auto words = [this](const QStringList &roles) -> QString {
        return m_words.pattern([&roles](const QString &value) { return roles.contains(value); });
    };
    const QString months = m_months.pattern();
    // Ordinal marks glue to the number ("9th", "9."), so no \b in front of them.
    const QString ordinal = m_words.patternFor(QStringLiteral("ordinal"), Vocabulary::TrailingBoundary);
    const QString article = optionalWord(word(QStringLiteral("article")));

    // A day number, with its ordinal mark ("9.", "9th") or a word boundary.
    const auto day = [&](const QString &p) -> QString {
        return QLatin1String("\\b") + b.group(p + QLatin1String("_day"), dayDigits) + QLatin1String("(?:")
            + (ordinal.isEmpty() ? QString() : ordinal + QLatin1Char('|')) + QLatin1String("\\b)");
    };
    const auto year = [&](const QString &p) -> QString {
        return PatternBuilder::anyOf(
            { b.group(p + QLatin1String("_year"), year4), b.group(p + QLatin1String("_yy"), year2) });
    };
    const auto iso = [&](const QString &p) -> QString {
        return QLatin1String("\\b") + b.group(p + QLatin1String("_year"), year4) + QLatin1Char('-')
            + b.group(p + QLatin1String("_month"), QStringLiteral("(?:0[1-9]|1[0-2])")) + QLatin1Char('-')
            + b.group(p + QLatin1String("_day"), QStringLiteral("(?:0[1-9]|[12][0-9]|3[01])")) + QLatin1String("\\b");
    };
    // "9.12.2019", "09.12.19", "30.12." (a year-less date must end with the separator), "12/9/2019".
    const auto numeric = [&](const QString &p) -> QString {
        const QString d = b.group(p + QLatin1String("_day"), dayDigits);
        const QString m = b.group(p + QLatin1String("_month"), monthDigits);
        return QLatin1String("\\b") + (m_dayFirst ? d : m) + m_separator + QLatin1String("\\s?") + (m_dayFirst ? m : d)
            + m_separator + PatternBuilder::optional(QLatin1String("\\s?") + year(p) + QLatin1String("\\b"));
    };
    const auto optionalYear = [&](const QString &p) -> QString {
        return PatternBuilder::optional(
            QLatin1String("\\s*,?\\s*") + b.group(p + QLatin1String("_year"), year4) + QLatin1String("\\b"));
    };
    // "9. Dezember 2019", "9th of December", "21. Januar".
    const auto dayMonth = [&](const QString &p) -> QString {
        return day(p) + QLatin1String("\\s*") + optionalWord(word(QStringLiteral("of")))
            + b.group(p + QLatin1String("_monthname"), months) + optionalYear(p);
    };
    // "December 9, 2019", "Dec. 9".
    const auto monthDay = [&](const QString &p) -> QString {
        if (!m_monthBeforeDay) {
            return QString();
        }
        return b.group(p + QLatin1String("_monthname"), months) + QLatin1String("\\s*") + day(p) + optionalYear(p);
    };
    const auto fullDate = [&](const QString &p) -> QString {
        return PatternBuilder::anyOf({ iso(p), numeric(p), dayMonth(p), monthDay(p) });
    };
    const QString weekdayPrefix = PatternBuilder::optional(m_weekdays.pattern() + QLatin1String("\\s*,?\\s*"));
    const QString to = PatternBuilder::anyOf({ word(QStringLiteral("to")), dash });

    switch (form) {
    case Form::Range: {
        // The start may leave out what the end says: "vom 30. bis 31. Dezember". Each
        // alternative gets groups of its own, as PCRE wants unique group names.
        const auto start = [&]() -> QString {
            return PatternBuilder::anyOf({ iso(QStringLiteral("s")), numeric(QStringLiteral("s")),
                dayMonth(QStringLiteral("s")), monthDay(QStringLiteral("s")), day(QStringLiteral("s")) });
        };
        const auto end = [&]() -> QString { return fullDate(QStringLiteral("e")); };
        const QString between = word(QStringLiteral("between"));
        return PatternBuilder::anyOf({ optionalWord(word(QStringLiteral("from"))) + article + start()
                + QLatin1String("\\s*") + to + QLatin1String("\\s*") + article + end(),
            between.isEmpty() ? QString()
                              : between + QLatin1String("\\s+") + article + start() + QLatin1String("\\s+")
                    + word(QStringLiteral("and")) + QLatin1String("\\s+") + article + end() });
    }
    case Form::MonthDayRange: {
        // "December 9-11, 2019", "between December 9 and 11".
        if (!m_monthBeforeDay) {
            return {};
        }
        return optionalWord(words({ QStringLiteral("from"), QStringLiteral("between") }))
            + b.group(QStringLiteral("s_monthname"), months) + QLatin1String("\\s*") + day(QStringLiteral("s"))
            + QLatin1String("\\s*") + PatternBuilder::anyOf({ to, word(QStringLiteral("and")) }) + QLatin1String("\\s*")
            + article + day(QStringLiteral("e")) + optionalYear(QStringLiteral("e"));
    }
    case Form::Date:
        return optionalWord(word(QStringLiteral("on"))) + weekdayPrefix + article + fullDate(QStringLiteral("x"));
    case Form::MonthYear:
        return optionalWord(words({ QStringLiteral("in"), QStringLiteral("in_month") }))
            + b.group(QStringLiteral("x_monthname"), months) + QLatin1String("\\s*,?\\s*")
            + b.group(QStringLiteral("x_year"), year4) + QLatin1String("\\b");
    case Form::Month: {
        const QString in = words({ QStringLiteral("in"), QStringLiteral("in_month") });
        return in.isEmpty() ? QString() : in + QLatin1String("\\s+") + b.group(QStringLiteral("x_monthname"), months);
    }
    case Form::Year: {
        const QString in = words({ QStringLiteral("in"), QStringLiteral("in_year") });
        return in.isEmpty()
            ? QString()
            : in + QLatin1String("\\s+") + b.group(QStringLiteral("x_year"), year4) + QLatin1String("\\b");
    }
    case Form::RelativePeriod:
        return b.group(QStringLiteral("period"), m_relativePeriods.pattern());
    case Form::RelativeDay:
        return b.group(QStringLiteral("relday"), m_relativeDays.pattern())
            + PatternBuilder::optional(QLatin1String("\\s+") + m_dayParts.pattern());
    case Form::Weekday:
        // "Dienstagabend" glues the part of the day to the weekday.
        return optionalWord(word(QStringLiteral("on"))) + article
            + PatternBuilder::optional(
                b.group(QStringLiteral("last"), word(QStringLiteral("last"))) + QLatin1String("\\s+"))
            + PatternBuilder::anyOf(
                { b.group(QStringLiteral("weekday"), m_weekdays.pattern(Vocabulary::LeadingBoundary))
                        + QLatin1String("\\s*") + m_dayParts.pattern(Vocabulary::TrailingBoundary),
                    b.group(QStringLiteral("weekday"), m_weekdays.pattern()) });
    }
    return {};
}

DateNormalizer::Parts DateNormalizer::read(const PhraseMatcher::Match &match, const PartKeys &keys) const
{
    Parts parts;
    parts.day = match.text(keys.day).toInt();
    if (match.has(keys.monthName)) {
        parts.month = m_months.value(match.text(keys.monthName)).value_or(QString()).toInt();
    } else {
        parts.month = match.text(keys.month).toInt();
    }
    parts.year = match.text(keys.year).toInt();
    if (match.has(keys.twoDigitYear)) {
        parts.year = -1 - match.text(keys.twoDigitYear).toInt(); // resolved against the anchor later
    }
    return parts;
}

namespace {

    // A two-digit year, marked as -1 - yy by read().
    int expandYear(int marked, QDate anchor)
    {
        const int yy = -1 - marked;
        if (!anchor.isValid()) {
            return yy < 70 ? 2000 + yy : 1900 + yy;
        }
        int year = anchor.year() - anchor.year() % 100 + yy;
        if (year > anchor.year() + 10) {
            year -= 100;
        } else if (year <= anchor.year() - 90) {
            year += 100;
        }
        return year;
    }

    // A day and month without a year: the anchor's year, or the one before when that is after the anchor.
    std::optional<QDate> completeDate(int year, int month, int day, QDate anchor)
    {
        if (year < 0) {
            year = expandYear(year, anchor);
        }
        if (year > 0) {
            const QDate date(year, month, day);
            return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
        }
        if (!anchor.isValid()) {
            return std::nullopt;
        }
        QDate date(anchor.year(), month, day);
        if (!date.isValid() || date > anchor) {
            date = QDate(anchor.year() - 1, month, day);
        }
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }

} // namespace

std::optional<QJsonValue> DateNormalizer::normalize(QStringView text, QDate anchor) const
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

std::optional<QJsonValue> DateNormalizer::normalize(Form form, const PhraseMatcher::Match &match, QDate anchor) const
{
    switch (form) {
    case Form::Range:
    case Form::MonthDayRange: {
        Parts start = read(match, m_startKeys);
        Parts end = read(match, m_endKeys);
        if (end.month == 0) {
            end.month = start.month; // "December 9-11"
        }
        const bool startHasMonth = start.month != 0;
        if (!startHasMonth) {
            start.month = end.month;
        }
        std::optional<QDate> from;
        std::optional<QDate> to;
        if (end.year == 0 && start.year != 0) {
            // "vom 30. Dezember 2019 bis 2. Januar": the end follows the start.
            from = completeDate(start.year, start.month, start.day, anchor);
            if (!from) {
                return std::nullopt;
            }
            to = completeDate(from->year(), end.month, end.day, anchor);
            if (to && *to < *from) {
                to = completeDate(from->year() + 1, end.month, end.day, anchor);
            }
        } else {
            to = completeDate(end.year, end.month, end.day, anchor);
            if (!to) {
                return std::nullopt;
            }
            from = completeDate(start.year != 0 ? start.year : to->year(), start.month, start.day, anchor);
            if (from && *from > *to && start.year == 0 && startHasMonth && start.month > end.month) {
                // "vom 30. Dezember bis 2. Januar 2020" crosses the new year; "vom 31.12. bis 30.12." is wrong.
                from = completeDate(to->year() - 1, start.month, start.day, anchor);
            }
        }
        if (!from || !to || *from > *to) {
            return std::nullopt;
        }
        return range(*from, *to);
    }
    case Form::Date: {
        const Parts parts = read(match, m_singleKeys);
        const auto date = completeDate(parts.year, parts.month, parts.day, anchor);
        if (!date) {
            return std::nullopt;
        }
        return QJsonValue(isoDate(*date));
    }
    case Form::MonthYear:
    case Form::Month: {
        const Parts parts = read(match, m_singleKeys);
        int year = parts.year;
        if (year == 0) {
            if (!anchor.isValid()) {
                return std::nullopt;
            }
            year = parts.month > anchor.month() ? anchor.year() - 1 : anchor.year();
        }
        return QJsonValue(
            QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(parts.month, 2, 10, QLatin1Char('0')));
    }
    case Form::Year:
        return QJsonValue(match.text(QStringLiteral("x_year")));
    case Form::RelativePeriod: {
        if (!anchor.isValid()) {
            return std::nullopt;
        }
        const QStringList value
            = m_relativePeriods.value(match.text(QStringLiteral("period"))).value_or(QString()).split(QLatin1Char(' '));
        const int offset = value.value(1).toInt();
        if (value.value(0) == QLatin1String("week")) {
            const QDate monday = anchor.addDays(1 - anchor.dayOfWeek()).addDays(qint64(7) * offset);
            return range(monday, monday.addDays(6));
        }
        if (value.value(0) == QLatin1String("month")) {
            return QJsonValue(anchor.addMonths(offset).toString(QStringLiteral("yyyy-MM")));
        }
        return QJsonValue(QString::number(anchor.year() + offset));
    }
    case Form::RelativeDay: {
        if (!anchor.isValid()) {
            return std::nullopt;
        }
        const int offset = m_relativeDays.value(match.text(QStringLiteral("relday"))).value_or(QString()).toInt();
        return QJsonValue(isoDate(anchor.addDays(offset)));
    }
    case Form::Weekday: {
        if (!anchor.isValid()) {
            return std::nullopt;
        }
        const int weekday = m_weekdays.value(match.text(QStringLiteral("weekday"))).value_or(QString()).toInt();
        int back = (anchor.dayOfWeek() - weekday + 7) % 7;
        if (back == 0 && match.has(QStringLiteral("last"))) {
            back = 7;
        }
        return QJsonValue(isoDate(anchor.addDays(-back)));
    }
    }
    return std::nullopt;
}

std::optional<std::pair<QDate, QDate>> DateNormalizer::span(const QJsonValue &value)
{
    if (value.isObject()) {
        const QDate from = QDate::fromString(value[QLatin1String("from")].toString(), Qt::ISODate);
        const QDate to = QDate::fromString(value[QLatin1String("to")].toString(), Qt::ISODate);
        if (from.isValid() && to.isValid()) {
            return std::pair { from, to };
        }
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? std::optional(std::pair { day, day }) : std::nullopt;
    }
    if (text.size() == 7) {
        const QDate first = QDate::fromString(text + QLatin1String("-01"), Qt::ISODate);
        return first.isValid() ? std::optional(std::pair { first, first.addMonths(1).addDays(-1) }) : std::nullopt;
    }
    if (text.size() == 4) {
        const QDate first = QDate::fromString(text + QLatin1String("-01-01"), Qt::ISODate);
        return first.isValid() ? std::optional(std::pair { first, QDate(first.year(), 12, 31) }) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace Iwb
