// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * Writes a normalizer's grammar once and gets it twice: with named groups,
 * which normalize() reads through a PhraseMatcher, and with plain (?:...)
 * groups, which pattern() hands to the scanners. Because both come from the
 * same code, pattern() finds exactly what normalize() understands.
 *
 * A group is named "key_N" (N keeps names unique, as PCRE wants); PhraseMatcher
 * strips the number again, so several groups may share a key.
 */
class PatternBuilder
{
public:
    enum class Mode { Capturing, Plain };

    explicit PatternBuilder(Mode mode)
        : m_mode(mode)
    {
    }

    /// (?<key_N>body) when capturing, (?:body) when plain. @p key: ASCII letters and '_'.
    QString group(const QString &key, const QString &body);

    /// (?:a|b|c) over the non-empty alternatives; an empty string when all are empty.
    static QString anyOf(const QStringList &alternatives);
    /// (?:body)? or an empty string for an empty body.
    static QString optional(const QString &body);

private:
    Mode m_mode;
    int m_next = 0;
};

} // namespace Iwb
