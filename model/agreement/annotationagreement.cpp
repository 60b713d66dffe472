// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotationagreement.h"

#include "document/textoffsets.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace Iwb {

namespace {

    const QString noneLabel = QStringLiteral("none");

    qsizetype overlap(const Fact &a, const Fact &b)
    {
        return std::max<qsizetype>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
    }

    bool sameSpan(const Fact &a, const Fact &b)
    {
        return a.start == b.start && a.end == b.end;
    }

    /// A candidate pair for one-to-one matching; better pairs sort first.
    struct Candidate
    {
        qsizetype reference;
        qsizetype other;
        bool exactSpan;
        qsizetype overlap;
    };

    /// Pairs unmatched facts greedily, best candidates first (exact spans, then larger overlaps, then text order).
    void pairGreedily(QList<Candidate> candidates, QList<qsizetype> &otherForReference,
        QList<qsizetype> &referenceForOther, QList<std::pair<qsizetype, qsizetype>> &pairs)
    {
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.exactSpan != b.exactSpan) {
                return a.exactSpan;
            }
            if (a.overlap != b.overlap) {
                return a.overlap > b.overlap;
            }
            return std::pair(a.reference, a.other) < std::pair(b.reference, b.other);
        });
        for (const Candidate &candidate : std::as_const(candidates)) {
            if (otherForReference.at(candidate.reference) < 0 && referenceForOther.at(candidate.other) < 0) {
                otherForReference[candidate.reference] = candidate.other;
                referenceForOther[candidate.other] = candidate.reference;
                pairs.append({ candidate.reference, candidate.other });
            }
        }
    }

    TypeScores &scoresFor(QList<TypeScores> &scores, FactType type)
    {
        return scores[static_cast<int>(type)];
    }

} // namespace

std::optional<double> MatchCounts::precision() const
{
    return other > 0 ? std::optional<double>(static_cast<double>(matched) / other) : std::nullopt;
}

std::optional<double> MatchCounts::recall() const
{
    return reference > 0 ? std::optional<double>(static_cast<double>(matched) / reference) : std::nullopt;
}

std::optional<double> MatchCounts::f1() const
{
    return reference + other > 0 ? std::optional<double>(2.0 * matched / (reference + other)) : std::nullopt;
}

MatchCounts &MatchCounts::operator+=(const MatchCounts &counts)
{
    reference += counts.reference;
    other += counts.other;
    matched += counts.matched;
    return *this;
}

QString disagreementKindName(DisagreementKind kind)
{
    switch (kind) {
    case DisagreementKind::OnlyInReference:
        return QStringLiteral("only_in_reference");
    case DisagreementKind::OnlyInOther:
        return QStringLiteral("only_in_other");
    case DisagreementKind::TypeDiffers:
        return QStringLiteral("type_differs");
    case DisagreementKind::BoundaryDiffers:
        return QStringLiteral("boundary_differs");
    case DisagreementKind::ValueDiffers:
        return QStringLiteral("value_differs");
    case DisagreementKind::PolarityDiffers:
        return QStringLiteral("polarity_differs");
    case DisagreementKind::CertaintyDiffers:
        return QStringLiteral("certainty_differs");
    }
    return {};
}

QString disagreementKindLabel(DisagreementKind kind)
{
    return disagreementKindName(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

qsizetype Disagreement::start() const
{
    if (reference && other) {
        return std::min(reference->start, other->start);
    }
    return fact().start;
}

const Fact &Disagreement::fact() const
{
    static const Fact none;
    if (reference) {
        return *reference;
    }
    if (other) {
        return *other;
    }
    return none;
}

QList<Fact> AnnotationAgreement::countedFacts(const QList<Fact> &facts)
{
    QList<Fact> counted;
    std::copy_if(facts.cbegin(), facts.cend(), std::back_inserter(counted),
        [](const Fact &fact) { return fact.status != FactStatus::Rejected; });
    return counted;
}

QString AnnotationAgreement::valueText(const Fact &fact)
{
    const QJsonValue &value = fact.value;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(QStringLiteral("count"))) {
            return QStringLiteral("%1 %2")
                .arg(static_cast<qint64>(object.value(QStringLiteral("count")).toDouble()))
                .arg(object.value(QStringLiteral("unit")).toString())
                .trimmed();
        }
        if (object.contains(QStringLiteral("from"))) {
            return object.value(QStringLiteral("from")).toString() + QChar(0x2013)
                + object.value(QStringLiteral("to")).toString();
        }
        if (object.contains(QStringLiteral("min"))) {
            return QStringLiteral("%1%2%3 min")
                .arg(object.value(QStringLiteral("min")).toDouble())
                .arg(QChar(0x2013))
                .arg(object.value(QStringLiteral("max")).toDouble());
        }
    }
    if (value.isDouble()) {
        return fact.type == FactType::Duration ? QStringLiteral("%1 min").arg(value.toDouble())
                                               : QString::number(value.toDouble());
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isString()) {
        return value.toString();
    }
    return QStringLiteral("none");
}

