// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordranker.h"

#include "candidatefeatures.h"
#include "extraction/extractionengine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Iwb {

namespace {

    const QString recordPrefix = QStringLiteral("record:");

    QString normalized(const QString &text)
    {
        return text.simplified().toCaseFolded();
    }

    QString dateOf(const QJsonValue &value)
    {
        return value.isObject() ? value.toObject().value(QLatin1String("from")).toString() : value.toString();
    }

    bool valueMatches(const QString &field, const Fact &fact, const QJsonValue &gold)
    {
        if (field == u"organization") {
            const QString predicted = normalized(fact.value.isString() ? fact.value.toString() : fact.text);
            const QString expected = normalized(gold.toString());
            const QString &shorter = predicted.size() <= expected.size() ? predicted : expected;
            const QString &longer = predicted.size() <= expected.size() ? expected : predicted;
            return shorter.size() >= 3 && longer.contains(shorter);
        }
        if (field == u"affected_count") {
            return gold.isDouble() && fact.value.toObject().value(QLatin1String("count")).toDouble() == gold.toDouble();
        }
        const QString predicted = dateOf(fact.value);
        const QString expected = gold.toString();
        return !predicted.isEmpty() && (predicted == expected || predicted.startsWith(expected + u'-'));
    }

    bool rulesChose(const IncidentRecord &record, const QString &field, qsizetype index)
    {
        return record.evidence.value(field).contains(index);
    }

    void setField(IncidentRecord &record, const QString &field, const Fact *fact, qsizetype index)
    {
        if (field == u"organization") {
            record.organization = fact ? (fact->value.isString() ? fact->value.toString() : fact->text) : QString();
        } else if (field == u"affected_count") {
            const QJsonObject value = fact ? fact->value.toObject() : QJsonObject();
            record.affectedCount = fact
                ? std::optional<qint64>(static_cast<qint64>(value.value(QLatin1String("count")).toDouble()))
                : std::nullopt;
            record.affectedUnit = value.value(QLatin1String("unit")).toString();
            record.evidence.remove(QStringLiteral("affected_unit"));
            if (fact) {
                record.evidence.insert(QStringLiteral("affected_unit"), { index });
            }
        } else {
            record.incidentDate = fact ? dateOf(fact->value) : QString();
        }
        record.evidence.remove(field);
        if (fact) {
            record.evidence.insert(field, { index });
        }
    }

} // namespace

QStringList RecordRanker::fields()
{
    return { QStringLiteral("organization"), QStringLiteral("affected_count"), QStringLiteral("incident_date") };
}

FactType RecordRanker::candidateType(const QString &field)
{
    return field == u"organization"  ? FactType::Organization
        : field == u"affected_count" ? FactType::Count
                                     : FactType::Date;
}

QStringList RecordRanker::features(
    const QString &field, const CandidateFeatures &candidates, qsizetype index, const IncidentRecord &record)
{
    QStringList out = candidates.of(index);
    const QString typePrefix = factTypeName(candidateType(field)) + u'|';
    if (rulesChose(record, field, index)) {
        out << typePrefix + QStringLiteral("rules-chose");
    }
    for (QString &feature : out) {
        feature.prepend(recordPrefix);
    }
    return out;
}

bool RecordRanker::knows(const FactClassifier &classifier, const QString &field)
{
    return classifier.hasWeight(recordPrefix + CandidateFeatures::biasFeature(candidateType(field)));
}

bool RecordRanker::knowsAny(const FactClassifier &classifier)
{
    const QStringList all = fields();
    return std::any_of(
        all.cbegin(), all.cend(), [&classifier](const QString &field) { return knows(classifier, field); });
}

void RecordRanker::apply(
    const FactClassifier &classifier, ExtractionResult &result, const CandidateFeatures &candidates)
{
    for (const QString &field : fields()) {
        if (!knows(classifier, field)) {
            continue;
        }
        const FactType type = candidateType(field);
        qsizetype best = -1;
        double bestProbability = 0;
        for (qsizetype i = 0; i < result.facts.size(); ++i) {
            const Fact &fact = result.facts.at(i);
            if (fact.type != type || fact.polarity == Polarity::Negative) {
                continue;
            }
            const double probability = classifier.probability(features(field, candidates, i, result.record));
            if (probability > bestProbability) {
                best = i;
                bestProbability = probability;
            }
        }
        // A candidate the model is sure of replaces the rules' choice; otherwise the rules' choice stands
        // (with 40 training articles the model is rarely sure, and an empty field is no better answer).
        if (best >= 0 && bestProbability >= 0.5) {
            setField(result.record, field, &result.facts.at(best), best);
        }
    }
}

bool RecordRanker::matchesGold(const QString &field, const Fact &fact, const QJsonValue &gold)
{
    if (gold.isArray()) {
        const QJsonArray values = gold.toArray();
        return std::any_of(
            values.begin(), values.end(), [&](const QJsonValue &v) { return valueMatches(field, fact, v); });
    }
    return !gold.isNull() && valueMatches(field, fact, gold);
}

QList<TrainingExample> RecordRanker::examples(const QList<Fact> &facts, const CandidateFeatures &candidates,
    const IncidentRecord &record, const QJsonObject &gold)
{
    QList<TrainingExample> out;
    for (const QString &field : fields()) {
        if (!gold.contains(field)) {
            continue;
        }
        const FactType type = candidateType(field);
        for (qsizetype i = 0; i < facts.size(); ++i) {
            if (facts.at(i).type == type && facts.at(i).polarity != Polarity::Negative) {
                out.append(
                    { features(field, candidates, i, record), matchesGold(field, facts.at(i), gold.value(field)) });
            }
        }
    }
    return out;
}

} // namespace Iwb
