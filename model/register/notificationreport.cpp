// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "notificationreport.h"

#include "register/deadlines.h"
#include "register/registerdocument.h"
#include "register/reportcheck.h"

namespace Iwb {

namespace {

    using Doc = RegisterDocument;

    /// One field's row: its German label and value, and a note when the value came from an article.
    QString row(const RegisterEntry &entry, const QString &field, const QString &valueHtml = {})
    {
        QString note;
        if (entry.origins.contains(field)) {
            note = QStringLiteral(" <small>(aus Quellartikel übernommen und geprüft)</small>");
        }
        return Doc::row(ReportCheck::germanFieldLabel(field),
            (valueHtml.isEmpty() ? Doc::html(Doc::fieldText(entry, field)) : valueHtml) + note);
    }

} // namespace

NotificationReport::NotificationReport(const BreachRegister &breachRegister, const RegisterEntry &entry,
    const IncidentRecord &record, const QList<SentNotification> &sent, const QDateTime &createdAt)
    : m_register(breachRegister)
    , m_entry(entry)
    , m_record(record)
    , m_sent(sent)
    , m_createdAt(createdAt)
{
}

QString NotificationReport::title() const
{
    return QStringLiteral("Meldung einer Verletzung des Schutzes personenbezogener Daten gemäß Art. 33 DSGVO");
}

QString NotificationReport::html() const
{
    const RegisterEntry &e = m_entry;
    const QByteArray zone = e.becameAware.zone.isEmpty() ? m_register.timeZone : e.becameAware.zone;
    QString html
        = QStringLiteral("<html><body>") + Doc::authorityHead(title(), m_register, m_entry, m_record, m_createdAt);

    // 1. Who reports, Art. 33(3)(b).
    html += Doc::section(QStringLiteral("1. Verantwortlicher und Kontakt (Art. 33 Abs. 3 lit. b DSGVO)"),
        Doc::row(QStringLiteral("Verantwortlicher"), Doc::html(m_register.controllerName))
            + Doc::row(QStringLiteral("Anschrift"), Doc::html(m_register.controllerAddress))
            + Doc::row(QStringLiteral("Datenschutzbeauftragter / Anlaufstelle"), Doc::html(m_register.contactName))
            + Doc::row(QStringLiteral("E-Mail"), Doc::html(m_register.contactEmail))
            + Doc::row(QStringLiteral("Telefon"), Doc::html(m_register.contactPhone)));

    // 2. Timeline and deadline, Art. 33(1).
    const QList<Deadline> deadlines
        = DeadlineArithmetic::deadlines(e.becameAware, m_register.regime, m_register.hourCounting);
    QString timeline = row(e, QStringLiteral("occurred_start"))
        + row(e, QStringLiteral("occurred_end"), e.ongoing ? QStringLiteral("dauert an") : QString())
        + row(e, QStringLiteral("discovered")) + row(e, QStringLiteral("discovered_how"))
        + row(e, QStringLiteral("became_aware"));
    for (const Deadline &deadline : deadlines) {
        const QString rule = deadline.counting == HourCounting::SkipAwarenessHour
            ? QStringLiteral("gezählt nach Art. 3 Abs. 1 VO (EWG, Euratom) Nr. 1182/71: die Stunde der "
                             "Kenntnisnahme zählt nicht mit")
            : QStringLiteral("gezählt als verstrichene Zeit ab der Kenntnisnahme");
        timeline += Doc::row(QStringLiteral("Frist: ") + Doc::deadlineText(deadline.kind),
            Doc::html(Doc::timeText(ZonedTime::fromUtc(deadline.due, zone))) + QStringLiteral("<br><small>") + rule
                + (deadline.provisional ? QStringLiteral(", vorläufig") : QString()) + QStringLiteral("</small>"));
    }
    timeline += row(e, QStringLiteral("delay_reason"));
    html += Doc::section(QStringLiteral("2. Zeitlicher Ablauf"), timeline);

    // 3. The breach and the data, Art. 33(3)(a).
    QString breach;
    for (const char *field : { "nature", "description", "cause", "attack", "subjects_count", "subject_categories",
             "records_count", "data_categories", "special_categories", "criminal_data" }) {
        breach += row(e, QString::fromLatin1(field));
    }
    html += Doc::section(QStringLiteral("3. Art der Verletzung (Art. 33 Abs. 3 lit. a DSGVO)"), breach);

    // 4. Consequences, Art. 33(3)(c); 5. measures, Art. 33(3)(d).
    html += Doc::section(QStringLiteral("4. Wahrscheinliche Folgen (Art. 33 Abs. 3 lit. c DSGVO)"),
        row(e, QStringLiteral("consequences")));
    html += Doc::section(QStringLiteral("5. Maßnahmen (Art. 33 Abs. 3 lit. d DSGVO)"),
        row(e, QStringLiteral("measures_taken")) + row(e, QStringLiteral("measures_proposed")));

    // 6. Assessment and decisions.
    QString assessment;
    for (const char *field : { "risk_level", "risk_reasons", "risk_criteria", "notify_authority",
             "notify_justification", "inform_subjects", "inform_justification" }) {
        assessment += row(e, QString::fromLatin1(field));
    }
    html += Doc::section(QStringLiteral("6. Risikobewertung und Entscheidungen"), assessment);

    // 7. What was sent before.
    QString sentRows;
    for (const SentNotification &sent : m_sent) {
        sentRows += Doc::row(Doc::kindText(sent.kind),
            Doc::html(Doc::timeText(sent.sentAt) + QStringLiteral(", ") + sent.authority + QStringLiteral(", Az. ")
                + (sent.reference.isEmpty() ? QStringLiteral("–") : sent.reference)));
    }
    if (sentRows.isEmpty()) {
        sentRows = Doc::row(QStringLiteral("Bisherige Meldungen"), QStringLiteral("keine"));
    }
    html += Doc::section(QStringLiteral("7. Bisherige Meldungen"), sentRows);
    html += QStringLiteral("</body></html>");
    return html;
}

bool NotificationReport::writePdf(const QString &path, QString *error) const
{
    return RegisterDocument::writePdf(html(), title(), path, error);
}

} // namespace Iwb
