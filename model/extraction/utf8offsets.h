// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Iwb {

/**
 * Offsets between a text's UTF-16 (QString indices, used by facts and regexes) and its UTF-8
 * (byte offsets, used by the Hyperscan scan). Each mapper walks the text once for offsets asked
 * in ascending order; asking for an earlier one starts the walk again.
 */

/// UTF-8 byte offsets to UTF-16 indices, counting over the UTF-8 bytes.
class Utf8ToUtf16
{
public:
    explicit Utf8ToUtf16(QByteArrayView utf8);
    /// The UTF-16 index of the character that starts at byte @p utf8Offset (clamped to the text).
    qsizetype map(qsizetype utf8Offset);

private:
    QByteArrayView m_utf8;
    qsizetype m_byte = 0;
    qsizetype m_utf16 = 0;
};

/// UTF-16 indices to UTF-8 byte offsets, counting over the QString.
class Utf16ToUtf8
{
public:
    explicit Utf16ToUtf8(const QString &text);
    /// The byte offset of UTF-16 index @p utf16Index (clamped to the text).
    qsizetype map(qsizetype utf16Index);

private:
    const QString &m_text;
    qsizetype m_utf16 = 0;
    qsizetype m_utf8 = 0;
};

/// The UTF-16 indices of a set of UTF-8 offsets of one text, mapped in one walk and then looked
/// up by binary search (the scan's hits come in no useful order).
class Utf16Offsets
{
public:
    Utf16Offsets(QByteArrayView utf8, QList<qsizetype> utf8Offsets);
    /// @p utf8 must be one of the offsets given.
    qsizetype at(qsizetype utf8) const;

private:
    QList<qsizetype> m_utf8;
    QList<qsizetype> m_utf16;
};

} // namespace Iwb
