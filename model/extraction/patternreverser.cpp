// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "patternreverser.h"

#include <cstring>

#include <algorithm>
#include <cctype>
#include <climits>

namespace Iwb {

namespace {

    /// Takes a pattern in Hyperscan syntax apart into a Reversal. Knows groups, classes, escapes,
    /// quantifiers and literals; fails (std::nullopt) on anything else (anchors, look-arounds, inline
    /// flags without a group), whose patterns keep Hyperscan's start-of-match tracking.
    class Reverser
    {
    public:
        explicit Reverser(const QByteArray &pattern)
            : m_pattern(pattern)
        {
        }

        std::optional<Reversal> run()
        {
            const Texts texts = alternation();
            if (!m_ok || m_position != m_pattern.size()) {
                return std::nullopt;
            }
            return Reversal { texts.reversed, texts.capped, m_longRepeats };
        }

    private:
        struct Texts
        {
            QByteArray reversed;
            QByteArray capped;
        };

        char peek(qsizetype offset = 0) const
        {
            return m_position + offset < m_pattern.size() ? m_pattern.at(m_position + offset) : '\0';
        }

        // Branches up to the next unmatched ')' or the end; each branch is reversed, their order stays.
        Texts alternation()
        {
            Texts texts = sequence();
            while (m_ok && peek() == '|') {
                ++m_position;
                const Texts branch = sequence();
                texts.reversed += '|' + branch.reversed;
                texts.capped += '|' + branch.capped;
            }
            return texts;
        }

        Texts sequence()
        {
            QList<QByteArray> reversedItems;
            Texts texts;
            while (m_ok && m_position < m_pattern.size() && peek() != '|' && peek() != ')') {
                const qsizetype atomStart = m_position;
                Texts item = atom();
                const QByteArray original = m_pattern.mid(atomStart, m_position - atomStart);
                const auto [reversedQuantifier, cappedQuantifier] = quantifier(original);
                reversedItems.append(item.reversed + reversedQuantifier);
                texts.capped += item.capped + cappedQuantifier;
            }
            for (auto it = reversedItems.crbegin(); it != reversedItems.crend(); ++it) {
                texts.reversed += *it;
            }
            return texts;
        }

