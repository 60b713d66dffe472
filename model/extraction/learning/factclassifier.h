// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

/// One feature's share in a decision: its weight (the sum of the shares is the log-odds).
struct FeatureContribution
{
    QString feature;
    double weight = 0;
};

/// Where a model came from: kept with it so that its results can be reproduced.
struct ModelProvenance
{
    int trainingArticles = 0;
    int trainingExamples = 0;
    QDateTime trainedAt; ///< UTC
    QString source; ///< what it was trained on ("store", "base: resources/samples", a gold folder)
};

/**
 * The learned half of "rules propose, the model decides": a logistic
 * regression over CandidateFeatures that gives the probability that a rule's
 * proposal is a true fact of the incident. Trained by FactClassifierTrainer
 * (LIBLINEAR); applying it needs no library, only the weights: a sum and a
 * sigmoid per fact.
 *
 * Fact types the model has no weights for (it never saw a decision on one)
 * are not judged: knows() says which.
 */
class FactClassifier
{
public:
    FactClassifier() = default;
    FactClassifier(QHash<QString, double> weights, ModelProvenance provenance);

    /// Whether the model was trained with facts of @p type.
    bool knows(FactType type) const;
    /// Whether the model has a weight for @p feature.
    bool hasWeight(const QString &feature) const { return m_weights.contains(feature); }
    /// P(true fact | features).
    double probability(const QStringList &features) const;
    /// The features with the largest shares in the decision, strongest first.
    QList<FeatureContribution> strongest(const QStringList &features, int count) const;

    /// Facts with a probability below this are suggestions, not facts.
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold) { m_threshold = threshold; }

    const ModelProvenance &provenance() const { return m_provenance; }
    qsizetype featureCount() const { return m_weights.size(); }
    bool isEmpty() const { return m_weights.isEmpty(); }

    /// The model as JSON (format "incident-fact-classifier/1"): weights rounded to 1e-4, sorted,
    /// zero weights left out, so that two models' files differ only where they differ.
    QJsonObject toJson() const;
    /// Reads toJson()'s form; @p error says what is wrong otherwise.
    static std::optional<FactClassifier> fromJson(const QJsonObject &json, QString *error);

    static QString formatName() { return QStringLiteral("incident-fact-classifier/1"); }

private:
    QHash<QString, double> m_weights;
    ModelProvenance m_provenance;
    double m_threshold = 0.5;
};

} // namespace Iwb
