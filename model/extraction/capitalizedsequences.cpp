// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "capitalizedsequences.h"

namespace Iwb {

namespace {

    /// The longest sequence is a word and three more.
    constexpr int maximumWords = 4;

    bool isBlank(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t');
    }

} // namespace

CapitalizedSequences::CapitalizedSequences(const QString &text)
    : m_text(text)
{
}

bool CapitalizedSequences::next(qsizetype &start, qsizetype &end)
{
    const qsizetype size = m_text.size();
    while (m_position < size) {
        int units = 0;
        const char32_t c = codePointAt(m_position, &units);
        if (QChar::isUpper(c) && !letterOrNumberBefore(m_position)) {
            start = m_position;
            end = wordEnd(m_position + units);
            for (int words = 1; words < maximumWords; ++words) {
                const qsizetype wordStart = nextWordStart(end);
                if (wordStart < 0) {
                    break;
                }
                int capitalUnits = 0;
                codePointAt(wordStart, &capitalUnits);
                end = wordEnd(wordStart + capitalUnits);
            }
            m_position = end;
            return true;
        }
        m_position += units;
    }
    return false;
}

bool CapitalizedSequences::letterOrNumberBefore(qsizetype i) const
{
    if (i == 0) {
        return false;
    }
    char32_t c = m_text.at(i - 1).unicode();
    if (QChar::isLowSurrogate(c) && i >= 2 && QChar::isHighSurrogate(m_text.at(i - 2).unicode())) {
        c = QChar::surrogateToUcs4(m_text.at(i - 2).unicode(), m_text.at(i - 1).unicode());
    }
    return QChar::isLetterOrNumber(c);
}

qsizetype CapitalizedSequences::wordEnd(qsizetype i) const
{
    while (i < m_text.size()) {
        int units = 0;
        const char32_t c = codePointAt(i, &units);
        if (!(QChar::isLetterOrNumber(c) || c == U'\'' || c == U'\x2019' || c == U'-')) {
            break;
        }
        i += units;
    }
    return i;
}

qsizetype CapitalizedSequences::nextWordStart(qsizetype i) const
{
    const auto skipBlanks = [this](qsizetype j) {
        while (j < m_text.size() && isBlank(m_text.at(j))) {
            ++j;
        }
        return j;
    };
    qsizetype j = skipBlanks(i);
    if (j == i || j >= m_text.size()) {
        return -1;
    }
    // "& " is optional: when no capital follows it, the '&' itself is no capital either.
    if (m_text.at(j) == QLatin1Char('&')) {
        const qsizetype afterAmpersand = skipBlanks(j + 1);
        if (afterAmpersand == j + 1 || afterAmpersand >= m_text.size()) {
            return -1;
        }
        j = afterAmpersand;
    }
    int units = 0;
    return QChar::isUpper(codePointAt(j, &units)) ? j : -1;
}

} // namespace Iwb