        Texts atom()
        {
            const qsizetype start = m_position;
            const char c = peek();
            if (c == '(') {
                qsizetype prefixEnd = m_position + 1;
                if (peek(1) == '?') { // only groups that set flags: "(?:", "(?i:", "(?-i:"
                    prefixEnd = m_position + 2;
                    while (prefixEnd < m_pattern.size()
                        && (std::isalpha(static_cast<unsigned char>(m_pattern.at(prefixEnd)))
                            || m_pattern.at(prefixEnd) == '-')) {
                        ++prefixEnd;
                    }
                    if (prefixEnd >= m_pattern.size() || m_pattern.at(prefixEnd) != ':') {
                        return fail();
                    }
                    ++prefixEnd;
                }
                const QByteArray prefix = m_pattern.mid(m_position, prefixEnd - m_position);
                m_position = prefixEnd;
                const Texts inner = alternation();
                if (!m_ok || peek() != ')') {
                    return fail();
                }
                ++m_position;
                return { prefix + inner.reversed + ')', prefix + inner.capped + ')' };
            }
            if (c == '[') {
                ++m_position;
                if (peek() == '^') {
                    ++m_position;
                }
                if (peek() == ']') {
                    ++m_position;
                }
                while (m_ok && peek() != ']') {
                    if (m_position >= m_pattern.size()) {
                        return fail();
                    }
                    if (peek() == '\\') {
                        escape();
                    } else if (peek() == '[' && peek(1) == ':') {
                        const qsizetype close = m_pattern.indexOf(":]", m_position + 2);
                        if (close < 0) {
                            return fail();
                        }
                        m_position = close + 2;
                    } else {
                        ++m_position;
                    }
                }
                ++m_position;
            } else if (c == '\\') {
                escape();
            } else if (c == '^' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{' || c == '\0') {
                return fail();
            } else {
                // One character: a UTF-8 sequence is as long as its lead byte says.
                const auto lead = static_cast<unsigned char>(c);
                m_position += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            }
            const QByteArray text = m_pattern.mid(start, m_position - start);
            return { text, text };
        }

        // An escape that stands for one character: "\s", "\.", "\x{201E}", "\p{L}"; no assertions or back-references.
        void escape()
        {
            const char c = peek(1);
            if (c == '\0' || QByteArrayView("bBAzZGKRXNQEgk").contains(c)
                || std::isdigit(static_cast<unsigned char>(c))) {
                fail();
                return;
            }
            m_position += 2;
            if ((c == 'x' || c == 'p' || c == 'P' || c == 'o') && peek() == '{') {
                const qsizetype close = m_pattern.indexOf('}', m_position);
                if (close < 0) {
                    fail();
                    return;
                }
                m_position = close + 1;
            } else if (c == 'x') {
                for (int digits = 0; digits < 2 && std::isxdigit(static_cast<unsigned char>(peek())); ++digits) {
                    ++m_position;
                }
            } else if (c == 'p' || c == 'P' || c == 'c') {
                ++m_position;
            }
        }

        // The quantifier after an atom, as it is (for the reversed pattern) and capped; an unbounded
        // one also gets its long-repeat pattern.
        std::pair<QByteArray, QByteArray> quantifier(const QByteArray &atom)
        {
            if (!m_ok) {
                return {};
            }
            const qsizetype start = m_position;
            int minimum = 0;
            bool unbounded = false;
            const char c = peek();
            if (c == '*' || c == '+') {
                minimum = c == '+' ? 1 : 0;
                unbounded = true;
                ++m_position;
            } else if (c == '?') {
                ++m_position;
            } else if (c == '{') {
                const qsizetype close = m_pattern.indexOf('}', m_position);
                const QList<QByteArray> bounds = close < 0
                    ? QList<QByteArray>()
                    : m_pattern.mid(m_position + 1, close - m_position - 1).split(',');
                bool ok = !bounds.isEmpty() && bounds.size() <= 2;
                minimum = ok ? bounds.first().toInt(&ok) : 0;
                if (ok && bounds.size() == 2 && !bounds.last().isEmpty()) {
                    bounds.last().toInt(&ok);
                }
                if (!ok) {
                    fail();
                    return {};
                }
                unbounded = bounds.size() == 2 && bounds.last().isEmpty();
                m_position = close + 1;
            } else {
                return {};
            }
            if (peek() == '+') { // possessive
                fail();
                return {};
            }
            const qsizetype suffixStart = m_position;
            if (peek() == '?') { // lazy: Hyperscan reports every match anyway
                ++m_position;
            }
            const QByteArray original = m_pattern.mid(start, m_position - start);
            if (!unbounded) {
                return { original, original };
            }
            const int cap = std::max(minimum, maxRepeats);
            m_longRepeats.append("(?:" + atom + "){" + QByteArray::number(cap + 1) + '}');
            return { original,
                '{' + QByteArray::number(minimum) + ',' + QByteArray::number(cap) + '}'
                    + m_pattern.mid(suffixStart, m_position - suffixStart) };
        }

        Texts fail()
        {
            m_ok = false;
            return {};
        }

        const QByteArray &m_pattern;
        qsizetype m_position = 0;
        bool m_ok = true;
        QList<QByteArray> m_longRepeats;
    };

} // namespace

std::optional<Reversal> reversePattern(const QByteArray &pattern)
{
    return Reverser(pattern).run();
}

/// @p utf8 read backwards by characters: the bytes of each character stay in order, so the text
/// stays valid UTF-8, and byte offset i of the text is offset size - i of the result.
QByteArray reversedText(QByteArrayView utf8)
{
    QByteArray reversed(utf8.size(), Qt::Uninitialized);
    const char *in = utf8.data();
    char *out = reversed.data();
    // From the end backwards, one character at a time: ASCII is one byte, else the character
    // runs from its lead byte to the continuation bytes (10xxxxxx) after it.
    for (qsizetype end = utf8.size(); end > 0;) {
        if (static_cast<unsigned char>(in[end - 1]) < 0x80) {
            *out++ = in[--end];
            continue;
        }
        qsizetype start = end - 1;
        while (start > 0 && (static_cast<unsigned char>(in[start]) & 0xC0) == 0x80) {
            --start;
        }
        std::memcpy(out, in + start, static_cast<std::size_t>(end - start));
        out += end - start;
        end = start;
    }
    return reversed;
}

} // namespace Iwb
