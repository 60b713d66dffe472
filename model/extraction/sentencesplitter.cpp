// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sentencesplitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace Iwb {

namespace {

    /// True when the sentence ends with a one- or two-digit number and a period
    /// (a German ordinal such as the day in "9. Dezember"), which is no sentence end
    /// when the next sentence goes straight on with a word or number.
    bool endsWithOrdinal(QStringView sentence)
    {
        QStringView trimmed = sentence.trimmed();
        if (!trimmed.endsWith(QLatin1Char('.'))) {
            return false;
        }
        trimmed.chop(1);
        qsizetype digits = 0;
        while (digits < trimmed.size() && trimmed.at(trimmed.size() - 1 - digits).isDigit()) {
            ++digits;
        }
        if (digits == 0 || digits > 2) {
            return false;
        }
        const qsizetype before = trimmed.size() - 1 - digits;
        return before < 0 || !trimmed.at(before).isLetterOrNumber();
    }

} // namespace

SentenceSplitter::SentenceSplitter(const QString &language, const QStringList &abbreviations)
{
    // Abbreviations are checked here rather than with ICU's FilteredBreakIterator,
    // which (ICU 76) also drops real breaks after a suppressed one.
    for (const QString &abbreviation : abbreviations) {
        m_abbreviations.insert(abbreviation.toLower());
    }
    UErrorCode status = U_ZERO_ERROR;
    m_prototype.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(language.toStdString().c_str()), status));
    if (U_FAILURE(status)) {
        m_prototype.reset();
    }
}

SentenceSplitter::~SentenceSplitter() = default;

bool SentenceSplitter::endsWithAbbreviation(QStringView sentence) const
{
    const QStringView trimmed = sentence.trimmed();
    const qsizetype space = trimmed.lastIndexOf(QLatin1Char(' '));
    const QStringView lastWord = trimmed.mid(space + 1);
    return lastWord.endsWith(QLatin1Char('.')) && m_abbreviations.contains(lastWord.toString().toLower());
}

QList<TextSpan> SentenceSplitter::split(const QString &text) const
{
    QList<TextSpan> sentences;
    if (text.isEmpty()) {
        return sentences;
    }
    std::unique_ptr<icu::BreakIterator> iterator(m_prototype ? m_prototype->clone() : nullptr);
    if (!iterator) {
        sentences.append({ 0, text.size() });
        return sentences;
    }
    // Alias the QString's UTF-16 buffer: no copy, indices are QString indices.
    const icu::UnicodeString alias(
        false, reinterpret_cast<const char16_t *>(text.constData()), static_cast<int32_t>(text.size()));
    iterator->setText(alias);

    qsizetype start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
        const QStringView sentence = QStringView(text).mid(start, end - start);
        const bool nextStartsWithWord = end < text.size() && text.at(end).isLetterOrNumber();
        const bool lineEnd = sentence.endsWith(QLatin1Char('\n'));
        if (end < text.size() && !lineEnd
            && (endsWithAbbreviation(sentence) || (endsWithOrdinal(sentence) && nextStartsWithWord))) {
            continue; // join with the next piece
        }
        sentences.append({ start, end });
        start = end;
    }
    if (start < text.size()) {
        sentences.append({ start, text.size() });
    }
    return sentences;
}

} // namespace Iwb
