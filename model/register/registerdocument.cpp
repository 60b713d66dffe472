// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerdocument.h"

#include "register/registercategories.h"

#include <QFile>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <functional>

namespace Iwb {

namespace {

    const QString dash = QStringLiteral("–");

    QString orDash(const QString &text)
    {
        return text.trimmed().isEmpty() ? dash : text;
    }

    QString yesNo(const std::optional<bool> &value)
    {
        return value ? (*value ? QStringLiteral("ja") : QStringLiteral("nein")) : QStringLiteral("nicht entschieden");
    }

    QString flag(bool value)
    {
        return value ? QStringLiteral("ja") : QStringLiteral("nein");
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
        return orDash(words.join(QStringLiteral(", ")));
    }

    QString germanWords(const QStringList &ids)
    {
        QStringList words;
        for (const QString &id : ids) {
            words.append(RegisterDocument::germanWord(id));
        }
        return orDash(words.join(QStringLiteral(", ")));
    }

    QString causeText(const QString &cause)
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
        return orDash(words.value(cause, cause));
    }

    QString natureText(const RegisterEntry &entry)
    {
        QStringList nature;
        if (entry.confidentiality) {
            nature.append(QStringLiteral("Verletzung der Vertraulichkeit"));
        }
        if (entry.integrity) {
            nature.append(QStringLiteral("Verletzung der Integrität"));
        }
        if (entry.availability) {
            nature.append(QStringLiteral("Verletzung der Verfügbarkeit"));
        }
        return orDash(nature.join(QStringLiteral(", ")));
    }

    QString statusText(EntryStatus status)
    {
        switch (status) {
        case EntryStatus::Assessing:
            return QStringLiteral("in Prüfung");
        case EntryStatus::Notified:
            return QStringLiteral("gemeldet");
        case EntryStatus::DocumentedOnly:
            return QStringLiteral("nur dokumentiert (Art. 33 Abs. 5)");
        case EntryStatus::Closed:
            return QStringLiteral("abgeschlossen");
        }
        return {};
    }

} // namespace

