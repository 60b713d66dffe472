// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "textoffsets.h"

#include <algorithm>

namespace Iwb {

TextOffsets::TextOffsets(const QString &text)
    : m_utf16Length(text.size())
{
    const QChar *data = text.constData();
    for (qsizetype i = 0; i + 1 < m_utf16Length; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16Length);
    // Pairs that start before utf16Index each make one code point out of two
    // UTF-16 units; a pair that starts at utf16Index - 1 is cut in the middle and
    // counts as the character the index points into.
    const auto pairsBefore
        = std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16Index) - m_pairStarts.cbegin();
    qsizetype codePoint = utf16Index - pairsBefore;
    if (pairsBefore > 0 && m_pairStarts.at(pairsBefore - 1) == utf16Index - 1) {
        codePoint = utf16Index - 1 - (pairsBefore - 1);
    }
    return codePoint;
}

qsizetype TextOffsets::toUtf16(qsizetype codePointIndex) const
{
    codePointIndex = std::clamp<qsizetype>(codePointIndex, 0, codePointLength());
    // The k-th pair (0-based) starts at code point m_pairStarts[k] - k. Every pair
    // that starts before the wanted code point adds one UTF-16 unit.
    qsizetype low = 0;
    qsizetype high = m_pairStarts.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_pairStarts.at(mid) - mid < codePointIndex) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return codePointIndex + low;
}

qsizetype TextOffsets::codePointIndex(const QString &text, qsizetype utf16Index)
{
    return TextOffsets(text).toCodePoint(utf16Index);
}

qsizetype TextOffsets::utf16Index(const QString &text, qsizetype codePointIndex)
{
    return TextOffsets(text).toUtf16(codePointIndex);
}

} // namespace Iwb
