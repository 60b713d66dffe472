// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifier.h"
#include "factclassifiertrainer.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace Iwb {

class CandidateFeatures;
struct ExtractionResult;
struct IncidentRecord;

/**
 * The record ranker: chooses which of the facts is the record's organization,
 * its affected count and its incident date, from the same features as the
 * fact classifier, instead of the assembler's hand-set preferences alone.
 *
 * Each candidate (a fact of the field's type) is scored with the weights of
 * the features "record:<type>|..." (the fact's CandidateFeatures, plus
 * whether the rules chose it); the best candidate replaces the rules' choice
 * when its probability reaches one half. The weights live in the same
 * FactClassifier as the fact weights: one model, one file, one row in the
 * store.
 */
class RecordRanker
{
public:
    /// The fields the ranker chooses: "organization", "affected_count", "incident_date".
    static QStringList fields();
    static FactType candidateType(const QString &field);

    /// The features of facts[index] as a candidate for @p field.
    static QStringList features(
        const QString &field, const CandidateFeatures &candidates, qsizetype index, const IncidentRecord &record);

    /// Whether @p classifier holds ranker weights for @p field.
    static bool knows(const FactClassifier &classifier, const QString &field);
    /// Whether @p classifier holds ranker weights for any field (a model trained on spans alone has none).
    static bool knowsAny(const FactClassifier &classifier);

    /// Re-chooses the fields the classifier knows in result.record (values and evidence) among
    /// result.facts; @p candidates are the features of result.facts.
    static void apply(const FactClassifier &classifier, ExtractionResult &result, const CandidateFeatures &candidates);

    /// Training examples of one article: each candidate of each field, true when its value is one of the
    /// gold record's acceptable values for that field (the scorer's rules: a name contained in the
    /// other, the same number, a day inside a gold month). A field without gold gives no example.
    static QList<TrainingExample> examples(const QList<Fact> &facts, const CandidateFeatures &candidates,
        const IncidentRecord &record, const QJsonObject &gold);

    /// Whether @p fact's value is an acceptable value of @p gold (a value or a list of values) for @p field.
    static bool matchesGold(const QString &field, const Fact &fact, const QJsonValue &gold);
};

} // namespace Iwb
