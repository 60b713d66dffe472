// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "zonedtime.h"

#include <QTimeZone>

namespace Iwb {

namespace {
    QTimeZone zoneOrUtc(const QByteArray &zone)
    {
        const QTimeZone timeZone(zone.isEmpty() ? QByteArray("UTC") : zone);
        return timeZone.isValid() ? timeZone : QTimeZone::utc();
    }
} // namespace

QDateTime ZonedTime::local() const
{
    return isNull() ? QDateTime() : utc.toTimeZone(zoneOrUtc(zone));
}

QString ZonedTime::displayText() const
{
    if (isNull()) {
        return {};
    }
    const QDateTime shown = local();
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" (")
        + QString::fromUtf8(zone.isEmpty() ? QByteArray("UTC") : zone) + QStringLiteral(", ")
        + shown.timeZoneAbbreviation().replace(QStringLiteral("GMT"), QStringLiteral("UTC")) + QLatin1Char(')');
}

ZonedTime ZonedTime::fromLocal(QDate date, QTime time, const QByteArray &zone)
{
    const QTimeZone timeZone(zone);
    if (!timeZone.isValid() || !date.isValid() || !time.isValid()) {
        return {};
    }
    return { QDateTime(date, time, timeZone).toUTC(), zone };
}

ZonedTime ZonedTime::fromUtc(const QDateTime &instant, const QByteArray &zone)
{
    if (!instant.isValid()) {
        return {};
    }
    return { instant.toUTC(), zone.isEmpty() ? QByteArray("UTC") : zone };
}

QString ZonedTime::utcText() const
{
    return isNull() ? QString() : utc.toUTC().toString(Qt::ISODateWithMs);
}

ZonedTime ZonedTime::fromStored(const QString &utcText, const QString &zone)
{
    if (utcText.isEmpty()) {
        return {};
    }
    QDateTime instant = QDateTime::fromString(utcText, Qt::ISODateWithMs);
    if (!instant.isValid()) {
        return {};
    }
    return { instant.toUTC(), zone.isEmpty() ? QByteArray("UTC") : zone.toUtf8() };
}

} // namespace Iwb
