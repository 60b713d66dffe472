// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "notificationreport.h"

#include "register/deadlines.h"
#include "register/registercategories.h"
#include "register/reportcheck.h"

#include <QFile>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Iwb {

namespace {

    QString escaped(const QString &text)
    {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }

    QString orDash(const QString &text)
    {
        return text.trimmed().isEmpty() ? QStringLiteral("–") : escaped(text);
    }

    QString germanTime(const ZonedTime &time)
    {
        if (time.isNull()) {
            return QStringLiteral("–");
        }
        const QDateTime local = time.local();
        const int offsetMinutes = local.offsetFromUtc() / 60;
        const QString offset = QStringLiteral("%1%2:%3")
                                   .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                   .arg(qAbs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                                   .arg(qAbs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
        return local.toString(QStringLiteral("dd.MM.yyyy, HH:mm")) + QStringLiteral(" Uhr (")
            + QString::fromUtf8(time.zone) + QStringLiteral(", UTC") + offset + QLatin1Char(')');
    }

    QString germanTime(const QDateTime &utc, const QByteArray &zone)
    {
        return germanTime(ZonedTime::fromUtc(utc, zone));
    }

    QString yesNo(const std::optional<bool> &value)
    {
        return value ? (*value ? QStringLiteral("ja") : QStringLiteral("nein")) : QStringLiteral("nicht entschieden");
    }

    QString count(const std::optional<qint64> &value)
    {
        return value ? QStringLiteral("ca. ") + QLocale(QLocale::German).toString(*value) : QStringLiteral("unbekannt");
    }

    QString labels(const QStringList &ids)
    {
        QStringList words;
        for (const QString &id : ids) {
            words.append(RegisterCategories::germanLabel(id));
        }
        return words.isEmpty() ? QStringLiteral("–") : escaped(words.join(QStringLiteral(", ")));
    }

    QString causeLabel(const QString &cause)
    {
        static const QHash<QString, QString> words {
            { QStringLiteral("misconfiguration"), QStringLiteral("Fehlkonfiguration") },
            { QStringLiteral("software_error"), QStringLiteral("Softwarefehler") },
            { QStringLiteral("human_error"), QStringLiteral("menschliches Versehen") },
            { QStringLiteral("attack"), QStringLiteral("Angriff") },
            { QStringLiteral("insider_misuse"), QStringLiteral("Missbrauch durch Innentäter") },
            { QStringLiteral("loss_or_theft"), QStringLiteral("Verlust oder Diebstahl") },
            { QStringLiteral("unknown"), QStringLiteral("unbekannt") },
        };
        return words.value(cause, cause);
    }

    /// German words for the ids the record and the entry keep (units, subject categories, discoverers).
    QString germanWord(const QString &id)
    {
        static const QHash<QString, QString> words {
            { QStringLiteral("customers"), QStringLiteral("Kundinnen und Kunden") },
            { QStringLiteral("users"), QStringLiteral("Nutzerinnen und Nutzer") },
            { QStringLiteral("patients"), QStringLiteral("Patientinnen und Patienten") },
            { QStringLiteral("employees"), QStringLiteral("Beschäftigte") },
            { QStringLiteral("students"), QStringLiteral("Studierende") },
            { QStringLiteral("members"), QStringLiteral("Mitglieder") },
            { QStringLiteral("children"), QStringLiteral("Kinder") },
            { QStringLiteral("applicants"), QStringLiteral("Bewerberinnen und Bewerber") },
            { QStringLiteral("people"), QStringLiteral("Personen") },
            { QStringLiteral("accounts"), QStringLiteral("Konten") },
            { QStringLiteral("logins"), QStringLiteral("Zugänge") },
            { QStringLiteral("records"), QStringLiteral("Datensätze") },
            { QStringLiteral("internal"), QStringLiteral("intern (eigene Stelle)") },
            { QStringLiteral("customer"), QStringLiteral("eine Kundin oder ein Kunde") },
            { QStringLiteral("researcher"), QStringLiteral("Sicherheitsforschende") },
            { QStringLiteral("authority"), QStringLiteral("eine Behörde") },
            { QStringLiteral("attacker"), QStringLiteral("die Angreifer") },
            { QStringLiteral("unknown"), QStringLiteral("unbekannt") },
        };
        return words.value(id, id);
    }

    QString germanWords(const QStringList &ids)
    {
        QStringList words;
        for (const QString &id : ids) {
            words.append(germanWord(id));
        }
        return words.join(QStringLiteral(", "));
    }

    QString riskLabel(RiskLevel level)
    {
        switch (level) {
        case RiskLevel::Unassessed:
            return QStringLiteral("nicht bewertet");
        case RiskLevel::None:
            return QStringLiteral("kein oder geringes Risiko");
        case RiskLevel::Risk:
            return QStringLiteral("Risiko");
        case RiskLevel::High:
            return QStringLiteral("hohes Risiko");
        }
        return {};
    }

    QString deadlineLabel(DeadlineKind kind)
    {
        switch (kind) {
        case DeadlineKind::GdprNotification:
            return QStringLiteral("Meldung an die Aufsichtsbehörde (Art. 33 Abs. 1 DSGVO, 72 Stunden)");
        case DeadlineKind::Nis2EarlyWarning:
            return QStringLiteral("Frühwarnung (Art. 23 Abs. 4 lit. a NIS-2, 24 Stunden)");
        case DeadlineKind::Nis2Notification:
            return QStringLiteral("Meldung des Sicherheitsvorfalls (Art. 23 Abs. 4 lit. b NIS-2, 72 Stunden)");
        case DeadlineKind::Nis2FinalReport:
            return QStringLiteral("Abschlussbericht (Art. 23 Abs. 4 lit. d NIS-2, ein Monat)");
        }
        return {};
    }

    QString kindLabel(NotificationKind kind)
    {
        switch (kind) {
        case NotificationKind::Initial:
            return QStringLiteral("Erstmeldung");
        case NotificationKind::FollowUp:
            return QStringLiteral("Nachmeldung (Art. 33 Abs. 4)");
        case NotificationKind::Nis2EarlyWarning:
            return QStringLiteral("NIS-2-Frühwarnung");
        case NotificationKind::Nis2Final:
            return QStringLiteral("NIS-2-Abschlussbericht");
        }
        return {};
    }

    /// One table row: the label, the value (already HTML), and a note when the value came from an article.
    QString row(const RegisterEntry &entry, const QString &field, const QString &valueHtml)
    {
        QString note;
        if (entry.origins.contains(field)) {
            note = QStringLiteral(" <small>(aus Quellartikel übernommen und geprüft)</small>");
        }
        return QStringLiteral("<tr><td width=\"38%\"><b>%1</b></td><td>%2%3</td></tr>")
            .arg(escaped(ReportCheck::germanFieldLabel(field)), valueHtml, note);
    }

    QString plainRow(const QString &label, const QString &valueHtml)
    {
        return QStringLiteral("<tr><td width=\"38%\"><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), valueHtml);
    }

    QString section(const QString &heading, const QString &rows)
    {
        return QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                              "style=\"border-collapse: collapse; border-color: #999999;\">%2</table>")
            .arg(escaped(heading), rows);
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
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 style=\"font-size: 15pt;\">%1</h1>").arg(escaped(title()));
    // One arg() with every value: text that holds "%1" is never substituted again.
    html
        += QStringLiteral("<p>An: %1<br>Erstellt am %2<br>Vorgang Nr. %3 im Verzeichnis von %4 (Vorfall %5%6)</p>")
               .arg(orDash(m_register.authority), germanTime(m_createdAt, zone), QString::number(e.id),
                   escaped(m_register.controllerName), QString::number(m_record.id),
                   m_record.organization.isEmpty() ? QString() : QStringLiteral(": ") + escaped(m_record.organization));

    // 1. Who reports, Art. 33(3)(b).
    html += section(QStringLiteral("1. Verantwortlicher und Kontakt (Art. 33 Abs. 3 lit. b DSGVO)"),
        plainRow(QStringLiteral("Verantwortlicher"), orDash(m_register.controllerName))
            + plainRow(QStringLiteral("Anschrift"), orDash(m_register.controllerAddress))
            + plainRow(QStringLiteral("Datenschutzbeauftragter / Anlaufstelle"), orDash(m_register.contactName))
            + plainRow(QStringLiteral("E-Mail"), orDash(m_register.contactEmail))
            + plainRow(QStringLiteral("Telefon"), orDash(m_register.contactPhone)));

    // 2. Timeline and deadline, Art. 33(1).
    const QList<Deadline> deadlines
        = DeadlineArithmetic::deadlines(e.becameAware, m_register.regime, m_register.hourCounting);
    QString timeline = row(e, QStringLiteral("occurred_start"), germanTime(e.occurredStart))
        + row(e, QStringLiteral("occurred_end"), e.ongoing ? QStringLiteral("dauert an") : germanTime(e.occurredEnd))
        + row(e, QStringLiteral("discovered"), germanTime(e.discovered))
        + row(e, QStringLiteral("discovered_how"), orDash(germanWord(e.discoveredHow)))
        + row(e, QStringLiteral("became_aware"), germanTime(e.becameAware));
    for (const Deadline &deadline : deadlines) {
        const QString rule = deadline.counting == HourCounting::SkipAwarenessHour
            ? QStringLiteral("gezählt nach Art. 3 Abs. 1 VO (EWG, Euratom) Nr. 1182/71: die Stunde der "
                             "Kenntnisnahme zählt nicht mit")
            : QStringLiteral("gezählt als verstrichene Zeit ab der Kenntnisnahme");
        timeline += plainRow(QStringLiteral("Frist: ") + deadlineLabel(deadline.kind),
            germanTime(deadline.due, zone) + QStringLiteral("<br><small>") + rule
                + (deadline.provisional ? QStringLiteral(", vorläufig") : QString()) + QStringLiteral("</small>"));
    }
    timeline += row(e, QStringLiteral("delay_reason"), orDash(e.delayReason));
    html += section(QStringLiteral("2. Zeitlicher Ablauf"), timeline);

    // 3. The breach and the data, Art. 33(3)(a).
    QStringList nature;
    if (e.confidentiality) {
        nature.append(QStringLiteral("Verletzung der Vertraulichkeit"));
    }
    if (e.integrity) {
        nature.append(QStringLiteral("Verletzung der Integrität"));
    }
    if (e.availability) {
        nature.append(QStringLiteral("Verletzung der Verfügbarkeit"));
    }
    html += section(QStringLiteral("3. Art der Verletzung (Art. 33 Abs. 3 lit. a DSGVO)"),
        row(e, QStringLiteral("nature"), orDash(nature.join(QStringLiteral(", "))))
            + row(e, QStringLiteral("description"), orDash(e.description))
            + row(e, QStringLiteral("cause"), orDash(causeLabel(e.cause)))
            + row(e, QStringLiteral("attack"), yesNo(e.attack))
            + row(e, QStringLiteral("subjects_count"),
                count(e.subjectsCount)
                    + (e.subjectsUnit.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + escaped(germanWord(e.subjectsUnit)) + QLatin1Char(')')))
            + row(e, QStringLiteral("subject_categories"), orDash(germanWords(e.subjectCategories)))
            + row(e, QStringLiteral("records_count"), count(e.recordsCount))
            + row(e, QStringLiteral("data_categories"), labels(e.dataCategories))
            + row(e, QStringLiteral("special_categories"),
                e.specialCategories.isEmpty() ? QStringLiteral("keine") : labels(e.specialCategories))
            + row(e, QStringLiteral("criminal_data"), e.criminalData ? QStringLiteral("ja") : QStringLiteral("nein")));

    // 4. Consequences, Art. 33(3)(c); 5. measures, Art. 33(3)(d).
    html += section(QStringLiteral("4. Wahrscheinliche Folgen (Art. 33 Abs. 3 lit. c DSGVO)"),
        row(e, QStringLiteral("consequences"), orDash(e.consequences)));
    html += section(QStringLiteral("5. Maßnahmen (Art. 33 Abs. 3 lit. d DSGVO)"),
        row(e, QStringLiteral("measures_taken"), orDash(e.measuresTaken))
            + row(e, QStringLiteral("measures_proposed"), orDash(e.measuresProposed)));

    // 6. Assessment and decisions.
    html += section(QStringLiteral("6. Risikobewertung und Entscheidungen"),
        row(e, QStringLiteral("risk_level"), riskLabel(e.risk))
            + row(e, QStringLiteral("risk_reasons"), orDash(e.riskReasons))
            + row(e, QStringLiteral("risk_criteria"), labels(e.riskCriteria))
            + row(e, QStringLiteral("notify_authority"), yesNo(e.notifyAuthority.yes))
            + row(e, QStringLiteral("notify_justification"), orDash(e.notifyAuthority.justification))
            + row(e, QStringLiteral("inform_subjects"), yesNo(e.informSubjects.yes))
            + row(e, QStringLiteral("inform_justification"), orDash(e.informSubjects.justification)));

    // 7. What was sent before.
    QString sentRows;
    for (const SentNotification &sent : m_sent) {
        sentRows += plainRow(kindLabel(sent.kind),
            germanTime(sent.sentAt) + QStringLiteral(", ") + orDash(sent.authority) + QStringLiteral(", Az. ")
                + orDash(sent.reference));
    }
    if (sentRows.isEmpty()) {
        sentRows = plainRow(QStringLiteral("Bisherige Meldungen"), QStringLiteral("keine"));
    }
    html += section(QStringLiteral("7. Bisherige Meldungen"), sentRows);
    html += QStringLiteral("</body></html>");
    return html;
}

bool NotificationReport::writePdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Incident Workbench"));
    // print() lays the document out on the writer's page with margins of its own (2 cm), and page numbers.
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setResolution(300);
    QTextDocument document;
    // No ligatures: text copied or extracted from the PDF (by the authority's systems, by a screen reader)
    // keeps "ff" and "fi" as letters instead of U+FB00 and U+FB01.
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    font.setStyleHint(QFont::SansSerif);
    font.setFeature(QFont::Tag("liga"), 0);
    document.setDefaultFont(font);
    document.setHtml(html());
    document.print(&writer);
    // QPdfWriter reports no failure itself: what counts is a file that begins like a PDF.
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || written.read(5) != QByteArrayLiteral("%PDF-")) {
        *error = path + QStringLiteral(": the PDF could not be written (is the folder writable?)");
        return false;
    }
    return true;
}

} // namespace Iwb
