// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Iwb {

/**
 * One vocabulary file of the normalizers (a WordList, e.g. rules/de/norm-months.tsv),
 * ready to be put into regular expressions.
 *
 * The alternations it builds work unchanged in QRegularExpression (with
 * CaseInsensitiveOption | UseUnicodePropertiesOption) and in Hyperscan (with
 * HS_FLAG_CASELESS | HS_FLAG_UTF8, without HS_FLAG_UCP, which Hyperscan refuses
 * together with \b): only ASCII metacharacters are escaped, a space in a phrase
 * becomes \s+, and \b is put only next to an ASCII letter or digit, because
 * that is the only place where both engines agree on what a word boundary is.
 */
class Vocabulary
{
public:
    /// Checks one entry; returns an empty string when it is fine, otherwise the problem.
    using Check = std::function<QString(const QString &key, const QString &value)>;

    enum Boundary {
        NoBoundary = 0,
        LeadingBoundary = 1,
        TrailingBoundary = 2,
        BothBoundaries = LeadingBoundary | TrailingBoundary,
    };

    Vocabulary() = default;

    /// Loads @p fileName from @p languageDir with WordList::load and checks every entry with @p check.
    /// On failure returns std::nullopt and sets @p error to "path:line: problem".
    /// An empty file is an error too: an empty alternation would match everywhere.
    static std::optional<Vocabulary> load(
        const QString &languageDir, const QString &fileName, QString *error, const Check &check = {});

    /// All entries as one non-capturing alternation, longest first, e.g. "(?:\bmehr\s+als\b|\brund\b)".
    QString pattern(int boundaries = BothBoundaries) const;
    /// Only the entries whose value satisfies @p accept; an empty string when there is none.
    QString pattern(const std::function<bool(const QString &value)> &accept, int boundaries = BothBoundaries) const;
    /// Only the entries with exactly @p value; an empty string when there is none.
    QString patternFor(const QString &value, int boundaries = BothBoundaries) const;

    /// The value of @p phrase as it appeared in a text: case and runs of white space do not matter.
    std::optional<QString> value(QStringView phrase) const;
    /// Whether some entry has @p value.
    bool hasValue(const QString &value) const;
    /// Fails with "path: no entry has the value 'x'" unless every one of @p values occurs.
    bool requireValues(const QStringList &values, QString *error) const;

    /// The entries in file order.
    const QList<std::pair<QString, QString>> &entries() const { return m_entries; }
    QString path() const { return m_path; }

    /// A phrase as a regex that both engines read the same way (see the class comment).
    static QString phrasePattern(const QString &phrase, int boundaries);

private:
    QString m_path;
    QList<std::pair<QString, QString>> m_entries;
    QHash<QString, QString> m_values; // folded key -> value
};

} // namespace Iwb
