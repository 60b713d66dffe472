// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "utf8offsets.h"

#include <algorithm>
#include <cstring>

namespace Iwb {

Utf8ToUtf16::Utf8ToUtf16(QByteArrayView utf8)
    : m_utf8(utf8)
{
}

qsizetype Utf8ToUtf16::map(qsizetype utf8Offset)
{
    if (utf8Offset < m_byte) { // out of order: start again
        m_byte = 0;
        m_utf16 = 0;
    }
    // Every byte but a continuation byte (10xxxxxx) starts a character, one UTF-16 unit long, or
    // two for a four-byte character (lead byte 11110xxx). Eight ASCII bytes at a time where the
    // text is ASCII, as most of a German or English text is: this runs over the whole text.
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_utf8.data());
    const qsizetype to = std::min(utf8Offset, m_utf8.size());
    qsizetype units = 0;
    qsizetype i = m_byte;
    while (i < to) {
        if (i + 8 <= to) {
            quint64 word;
            std::memcpy(&word, bytes + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                units += 8;
                i += 8;
                continue;
            }
        }
        units += ((bytes[i] & 0xC0) != 0x80) + (bytes[i] >= 0xF0);
        ++i;
    }
    m_byte = to;
    m_utf16 += units;
    return m_utf16;
}

Utf16ToUtf8::Utf16ToUtf8(const QString &text)
    : m_text(text)
{
}

qsizetype Utf16ToUtf8::map(qsizetype utf16Index)
{
    if (utf16Index < m_utf16) { // out of order: start again
        m_utf16 = 0;
        m_utf8 = 0;
    }
    const QChar *units = m_text.constData();
    const qsizetype to = std::min(utf16Index, m_text.size());
    qsizetype utf8 = m_utf8;
    for (qsizetype i = m_utf16; i < to; ++i) {
        const char16_t unit = units[i].unicode();
        utf8 += unit < 0x80 ? 1 : (unit < 0x800 || QChar::isSurrogate(unit)) ? 2 : 3; // a surrogate pair: 4
    }
    m_utf16 = to;
    m_utf8 = utf8;
    return m_utf8;
}

Utf16Offsets::Utf16Offsets(QByteArrayView utf8, QList<qsizetype> utf8Offsets)
    : m_utf8(std::move(utf8Offsets))
{
    std::sort(m_utf8.begin(), m_utf8.end());
    m_utf8.erase(std::unique(m_utf8.begin(), m_utf8.end()), m_utf8.end());
    m_utf16.reserve(m_utf8.size());
    Utf8ToUtf16 toUtf16(utf8);
    for (const qsizetype offset : std::as_const(m_utf8)) {
        m_utf16.append(toUtf16.map(offset));
    }
}

qsizetype Utf16Offsets::at(qsizetype utf8) const
{
    return m_utf16.at(std::lower_bound(m_utf8.cbegin(), m_utf8.cend(), utf8) - m_utf8.cbegin());
}

} // namespace Iwb
