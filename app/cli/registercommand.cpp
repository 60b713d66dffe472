// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registercommand.h"

#include "clicontext.h"
#include "register/deadlines.h"
#include "register/entryclock.h"
#include "register/entryfieldtext.h"
#include "register/followupreport.h"
#include "register/notificationreport.h"
#include "register/registercalendar.h"
#include "register/registerprefill.h"
#include "register/reportcheck.h"
#include "register/subjectletter.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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
    const auto byId = registers.registersById();
    const auto entries = registers.entries();
    if (!byId || !entries) {
        context.err << "incident-cli: " << registers.errorString() << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!json) {
        context.out << "   ID  INCIDENT  STATUS           RISK        DEADLINE (UTC)     TIME               "
                       "CONTROLLER / ORGANIZATION"
                    << Qt::endl;
    }
    int shown = 0;
    for (const RegisterEntry &entry : *entries) {
        const BreachRegister breachRegister = byId->value(entry.registerId);
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

    if (action == QLatin1String("remove")) {
        const auto entryId = idOf(rest.value(0));
        if (!entryId || rest.size() != 1) {
            return editUsage(context, QStringLiteral("register remove ENTRY_ID"));
        }
        if (!registers.removeEntry(*entryId)) {
            return failed(registers.errorString());
        }
        context.out << "entry " << *entryId << " taken out of its register" << Qt::endl;
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
        QStringLiteral("unknown action '%1': new, configure, mark, set, confirm, sent, remove (or none, to list)")
            .arg(action));
}

namespace {

    /// An entry with everything its documents are made from, read from the store.
    struct EntryDocuments
    {
        BreachRegister breachRegister;
        RegisterEntry entry;
        IncidentRecord record;
        QList<SentNotification> sent;
    };

    /// Reads entry @p entryId and its register, record and log; nullopt after printing why not (@p exitCode 2
    /// for an id that is not a number, 1 for a store error or an unknown entry).
    std::optional<EntryDocuments> loadEntry(const CliContext &context, IncidentStore &store, const QString &entryId,
        const QString &outPath, const QString &usage, int *exitCode)
    {
        const auto id = idOf(entryId);
        if (!id || outPath.isEmpty()) {
            context.err << "incident-cli: " << usage << Qt::endl;
            *exitCode = 2;
            return std::nullopt;
        }
        *exitCode = 1;
        if (!context.openStore(store)) {
            return std::nullopt;
        }
        RegisterStore registers(store);
        const auto entry = registers.entry(*id);
        const auto breachRegister = entry ? registers.breachRegister(entry->registerId) : std::nullopt;
        const auto sent = entry ? registers.notifications(*id) : std::nullopt;
        if (!entry || !breachRegister || !sent) {
            context.err << "incident-cli: " << registers.errorString() << Qt::endl;
            return std::nullopt;
        }
        const auto record = store.incident(entry->incidentId);
        if (!record) {
            context.err << "incident-cli: " << store.errorString() << Qt::endl;
            return std::nullopt;
        }
        return EntryDocuments { *breachRegister, *entry, *record, *sent };
    }

} // namespace

int runReportCommand(const CliContext &context, const QString &entryId, const QString &outPath, bool followUp)
{
    IncidentStore store;
    int exitCode = 0;
    const auto loaded = loadEntry(context, store, entryId, outPath,
        QStringLiteral("report needs a register entry id and --out FILE.pdf"), &exitCode);
    if (!loaded) {
        return exitCode;
    }
    const qint64 id = loaded->entry.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ReportReadiness readiness = ReportCheck::check(loaded->entry, loaded->breachRegister, now);
    if (!readiness.isReady()) {
        context.err << "incident-cli: no report for register entry " << id << ": " << readiness.germanText()
                    << Qt::endl;
        return 1;
    }
    QString error;
    if (followUp) {
        const FollowUpReport report(loaded->breachRegister, loaded->entry, loaded->record, loaded->sent, now);
        const auto &last = report.lastSent();
        if (!last || !report.refusal().isEmpty()) {
            context.err << "incident-cli: no follow-up report: " << report.refusal() << Qt::endl;
            return 1;
        }
        if (!report.writePdf(outPath, &error)) {
            context.err << "incident-cli: " << error << Qt::endl;
            return 1;
        }
        context.out << "wrote the follow-up report of register entry " << id << " (" << report.changes().size()
                    << " changed fields since notification " << last->id << ") to " << outPath << Qt::endl;
        return 0;
    }
    const NotificationReport report(loaded->breachRegister, loaded->entry, loaded->record, loaded->sent, now);
    if (!report.writePdf(outPath, &error)) {
        context.err << "incident-cli: " << error << Qt::endl;
        return 1;
    }
    context.out << "wrote the notification report of register entry " << id << " to " << outPath << Qt::endl;
    return 0;
}

