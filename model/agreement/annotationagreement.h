// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "agreement/agreementtable.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

/// Counts behind precision, recall and F1 of the other version against the reference.
struct MatchCounts
{
    int reference = 0; ///< facts in the reference
    int other = 0; ///< facts in the other version
    int matched = 0; ///< pairs matched one to one

    /// matched / other; nullopt when the other version has none.
    std::optional<double> precision() const;
    /// matched / reference; nullopt when the reference has none.
    std::optional<double> recall() const;
    /// 2·matched / (reference + other), the harmonic mean of P and R; nullopt when both have none.
    std::optional<double> f1() const;

    MatchCounts &operator+=(const MatchCounts &counts);
};

/// The scores of one fact type (or, as a micro total, of all).
struct TypeScores
{
    FactType type = FactType::Organization;
    MatchCounts exact; ///< same type, same start and end
    MatchCounts lenient; ///< same type, overlapping spans (exact matches included)
};

/// How two versions of one fact (or its absence) differ.
enum class DisagreementKind {
    OnlyInReference, ///< the reference has the fact, the other version nothing like it
    OnlyInOther,
    TypeDiffers, ///< overlapping spans, different types
    BoundaryDiffers, ///< same type, overlapping but different spans
    ValueDiffers, ///< same type and span, different normalized value
    PolarityDiffers,
    CertaintyDiffers,
};

QString disagreementKindName(DisagreementKind kind); ///< "only_in_reference", "type_differs", ...
QString disagreementKindLabel(DisagreementKind kind); ///< "only in reference", "type differs", ...

/**
 * One place where the versions disagree, with both sides, so that a view can
 * show each side in its own text and an analyst can take one of them.
 *
 * The kind is the most important difference (type, then boundary, value,
 * polarity, certainty); `details` names every difference of the pair.
 */
struct Disagreement
{
    DisagreementKind kind = DisagreementKind::OnlyInReference;
    std::optional<Fact> reference;
    std::optional<Fact> other;
    qsizetype referenceIndex = -1; ///< index into the reference facts given, or -1
    qsizetype otherIndex = -1; ///< index into the other facts given, or -1
    QStringList details; ///< readable differences, e.g. "value 9500 users vs 4100 users"

    /// The reference's fact if it has one, else the other's (every disagreement has at least one side).
    const Fact &fact() const;
    /// The reference's type if it has the fact, else the other's.
    FactType type() const { return fact().type; }
    /// Where the disagreement starts in the text (the earlier side), for ordering and jumping.
    qsizetype start() const;
};

/// Everything compared between two versions of one document's facts.
struct FactComparison
{
    QList<TypeScores> perType; ///< the types either version has, in the contract's order
    TypeScores micro; ///< sums over all types
    int valueDifferences = 0; ///< among lenient matches: different normalized value
    int polarityDifferences = 0;
    int certaintyDifferences = 0;
    QList<Disagreement> disagreements; ///< in text order
    AgreementTable tokens; ///< one unit per token, label = fact type or "none" (see tokenLabels())
};

/**
 * Compares two versions of one document's facts: the reference (curated, or
 * analyst A) and the other (automatic, or analyst B); precision is the other
 * version's, recall how much of the reference it finds.
 *
 * Matching, one to one: first facts of the same type and the same span
 * (exact), then of the same type whose spans overlap, largest overlap first
 * (lenient; boundary disagreements). Facts left over are paired across types
 * when their spans overlap (type disagreements); the rest are only on one side.
 */
class AnnotationAgreement
{
public:
    /// Compares @p other against @p reference, facts of the document whose text is @p text.
    static FactComparison compareFacts(const QString &text, const QList<Fact> &reference, const QList<Fact> &other);

    /// The facts that count as a version's annotations: rejected ones are the analyst saying "no" and are left out.
    static QList<Fact> countedFacts(const QList<Fact> &facts);

    /**
     * The label of every token of @p text: the type name of the fact that covers
     * it (the shortest when several do, then the first in the contract's order),
     * or "none". Tokens are maximal runs of letters and digits; a fact covers a
     * token when their spans share a character.
     */
    static QStringList tokenLabels(const QString &text, const QList<Fact> &facts);
    /// [start, end) of every token of @p text, as tokenLabels() counts them.
    static QList<std::pair<qsizetype, qsizetype>> tokens(const QString &text);

    /// The record fields compared with kappa, in this order.
    static const QStringList &categoricalFields();
    /// The value of a categorical field as a label: the id, "true"/"false", or "unstated" when empty.
    static QString categoricalValue(const IncidentRecord &record, const QString &field);

    /// A short readable form of a fact's value ("9500 users", "16:08–16:40", "none").
    static QString valueText(const Fact &fact);
};

} // namespace Iwb
