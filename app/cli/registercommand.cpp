// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registercommand.h"

#include "clicontext.h"
#include "register/deadlines.h"
#include "register/entryclock.h"
#include "register/entryfieldtext.h"
#include "register/notificationreport.h"
#include "register/registerprefill.h"
#include "register/reportcheck.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Iwb {

namespace {

    /// "2 d 5 h left", "31 min overdue": how long until (or since) a deadline, in whole minutes.
    QString timeLeftText(qint64 seconds)
    {
        const qint64 minutes = qAbs(seconds) / 60;
        const qint64 days = minutes / (qint64(24) * 60);
        const qint64 hours = minutes / 60 % 24;
        QString text;
        if (days > 0) {
            text = QStringLiteral("%1 d %2 h").arg(days).arg(hours);
        } else if (hours > 0) {
            text = QStringLiteral("%1 h %2 min").arg(hours).arg(minutes % 60);
        } else {
            text = QStringLiteral("%1 min").arg(minutes);
        }
        return text + (seconds < 0 ? QStringLiteral(" overdue") : QStringLiteral(" left"));
    }

} // namespace

int runRegisterCommand(const CliContext &context, bool overdueOnly, bool json)
{
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    RegisterStore registers(store);
    const auto registerList = registers.registers();
    const auto entries = registers.entries();
    if (!registerList || !entries) {
        context.err << "incident-cli: " << registers.errorString() << Qt::endl;
        return 1;
    }
    QHash<qint64, BreachRegister> byId;
    for (const BreachRegister &breachRegister : *registerList) {
        byId.insert(breachRegister.id, breachRegister);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!json) {
        context.out << "   ID  INCIDENT  STATUS           RISK        DEADLINE (UTC)     TIME               "
                       "CONTROLLER / ORGANIZATION"
                    << Qt::endl;
    }
    int shown = 0;
    for (const RegisterEntry &entry : *entries) {
        const BreachRegister breachRegister = byId.value(entry.registerId);
        const auto sent = registers.notifications(entry.id);
        if (!sent) {
            context.err << "incident-cli: " << registers.errorString() << Qt::endl;
            return 1;
        }
        const EntryClock clock = EntryClock::of(entry, breachRegister, *sent, now);
        const bool overdue = clock.isOverdue();
        if (overdueOnly && !overdue) {
            continue;
        }
        const auto record = store.incident(entry.incidentId);
        const QString organization = record ? record->organization : QString();
        QString timeText = QStringLiteral("-");
        if (clock.deadline && clock.applies) {
            timeText = clock.sentAt.isValid()
                ? (clock.state.met ? QStringLiteral("sent in time") : QStringLiteral("sent late"))
                : timeLeftText(clock.state.secondsLeft);
        }
        ++shown;
        if (json) {
            QJsonObject object {
                { QStringLiteral("id"), entry.id },
                { QStringLiteral("register_id"), entry.registerId },
                { QStringLiteral("controller"), breachRegister.controllerName },
                { QStringLiteral("incident_id"), entry.incidentId },
                { QStringLiteral("organization"), organization },
                { QStringLiteral("status"), entryStatusId(entry.status) },
                { QStringLiteral("risk_level"), riskLevelId(entry.risk) },
                { QStringLiteral("became_aware"),
                    entry.becameAware.isNull() ? QJsonValue() : entry.becameAware.utcText() },
                { QStringLiteral("deadline"),
                    clock.deadline ? QJsonValue(clock.deadline->due.toString(Qt::ISODate)) : QJsonValue() },
                { QStringLiteral("counting"), hourCountingId(breachRegister.hourCounting) },
                { QStringLiteral("seconds_left"),
                    clock.isRunning() ? QJsonValue(clock.state.secondsLeft) : QJsonValue() },
                { QStringLiteral("overdue"), overdue },
                { QStringLiteral("delay_reason_required"), clock.needsDelayReason() },
                { QStringLiteral("delay_reason"), entry.delayReason },
            };
            context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
            continue;
        }
        context.out << qSetFieldWidth(5) << Qt::right << entry.id << qSetFieldWidth(0) << "  " << qSetFieldWidth(8)
                    << entry.incidentId << qSetFieldWidth(0) << "  " << qSetFieldWidth(15) << Qt::left
                    << entryStatusId(entry.status) << qSetFieldWidth(0) << "  " << qSetFieldWidth(10)
                    << (entry.risk == RiskLevel::Unassessed ? QStringLiteral("-") : riskLevelId(entry.risk))
                    << qSetFieldWidth(0) << "  " << qSetFieldWidth(17)
                    << (clock.deadline ? clock.deadline->due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QStringLiteral("-"))
                    << qSetFieldWidth(0) << "  " << qSetFieldWidth(17) << timeText << qSetFieldWidth(0) << "  "
                    << breachRegister.controllerName << " / " << organization
                    << (overdue && entry.delayReason.isEmpty() ? QStringLiteral("  [delay reason required]")
                                                               : QString())
                    << Qt::endl;
    }
    if (!json) {
        context.out << shown << (overdueOnly ? " overdue entries in " : " entries in ") << store.path() << Qt::endl;
    }
    return 0;
}

