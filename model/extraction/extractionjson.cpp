// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extractionjson.h"

#include "document/textoffsets.h"

#include <QJsonArray>

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
    QJsonArray facts;
    for (const Fact &fact : result.facts) {
        facts.append(QJsonObject {
            { QStringLiteral("type"), factTypeName(fact.type) },
            { QStringLiteral("start"), static_cast<double>(offsets.toCodePoint(fact.start)) },
            { QStringLiteral("end"), static_cast<double>(offsets.toCodePoint(fact.end)) },
            { QStringLiteral("text"), fact.text },
            { QStringLiteral("value"), fact.value },
            { QStringLiteral("polarity"), polarityName(fact.polarity) },
            { QStringLiteral("certainty"), certaintyName(fact.certainty) },
            { QStringLiteral("rule"), fact.origin },
        });
    }
    return QJsonObject {
        { QStringLiteral("schema"), schema() },
        { QStringLiteral("document"), documentObject },
        { QStringLiteral("facts"), facts },
        { QStringLiteral("incident"), result.record.toContractJson() },
    };
}

} // namespace Iwb
