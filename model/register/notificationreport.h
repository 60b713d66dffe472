// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"
#include "register/breachregister.h"
#include "register/registerentry.h"
#include "register/sentnotification.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Iwb {

/**
 * The German notification report for the supervisory authority (Meldung nach Art. 33 DSGVO): every point of
 * Art. 33(3), the timeline with the deadline and the rule that counted it, the risk assessment and the
 * decisions, and the notifications sent so far. The report is a German legal document whatever language the
 * interface speaks, so its words are German here and not translated.
 *
 * html() is the document's content (tests read it; the PDF is made from it); writePdf() lays it out on A4
 * with QTextDocument and QPdfWriter (Qt Gui: needs a QGuiApplication, which incident-cli makes for this
 * command on the offscreen platform).
 */
class NotificationReport
{
public:
    NotificationReport(const BreachRegister &breachRegister, const RegisterEntry &entry, const IncidentRecord &record,
        const QList<SentNotification> &sent, const QDateTime &createdAt);

    QString title() const;
    QString html() const;
    /// Writes the report as PDF to @p path; false with @p error ("FILE: reason") on failure.
    bool writePdf(const QString &path, QString *error) const;

private:
    BreachRegister m_register;
    RegisterEntry m_entry;
    IncidentRecord m_record;
    QList<SentNotification> m_sent;
    QDateTime m_createdAt;
};

} // namespace Iwb
