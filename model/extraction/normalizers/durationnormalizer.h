// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/normalizers/amountparser.h"
#include "extraction/normalizers/datenormalizer.h"
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
 * Recognizes and normalizes durations: "31 Minuten", "eine halbe Stunde",
 * "for three weeks", "knapp zwei Tage", "mehrere Stunden", "jahrelang",
 * "zwei bis drei Tage", "eine Stunde und 20 Minuten", "seit 2005".
 *
 * The value is a QJsonValue in minutes: a number (fractions for seconds), or
 * an object with "min" and/or "max" when the text gives only limits:
 * - "mehr als zwei Tage" -> {"min": 2880}, "knapp zwei Tage" / "bis zu zwei
 *   Tage" -> {"max": 2880} (approximators from norm-approximators.tsv; plain
 *   estimates like "rund zwei Tage" stay a number);
 * - vague phrases from norm-vague-durations.tsv: "mehrere Stunden" ->
 *   {"min": 120, "max": 720}, "jahrelang" -> {"min": 1051200};
 * - ranges: "zwei bis drei Tage" -> {"min": 2880, "max": 4320};
 * - "seit" + a date or a year needs the anchor (the publication date): the
 *   start lies somewhere in the date's span, so "seit 2005" is
 *   {"min": days from 2005-12-31, "max": days from 2005-01-01} to the anchor;
 *   a single day gives a number. Without a valid anchor: std::nullopt.
 * Words before or after the duration that place it in time ("15 Minuten
 * zuvor", "two days ago", "nach 31 Minuten") are part of the phrase, but the
 * value is the length only: "15 Minuten zuvor" -> 15. Which event it counts
 * from is for the caller to decide.
 *
 * Vocabulary files in the language folder: norm-duration-units.tsv,
 * norm-vague-durations.tsv, norm-duration-words.tsv, plus the files of
 * AmountParser and DateNormalizer.
 */
class DurationNormalizer
{
public:
    /// Loads the vocabulary from a language folder (e.g. resources/rules/de);
    /// std::nullopt and @p error "file:line: problem" on failure.
    static std::optional<DurationNormalizer> load(const QString &languageDir, QString *error);

    /// Normalizes a whole duration phrase; @p anchor (may be invalid) is needed only for "seit <date>".
    std::optional<QJsonValue> normalize(QStringView text, QDate anchor) const;

    /// A regex that finds exactly the phrases normalize() understands; for QRegularExpression
    /// (CaseInsensitiveOption | UseUnicodePropertiesOption) and Hyperscan
    /// (HS_FLAG_CASELESS | HS_FLAG_UTF8; not HS_FLAG_UCP, which Hyperscan refuses with \b).
    QString pattern() const { return m_pattern; }

private:
    enum class Form { Since, Range, Vague, Quantity };

    /// The group keys of an amount and its unit ("zwei" "Tage").
    struct Part
    {
        Part() = default;
        explicit Part(const QString &prefix);

        AmountParser::Keys amount;
        QString unit;
    };

    DurationNormalizer() = default;
    QString grammar(Form form, PatternBuilder &builder) const;
    std::optional<QJsonValue> normalize(Form form, const PhraseMatcher::Match &match, QDate anchor) const;
    std::optional<double> unitMinutes(const PhraseMatcher::Match &match, const QString &key) const;

    AmountParser m_amounts;
    Part m_first;
    Part m_second;
    std::optional<DateNormalizer> m_dates; // optional only because DateNormalizer comes from load()
    Vocabulary m_units;
    Vocabulary m_vague;
    Vocabulary m_words;
    PhraseMatcher m_matcher;
    QList<std::pair<Form, QString>> m_forms; // in grammar order, with the key of the group around each
    QString m_pattern;
};

} // namespace Iwb
