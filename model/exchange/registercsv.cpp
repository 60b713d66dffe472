// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registercsv.h"

#include "register/deadlines.h"
#include "storage/registerstore.h"

#include <QHash>
#include <QJsonArray>

namespace Iwb {

RegisterTable::RegisterTable(const IncidentStore &store)
    : m_store(store)
{
}

const QStringList &RegisterTable::columns()
{
    static const QStringList list = [] {
        QStringList names { QStringLiteral("entry_id"), QStringLiteral("register_id"), QStringLiteral("controller"),
            QStringLiteral("authority"), QStringLiteral("incident_id") };
        for (const QString &field : RegisterEntry::fieldIds()) {
            names.append(field);
            if (RegisterEntry::kindOf(field) == RegisterEntry::FieldKind::Time) {
                names.append(field + QStringLiteral("_zone"));
            }
        }
        names << QStringLiteral("deadline_utc") << QStringLiteral("deadline_counting")
              << QStringLiteral("notifications_sent");
        return names;
    }();
    return list;
}

std::optional<qint64> RegisterTable::write(TableSink &sink)
{
    RegisterStore registers(m_store);
    const auto registerList = registers.registers();
    const auto entries = registers.entries();
    if (!registerList || !entries) {
        m_error = registers.errorString();
        return std::nullopt;
    }
    QHash<qint64, BreachRegister> byId;
    for (const BreachRegister &breachRegister : *registerList) {
        byId.insert(breachRegister.id, breachRegister);
    }
    for (const QString &column : columns()) {
        sink.addTrustedText(column);
    }
    sink.endRecord();
    for (const RegisterEntry &entry : *entries) {
        const BreachRegister breachRegister = byId.value(entry.registerId);
        const auto sent = registers.notifications(entry.id);
        if (!sent) {
            m_error = registers.errorString();
            return std::nullopt;
        }
        sink.addNumber(entry.id);
        sink.addNumber(entry.registerId);
        sink.addText(breachRegister.controllerName);
        sink.addText(breachRegister.authority);
        sink.addNumber(entry.incidentId);
        const QJsonObject json = entry.toJson();
        for (const QString &field : RegisterEntry::fieldIds()) {
            const QJsonValue value = json.value(field);
            if (RegisterEntry::kindOf(field) == RegisterEntry::FieldKind::Time) {
                const ZonedTime time = ZonedTime::fromStored(value.toObject().value(QStringLiteral("utc")).toString(),
                    value.toObject().value(QStringLiteral("zone")).toString());
                if (time.isNull()) {
                    sink.addEmpty();
                    sink.addEmpty();
                } else {
                    sink.addTrustedText(time.local().toString(Qt::ISODate));
                    sink.addTrustedText(QString::fromUtf8(time.zone));
                }
            } else if (value.isArray()) {
                QStringList items;
                for (const QJsonValue item : value.toArray()) {
                    items.append(item.toString());
                }
                sink.addText(items.join(QLatin1Char('|')));
            } else if (value.isBool()) {
                sink.addBoolean(value.toBool());
            } else if (value.isDouble()) {
                sink.addNumber(std::optional<qint64>(value.toInteger()));
            } else if (value.isNull()) {
                sink.addEmpty();
            } else {
                sink.addText(value.toString());
            }
        }
        const QList<Deadline> deadlines
            = DeadlineArithmetic::deadlines(entry.becameAware, breachRegister.regime, breachRegister.hourCounting);
        if (deadlines.isEmpty()) {
            sink.addEmpty();
        } else {
            sink.addTrustedText(deadlines.first().due.toString(Qt::ISODate));
        }
        sink.addTrustedText(hourCountingId(breachRegister.hourCounting));
        sink.addNumber(std::optional<qint64>(sent->size()));
        sink.endRecord();
    }
    return entries->size();
}

} // namespace Iwb
