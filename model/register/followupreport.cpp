// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "followupreport.h"

#include "register/registerdocument.h"
#include "register/reportcheck.h"

#include <QRegularExpression>

namespace Iwb {

FollowUpReport::FollowUpReport(const BreachRegister &breachRegister, const RegisterEntry &entry,
    const IncidentRecord &record, const QList<SentNotification> &sent, const QDateTime &createdAt)
    : m_register(breachRegister)
    , m_entry(entry)
    , m_record(record)
    , m_createdAt(createdAt)
{
    if (sent.isEmpty()) {
        return;
    }
    m_lastSent = sent.last();
    m_initial = sent.first();
    for (const SentNotification &notification : sent) {
        if (notification.kind == NotificationKind::Initial) {
            m_initial = notification;
            break;
        }
    }
    m_changes = EntryChanges::between(RegisterEntry::fromJson(m_lastSent->sentContent), m_entry);
}

QString FollowUpReport::refusal() const
{
    if (!m_lastSent) {
        return QStringLiteral("register entry %1 has no notification sent yet: a follow-up report lists what "
                              "changed since one (log it with 'register sent')")
            .arg(m_entry.id);
    }
    if (m_changes.isEmpty()) {
        return QStringLiteral("nothing changed in register entry %1 since notification %2 sent %3")
            .arg(QString::number(m_entry.id), QString::number(m_lastSent->id), m_lastSent->sentAt.displayText());
    }
    return {};
}

QString FollowUpReport::title() const
{
    return QStringLiteral("Nachmeldung zur Meldung einer Verletzung des Schutzes personenbezogener Daten gemäß "
                          "Art. 33 Abs. 4 DSGVO");
}

QString FollowUpReport::html() const
{
    using Doc = RegisterDocument;
    QString html
        = QStringLiteral("<html><body>") + Doc::authorityHead(title(), m_register, m_entry, m_record, m_createdAt);

    QString references;
    if (m_initial) {
        references += Doc::row(QStringLiteral("Aktenzeichen der Erstmeldung"), Doc::html(m_initial->reference))
            + Doc::row(QStringLiteral("Erstmeldung gesendet am"), Doc::html(Doc::timeText(m_initial->sentAt)));
    }
    if (m_lastSent) {
        references += Doc::row(QStringLiteral("Letzte Meldung"),
            Doc::html(Doc::kindText(m_lastSent->kind) + QStringLiteral(", gesendet am ")
                + Doc::timeText(m_lastSent->sentAt)
                + (m_lastSent->reference.isEmpty() ? QString() : QStringLiteral(", Az. ") + m_lastSent->reference)));
    }
    references += Doc::row(QStringLiteral("Verantwortlicher"), Doc::html(m_register.controllerName))
        + Doc::row(QStringLiteral("Datenschutzbeauftragter / Anlaufstelle"),
            Doc::html(QStringList { m_register.contactName, m_register.contactEmail, m_register.contactPhone }
                    .filter(QRegularExpression(QStringLiteral("\\S")))
                    .join(QStringLiteral(", "))));
    html += Doc::section(QStringLiteral("1. Bezug"), references);

    // Three columns: what was reported, and what holds now.
    QString rows = QStringLiteral("<tr>") + Doc::cell(QStringLiteral("Angabe"), true, Doc::labelWidthPercent)
        + Doc::cell(QStringLiteral("bisher gemeldet"), true, (100 - Doc::labelWidthPercent) / 2)
        + Doc::cell(QStringLiteral("neu"), true) + QStringLiteral("</tr>");
    for (const FieldChange &change : m_changes) {
        rows += QStringLiteral("<tr>")
            + Doc::cell(Doc::html(Doc::hyphenated(ReportCheck::germanFieldLabel(change.field))), true)
            + Doc::cell(Doc::html(change.before)) + Doc::cell(Doc::html(change.after)) + QStringLiteral("</tr>");
    }
    html += Doc::section(QStringLiteral("2. Geänderte und ergänzte Angaben"), rows);
    html += QStringLiteral("<p>Alle übrigen Angaben der letzten Meldung gelten unverändert fort.</p></body></html>");
    return html;
}

bool FollowUpReport::writePdf(const QString &path, QString *error) const
{
    return RegisterDocument::writePdf(html(), title(), path, error);
}

} // namespace Iwb
