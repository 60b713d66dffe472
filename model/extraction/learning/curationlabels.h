// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"

#include <QList>

#include <optional>

namespace Iwb {

/**
 * Turns an analyst's decisions into labels of the rule engine's proposals:
 * true (a fact), false (not one) or none (nobody decided).
 *
 * From a store (fromCurated): a proposal the analyst accepted, or edited into
 * a fact of the same type, is true; one rejected, or retyped (the same span
 * now of another type), is false; a hand-made fact of the same type that
 * overlaps a proposal makes it true (the analyst fixed its bounds). From gold
 * spans (fromGold, curation simulated): a proposal that overlaps a gold span
 * of the same scoring row (dates and times share one) is accepted, the others
 * of a type the gold covers are rejected.
 */
class CurationLabels
{
public:
    /// The organizations the analyst confirmed in @p stored (accepted, edited or made by hand), for the span
    /// tagger; null when no organization of the article was decided (nothing is known of its names then).
    static std::optional<QList<Fact>> curatedOrganizations(const QList<Fact> &stored);
    static QList<std::optional<bool>> fromCurated(const QList<Fact> &proposals, const QList<Fact> &stored);
    static QList<std::optional<bool>> fromGold(
        const QList<Fact> &proposals, const QList<Fact> &gold, const QList<FactType> &goldTypes);

    /// The scoring row of a fact type: "date/time" for dates and times, the type's name otherwise.
    static QString rowOf(FactType type);
};

} // namespace Iwb
