// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

/**
 * A capturing grammar from PatternBuilder, compiled once (and JIT-optimized)
 * to match whole phrases, case-insensitively and with Unicode properties.
 */
class PhraseMatcher
{
public:
    /// The groups of one successful match, looked up by key (the name without "_N").
    class Match
    {
    public:
        /// Whether some group with @p key took part in the match.
        bool has(const QString &key) const;
        /// The text of the first group with @p key that took part; empty when none did.
        QString text(const QString &key) const;
        /// The texts of all groups with @p key that took part, in pattern order.
        QStringList texts(const QString &key) const;

    private:
        friend class PhraseMatcher;
        QRegularExpressionMatch m_match;
        const QHash<QString, QList<int>> *m_groups = nullptr;
    };

    PhraseMatcher() = default;

    /// Compiles @p pattern; on failure returns std::nullopt and sets @p error.
    static std::optional<PhraseMatcher> compile(const QString &pattern, QString *error);

    /// Matches the whole of @p text (leading and trailing white space ignored).
    std::optional<Match> match(QStringView text) const;

private:
    QRegularExpression m_regex;
    QHash<QString, QList<int>> m_groups; // key -> capture indices, in pattern order
};

} // namespace Iwb