namespace {

    int editUsage(const CliContext &context, const QString &message)
    {
        context.err << "incident-cli register: " << message << Qt::endl;
        return 2;
    }

    std::optional<qint64> idOf(const QString &text)
    {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }

    /// Sets one setting of a register from KEY=VALUE; false with @p error for an unknown key or value.
    bool configure(BreachRegister &breachRegister, const QString &key, const QString &value, QString *error)
    {
        const QHash<QString, QString *> texts {
            { QStringLiteral("controller_name"), &breachRegister.controllerName },
            { QStringLiteral("controller_address"), &breachRegister.controllerAddress },
            { QStringLiteral("contact_name"), &breachRegister.contactName },
            { QStringLiteral("contact_email"), &breachRegister.contactEmail },
            { QStringLiteral("contact_phone"), &breachRegister.contactPhone },
            { QStringLiteral("authority"), &breachRegister.authority },
        };
        if (QString *text = texts.value(key)) {
            *text = value;
            return true;
        }
        if (key == QLatin1String("time_zone") && QTimeZone(value.toUtf8()).isValid()) {
            breachRegister.timeZone = value.toUtf8();
            return true;
        }
        if (const auto regime = regimeFromId(value); key == QLatin1String("regime") && regime) {
            breachRegister.regime = *regime;
            return true;
        }
        if (const auto counting = hourCountingFromId(value); key == QLatin1String("hour_counting") && counting) {
            breachRegister.hourCounting = *counting;
            return true;
        }
        *error = QStringLiteral("'%1=%2': the settings are controller_name, controller_address, contact_name, "
                                "contact_email, contact_phone, authority, time_zone (an IANA zone), regime (gdpr, "
                                "gdpr_nis2), hour_counting (elapsed, skip_awareness_hour)")
                     .arg(key, value);
        return false;
    }

} // namespace

