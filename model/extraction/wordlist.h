// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

/**
 * One vocabulary file of a rule pack: words or phrases, each with a value.
 *
 * File format (UTF-8, one entry per line, `#` starts a comment line):
 *
 *     Dezember<TAB>12
 *     Dez.<TAB>12
 *
 * A line without a tab has an empty value (a plain word list). Keys are
 * matched case-insensitively; the value is kept as written. Loading reports
 * the file, the line and the problem for duplicate keys, empty keys, or a
 * value that is not in the allowed set.
 */
class WordList
{
public:
    WordList() = default;

    /// Reads @p path; on failure returns std::nullopt and sets @p error to "path:line: problem".
    /// When @p allowedValues is not empty, every value must be one of them.
    static std::optional<WordList> load(const QString &path, QString *error, const QStringList &allowedValues = {});
    /// Parses text as if read from a file called @p sourceName (for error messages).
    static std::optional<WordList> parse(
        const QString &text, const QString &sourceName, QString *error, const QStringList &allowedValues = {});

    bool contains(QStringView key) const { return m_values.contains(key.toString().toLower()); }
    /// The value of @p key (case-insensitive), or std::nullopt.
    std::optional<QString> value(QStringView key) const;
    /// The keys as written in the file, in file order.
    const QStringList &keys() const { return m_keys; }
    int size() const { return static_cast<int>(m_keys.size()); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    QString sourceName() const { return m_sourceName; }

    /// The keys as one regex alternation, longest first and escaped, e.g. "Dezember|Dez\\.".
    QString alternation() const;

    /// Any words as one alternation like alternation(): duplicates (case-insensitive) dropped.
    static QString alternationOf(const QStringList &words);

    /// @p text with the regex metacharacters escaped and nothing else, so that the
    /// result means the same to PCRE and to Hyperscan (which misreads "\\ä").
    static QString escapeForRegex(const QString &text);

private:
    QString m_sourceName;
    QStringList m_keys;
    QHash<QString, QString> m_values; // lower-case key -> value
};

} // namespace Iwb
