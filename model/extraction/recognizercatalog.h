// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "recognizer.h"

#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

class RulePack;

/**
 * The recognizers of a rule pack, one group per kind of fact, in this order:
 * dates, times and durations; counts; data categories; the cue lists (cause,
 * attack, discovery, notification); notification clauses; organizations; the
 * cues that modify facts (negation, hedge, advice) and the incident cues.
 *
 * The order is part of the result: of two facts of one type on the same span,
 * the one of the earlier recognizer is kept (a direct list entry before a
 * compound head or a generic word).
 */
class RecognizerCatalog
{
public:
    /// The recognizers of @p pack (which must outlive them: their values come from its lists),
    /// with their regexes compiled; std::nullopt and @p error ("folder: rule X does not compile:
    /// reason") when a rule's regex does not compile.
    static std::optional<QList<Recognizer>> build(const RulePack &pack, QString *error);

private:
    explicit RecognizerCatalog(const RulePack &pack);

    void addDatesTimesAndDurations();
    void addCounts();
    void addDataCategories();
    void addCueLists();
    void addNotificationClauses();
    void addDiscoveryClauses();
    void addOrganizations();
    void addModifierAndIncidentCues();

    /// The rule id "<language>.<name>".
    QString id(const char *name) const;
    void add(const QString &ruleId, FactType type, const QRegularExpression &regex, Normalize normalize,
        const QString &trigger = {});
    void addCue(const QString &ruleId, CueKind cue, const QRegularExpression &regex);
    void triggerOnWords(const QString &alternation);

    const RulePack &m_pack;
    QList<Recognizer> m_recognizers;
};

} // namespace Iwb
