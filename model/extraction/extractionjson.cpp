// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extractionjson.h"

#include "document/textoffsets.h"

#include <QJsonArray>

#include <cmath>

namespace Iwb {

QJsonObject ExtractionJson::toJson(const Document &document, const ExtractionResult &result, const QString &path)
{
    const TextOffsets offsets(document.text());
    QJsonObject documentObject {
        { QStringLiteral("path"), path },
        { QStringLiteral("title"), document.title() },
        { QStringLiteral("language"), result.language },
        { QStringLiteral("published"),
            document.published().isEmpty() ? QJsonValue() : QJsonValue(document.published()) },
        { QStringLiteral("length"), static_cast<double>(offsets.codePointLength()) },
    };
    // With a model, each fact also says how sure it is and why; the proposals it doubts are listed apart.
    const auto factJson = [&offsets](const Fact &fact, const Judgement *judgement) {
        QJsonObject object {
            { QStringLiteral("type"), factTypeName(fact.type) },
            { QStringLiteral("start"), static_cast<double>(offsets.toCodePoint(fact.start)) },
            { QStringLiteral("end"), static_cast<double>(offsets.toCodePoint(fact.end)) },
            { QStringLiteral("text"), fact.text },
            { QStringLiteral("value"), fact.value },
            { QStringLiteral("polarity"), polarityName(fact.polarity) },
            { QStringLiteral("certainty"), certaintyName(fact.certainty) },
            { QStringLiteral("rule"), fact.origin },
        };
        if (judgement && judgement->judged) {
            object.insert(QStringLiteral("confidence"), std::round(judgement->confidence * 1000) / 1000);
            QJsonArray why;
            for (const FeatureContribution &reason : judgement->why) {
                why.append(QJsonArray { reason.feature, std::round(reason.weight * 100) / 100 });
            }
            object.insert(QStringLiteral("why"), why);
        }
        return object;
    };
    QJsonArray facts;
    for (qsizetype i = 0; i < result.facts.size(); ++i) {
        facts.append(factJson(result.facts.at(i), i < result.judgements.size() ? &result.judgements.at(i) : nullptr));
    }
    QJsonObject out {
        { QStringLiteral("schema"), schema() },
        { QStringLiteral("document"), documentObject },
        { QStringLiteral("facts"), facts },
        { QStringLiteral("incident"), result.record.toContractJson() },
    };
    if (!result.judgements.isEmpty() || !result.suggestions.isEmpty()) {
        QJsonArray suggestions;
        for (qsizetype i = 0; i < result.suggestions.size(); ++i) {
            suggestions.append(factJson(result.suggestions.at(i), &result.suggestionJudgements.at(i)));
        }
        out.insert(QStringLiteral("suggestions"), suggestions);
    }
    return out;
}

} // namespace Iwb
