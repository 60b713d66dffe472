// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "subjectletter.h"

#include "register/registercategories.h"
#include "register/registerdocument.h"
#include "register/reportcheck.h"

#include <QHash>

namespace Iwb {

namespace {

    QString categoryList(const QStringList &ids)
    {
        QStringList words;
        for (const QString &id : ids) {
            words.append(RegisterCategories::germanLabel(id));
        }
        return words.join(QStringLiteral(", "));
    }

    /// What a person can do about data of a category, in plain words; empty for categories with no advice of
    /// their own.
    QString adviceFor(const QString &category)
    {
        static const QHash<QString, QString> advice {
            { QStringLiteral("credentials"),
                QStringLiteral("Ändern Sie Ihr Passwort bei uns. Wenn Sie dasselbe Passwort auch anderswo nutzen, "
                               "ändern Sie es dort ebenfalls.") },
            { QStringLiteral("bank_payment"),
                QStringLiteral("Prüfen Sie in den nächsten Wochen Ihre Kontoauszüge und Kreditkartenabrechnungen. "
                               "Melden Sie Abbuchungen, die Sie nicht kennen, sofort Ihrer Bank.") },
            { QStringLiteral("contact"),
                QStringLiteral("Seien Sie vorsichtig bei E-Mails, SMS und Anrufen, die sich auf diesen Vorfall "
                               "beziehen oder nach Passwörtern oder Zahlungsdaten fragen. Wir fragen Sie nie nach "
                               "Ihrem Passwort.") },
            { QStringLiteral("identity_documents"),
                QStringLiteral("Achten Sie auf Post, Rechnungen oder Verträge, die Sie nicht veranlasst haben. "
                               "Wenn Sie einen Missbrauch Ihres Ausweises vermuten, wenden Sie sich an die Polizei.") },
            { QStringLiteral("identification"),
                QStringLiteral("Achten Sie auf Post, Rechnungen oder Verträge, die Sie nicht veranlasst haben.") },
        };
        return advice.value(category);
    }

