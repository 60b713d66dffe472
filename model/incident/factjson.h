// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "fact.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Iwb {

/**
 * A fact as a JSON object with every field (for recovery drafts and whole-store
 * export). Offsets stay UTF-16 here ("start_utf16"/"end_utf16"): this format
 * is the program's own; the extraction contract uses code points instead.
 */
class FactJson
{
public:
    static QJsonObject toJson(const Fact &fact);
    /// std::nullopt and @p error when a field is missing or not one of its values.
    static std::optional<Fact> fromJson(const QJsonObject &object, QString *error);
};

/// Any JSON value (also a bare string, number, bool or null) as compact JSON text:
/// how a fact's value is stored (facts.value_json), exported and edited.
QString jsonValueText(const QJsonValue &value);
/// The value @p text holds; std::nullopt (and @p error, when given) unless it is exactly one JSON value.
std::optional<QJsonValue> jsonValueFromText(const QString &text, QString *error = nullptr);

} // namespace Iwb
