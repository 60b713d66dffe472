// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Iwb {

QJsonObject FactJson::toJson(const Fact &fact)
{
    return QJsonObject {
        { QStringLiteral("id"), static_cast<double>(fact.id) },
        { QStringLiteral("document_id"), static_cast<double>(fact.documentId) },
        { QStringLiteral("type"), factTypeName(fact.type) },
        { QStringLiteral("start_utf16"), static_cast<double>(fact.start) },
        { QStringLiteral("end_utf16"), static_cast<double>(fact.end) },
        { QStringLiteral("text"), fact.text },
        { QStringLiteral("value"), fact.value.isUndefined() ? QJsonValue() : fact.value },
        { QStringLiteral("polarity"), polarityName(fact.polarity) },
        { QStringLiteral("certainty"), certaintyName(fact.certainty) },
        { QStringLiteral("origin"), fact.origin },
        { QStringLiteral("status"), factStatusName(fact.status) },
        { QStringLiteral("author"), fact.author },
        { QStringLiteral("modified_at"), fact.modifiedAt.toString(Qt::ISODateWithMs) },
    };
}

std::optional<Fact> FactJson::fromJson(const QJsonObject &object, QString *error)
{
    Fact fact;
    const auto type = factTypeFromName(object.value(QStringLiteral("type")).toString());
    const auto polarity = polarityFromName(object.value(QStringLiteral("polarity")).toString());
    const auto certainty = certaintyFromName(object.value(QStringLiteral("certainty")).toString());
    const auto status = factStatusFromName(object.value(QStringLiteral("status")).toString());
    if (!type || !polarity || !certainty || !status) {
        *error = QCoreApplication::translate(
            "Iwb::FactJson", "fact with an unknown type, polarity, certainty or status: %1")
                     .arg(object.value(QStringLiteral("text")).toString());
        return std::nullopt;
    }
    fact.id = static_cast<qint64>(object.value(QStringLiteral("id")).toDouble());
    fact.documentId = static_cast<qint64>(object.value(QStringLiteral("document_id")).toDouble());
    fact.type = *type;
    fact.start = static_cast<qsizetype>(object.value(QStringLiteral("start_utf16")).toDouble(-1));
    fact.end = static_cast<qsizetype>(object.value(QStringLiteral("end_utf16")).toDouble(-1));
    if (fact.start < 0 || fact.end < fact.start) {
        *error = QCoreApplication::translate("Iwb::FactJson", "fact '%1' has an invalid span")
                     .arg(object.value(QStringLiteral("text")).toString());
        return std::nullopt;
    }
    fact.text = object.value(QStringLiteral("text")).toString();
    fact.value = object.value(QStringLiteral("value"));
    fact.polarity = *polarity;
    fact.certainty = *certainty;
    fact.origin = object.value(QStringLiteral("origin")).toString();
    fact.status = *status;
    fact.author = object.value(QStringLiteral("author")).toString();
    fact.modifiedAt = QDateTime::fromString(object.value(QStringLiteral("modified_at")).toString(), Qt::ISODateWithMs);
    return fact;
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    // QJsonDocument holds only arrays and objects: wrap a scalar in an array, then unwrap the text.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

std::optional<QJsonValue> jsonValueFromText(const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument wrapped
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || !wrapped.isArray() || wrapped.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QCoreApplication::translate("Iwb::FactJson", "not exactly one JSON value");
        }
        return std::nullopt;
    }
    return wrapped.array().first();
}

} // namespace Iwb
