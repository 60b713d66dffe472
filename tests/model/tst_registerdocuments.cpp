// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/entrychanges.h"
#include "register/entryfieldtext.h"
#include "register/followupreport.h"
#include "register/registercalendar.h"
#include "register/subjectletter.h"
#include "registersamples.h"

#include <QStringDecoder>
#include <QTest>

using namespace Iwb;
using namespace Qt::StringLiterals;

/**
 * The register's documents beyond the first report (docs/register.md): the follow-up's list of changes
 * against what was sent, the Art. 34 letter and its "not needed" documentation, and the deadlines as an
 * iCalendar file. The PDFs are read back in tst_registercli, through incident-cli.
 */
class TestRegisterDocuments : public QObject
{
    Q_OBJECT

private:
    static BreachRegister lumera()
    {
        BreachRegister breachRegister;
        breachRegister.id = 1;
        breachRegister.controllerName = u"Lumera Pay GmbH"_s;
        breachRegister.controllerAddress = u"Hafenstraße 1, 30159 Hannover"_s;
        breachRegister.contactName = u"Dr. Anna Weber"_s;
        breachRegister.contactEmail = u"datenschutz@lumera.example"_s;
        breachRegister.authority = u"LfD Niedersachsen"_s;
        return breachRegister;
    }

    static RegisterEntry baseEntry()
    {
        RegisterEntry entry = appUpdateEntry(1, 3);
        entry.id = 7;
        entry.consequences = u"Dritte konnten Kontostände und Umsätze sehen."_s;
        entry.risk = RiskLevel::High;
        entry.notifyAuthority = { true, u"Finanzdaten."_s };
        entry.informSubjects = { true, QString() };
        return entry;
    }

    static SentNotification sentOf(
        const RegisterEntry &entry, qint64 id, NotificationKind kind, QDate day, const QString &reference)
    {
        SentNotification sent;
        sent.id = id;
        sent.entryId = entry.id;
        sent.kind = kind;
        sent.sentAt = ZonedTime::fromLocal(day, QTime(9, 30), "Europe/Berlin");
        sent.authority = u"LfD Niedersachsen"_s;
        sent.reference = reference;
        sent.followsId = kind == NotificationKind::Initial ? 0 : 1;
        sent.sentContent = entry.toJson();
        return sent;
    }

    /// Whether every line of @p ics ends in CRLF, with no bare LF or CR anywhere.
    static bool crlfOnly(const QByteArray &ics)
    {
        return ics.endsWith("\r\n") && ics.count('\n') == ics.count("\r\n") && ics.count('\r') == ics.count("\r\n");
    }

    /// The physical lines of an iCalendar file, each without its CRLF.
    static QList<QByteArray> physicalLines(const QByteArray &ics)
    {
        QList<QByteArray> lines = ics.split('\n');
        lines.removeLast(); // after the last CRLF
        for (QByteArray &line : lines) {
            line.chop(1);
        }
        return lines;
    }

    /// The content lines: physical lines unfolded (RFC 5545 3.1).
    static QList<QByteArray> unfolded(const QList<QByteArray> &physical)
    {
        QList<QByteArray> lines;
        for (const QByteArray &line : physical) {
            if (line.startsWith(' ') && !lines.isEmpty()) {
                lines.last() += line.mid(1);
            } else {
                lines.append(line);
            }
        }
        return lines;
    }

private Q_SLOTS:
    void changesSinceSent_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text"); ///< as `register set` reads it
        QTest::addColumn<QString>("before"); ///< empty: no change expected
        QTest::addColumn<QString>("after");

