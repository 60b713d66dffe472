// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "curationlabels.h"

namespace Iwb {

namespace {

    bool overlaps(const Fact &a, const Fact &b)
    {
        return a.start < b.end && b.start < a.end;
    }

    bool sameSpan(const Fact &a, const Fact &b)
    {
        return a.start == b.start && a.end == b.end;
    }

} // namespace

QString CurationLabels::rowOf(FactType type)
{
    return type == FactType::Date || type == FactType::Time ? QStringLiteral("date/time") : factTypeName(type);
}

QList<std::optional<bool>> CurationLabels::fromCurated(const QList<Fact> &proposals, const QList<Fact> &stored)
{
    QList<std::optional<bool>> labels(proposals.size());
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const Fact &proposal = proposals.at(i);
        std::optional<bool> label;
        // The decision on the very span and type counts first, then a retype, then a hand-made fact.
        for (const Fact &fact : stored) {
            if (fact.type == proposal.type && sameSpan(fact, proposal) && fact.isDecided()) {
                label = fact.status != FactStatus::Rejected;
                break;
            }
        }
        for (qsizetype j = 0; !label && j < stored.size(); ++j) {
            const Fact &fact = stored.at(j);
            if (fact.type != proposal.type && sameSpan(fact, proposal) && fact.status == FactStatus::Edited) {
                label = false;
            }
        }
        for (qsizetype j = 0; !label && j < stored.size(); ++j) {
            const Fact &fact = stored.at(j);
            if (fact.type == proposal.type && overlaps(fact, proposal) && fact.status != FactStatus::Rejected
                && (fact.isAnalystMade() || fact.status == FactStatus::Edited)) {
                label = true;
            }
        }
        labels[i] = label;
    }
    return labels;
}

std::optional<QList<Fact>> CurationLabels::curatedOrganizations(const QList<Fact> &stored)
{
    bool decided = false;
    QList<Fact> confirmed;
    for (const Fact &fact : stored) {
        if (fact.type == FactType::Organization && fact.isDecided()) {
            decided = true;
            if (fact.status != FactStatus::Rejected) {
                confirmed.append(fact);
            }
        }
    }
    return decided ? std::optional(confirmed) : std::nullopt;
}

QList<std::optional<bool>> CurationLabels::fromGold(
    const QList<Fact> &proposals, const QList<Fact> &gold, const QList<FactType> &goldTypes)
{
    QList<std::optional<bool>> labels(proposals.size());
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const Fact &proposal = proposals.at(i);
        if (!goldTypes.contains(proposal.type)) {
            continue;
        }
        const QString row = rowOf(proposal.type);
        labels[i] = std::any_of(gold.cbegin(), gold.cend(),
            [&](const Fact &fact) { return rowOf(fact.type) == row && overlaps(fact, proposal); });
    }
    return labels;
}

} // namespace Iwb
