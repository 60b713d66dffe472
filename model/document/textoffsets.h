// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QString>

namespace Iwb {

/**
 * Converts between QString (UTF-16) indices, used everywhere inside the
 * program, and Unicode code point indices, used at every boundary that leaves
 * it (JSON, CSV, Python tools), for one text.
 *
 * Construction scans the text once for surrogate pairs; each conversion is then
 * a binary search over them, so converting all facts of a long article is cheap.
 * An index that points into the middle of a surrogate pair maps to the start
 * of that character.
 */
class TextOffsets
{
public:
    explicit TextOffsets(const QString &text);

    /// Code point index of the UTF-16 index @p utf16Index (clamped to the text).
    qsizetype toCodePoint(qsizetype utf16Index) const;
    /// UTF-16 index of the code point index @p codePointIndex (clamped to the text).
    qsizetype toUtf16(qsizetype codePointIndex) const;

    qsizetype utf16Length() const { return m_utf16Length; }
    qsizetype codePointLength() const { return m_utf16Length - m_pairStarts.size(); }

    /// One-off conversions for callers that convert a single index.
    static qsizetype codePointIndex(const QString &text, qsizetype utf16Index);
    static qsizetype utf16Index(const QString &text, qsizetype codePointIndex);

private:
    QList<qsizetype> m_pairStarts; // UTF-16 index of every high surrogate that starts a pair
    qsizetype m_utf16Length = 0;
};

} // namespace Iwb