QList<std::pair<qsizetype, qsizetype>> AnnotationAgreement::tokens(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inToken = i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
        if (inToken && start < 0) {
            start = i;
        } else if (!inToken && start >= 0) {
            tokens.append({ start, i });
            start = -1;
        }
    }
    return tokens;
}

QStringList AnnotationAgreement::tokenLabels(const QString &text, const QList<Fact> &facts)
{
    const QList<std::pair<qsizetype, qsizetype>> spans = tokens(text);
    QList<Fact> sorted = facts;
    std::sort(sorted.begin(), sorted.end(), [](const Fact &a, const Fact &b) { return a.start < b.start; });
    QStringList labels;
    labels.reserve(spans.size());
    for (const auto &[start, end] : spans) {
        const Fact *best = nullptr;
        // Facts are sorted by start; those starting at or after the token's end cannot cover it.
        for (qsizetype i = 0; i < sorted.size() && sorted.at(i).start < end; ++i) {
            const Fact &fact = sorted.at(i);
            if (fact.end <= start) {
                continue;
            }
            if (!best || fact.length() < best->length()
                || (fact.length() == best->length() && fact.type < best->type)) {
                best = &fact;
            }
        }
        labels.append(best ? factTypeName(best->type) : noneLabel);
    }
    return labels;
}

const QStringList &AnnotationAgreement::categoricalFields()
{
    static const QStringList fields {
        QStringLiteral("cause"),
        QStringLiteral("external_attack"),
        QStringLiteral("discovered_by"),
        QStringLiteral("authority_notified"),
        QStringLiteral("affected_notified"),
        QStringLiteral("affected_unit"),
    };
    return fields;
}

QString AnnotationAgreement::categoricalValue(const IncidentRecord &record, const QString &field)
{
    if (!categoricalFields().contains(field)) {
        return {};
    }
    // The contract's form names every field the same way: a string, a boolean, or null when unstated.
    const QJsonValue value = record.toContractJson().value(field);
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("unstated") : text;
}

