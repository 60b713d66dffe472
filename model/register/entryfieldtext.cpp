// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "entryfieldtext.h"

#include "register/registercategories.h"
#include "register/zonedtime.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace Iwb {

namespace {

    std::optional<QJsonValue> timeValue(const QString &text, const QByteArray &defaultZone)
    {
        const auto zoned = EntryFieldText::parseTime(text, defaultZone);
        if (!zoned) {
            return std::nullopt;
        }
        if (zoned->isNull()) {
            return QJsonValue(QJsonValue::Null);
        }
        return QJsonValue(QJsonObject {
            { QStringLiteral("utc"), zoned->utcText() }, { QStringLiteral("zone"), QString::fromUtf8(zoned->zone) } });
    }

    std::optional<QJsonValue> listValue(const QString &text, const QStringList &allowed)
    {
        QJsonArray items;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!allowed.isEmpty() && !allowed.contains(id)) {
                return std::nullopt;
            }
            items.append(id);
        }
        return QJsonValue(items);
    }

    std::optional<QJsonValue> yesNoValue(const QString &text, bool nullable)
    {
        const QString word = text.trimmed().toLower();
        if (word == QLatin1String("yes") || word == QLatin1String("ja") || word == QLatin1String("true")) {
            return QJsonValue(true);
        }
        if (word == QLatin1String("no") || word == QLatin1String("nein") || word == QLatin1String("false")) {
            return QJsonValue(false);
        }
        if (word.isEmpty()) {
            return nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(false);
        }
        return std::nullopt;
    }

    std::optional<QJsonValue> countValue(const QString &text)
    {
        if (text.trimmed().isEmpty()) {
            return QJsonValue(QJsonValue::Null);
        }
        bool ok = false;
        const qint64 count = text.trimmed().toLongLong(&ok);
        return ok && count >= 0 ? std::optional<QJsonValue>(QJsonValue(count)) : std::nullopt;
    }

    std::optional<QJsonValue> oneOf(const QString &text, const QStringList &allowed)
    {
        return allowed.contains(text.trimmed()) ? std::optional<QJsonValue>(QJsonValue(text.trimmed())) : std::nullopt;
    }

} // namespace

std::optional<ZonedTime> EntryFieldText::parseTime(const QString &text, const QByteArray &defaultZone)
{
    if (text.trimmed().isEmpty()) {
        return ZonedTime {};
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\s+([A-Za-z_]+(?:/[A-Za-z_+-]+)*))?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QString clock = match.captured(2);
    const QTime time
        = QTime::fromString(clock, clock.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    const QByteArray zone = match.captured(3).isEmpty() ? defaultZone : match.captured(3).toUtf8();
    ZonedTime zoned = ZonedTime::fromLocal(date, time, zone);
    if (zoned.isNull()) {
        return std::nullopt;
    }
    return zoned;
}

bool EntryFieldText::set(
    RegisterEntry &entry, const QString &field, const QString &text, const QByteArray &defaultZone, QString *error)
{
    std::optional<QJsonValue> value;
    QString expected;
    if (!RegisterEntry::fieldIds().contains(field)) {
        *error = field + QStringLiteral(": not a field of a register entry (")
            + RegisterEntry::fieldIds().join(QStringLiteral(", ")) + QLatin1Char(')');
        return false;
    }
    const RegisterEntry::FieldKind kind = RegisterEntry::kindOf(field);
    if (kind == RegisterEntry::FieldKind::Time) {
        value = timeValue(text, defaultZone);
        expected = QStringLiteral("a time such as 2026-01-15 12:00 or 2026-01-15 12:00 Europe/Berlin");
    } else if (kind == RegisterEntry::FieldKind::Flag || kind == RegisterEntry::FieldKind::NullableFlag) {
        value = yesNoValue(text, kind == RegisterEntry::FieldKind::NullableFlag);
        expected = QStringLiteral("yes or no");
    } else if (kind == RegisterEntry::FieldKind::Count) {
        value = countValue(text);
        expected = QStringLiteral("a whole number");
    } else if (kind == RegisterEntry::FieldKind::Nature) {
        value = listValue(
            text, { QStringLiteral("confidentiality"), QStringLiteral("integrity"), QStringLiteral("availability") });
        expected = QStringLiteral("confidentiality, integrity and/or availability");
    } else if (field == QLatin1String("data_categories")) {
        value = listValue(text, RegisterCategories::ids());
        expected = RegisterCategories::ids().join(QStringLiteral(", "));
    } else if (field == QLatin1String("special_categories")) {
        value = listValue(text, RegisterCategories::specialIds());
        expected = RegisterCategories::specialIds().join(QStringLiteral(", "));
    } else if (field == QLatin1String("risk_criteria")) {
        value = listValue(text, RegisterCategories::riskCriterionIds());
        expected = RegisterCategories::riskCriterionIds().join(QStringLiteral(", "));
    } else if (field == QLatin1String("subject_categories")) {
        value = listValue(text, {});
    } else if (field == QLatin1String("risk_level")) {
        value = oneOf(text, { QString(), QStringLiteral("none"), QStringLiteral("risk"), QStringLiteral("high") });
        expected = QStringLiteral("none, risk or high");
    } else if (field == QLatin1String("status")) {
        value = oneOf(text,
            { QStringLiteral("assessing"), QStringLiteral("notified"), QStringLiteral("documented_only"),
                QStringLiteral("closed") });
        expected = QStringLiteral("assessing, notified, documented_only or closed");
    } else {
        value = QJsonValue(text);
    }
    if (!value) {
        *error = field + QStringLiteral(": '%1' is not %2").arg(text, expected);
        return false;
    }
    QJsonObject json = entry.toJson();
    json.insert(field, *value);
    RegisterEntry changed = RegisterEntry::fromJson(json);
    changed.origins.remove(field);
    entry = changed;
    return true;
}

} // namespace Iwb