int runLetterCommand(const CliContext &context, const QString &entryId, const QString &outPath)
{
    const bool asText = outPath.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
    if (!asText && !outPath.isEmpty() && !outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << "incident-cli: letter: " << outPath << ": write to a .pdf or a .txt file" << Qt::endl;
        return 2;
    }
    IncidentStore store;
    int exitCode = 0;
    const auto loaded = loadEntry(context, store, entryId, outPath,
        QStringLiteral("letter needs a register entry id and --out FILE.pdf or FILE.txt"), &exitCode);
    if (!loaded) {
        return exitCode;
    }
    const SubjectLetter letter(loaded->breachRegister, loaded->entry, QDateTime::currentDateTimeUtc());
    if (const QStringList missing = letter.missing(); !missing.isEmpty()) {
        context.err << "incident-cli: no Art. 34 document for register entry " << loaded->entry.id
                    << ": Es fehlen: " << missing.join(QStringLiteral(", ")) << Qt::endl;
        return 1;
    }
    QString error;
    if (asText) {
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(letter.plainText().toUtf8()) < 0 || !file.commit()) {
            context.err << "incident-cli: " << outPath << ": cannot write (" << file.errorString() << ")" << Qt::endl;
            return 1;
        }
    } else if (!letter.writePdf(outPath, &error)) {
        context.err << "incident-cli: " << error << Qt::endl;
        return 1;
    }
    context.out << "wrote "
                << (letter.kind() == SubjectLetter::Kind::Letter
                           ? QStringLiteral("the letter to the data subjects")
                           : QStringLiteral("the documented decision not to inform the data subjects (Art. 34(3))"))
                << " of register entry " << loaded->entry.id << " to " << outPath << Qt::endl;
    return 0;
}

int runRegisterCalendarCommand(const CliContext &context, const QString &icsPath)
{
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    RegisterStore registers(store);
    const auto byId = registers.registersById();
    const auto entries = registers.entries();
    if (!byId || !entries) {
        context.err << "incident-cli: " << registers.errorString() << Qt::endl;
        return 1;
    }
    QList<CalendarItem> items;
    for (const RegisterEntry &entry : *entries) {
        const auto sent = registers.notifications(entry.id);
        if (!sent) {
            context.err << "incident-cli: " << registers.errorString() << Qt::endl;
            return 1;
        }
        const auto record = store.incident(entry.incidentId);
        const QString title = record && !record->organization.isEmpty()
            ? record->organization
            : QStringLiteral("Vorfall %1").arg(entry.incidentId);
        items += RegisterCalendar::openDeadlines(entry, byId->value(entry.registerId), *sent, title);
    }
    QSaveFile file(icsPath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(RegisterCalendar::ics(items, QDateTime::currentDateTimeUtc())) < 0 || !file.commit()) {
        context.err << "incident-cli: " << icsPath << ": cannot write (" << file.errorString() << ")" << Qt::endl;
        return 1;
    }
    context.out << "wrote " << items.size() << " open deadlines of " << entries->size() << " entries to " << icsPath
                << Qt::endl;
    return 0;
}

} // namespace Iwb