int runRegisterEditCommand(const CliContext &context, const QStringList &arguments, const QString &registerId,
    const QString &reference, const QString &attachment)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    RegisterStore registers(store);
    const auto failed = [&context](const QString &message) {
        context.err << "incident-cli register: " << message << Qt::endl;
        return 1;
    };

    if (action == QLatin1String("new") || action == QLatin1String("configure")) {
        BreachRegister breachRegister;
        QStringList settings = rest;
        if (action == QLatin1String("new")) {
            if (rest.isEmpty() || rest.first().contains(QLatin1Char('='))) {
                return editUsage(context, QStringLiteral("register new CONTROLLER [KEY=VALUE...]"));
            }
            breachRegister.controllerName = settings.takeFirst();
        } else {
            const auto id = idOf(rest.value(0));
            if (!id) {
                return editUsage(context, QStringLiteral("register configure REGISTER_ID KEY=VALUE..."));
            }
            const auto stored = registers.breachRegister(*id);
            if (!stored) {
                return failed(registers.errorString());
            }
            breachRegister = *stored;
            settings.removeFirst();
        }
        for (const QString &setting : std::as_const(settings)) {
            QString error;
            const qsizetype equals = setting.indexOf(QLatin1Char('='));
            if (equals < 0 || !configure(breachRegister, setting.left(equals), setting.mid(equals + 1), &error)) {
                return editUsage(
                    context, error.isEmpty() ? QStringLiteral("'%1' is not KEY=VALUE").arg(setting) : error);
            }
        }
        if (!registers.saveRegister(breachRegister)) {
            return failed(registers.errorString());
        }
        context.out << "register " << breachRegister.id << ": " << breachRegister.controllerName << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("mark")) {
        const auto incidentId = idOf(rest.value(0));
        const auto target = idOf(registerId);
        if (!incidentId || !target) {
            return editUsage(context, QStringLiteral("register mark INCIDENT_ID --in-register REGISTER_ID"));
        }
        const auto breachRegister = registers.breachRegister(*target);
        if (!breachRegister) {
            return failed(registers.errorString());
        }
        const auto record = store.incident(*incidentId);
        if (!record) {
            return failed(store.errorString());
        }
        RegisterEntry entry = RegisterPrefill::fromRecord(*record, *breachRegister);
        if (!registers.saveEntry(entry)) {
            return failed(registers.errorString());
        }
        context.out << "entry " << entry.id << ": incident " << *incidentId << " in the register of "
                    << breachRegister->controllerName << "; pre-filled from the article, to confirm: "
                    << (entry.unconfirmedFields().isEmpty() ? QStringLiteral("nothing")
                                                            : entry.unconfirmedFields().join(QStringLiteral(", ")))
                    << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("set") || action == QLatin1String("confirm") || action == QLatin1String("sent")) {
        const auto entryId = idOf(rest.value(0));
        if (!entryId || (action != QLatin1String("sent") && rest.size() < 2)) {
            return editUsage(context,
                QStringLiteral("register set ENTRY_ID FIELD=VALUE..., register confirm ENTRY_ID FIELD...|all, "
                               "register sent ENTRY_ID [TIME] --reference REF [--attach FILE.pdf]"));
        }
        auto entry = registers.entry(*entryId);
        const auto breachRegister = entry ? registers.breachRegister(entry->registerId) : std::nullopt;
        if (!entry || !breachRegister) {
            return failed(registers.errorString());
        }
        if (action == QLatin1String("set")) {
            for (const QString &assignment : rest.mid(1)) {
                const qsizetype equals = assignment.indexOf(QLatin1Char('='));
                QString error = QStringLiteral("'%1' is not FIELD=VALUE").arg(assignment);
                if (equals < 0
                    || !EntryFieldText::set(*entry, assignment.left(equals), assignment.mid(equals + 1),
                        breachRegister->timeZone, &error)) {
                    return editUsage(context, error);
                }
            }
        } else if (action == QLatin1String("confirm")) {
            const QStringList fields = rest.value(1) == QLatin1String("all") ? entry->unconfirmedFields() : rest.mid(1);
            for (const QString &field : fields) {
                if (!entry->origins.contains(field)) {
                    return editUsage(context, QStringLiteral("%1 was not pre-filled from an article").arg(field));
                }
                entry->confirm(field);
            }
        } else {
            SentNotification sent;
            sent.entryId = entry->id;
            sent.authority = breachRegister->authority;
            sent.reference = reference;
            sent.sentContent = entry->toJson();
            if (rest.size() > 1) {
                const QString text = rest.mid(1).join(QLatin1Char(' '));
                const auto at = EntryFieldText::parseTime(text, breachRegister->timeZone);
                if (!at || at->isNull()) {
                    return editUsage(context,
                        QStringLiteral("the time sent '%1' is not a time such as 2026-01-15 12:00 [Europe/Berlin]")
                            .arg(text));
                }
                sent.sentAt = *at;
            } else {
                sent.sentAt = ZonedTime::fromUtc(QDateTime::currentDateTimeUtc(), breachRegister->timeZone);
            }
            const auto earlier = registers.notifications(entry->id);
            if (!earlier) {
                return failed(registers.errorString());
            }
            if (!earlier->isEmpty()) {
                sent.kind = NotificationKind::FollowUp;
                sent.followsId = earlier->first().id;
            }
            if (!attachment.isEmpty()) {
                QFile file(attachment);
                if (!file.open(QIODevice::ReadOnly)) {
                    return failed(
                        attachment + QStringLiteral(": cannot read (") + file.errorString() + QLatin1Char(')'));
                }
                sent.document = file.readAll();
            }
            if (!registers.logNotification(sent)) {
                return failed(registers.errorString());
            }
            context.out << "notification " << sent.id << " (" << notificationKindId(sent.kind) << ") of entry "
                        << entry->id << " logged, sent " << sent.sentAt.displayText() << Qt::endl;
            return 0;
        }
        if (!registers.saveEntry(*entry)) {
            return failed(registers.errorString());
        }
        context.out << "entry " << entry->id << " saved" << Qt::endl;
        return 0;
    }
    return editUsage(context,
        QStringLiteral("unknown action '%1': new, configure, mark, set, confirm, sent (or none, to list)").arg(action));
}

int runReportCommand(const CliContext &context, const QString &entryId, const QString &outPath)
{
    bool isNumber = false;
    const qint64 id = entryId.toLongLong(&isNumber);
    if (!isNumber || outPath.isEmpty()) {
        context.err << "incident-cli: report needs a register entry id and --out FILE.pdf" << Qt::endl;
        return 2;
    }
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    RegisterStore registers(store);
    const auto entry = registers.entry(id);
    const auto breachRegister = entry ? registers.breachRegister(entry->registerId) : std::nullopt;
    const auto sent = entry ? registers.notifications(id) : std::nullopt;
    if (!entry || !breachRegister || !sent) {
        context.err << "incident-cli: " << registers.errorString() << Qt::endl;
        return 1;
    }
    const auto record = store.incident(entry->incidentId);
    if (!record) {
        context.err << "incident-cli: " << store.errorString() << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ReportReadiness readiness = ReportCheck::check(*entry, *breachRegister, now);
    if (!readiness.isReady()) {
        context.err << "incident-cli: no report for register entry " << id << ": " << readiness.germanText()
                    << Qt::endl;
        return 1;
    }
    const NotificationReport report(*breachRegister, *entry, *record, *sent, now);
    QString error;
    if (!report.writePdf(outPath, &error)) {
        context.err << "incident-cli: " << error << Qt::endl;
        return 1;
    }
    context.out << "wrote the notification report of register entry " << id << " to " << outPath << Qt::endl;
    return 0;
}

} // namespace Iwb