        QTest::newRow("text changed") << u"description"_s << u"Zwei Stunden lang sichtbar."_s
                                      << u"Nach einem App-Update sahen Kundinnen und Kunden fremde Kontodaten."_s
                                      << u"Zwei Stunden lang sichtbar."_s;
        QTest::newRow("text unchanged") << u"description"_s
                                        << u"Nach einem App-Update sahen Kundinnen und Kunden fremde Kontodaten."_s
                                        << QString() << QString();
        QTest::newRow("text added") << u"measures_proposed"_s << u"Vier-Augen-Prinzip bei Releases."_s << u"–"_s
                                    << u"Vier-Augen-Prinzip bei Releases."_s;
        QTest::newRow("list grew") << u"data_categories"_s << u"identification,bank_payment,credentials"_s
                                   << u"Identifikationsdaten (Name, Geburtsdatum), Bank- und Zahlungsdaten"_s
                                   << u"Identifikationsdaten (Name, Geburtsdatum), Bank- und Zahlungsdaten, "
                                      "Zugangsdaten und Kontodaten"_s;
        QTest::newRow("list reordered") << u"data_categories"_s << u"bank_payment,identification"_s << QString()
                                        << QString();
        QTest::newRow("list emptied") << u"data_categories"_s << QString()
                                      << u"Identifikationsdaten (Name, Geburtsdatum), Bank- und Zahlungsdaten"_s
                                      << u"–"_s;
        QTest::newRow("time moved") << u"became_aware"_s << u"2026-01-15 13:30"_s
                                    << u"15.01.2026, 12:00 Uhr (Europe/Berlin, UTC+01:00)"_s
                                    << u"15.01.2026, 13:30 Uhr (Europe/Berlin, UTC+01:00)"_s;
        QTest::newRow("same instant, other zone")
            << u"became_aware"_s << u"2026-01-15 06:00 America/New_York"_s << QString() << QString();
        QTest::newRow("time removed") << u"occurred_end"_s << QString()
                                      << u"15.01.2026, 11:20 Uhr (Europe/Berlin, UTC+01:00)"_s << u"–"_s;
        QTest::newRow("count") << u"subjects_count"_s << u"12000"_s << u"ca. 9.500 (Kundinnen und Kunden)"_s
                               << u"ca. 12.000 (Kundinnen und Kunden)"_s;
        QTest::newRow("decision") << u"attack"_s << u"yes"_s << u"nein"_s << u"ja"_s;
        QTest::newRow("risk") << u"risk_level"_s << u"risk"_s << u"hohes Risiko"_s << u"Risiko"_s;
        QTest::newRow("status is not reported") << u"status"_s << u"closed"_s << QString() << QString();
    }

    void changesSinceSent()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const RegisterEntry sent = baseEntry();
        RegisterEntry now = sent;
        QString error;
        QVERIFY2(EntryFieldText::set(now, field, text, "Europe/Berlin", &error), qPrintable(error));
        const QList<FieldChange> changes = EntryChanges::between(sent, now);
        if (before.isEmpty()) {
            QCOMPARE(changes, QList<FieldChange>());
        } else {
            QCOMPARE(changes, QList<FieldChange>({ { field, before, after } }));
        }
    }

    void changesKeepTheFormsOrder()
    {
        const RegisterEntry sent = baseEntry();
        RegisterEntry now = sent;
        now.measuresProposed = u"Schulung."_s;
        now.becameAware = ZonedTime::fromLocal(QDate(2026, 1, 15), QTime(11, 0), "Europe/Berlin");
        now.integrity = true;
        QStringList fields;
        for (const FieldChange &change : EntryChanges::between(sent, now)) {
            fields.append(change.field);
        }
        QCOMPARE(fields, QStringList({ u"became_aware"_s, u"nature"_s, u"measures_proposed"_s }));
    }

    /// Compared with the entry as the last notification sent it, not with the first one, nor with today.
    void followUpComparesWithTheLastSentContent()
    {
        RegisterEntry entry = baseEntry();
        const SentNotification initial
            = sentOf(entry, 1, NotificationKind::Initial, QDate(2026, 1, 16), u"LfD-2026-0042"_s);
        entry.subjectsCount = 12000;
        const SentNotification followUp
            = sentOf(entry, 2, NotificationKind::FollowUp, QDate(2026, 1, 20), u"LfD-2026-0042-1"_s);
        entry.measuresProposed = u"Vier-Augen-Prinzip bei Releases."_s;

        const FollowUpReport report(lumera(), entry, IncidentRecord(), { initial, followUp },
            QDateTime(QDate(2026, 1, 22), QTime(8, 0), QTimeZone::UTC));
        QVERIFY2(report.refusal().isEmpty(), qPrintable(report.refusal()));
        QCOMPARE(report.lastSent()->id, 2);
        QCOMPARE(report.initial()->reference, u"LfD-2026-0042"_s);
        QCOMPARE(report.changes(),
            QList<FieldChange>({ { u"measures_proposed"_s, u"–"_s, u"Vier-Augen-Prinzip bei Releases."_s } }));
        const QString html = report.html();
        for (const QString &expected : { u"Nachmeldung"_s, u"Art. 33 Abs. 4 DSGVO"_s, u"LfD-2026-0042"_s,
                 u"16.01.2026, 09:30 Uhr"_s, u"20.01.2026, 09:30 Uhr"_s, u"vorgeschlagene Maßnahmen"_s,
                 u"bisher gemeldet"_s, u"Vier-Augen-Prinzip bei Releases."_s }) {
            QVERIFY2(html.contains(expected), qPrintable(expected));
        }
        QVERIFY(!html.contains(u"ungefähre Zahl der betroffenen Personen"_s)); // reported by the first follow-up
    }

    void followUpRefusals()
    {
        const RegisterEntry entry = baseEntry();
        const QDateTime now(QDate(2026, 1, 22), QTime(8, 0), QTimeZone::UTC);
        const FollowUpReport nothingSent(lumera(), entry, IncidentRecord(), {}, now);
        QVERIFY(!nothingSent.lastSent());
        QVERIFY2(nothingSent.refusal().contains(u"register entry 7 has no notification sent yet"_s),
            qPrintable(nothingSent.refusal()));
        const FollowUpReport unchanged(lumera(), entry, IncidentRecord(),
            { sentOf(entry, 4, NotificationKind::Initial, QDate(2026, 1, 16), u"A-1"_s) }, now);
        QVERIFY2(unchanged.refusal().startsWith(u"nothing changed in register entry 7 since notification 4 sent "
                                                "2026-01-16 09:30"_s),
            qPrintable(unchanged.refusal()));
    }

    void letterSaysWhatArticle34Asks()
    {
        RegisterEntry entry = baseEntry();
        entry.dataCategories.append(u"credentials"_s);
        entry.measuresProposed = u"Wir prüfen jedes Update künftig zu zweit."_s;
        const SubjectLetter letter(lumera(), entry, QDateTime(QDate(2026, 1, 17), QTime(8, 0), QTimeZone::UTC));
        QCOMPARE(letter.kind(), SubjectLetter::Kind::Letter);
        QCOMPARE(letter.missing(), QStringList());
        const QString text = letter.plainText();
        for (const QString &expected : {
                 u"Information über eine Verletzung des Schutzes Ihrer personenbezogenen Daten"_s,
                 u"Datum: 17.01.2026"_s,
                 u"bei Lumera Pay GmbH Ihre personenbezogenen Daten"_s,
                 u"Artikel 34"_s,
                 u"Was ist passiert?\nNach einem App-Update sahen Kundinnen und Kunden fremde Kontodaten."_s,
                 u"Der Vorfall geschah am 15.01.2026 zwischen 10:49 und 11:20 Uhr."_s,
                 u"Bank- und Zahlungsdaten"_s,
                 u"Welche Folgen kann das für Sie haben?\nDritte konnten Kontostände und Umsätze sehen."_s,
                 u"Das haben wir bereits getan: Update nach 31 Minuten zurückgenommen"_s,
                 u"Das werden wir noch tun: Wir prüfen jedes Update künftig zu zweit."_s,
                 u"Ändern Sie Ihr Passwort"_s, // credentials
                 u"Kontoauszüge"_s, // bank data
                 u"Artikel 77 DSGVO), zum Beispiel bei der für uns zuständigen Behörde: LfD Niedersachsen"_s,
                 u"Dr. Anna Weber\ndatenschutz@lumera.example\nLumera Pay GmbH\nHafenstraße 1, 30159 Hannover"_s,
             }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n--- not in:\n"_s + text));
        }
        QVERIFY(!text.contains(u"Wir fragen Sie nie nach Ihrem Passwort"_s)); // no contact data concerned
        QVERIFY(!text.contains(u'<'));
        QVERIFY(letter.html().contains(u"<h3>Was Sie selbst tun können</h3>"_s));
    }

    void letterRefusedWithoutItsContent()
    {
        RegisterEntry entry = baseEntry();
        entry.consequences.clear();
        entry.measuresTaken.clear();
        BreachRegister breachRegister = lumera();
        breachRegister.contactEmail.clear();
        const SubjectLetter letter(breachRegister, entry, QDateTime::currentDateTimeUtc());
        QCOMPARE(letter.missing(),
            QStringList({ u"Datenschutzbeauftragter oder Anlaufstelle mit Kontakt"_s, u"wahrscheinliche Folgen"_s,
                u"ergriffene Maßnahmen"_s }));
        entry.informSubjects = {};
        QCOMPARE(SubjectLetter(lumera(), entry, QDateTime::currentDateTimeUtc()).missing(),
            QStringList({ u"Entscheidung: Benachrichtigung der Betroffenen"_s }));
        entry.informSubjects = { false, QString() };
        QCOMPARE(SubjectLetter(lumera(), entry, QDateTime::currentDateTimeUtc()).missing(),
            QStringList({ u"Begründung der Benachrichtigungsentscheidung"_s }));
    }

    void notNeededDocumentsTheReason()
    {
        RegisterEntry entry = baseEntry();
        entry.risk = RiskLevel::Risk;
        entry.riskReasons = u"Kurzer Zeitraum, keine Zugangsdaten."_s;
        entry.informSubjects = { false, u"Art. 34 Abs. 3 lit. b: alle Sitzungen sofort beendet."_s };
        const SubjectLetter letter(lumera(), entry, QDateTime(QDate(2026, 1, 17), QTime(8, 0), QTimeZone::UTC));
        QCOMPARE(letter.kind(), SubjectLetter::Kind::NotNeeded);
        QCOMPARE(letter.missing(), QStringList());
        const QString text = letter.plainText();
        for (const QString &expected : {
                 u"Dokumentation: keine Benachrichtigung der betroffenen Personen (Art. 34 Abs. 3 DSGVO)"_s,
                 u"Vorgang Nr. 7"_s,
                 u"Risikostufe: Risiko."_s,
                 u"nur erforderlich, wenn die Verletzung voraussichtlich ein hohes Risiko"_s,
                 u"Begründung der Risikobewertung: Kurzer Zeitraum, keine Zugangsdaten."_s,
                 u"Begründung der Entscheidung: Art. 34 Abs. 3 lit. b: alle Sitzungen sofort beendet."_s,
                 u"b) Der Verantwortliche hat durch nachfolgende Maßnahmen sichergestellt"_s,
                 u"Erstellt am 17.01.2026, 09:00 Uhr (Europe/Berlin, UTC+01:00) für Lumera Pay GmbH."_s,
             }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n--- not in:\n"_s + text));
        }
        QVERIFY(!text.contains(u"Was Sie selbst tun können"_s));
    }

    void foldsAt75Octets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << u"SUMMARY:Meldefrist"_s;
        QTest::newRow("75 octets") << u"SUMMARY:"_s + QString(67, u'x');
        QTest::newRow("76 octets") << u"SUMMARY:"_s + QString(68, u'x');
        QTest::newRow("long ASCII") << u"DESCRIPTION:"_s + QString(400, u'a');
        // Two-octet characters whose boundaries fall on every possible place of the cut.
        QTest::newRow("umlauts, even") << u"SUMMARY:"_s + QString(100, u'ü');
        QTest::newRow("umlauts, odd") << u"SUMMARY:x"_s + QString(100, u'ü');
        QTest::newRow("three octets") << u"SUMMARY:"_s + QString(60, QChar(0x20AC)); // €
        QTest::newRow("four octets") << u"SUMMARY:"_s + QString::fromUcs4(U"\U0001F4C5").repeated(40);
    }

    void foldsAt75Octets()
    {
        QFETCH(QString, line);
        const QByteArray folded = RegisterCalendar::foldedLine(line.toUtf8());
        QVERIFY(crlfOnly(folded));
        const QList<QByteArray> physical = physicalLines(folded);
        QCOMPARE(physical.size() == 1, line.toUtf8().size() <= 75);
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QVERIFY2(physical.at(i).size() <= 75, physical.at(i).constData());
            QCOMPARE(physical.at(i).startsWith(' '), i > 0);
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(physical.at(i));
            QVERIFY2(!decoder.hasError(), "a fold cut a UTF-8 character");
            Q_UNUSED(decoded);
        }
        QCOMPARE(unfolded(physical), QList<QByteArray>({ line.toUtf8() }));
    }

    void calendarOfOpenDeadlines()
    {
        RegisterEntry spring = baseEntry();
        spring.id = 7;
        // Aware in CET three days before the clocks go forward: due 72 real hours later, 09:00 UTC.
        spring.becameAware = ZonedTime::fromLocal(QDate(2026, 3, 27), QTime(10, 0), "Europe/Berlin");
        RegisterEntry autumn = baseEntry();
        autumn.id = 8;
        autumn.becameAware = ZonedTime::fromLocal(QDate(2026, 10, 23), QTime(10, 0), "Europe/Berlin");
        QList<CalendarItem> items = RegisterCalendar::openDeadlines(spring, lumera(), {}, u"Lumera Pay"_s);
        items += RegisterCalendar::openDeadlines(autumn, lumera(), {}, u"Müller, Schmidt; Partner"_s);
        QCOMPARE(items.size(), 2);

        const QDateTime now(QDate(2026, 3, 27), QTime(12, 34, 56), QTimeZone::UTC);
        const QByteArray ics = RegisterCalendar::ics(items, now);
        QVERIFY(crlfOnly(ics));
        const QList<QByteArray> physical = physicalLines(ics);
        for (const QByteArray &line : physical) {
            QVERIFY2(line.size() <= 75, line.constData());
        }
        const QList<QByteArray> lines = unfolded(physical);
        QCOMPARE(lines.first(), "BEGIN:VCALENDAR");
        QCOMPARE(lines.last(), "END:VCALENDAR");
        QVERIFY(lines.contains("VERSION:2.0"));
        QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
        QCOMPARE(lines.count("BEGIN:VALARM"), 4);
        QCOMPARE(lines.count("TRIGGER;RELATED=START:-PT12H"), 2);
        QCOMPARE(lines.count("TRIGGER;RELATED=START:-PT1H"), 2);
        QCOMPARE(lines.count("DTSTAMP:20260327T123456Z"), 2);
        // 10:00 CET + 72 h = 30 March 09:00 UTC (11:00 CEST); 10:00 CEST + 72 h = 26 October 08:00 UTC (09:00 CET).
        QVERIFY(lines.contains("DTSTART:20260330T090000Z"));
        QVERIFY(lines.contains("DTSTART:20261026T080000Z"));
        QVERIFY(lines.contains("UID:iwb-register-entry-7-gdpr_notification@incident-workbench"));
        QVERIFY(lines.contains("UID:iwb-register-entry-8-gdpr_notification@incident-workbench"));
        QVERIFY(lines.contains(u"SUMMARY:Meldefrist Art. 33 DSGVO: Lumera Pay"_s.toUtf8()));
        QVERIFY(lines.contains(u"SUMMARY:Meldefrist Art. 33 DSGVO: Müller\\, Schmidt\\; Partner"_s.toUtf8()));
        QVERIFY(lines.contains(u"DESCRIPTION:Meldung an die Aufsichtsbehörde (Art. 33 Abs. 1 DSGVO\\, 72 Stunden)"
                               "\\nVerantwortlicher: Lumera Pay GmbH\\nVorgang Nr. 7 im Verzeichnis"_s.toUtf8()));
        // The same deadlines made later: the same events (UIDs), a new stamp.
        const QByteArray later = RegisterCalendar::ics(items, now.addDays(1));
        QCOMPARE(later.count("UID:iwb-register-entry-7-gdpr_notification@incident-workbench"), 1);
        QVERIFY(later.contains("DTSTAMP:20260328T123456Z"));
    }

    void onlyOpenDeadlines()
    {
        const RegisterEntry entry = baseEntry(); // aware 15 January 2026 12:00 CET
        const SentNotification initial
            = sentOf(entry, 1, NotificationKind::Initial, QDate(2026, 1, 16), u"LfD-2026-0042"_s);
        QCOMPARE(RegisterCalendar::openDeadlines(entry, lumera(), { initial }, u"x"_s), QList<CalendarItem>());
        // Overdue and not sent: still open.
        QCOMPARE(RegisterCalendar::openDeadlines(entry, lumera(), {}, u"x"_s).size(), 1);

        BreachRegister nis2 = lumera();
        nis2.regime = RegisterRegime::GdprAndNis2;
        QList<DeadlineKind> kinds;
        for (const CalendarItem &item : RegisterCalendar::openDeadlines(entry, nis2, {}, u"x"_s)) {
            kinds.append(item.kind);
        }
        QCOMPARE(kinds,
            QList<DeadlineKind>({ DeadlineKind::GdprNotification, DeadlineKind::Nis2EarlyWarning,
                DeadlineKind::Nis2Notification, DeadlineKind::Nis2FinalReport }));
        const QList<CalendarItem> afterInitial = RegisterCalendar::openDeadlines(entry, nis2, { initial }, u"x"_s);
        QCOMPARE(afterInitial.size(), 1);
        QCOMPARE(afterInitial.first().kind, DeadlineKind::Nis2FinalReport);
        QVERIFY(!afterInitial.first().provisional);
        // One month after the notification was sent: 16 February 2026 09:30 CET.
        QCOMPARE(afterInitial.first().due, QDateTime(QDate(2026, 2, 16), QTime(8, 30), QTimeZone::UTC));

        RegisterEntry closed = entry;
        closed.status = EntryStatus::Closed;
        QVERIFY(RegisterCalendar::openDeadlines(closed, lumera(), {}, u"x"_s).isEmpty());
        RegisterEntry documented = entry;
        documented.status = EntryStatus::DocumentedOnly;
        QVERIFY(RegisterCalendar::openDeadlines(documented, lumera(), {}, u"x"_s).isEmpty());
        RegisterEntry notNotified = entry;
        notNotified.notifyAuthority = { false, u"kein Risiko"_s };
        QVERIFY(RegisterCalendar::openDeadlines(notNotified, lumera(), {}, u"x"_s).isEmpty());
        RegisterEntry unaware = entry;
        unaware.becameAware = {};
        QVERIFY(RegisterCalendar::openDeadlines(unaware, lumera(), {}, u"x"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegisterDocuments)
#include "tst_registerdocuments.moc"
