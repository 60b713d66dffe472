// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factclassifier.h"

#include "candidatefeatures.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Iwb {

FactClassifier::FactClassifier(QHash<QString, double> weights, ModelProvenance provenance)
    : m_weights(std::move(weights))
    , m_provenance(std::move(provenance))
{
}

bool FactClassifier::knows(FactType type) const
{
    return m_weights.contains(CandidateFeatures::biasFeature(type));
}

double FactClassifier::probability(const QStringList &features) const
{
    double sum = 0;
    for (const QString &feature : features) {
        sum += m_weights.value(feature);
    }
    return 1.0 / (1.0 + std::exp(-sum));
}

QList<FeatureContribution> FactClassifier::strongest(const QStringList &features, int count) const
{
    QList<FeatureContribution> shares;
    for (const QString &feature : features) {
        const auto it = m_weights.constFind(feature);
        if (it != m_weights.cend() && !feature.endsWith(QLatin1String("|bias"))) {
            shares.append({ feature, it.value() });
        }
    }
    std::stable_sort(shares.begin(), shares.end(), [](const FeatureContribution &a, const FeatureContribution &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
    if (shares.size() > count) {
        shares.resize(count);
    }
    return shares;
}

QJsonObject FactClassifier::toJson() const
{
    QStringList names = m_weights.keys();
    std::sort(names.begin(), names.end());
    QJsonArray weights;
    for (const QString &name : std::as_const(names)) {
        const double rounded = std::round(m_weights.value(name) * 1e4) / 1e4;
        if (rounded != 0) {
            weights.append(QJsonArray { name, rounded });
        }
    }
    return QJsonObject {
        { QStringLiteral("format"), formatName() },
        { QStringLiteral("threshold"), m_threshold },
        { QStringLiteral("training_articles"), m_provenance.trainingArticles },
        { QStringLiteral("training_examples"), m_provenance.trainingExamples },
        { QStringLiteral("trained_at"), m_provenance.trainedAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("source"), m_provenance.source },
        { QStringLiteral("weights"), weights },
    };
}

std::optional<FactClassifier> FactClassifier::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("format")).toString() != formatName()) {
        *error = QStringLiteral("not a fact classifier (format is not \"%1\")").arg(formatName());
        return std::nullopt;
    }
    QHash<QString, double> weights;
    const QJsonArray pairs = json.value(QLatin1String("weights")).toArray();
    weights.reserve(pairs.size());
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const QJsonArray pair = pairs.at(i).toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isDouble()) {
            *error = QStringLiteral("weight %1 is not a [feature, number] pair").arg(i + 1);
            return std::nullopt;
        }
        weights.insert(pair.at(0).toString(), pair.at(1).toDouble());
    }
    const double threshold = json.value(QLatin1String("threshold")).toDouble(0.5);
    if (!(threshold > 0 && threshold < 1)) {
        *error = QStringLiteral("the threshold must lie between 0 and 1");
        return std::nullopt;
    }
    ModelProvenance provenance;
    provenance.trainingArticles = json.value(QLatin1String("training_articles")).toInt();
    provenance.trainingExamples = json.value(QLatin1String("training_examples")).toInt();
    provenance.trainedAt = QDateTime::fromString(json.value(QLatin1String("trained_at")).toString(), Qt::ISODate);
    provenance.source = json.value(QLatin1String("source")).toString();
    FactClassifier classifier(std::move(weights), provenance);
    classifier.setThreshold(threshold);
    return classifier;
}

} // namespace Iwb
