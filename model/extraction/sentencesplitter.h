// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace Iwb {

/// A half-open range [start, end) of UTF-16 indices into a text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    bool contains(qsizetype position) const { return position >= start && position < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/**
 * Splits text into sentences with ICU's sentence break iterator, then joins
 * the breaks that ICU makes after the rule pack's abbreviations (so "z. B."
 * or "Dr." do not end a sentence) and after German ordinal numbers: "am 9. Dezember" and "9.12.2019" stay
 * in one sentence.
 *
 * The iterator is built once; split() works on a clone, so one splitter may
 * serve several threads.
 */
class SentenceSplitter
{
public:
    /// @p language: "de" or "en"; @p abbreviations: words ending in a period after which no sentence ends ("Nr.",
    /// "bzw.").
    explicit SentenceSplitter(const QString &language, const QStringList &abbreviations = {});
    ~SentenceSplitter();

    QList<TextSpan> split(const QString &text) const;

private:
    bool endsWithAbbreviation(QStringView sentence) const;

    std::unique_ptr<icu::BreakIterator> m_prototype;
    QSet<QString> m_abbreviations; // lower case
};

} // namespace Iwb