    QString joinedContact(const BreachRegister &breachRegister)
    {
        QStringList lines;
        for (const QString &line : { breachRegister.contactName, breachRegister.contactEmail,
                 breachRegister.contactPhone, breachRegister.controllerName, breachRegister.controllerAddress }) {
            if (!line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
            }
        }
        return lines.join(QLatin1Char('\n'));
    }

} // namespace

SubjectLetter::SubjectLetter(
    const BreachRegister &breachRegister, const RegisterEntry &entry, const QDateTime &createdAt)
    : m_register(breachRegister)
    , m_entry(entry)
    , m_createdAt(createdAt)
{
}

SubjectLetter::Kind SubjectLetter::kind() const
{
    return m_entry.informSubjects.yes == false ? Kind::NotNeeded : Kind::Letter;
}

QStringList SubjectLetter::missing() const
{
    QStringList fields;
    if (m_entry.informSubjects.yes == false) {
        if (m_entry.informSubjects.justification.trimmed().isEmpty()) {
            fields.append(QStringLiteral("inform_justification"));
        }
    } else if (!m_entry.informSubjects.yes.has_value()) {
        fields.append(QStringLiteral("inform_subjects"));
    } else {
        if (m_register.contactName.trimmed().isEmpty()
            || (m_register.contactEmail.trimmed().isEmpty() && m_register.contactPhone.trimmed().isEmpty())) {
            fields.append(QStringLiteral("contact"));
        }
        for (const char *field : { "description", "consequences" }) {
            if (m_entry.fieldValue(QString::fromLatin1(field)).toString().trimmed().isEmpty()) {
                fields.append(QString::fromLatin1(field));
            }
        }
        if (m_entry.measuresTaken.trimmed().isEmpty() && m_entry.measuresProposed.trimmed().isEmpty()) {
            fields.append(QStringLiteral("measures_taken"));
        }
    }
    QStringList labels;
    for (const QString &field : std::as_const(fields)) {
        labels.append(ReportCheck::germanFieldLabel(field));
    }
    return labels;
}

QString SubjectLetter::title() const
{
    return kind() == Kind::Letter
        ? QStringLiteral("Information über eine Verletzung des Schutzes Ihrer personenbezogenen Daten")
        : QStringLiteral("Dokumentation: keine Benachrichtigung der betroffenen Personen (Art. 34 Abs. 3 DSGVO)");
}

QList<SubjectLetter::Part> SubjectLetter::parts() const
{
    return kind() == Kind::Letter ? letterParts() : notNeededParts();
}

QList<SubjectLetter::Part> SubjectLetter::letterParts() const
{
    const RegisterEntry &e = m_entry;
    QList<Part> parts;
    // Art. 12(1) asks for clear and plain language: short sentences, "we" and "you", no paragraphs of law
    // beyond the one that says why the letter comes.
    parts.append({ QString(),
        { QStringLiteral("wir müssen Ihnen leider mitteilen, dass bei %1 Ihre personenbezogenen Daten von einer "
                         "Datenschutzverletzung betroffen sind. Mit diesem Schreiben informieren wir Sie darüber, "
                         "wie es Artikel 34 der Datenschutz-Grundverordnung (DSGVO) vorsieht.")
                .arg(m_register.controllerName.trimmed().isEmpty() ? QStringLiteral("uns")
                                                                   : m_register.controllerName.trimmed()) } });

    QStringList happened { e.description.trimmed() };
    if (!e.occurredStart.isNull()) {
        const QDateTime start = e.occurredStart.local();
        const QDateTime end = e.occurredEnd.isNull() ? QDateTime() : e.occurredEnd.local();
        if (!e.ongoing && end.isValid() && end.date() == start.date()) {
            happened.append(QStringLiteral("Der Vorfall geschah am %1 zwischen %2 und %3 Uhr.")
                    .arg(RegisterDocument::dateText(e.occurredStart), start.toString(QStringLiteral("HH:mm")),
                        end.toString(QStringLiteral("HH:mm"))));
        } else {
            QString when = QStringLiteral("Der Vorfall begann am %1").arg(RegisterDocument::dateText(e.occurredStart));
            if (e.ongoing) {
                when += QStringLiteral(" und dauert noch an");
            } else if (end.isValid()) {
                when += QStringLiteral(" und endete am %1").arg(RegisterDocument::dateText(e.occurredEnd));
            }
            happened.append(when + QLatin1Char('.'));
        }
    }
    if (!e.becameAware.isNull()) {
        happened.append(
            QStringLiteral("Wir haben am %1 davon erfahren.").arg(RegisterDocument::dateText(e.becameAware)));
    }
    parts.append({ QStringLiteral("Was ist passiert?"), happened });

    QStringList data;
    if (!e.dataCategories.isEmpty()) {
        data.append(QStringLiteral("Betroffen sind diese Arten von Daten: %1.").arg(categoryList(e.dataCategories)));
    }
    if (!e.specialCategories.isEmpty()) {
        data.append(
            QStringLiteral("Darunter sind besonders geschützte Daten: %1.").arg(categoryList(e.specialCategories)));
    }
    if (e.criminalData) {
        data.append(QStringLiteral("Darunter sind Daten über Straftaten oder Verurteilungen."));
    }
    if (!data.isEmpty()) {
        parts.append({ QStringLiteral("Welche Daten sind betroffen?"), data });
    }
    parts.append({ QStringLiteral("Welche Folgen kann das für Sie haben?"), { e.consequences.trimmed() } });

    QStringList measures;
    if (!e.measuresTaken.trimmed().isEmpty()) {
        measures.append(QStringLiteral("Das haben wir bereits getan: ") + e.measuresTaken.trimmed());
    }
    if (!e.measuresProposed.trimmed().isEmpty()) {
        measures.append(QStringLiteral("Das werden wir noch tun: ") + e.measuresProposed.trimmed());
    }
    parts.append({ QStringLiteral("Was wir dagegen tun"), measures });

    QStringList advice;
    for (const QString &category : e.dataCategories) {
        if (const QString text = adviceFor(category); !text.isEmpty() && !advice.contains(text)) {
            advice.append(text);
        }
    }
    advice.append(QStringLiteral("Wenn Sie Fragen haben oder etwas Ungewöhnliches bemerken, wenden Sie sich bitte an "
                                 "uns. Die Kontaktdaten stehen unten."));
    advice.append(QStringLiteral("Sie haben außerdem das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu "
                                 "beschweren (Artikel 77 DSGVO)%1.")
            .arg(m_register.authority.trimmed().isEmpty()
                    ? QString()
                    : QStringLiteral(", zum Beispiel bei der für uns zuständigen Behörde: ")
                        + m_register.authority.trimmed()));
    parts.append({ QStringLiteral("Was Sie selbst tun können"), advice });

    parts.append({ QStringLiteral("Ihre Ansprechperson"),
        { QStringLiteral("So erreichen Sie unsere Ansprechperson für Fragen zu diesem Vorfall:"),
            joinedContact(m_register) } });
    parts.append({ QString(),
        { QStringLiteral("Wir bedauern den Vorfall sehr und bitten Sie um Entschuldigung."),
            QStringLiteral("Mit freundlichen Grüßen\n") + m_register.controllerName.trimmed() } });
    return parts;
}

QList<SubjectLetter::Part> SubjectLetter::notNeededParts() const
{
    const RegisterEntry &e = m_entry;
    QList<Part> parts;
    parts.append({ QString(),
        { QStringLiteral("Verantwortlicher: %1").arg(m_register.controllerName.trimmed()),
            QStringLiteral("Vorgang Nr. %1 im Verzeichnis der Datenschutzverletzungen (Art. 33 Abs. 5 DSGVO)")
                .arg(e.id),
            QStringLiteral("Beschreibung des Vorfalls: ")
                + RegisterDocument::fieldText(e, QStringLiteral("description")) } });
    QStringList decision {
        QStringLiteral("Die betroffenen Personen werden nicht nach Art. 34 Abs. 1 DSGVO benachrichtigt."),
        QStringLiteral("Risikostufe: ") + RegisterDocument::riskText(e.risk) + QLatin1Char('.'),
    };
    if (e.risk != RiskLevel::High) {
        decision.append(
            QStringLiteral("Eine Benachrichtigung ist nur erforderlich, wenn die Verletzung voraussichtlich "
                           "ein hohes Risiko für die persönlichen Rechte und Freiheiten zur Folge hat "
                           "(Art. 34 Abs. 1 DSGVO)."));
    }
    if (!e.riskReasons.trimmed().isEmpty()) {
        decision.append(QStringLiteral("Begründung der Risikobewertung: ") + e.riskReasons.trimmed());
    }
    decision.append(QStringLiteral("Begründung der Entscheidung: ") + e.informSubjects.justification.trimmed());
    parts.append({ QStringLiteral("Entscheidung"), decision });
    parts.append({ QStringLiteral("Ausnahmen nach Art. 34 Abs. 3 DSGVO"),
        { QStringLiteral("a) Der Verantwortliche hat geeignete technische und organisatorische Sicherheitsvorkehrungen "
                         "getroffen und auf die betroffenen Daten angewandt, insbesondere solche, durch die die Daten "
                         "für Unbefugte unzugänglich gemacht werden, etwa durch Verschlüsselung."),
            QStringLiteral(
                "b) Der Verantwortliche hat durch nachfolgende Maßnahmen sichergestellt, dass das hohe Risiko "
                "aller Wahrscheinlichkeit nach nicht mehr besteht."),
            QStringLiteral("c) Die Benachrichtigung wäre mit einem unverhältnismäßigen Aufwand verbunden; stattdessen "
                           "erfolgt eine öffentliche Bekanntmachung oder eine ähnlich wirksame Information.") } });
    parts.append({ QString(),
        { QStringLiteral("Erstellt am %1 für %2.")
                .arg(RegisterDocument::timeText(ZonedTime::fromUtc(m_createdAt, m_register.timeZone)),
                    m_register.controllerName.trimmed()) } });
    return parts;
}

QString SubjectLetter::plainText() const
{
    QString text = title() + QStringLiteral("\n\n");
    if (kind() == Kind::Letter) {
        text += QStringLiteral("Datum: %1\n\n")
                    .arg(RegisterDocument::dateText(ZonedTime::fromUtc(m_createdAt, m_register.timeZone)));
    }
    for (const Part &part : parts()) {
        if (!part.first.isEmpty()) {
            text += part.first + QLatin1Char('\n');
        }
        text += part.second.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    }
    return text.trimmed() + QLatin1Char('\n');
}

QString SubjectLetter::html() const
{
    QString html
        = QStringLiteral("<html><body><h1 style=\"font-size: 14pt;\">%1</h1>").arg(RegisterDocument::html(title()));
    if (kind() == Kind::Letter) {
        html += QStringLiteral("<p>Datum: %1</p>")
                    .arg(RegisterDocument::dateText(ZonedTime::fromUtc(m_createdAt, m_register.timeZone)));
    }
    for (const Part &part : parts()) {
        if (!part.first.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>").arg(RegisterDocument::html(part.first));
        }
        for (const QString &paragraph : part.second) {
            html += QStringLiteral("<p>%1</p>").arg(RegisterDocument::html(paragraph));
        }
    }
    return html + QStringLiteral("</body></html>");
}

bool SubjectLetter::writePdf(const QString &path, QString *error) const
{
    return RegisterDocument::writePdf(html(), title(), path, error);
}

} // namespace Iwb