FactComparison AnnotationAgreement::compareFacts(
    const QString &text, const QList<Fact> &reference, const QList<Fact> &other)
{
    FactComparison comparison;
    QList<qsizetype> otherForReference(reference.size(), -1);
    QList<qsizetype> referenceForOther(other.size(), -1);

    // 1. exact: same type and span; 2. lenient: same type, overlapping; 3. type disagreements: overlapping, any type.
    QList<std::pair<qsizetype, qsizetype>> exactPairs;
    QList<std::pair<qsizetype, qsizetype>> lenientPairs;
    QList<std::pair<qsizetype, qsizetype>> typePairs;
    QList<Candidate> exact;
    QList<Candidate> overlapping;
    QList<Candidate> crossType;
    for (qsizetype r = 0; r < reference.size(); ++r) {
        for (qsizetype o = 0; o < other.size(); ++o) {
            const Fact &a = reference.at(r);
            const Fact &b = other.at(o);
            const qsizetype shared = overlap(a, b);
            if (shared == 0 && !sameSpan(a, b)) {
                continue;
            }
            const Candidate candidate { r, o, sameSpan(a, b), shared };
            if (a.type != b.type) {
                crossType.append(candidate);
            } else if (candidate.exactSpan) {
                exact.append(candidate);
            } else {
                overlapping.append(candidate);
            }
        }
    }
    pairGreedily(exact, otherForReference, referenceForOther, exactPairs);
    pairGreedily(overlapping, otherForReference, referenceForOther, lenientPairs);
    pairGreedily(crossType, otherForReference, referenceForOther, typePairs);

    // Scores per type.
    QList<TypeScores> scores;
    for (const FactType type : allFactTypes()) {
        scores.append(TypeScores { type, {}, {} });
    }
    for (const Fact &fact : reference) {
        ++scoresFor(scores, fact.type).exact.reference;
        ++scoresFor(scores, fact.type).lenient.reference;
    }
    for (const Fact &fact : other) {
        ++scoresFor(scores, fact.type).exact.other;
        ++scoresFor(scores, fact.type).lenient.other;
    }
    for (const auto &[r, o] : std::as_const(exactPairs)) {
        ++scoresFor(scores, reference.at(r).type).exact.matched;
        ++scoresFor(scores, reference.at(r).type).lenient.matched;
    }
    for (const auto &[r, o] : std::as_const(lenientPairs)) {
        ++scoresFor(scores, reference.at(r).type).lenient.matched;
    }
    for (const TypeScores &score : std::as_const(scores)) {
        if (score.exact.reference + score.exact.other > 0) {
            comparison.perType.append(score);
            comparison.micro.exact += score.exact;
            comparison.micro.lenient += score.lenient;
        }
    }

    // Disagreements.
    const TextOffsets offsets(text);
    const auto describePair = [&](qsizetype r, qsizetype o, bool lenient) {
        const Fact &a = reference.at(r);
        const Fact &b = other.at(o);
        Disagreement item;
        item.reference = a;
        item.other = b;
        item.referenceIndex = r;
        item.otherIndex = o;
        std::optional<DisagreementKind> kind;
        const auto note = [&](DisagreementKind which, const QString &detail) {
            if (!kind) {
                kind = which;
            }
            item.details.append(detail);
        };
        if (a.type != b.type) {
            note(DisagreementKind::TypeDiffers,
                QStringLiteral("type %1 vs %2").arg(factTypeName(a.type), factTypeName(b.type)));
        }
        if (!sameSpan(a, b)) {
            // Offsets in what is shown are code points, as everywhere data leaves the program.
            note(DisagreementKind::BoundaryDiffers,
                QStringLiteral("span %1–%2 vs %3–%4")
                    .arg(offsets.toCodePoint(a.start))
                    .arg(offsets.toCodePoint(a.end))
                    .arg(offsets.toCodePoint(b.start))
                    .arg(offsets.toCodePoint(b.end)));
        }
        // A value only means the same across facts of the same type.
        if (a.type == b.type && a.value != b.value) {
            note(DisagreementKind::ValueDiffers, QStringLiteral("value %1 vs %2").arg(valueText(a), valueText(b)));
            comparison.valueDifferences += lenient ? 1 : 0;
        }
        if (a.polarity != b.polarity) {
            note(DisagreementKind::PolarityDiffers,
                QStringLiteral("polarity %1 vs %2").arg(polarityName(a.polarity), polarityName(b.polarity)));
            comparison.polarityDifferences += lenient ? 1 : 0;
        }
        if (a.certainty != b.certainty) {
            note(DisagreementKind::CertaintyDiffers,
                QStringLiteral("certainty %1 vs %2").arg(certaintyName(a.certainty), certaintyName(b.certainty)));
            comparison.certaintyDifferences += lenient ? 1 : 0;
        }
        if (kind) {
            item.kind = *kind;
            comparison.disagreements.append(item);
        }
    };
    for (const auto &[r, o] : std::as_const(exactPairs)) {
        describePair(r, o, true);
    }
    for (const auto &[r, o] : std::as_const(lenientPairs)) {
        describePair(r, o, true);
    }
    for (const auto &[r, o] : std::as_const(typePairs)) {
        describePair(r, o, false);
    }
    for (qsizetype r = 0; r < reference.size(); ++r) {
        if (otherForReference.at(r) < 0) {
            Disagreement item;
            item.kind = DisagreementKind::OnlyInReference;
            item.reference = reference.at(r);
            item.referenceIndex = r;
            item.details.append(
                QCoreApplication::translate("Iwb::AnnotationAgreement", "only in the reference (value %1)")
                    .arg(valueText(reference.at(r))));
            comparison.disagreements.append(item);
        }
    }
    for (qsizetype o = 0; o < other.size(); ++o) {
        if (referenceForOther.at(o) < 0) {
            Disagreement item;
            item.kind = DisagreementKind::OnlyInOther;
            item.other = other.at(o);
            item.otherIndex = o;
            item.details.append(
                QCoreApplication::translate("Iwb::AnnotationAgreement", "only in the other version (value %1)")
                    .arg(valueText(other.at(o))));
            comparison.disagreements.append(item);
        }
    }
    std::stable_sort(comparison.disagreements.begin(), comparison.disagreements.end(),
        [](const Disagreement &a, const Disagreement &b) {
            return std::pair(a.start(), static_cast<int>(a.kind)) < std::pair(b.start(), static_cast<int>(b.kind));
        });

    const QStringList referenceLabels = tokenLabels(text, reference);
    const QStringList otherLabels = tokenLabels(text, other);
    for (qsizetype i = 0; i < referenceLabels.size(); ++i) {
        comparison.tokens.add(referenceLabels.at(i), otherLabels.at(i));
    }
    return comparison;
}

} // namespace Iwb
