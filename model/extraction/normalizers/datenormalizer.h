// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/normalizers/patternbuilder.h"
#include "extraction/normalizers/phrasematcher.h"
#include "extraction/normalizers/vocabulary.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Iwb {

/**
 * Recognizes and normalizes dates: "9.12.2019", "09.12.19", "Montag, den 9.
 * Dezember 2019", "am 29. Dezember", "Vom 30.12. bis 31.12.", "Dec. 9, 2019",
 * "2019-12-09", "März 2026", "im Jahr 2019", "gestern", "heute Morgen",
 * "letzte Woche", "last Tuesday", "am Dienstag".
 *
 * The value is a QJsonValue: "YYYY-MM-DD", "YYYY-MM", "YYYY", or
 * {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} for a range.
 *
 * Relative phrases are resolved against the anchor, the article's
 * publication date:
 * - a day and month without a year take the anchor's year, or the year
 *   before when that would be after the anchor (likewise a month alone);
 * - "gestern", "yesterday": the anchor plus the offset in norm-relative-days.tsv;
 * - "am Dienstag", "on Tuesday", "Dienstag": the most recent Tuesday on or
 *   before the anchor; "letzten Dienstag", "last Tuesday": strictly before it;
 * - "letzte Woche": the calendar week (Monday to Sunday) before the anchor's,
 *   as a range; "letzten Monat": "YYYY-MM"; "letztes Jahr": "YYYY".
 * Without a valid anchor these give std::nullopt. A two-digit year is put in
 * the century that brings it closest to the anchor but at most ten years
 * after it (without anchor: 00-69 -> 20xx, 70-99 -> 19xx). A weekday next
 * to a full date is not checked against it: the numbers win.
 *
 * Vocabulary files in the language folder: norm-months.tsv, norm-weekdays.tsv,
 * norm-relative-days.tsv, norm-relative-periods.tsv, norm-day-parts.tsv,
 * norm-date-words.tsv (roles of the small words) and norm-settings.tsv
 * (numeric_date_order, numeric_date_separator, month_before_day).
 */
class DateNormalizer
{
public:
    /// Loads the vocabulary from a language folder (e.g. resources/rules/de);
    /// std::nullopt and @p error "file:line: problem" on failure.
    static std::optional<DateNormalizer> load(const QString &languageDir, QString *error);

    /// Normalizes a whole date phrase; @p anchor is the publication date and may be invalid.
    std::optional<QJsonValue> normalize(QStringView text, QDate anchor) const;

    /// A regex that finds exactly the phrases normalize() understands; for QRegularExpression
    /// (CaseInsensitiveOption | UseUnicodePropertiesOption) and Hyperscan
    /// (HS_FLAG_CASELESS | HS_FLAG_UTF8; not HS_FLAG_UCP, which Hyperscan refuses with \b).
    QString pattern() const { return m_pattern; }
    /// pattern() without the ranges, for grammars that embed a date ("seit 2005"): with
    /// them, Hyperscan finds such a grammar too large for start-of-match tracking.
    QString singleDatePattern() const { return m_singleDatePattern; }

    /// The first and the last day a normalized value covers: "2019" -> 2019-01-01 and
    /// 2019-12-31, a range -> its ends. std::nullopt for anything else.
    static std::optional<std::pair<QDate, QDate>> span(const QJsonValue &value);

private:
    enum class Form { Range, MonthDayRange, Date, MonthYear, Month, Year, RelativePeriod, RelativeDay, Weekday };
    struct Parts;
    /// The group keys of one date in the grammar; made once, as building them per match costs time.
    struct PartKeys
    {
        PartKeys() = default;
        explicit PartKeys(const QString &prefix);

        QString day;
        QString month;
        QString monthName;
        QString year;
        QString twoDigitYear;
    };

    DateNormalizer() = default;
    QString grammar(Form form, PatternBuilder &builder) const;
    std::optional<QJsonValue> normalize(Form form, const PhraseMatcher::Match &match, QDate anchor) const;
    Parts read(const PhraseMatcher::Match &match, const PartKeys &keys) const;

    PartKeys m_startKeys; ///< start of a range
    PartKeys m_endKeys; ///< end of a range
    PartKeys m_singleKeys; ///< a date on its own
    Vocabulary m_months;
    Vocabulary m_weekdays;
    Vocabulary m_relativeDays;
    Vocabulary m_relativePeriods;
    Vocabulary m_dayParts;
    Vocabulary m_words;
    bool m_dayFirst = true;
    bool m_monthBeforeDay = false;
    QString m_separator;
    PhraseMatcher m_matcher;
    QList<std::pair<Form, QString>> m_forms; // in grammar order, with the key of the group around each
    QString m_pattern;
    QString m_singleDatePattern;
};

} // namespace Iwb
