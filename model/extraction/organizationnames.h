// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "sentencesplitter.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Iwb {

class RulePack;

/**
 * What is and what is not an organization's name, by a rule pack's lists: trims what the
 * organization rules matched down to the name, and finds the names no rule marked but that
 * an article keeps coming back to.
 *
 * Immutable after construction; may be shared between threads.
 */
class OrganizationNames
{
public:
    /// @p pack must outlive this.
    explicit OrganizationNames(const RulePack &pack);

    /// Trims an organization fact to the name: no quotes, no leading words that are no
    /// names ("Die", "Laut"); false when nothing of a name is left.
    bool trim(Fact &fact, const QString &text) const;

    /// Marks, as organization facts appended to @p facts, the names that no rule marked but that
    /// recur like names do: of the article's two most frequent capitalized names (twice at least,
    /// once not at the start of one of @p sentences, and in German also shaped like a name), each
    /// occurrence that no organization fact of @p facts covers.
    void addRecurringNames(const QString &text, const QList<TextSpan> &sentences, QList<Fact> &facts) const;

    /// Whether @p name is an organization that reports or researches incidents (a news outlet, a
    /// security company): named in the story, never the organization it is about.
    bool isBystander(QStringView name) const;

    /// Whether the text right after @p end makes the name before it something else than an
    /// organization ("Mirai botnet", "Windows-Lücke").
    bool isFollowedByNonOrganizationHead(const QString &text, qsizetype end) const;

    /// Whether @p word, lower-cased into @p buffer (reused: no allocation per word), is vocabulary:
    /// a word of the lists that are no names (cue words, units, data words, stopwords, ...).
    bool isVocabulary(QStringView word, QString &buffer) const;

private:
    const RulePack &m_pack;
    QSet<QString> m_vocabulary; // lower case
};

} // namespace Iwb