QString RegisterDocument::timeText(const ZonedTime &time)
{
    if (time.isNull()) {
        return dash;
    }
    const QDateTime local = time.local();
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const QString offset = QStringLiteral("%1%2:%3")
                               .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(qAbs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(qAbs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("dd.MM.yyyy, HH:mm")) + QStringLiteral(" Uhr (") + QString::fromUtf8(time.zone)
        + QStringLiteral(", UTC") + offset + QLatin1Char(')');
}

QString RegisterDocument::dateText(const ZonedTime &time)
{
    return time.isNull() ? dash : time.local().toString(QStringLiteral("dd.MM.yyyy"));
}

QString RegisterDocument::fieldText(const RegisterEntry &entry, const QString &field)
{
    using Reader = std::function<QString(const RegisterEntry &)>;
    static const QHash<QString, Reader> readers {
        { QStringLiteral("became_aware"), [](const RegisterEntry &e) { return timeText(e.becameAware); } },
        { QStringLiteral("occurred_start"), [](const RegisterEntry &e) { return timeText(e.occurredStart); } },
        { QStringLiteral("occurred_end"), [](const RegisterEntry &e) { return timeText(e.occurredEnd); } },
        { QStringLiteral("ongoing"), [](const RegisterEntry &e) { return flag(e.ongoing); } },
        { QStringLiteral("discovered"), [](const RegisterEntry &e) { return timeText(e.discovered); } },
        { QStringLiteral("discovered_how"),
            [](const RegisterEntry &e) { return orDash(germanWord(e.discoveredHow)); } },
        { QStringLiteral("nature"), natureText },
        { QStringLiteral("description"), [](const RegisterEntry &e) { return orDash(e.description); } },
        { QStringLiteral("cause"), [](const RegisterEntry &e) { return causeText(e.cause); } },
        { QStringLiteral("attack"), [](const RegisterEntry &e) { return yesNo(e.attack); } },
        { QStringLiteral("subjects_count"),
            [](const RegisterEntry &e) {
                return count(e.subjectsCount)
                    + (e.subjectsUnit.isEmpty() ? QString()
                                                : QStringLiteral(" (") + germanWord(e.subjectsUnit) + QLatin1Char(')'));
            } },
        { QStringLiteral("subjects_unit"), [](const RegisterEntry &e) { return orDash(germanWord(e.subjectsUnit)); } },
        { QStringLiteral("subject_categories"),
            [](const RegisterEntry &e) { return germanWords(e.subjectCategories); } },
        { QStringLiteral("records_count"), [](const RegisterEntry &e) { return count(e.recordsCount); } },
        { QStringLiteral("data_categories"), [](const RegisterEntry &e) { return labels(e.dataCategories); } },
        { QStringLiteral("special_categories"),
            [](const RegisterEntry &e) {
                return e.specialCategories.isEmpty() ? QStringLiteral("keine") : labels(e.specialCategories);
            } },
        { QStringLiteral("criminal_data"), [](const RegisterEntry &e) { return flag(e.criminalData); } },
        { QStringLiteral("consequences"), [](const RegisterEntry &e) { return orDash(e.consequences); } },
        { QStringLiteral("measures_taken"), [](const RegisterEntry &e) { return orDash(e.measuresTaken); } },
        { QStringLiteral("measures_proposed"), [](const RegisterEntry &e) { return orDash(e.measuresProposed); } },
        { QStringLiteral("risk_level"), [](const RegisterEntry &e) { return riskText(e.risk); } },
        { QStringLiteral("risk_reasons"), [](const RegisterEntry &e) { return orDash(e.riskReasons); } },
        { QStringLiteral("risk_criteria"), [](const RegisterEntry &e) { return labels(e.riskCriteria); } },
        { QStringLiteral("notify_authority"), [](const RegisterEntry &e) { return yesNo(e.notifyAuthority.yes); } },
        { QStringLiteral("notify_justification"),
            [](const RegisterEntry &e) { return orDash(e.notifyAuthority.justification); } },
        { QStringLiteral("inform_subjects"), [](const RegisterEntry &e) { return yesNo(e.informSubjects.yes); } },
        { QStringLiteral("inform_justification"),
            [](const RegisterEntry &e) { return orDash(e.informSubjects.justification); } },
        { QStringLiteral("delay_reason"), [](const RegisterEntry &e) { return orDash(e.delayReason); } },
        { QStringLiteral("status"), [](const RegisterEntry &e) { return statusText(e.status); } },
    };
    const Reader reader = readers.value(field);
    return reader ? reader(entry) : dash;
}

QString RegisterDocument::germanWord(const QString &id)
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

QString RegisterDocument::riskText(RiskLevel level)
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

QString RegisterDocument::deadlineText(DeadlineKind kind)
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

QString RegisterDocument::kindText(NotificationKind kind)
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

QString RegisterDocument::html(const QString &text)
{
    return orDash(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString RegisterDocument::authorityHead(const QString &title, const BreachRegister &breachRegister,
    const RegisterEntry &entry, const IncidentRecord &record, const QDateTime &createdAt)
{
    const QByteArray zone = entry.becameAware.zone.isEmpty() ? breachRegister.timeZone : entry.becameAware.zone;
    // One arg() with every value: text that holds "%1" is never substituted again.
    return QStringLiteral("<h1 style=\"font-size: 15pt;\">%1</h1><p>An: %2<br>Erstellt am %3<br>Vorgang Nr. %4 im "
                          "Verzeichnis von %5 (Vorfall %6%7)</p>")
        .arg(html(title), html(breachRegister.authority), html(timeText(ZonedTime::fromUtc(createdAt, zone))),
            QString::number(entry.id), html(breachRegister.controllerName), QString::number(record.id),
            record.organization.isEmpty() ? QString() : QStringLiteral(": ") + html(record.organization));
}

QString RegisterDocument::hyphenated(const QString &label)
{
    // The label column is a third of the page: the longest compounds of the forms' labels get the places where
    // they may break (soft hyphens, drawn as "-" only at a break), so no word breaks elsewhere.
    static const QList<std::pair<QString, QString>> compounds {
        { QStringLiteral("Datenschutzbeauftragter"), QStringLiteral("Datenschutz\u00ADbeauftragter") },
        { QStringLiteral("Benachrichtigungsentscheidung"), QStringLiteral("Benachrichtigungs\u00ADentscheidung") },
        { QStringLiteral("Meldeentscheidung"), QStringLiteral("Melde\u00ADentscheidung") },
        { QStringLiteral("Aufsichtsbehörde"), QStringLiteral("Aufsichts\u00ADbehörde") },
        { QStringLiteral("Kenntnisnahme"), QStringLiteral("Kenntnis\u00ADnahme") },
        { QStringLiteral("Risikobewertung"), QStringLiteral("Risiko\u00ADbewertung") },
    };
    QString text = label;
    for (const auto &[word, breakable] : compounds) {
        text.replace(word, breakable);
    }
    return text;
}

QString RegisterDocument::cell(const QString &contentHtml, bool isLabel, int widthPercent)
{
    // QTextDocument draws a cell's own CSS border in a table with border-collapse; the table's border attribute
    // alone draws nothing.
    return QStringLiteral("<td%1 style=\"border-width: 1px; border-style: solid; border-color: #8c8c8c;%2\">%3</td>")
        .arg(widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(widthPercent) : QString(),
            isLabel ? QStringLiteral(" background-color: #f0f0f0;") : QString(),
            isLabel ? QStringLiteral("<b>") + contentHtml + QStringLiteral("</b>") : contentHtml);
}

QString RegisterDocument::row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr>") + cell(html(hyphenated(label)), true, labelWidthPercent) + cell(valueHtml)
        + QStringLiteral("</tr>");
}

QString RegisterDocument::section(const QString &heading, const QString &rows)
{
    return QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse;\">%2</table>")
        .arg(html(heading), rows);
}

bool RegisterDocument::writePdf(const QString &html, const QString &title, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
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
    document.setHtml(html);
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
