// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registercalendar.h"

#include "register/registerdocument.h"

#include <algorithm>

namespace Iwb {

namespace {

    /// Whether a logged report of @p kind answers a deadline of @p deadline.
    bool answers(NotificationKind kind, DeadlineKind deadline)
    {
        switch (deadline) {
        case DeadlineKind::GdprNotification:
        case DeadlineKind::Nis2Notification:
            return kind == NotificationKind::Initial;
        case DeadlineKind::Nis2EarlyWarning:
            return kind == NotificationKind::Initial || kind == NotificationKind::Nis2EarlyWarning;
        case DeadlineKind::Nis2FinalReport:
            return kind == NotificationKind::Nis2Final;
        }
        return false;
    }

    QByteArray utcStamp(const QDateTime &instant)
    {
        return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    }

} // namespace

QList<CalendarItem> RegisterCalendar::openDeadlines(const RegisterEntry &entry, const BreachRegister &breachRegister,
    const QList<SentNotification> &sent, const QString &incidentTitle)
{
    if (entry.status == EntryStatus::Closed || entry.status == EntryStatus::DocumentedOnly
        || entry.notifyAuthority.yes == false) {
        return {};
    }
    ZonedTime initialSent;
    for (const SentNotification &notification : sent) {
        if (notification.kind == NotificationKind::Initial) {
            initialSent = notification.sentAt;
            break;
        }
    }
    QList<CalendarItem> items;
    const QList<Deadline> deadlines = DeadlineArithmetic::deadlines(
        entry.becameAware, breachRegister.regime, breachRegister.hourCounting, initialSent);
    for (const Deadline &deadline : deadlines) {
        const bool met = std::any_of(sent.cbegin(), sent.cend(),
            [&deadline](const SentNotification &notification) { return answers(notification.kind, deadline.kind); });
        if (!met) {
            items.append({ entry.id, deadline.kind, deadline.due, deadline.provisional, incidentTitle,
                breachRegister.controllerName });
        }
    }
    return items;
}

QString RegisterCalendar::uid(const CalendarItem &item)
{
    return QStringLiteral("iwb-register-entry-%1-%2@incident-workbench")
        .arg(QString::number(item.entryId), deadlineKindId(item.kind));
}

QString RegisterCalendar::summary(const CalendarItem &item)
{
    QString what;
    switch (item.kind) {
    case DeadlineKind::GdprNotification:
        what = QStringLiteral("Meldefrist Art. 33 DSGVO");
        break;
    case DeadlineKind::Nis2EarlyWarning:
        what = QStringLiteral("NIS-2-Frühwarnung (24 Stunden)");
        break;
    case DeadlineKind::Nis2Notification:
        what = QStringLiteral("NIS-2-Meldung (72 Stunden)");
        break;
    case DeadlineKind::Nis2FinalReport:
        what = QStringLiteral("NIS-2-Abschlussbericht");
        break;
    }
    return what + QStringLiteral(": ") + item.incidentTitle;
}

QString RegisterCalendar::escapedText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else if (c != QLatin1Char('\r')) {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray RegisterCalendar::foldedLine(const QByteArray &line)
{
    // RFC 5545 3.1: at most 75 octets per physical line, a continuation begins with one space (which counts).
    // A cut never falls before a UTF-8 continuation byte (10xxxxxx), so every line is valid UTF-8.
    constexpr qsizetype limit = 75;
    QByteArray folded;
    qsizetype start = 0;
    bool first = true;
    while (start < line.size()) {
        const qsizetype room = first ? limit : limit - 1;
        qsizetype end = std::min(start + room, line.size());
        while (end < line.size() && end > start + 1 && (static_cast<uchar>(line.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        if (!first) {
            folded += ' ';
        }
        folded += line.mid(start, end - start);
        folded += "\r\n";
        start = end;
        first = false;
    }
    return folded;
}

QByteArray RegisterCalendar::ics(const QList<CalendarItem> &items, const QDateTime &now)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += foldedLine(text.toUtf8()); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Incident Workbench//Breach register deadlines//DE"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    for (const CalendarItem &item : items) {
        const QString title = escapedText(summary(item));
        QString description = RegisterDocument::deadlineText(item.kind) + QStringLiteral("\nVerantwortlicher: ")
            + item.controller + QStringLiteral("\nVorgang Nr. %1 im Verzeichnis").arg(item.entryId);
        if (item.provisional) {
            description += QStringLiteral("\nvorläufig: gezählt ab der Meldefrist, bis die Meldung erfasst ist");
        }
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid(item));
        line(QStringLiteral("DTSTAMP:") + QString::fromLatin1(utcStamp(now)));
        line(QStringLiteral("DTSTART:") + QString::fromLatin1(utcStamp(item.due)));
        line(QStringLiteral("SUMMARY:") + title);
        line(QStringLiteral("DESCRIPTION:") + escapedText(description));
        // A deadline takes no time of its own: it does not make the analyst look busy.
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        for (const char *before : { "-PT12H", "-PT1H" }) {
            line(QStringLiteral("BEGIN:VALARM"));
            line(QStringLiteral("ACTION:DISPLAY"));
            line(QStringLiteral("DESCRIPTION:") + title);
            line(QStringLiteral("TRIGGER;RELATED=START:") + QString::fromLatin1(before));
            line(QStringLiteral("END:VALARM"));
        }
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Iwb
