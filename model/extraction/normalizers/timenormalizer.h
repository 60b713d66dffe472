// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/normalizers/patternbuilder.h"
#include "extraction/normalizers/phrasematcher.h"
#include "extraction/normalizers/vocabulary.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Iwb {

/**
 * Recognizes and normalizes clock times: "16:35 Uhr", "11:20:42 Uhr" (seconds
 * are dropped), "um 11 Uhr", "gegen 9.30 Uhr", "4:08 p.m.", "8 Uhr abends",
 * "noon", and ranges: "von 16:08 bis 16:40 Uhr", "zwischen 16 und 17 Uhr",
 * "from 6:30 to 7:45 p.m.".
 *
 * The value is a QJsonValue: "HH:MM" (24-hour clock) or {"from": "HH:MM",
 * "to": "HH:MM"}. A bare hour counts only with "Uhr", "o'clock" or a.m./p.m.
 * after it, an hour with a dot ("10.49") only with one of those too, since
 * otherwise it is a number; an hour with a colon needs nothing. "24:00" is
 * kept (German "bis 24 Uhr"); other times past 23:59 are rejected.
 *
 * In a range, a.m./p.m. written only at the end applies to the start too,
 * unless the start would then come after the end ("from 11:30 to 1:15 p.m."
 * starts at 11:30). A range may run past midnight ("von 23 bis 1 Uhr").
 *
 * Vocabulary: norm-time-words.tsv in the language folder (roles of the words).
 */
class TimeNormalizer
{
public:
    /// Loads the vocabulary from a language folder (e.g. resources/rules/de);
    /// std::nullopt and @p error "file:line: problem" on failure.
    static std::optional<TimeNormalizer> load(const QString &languageDir, QString *error);

    /// Normalizes a whole time phrase.
    std::optional<QJsonValue> normalize(QStringView text) const;

    /// A regex that finds exactly the phrases normalize() understands; for QRegularExpression
    /// (CaseInsensitiveOption | UseUnicodePropertiesOption) and Hyperscan
    /// (HS_FLAG_CASELESS | HS_FLAG_UTF8; not HS_FLAG_UCP, which Hyperscan refuses with \b).
    QString pattern() const { return m_pattern; }

private:
    enum class Form { Range, Time, Named };

    TimeNormalizer() = default;
    QString grammar(Form form, PatternBuilder &builder) const;

    Vocabulary m_words;
    PhraseMatcher m_matcher;
    QList<std::pair<Form, QString>> m_forms; // in grammar order, with the key of the group around each
    QString m_pattern;
};

} // namespace Iwb
