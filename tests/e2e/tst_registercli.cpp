// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "programrun.h"
#include "registersamples.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace IwbTest;
using namespace Qt::StringLiterals;

/**
 * incident-cli register and report on a store with a breach register (docs/register.md): the deadlines listed,
 * the overdue filter, the German PDF read back with pdftotext, and a report refused with the fields named.
 * The dates lie in January 2026, long before the test runs, so "overdue" does not depend on the clock.
 */
class TestRegisterCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_complete = 0; ///< ready for a report, late, with a delay reason
    qint64 m_unfinished = 0; ///< no awareness, a pre-filled value unconfirmed
    qint64 m_notified = 0; ///< notified in time

    static RegisterEntry completeEntry(qint64 registerId, qint64 incidentId)
    {
        RegisterEntry entry = appUpdateEntry(registerId, incidentId);
        entry.consequences = u"Verlust der Vertraulichkeit von Kontoständen und Umsätzen."_s;
        entry.risk = RiskLevel::Risk;
        entry.riskReasons = u"Finanzdaten, aber kurzer Zeitraum."_s;
        entry.riskCriteria = { u"sensitivity"_s, u"number_of_people"_s };
        entry.notifyAuthority = { true, u"Risiko für die Betroffenen nicht auszuschließen."_s };
        entry.informSubjects = { false, u"Art. 34 Abs. 3 lit. b: Sitzungen sofort beendet."_s };
        entry.delayReason = u"Die Prüfung der betroffenen Sitzungen dauerte bis zum 19. Januar."_s;
        entry.origins.insert(u"subjects_count"_s, FieldOrigin { { 17 }, true });
        return entry;
    }

    /// The text of a PDF as pdftotext reads it (raw order), on one line per space; empty when it cannot be read.
    static QString pdfText(const QString &pdf)
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty()) {
            qWarning("pdftotext (poppler-utils) is needed to read the documents back");
            return {};
        }
        const ProgramRun text = runProgram(pdftotext, { u"-raw"_s, pdf, u"-"_s });
        return text.exitCode == 0 ? text.out.simplified() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"register.sqlite"_s);
        IncidentStore store;
        QVERIFY2(store.open(m_store), qPrintable(store.errorString()));
        RegisterStore registers(store);
        BreachRegister lumera;
        lumera.controllerName = u"Lumera Pay GmbH"_s;
        lumera.controllerAddress = u"Hafenstraße 1, 30159 Hannover"_s;
        lumera.contactName = u"Dr. Anna Weber"_s;
        lumera.contactEmail = u"datenschutz@lumera.example"_s;
        lumera.authority = u"LfD Niedersachsen"_s;
        QVERIFY(registers.saveRegister(lumera));
        QList<qint64> incidents;
        for (const QString &organization : { u"Lumera Pay"_s, u"Nordheim Kliniken"_s, u"Stadtwerke"_s }) {
            IncidentRecord record;
            record.organization = organization;
            QVERIFY(store.saveIncident(record));
            incidents.append(record.id);
        }
        RegisterEntry complete = completeEntry(lumera.id, incidents.at(0));
        QVERIFY(registers.saveEntry(complete));
        m_complete = complete.id;
        RegisterEntry unfinished;
        unfinished.registerId = lumera.id;
        unfinished.incidentId = incidents.at(1);
        unfinished.subjectsCount = 300;
        unfinished.origins.insert(u"subjects_count"_s, FieldOrigin { { 4 }, false });
        QVERIFY(registers.saveEntry(unfinished));
        m_unfinished = unfinished.id;
        RegisterEntry notified = completeEntry(lumera.id, incidents.at(2));
        QVERIFY(registers.saveEntry(notified));
        m_notified = notified.id;
        SentNotification sent;
        sent.entryId = notified.id;
        sent.sentAt = ZonedTime::fromLocal(QDate(2026, 1, 16), QTime(9, 30), "Europe/Berlin");
        sent.authority = lumera.authority;
        sent.reference = u"LfD-2026-0042"_s;
        sent.sentContent = notified.toJson();
        QVERIFY(registers.logNotification(sent));
    }

    void listsEntriesWithDeadlines()
    {
        const ProgramRun run = runCli({ u"register"_s, u"--db"_s, m_store });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"2026-01-18 11:00"_s), qPrintable(run.out)); // 12:00 CET + 72 h, in UTC
        QVERIFY2(run.out.contains(u"overdue"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"sent in time"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"3 entries in"_s), qPrintable(run.out));
    }

    void overdueAsJson()
    {
        const ProgramRun run = runCli({ u"register"_s, u"--overdue"_s, u"--json"_s, u"--db"_s, m_store });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject entry = jsonObjectOf(lines.first());
        QCOMPARE(entry.value(u"id"_s).toInteger(), m_complete);
        QCOMPARE(entry.value(u"organization"_s).toString(), u"Lumera Pay"_s);
        QCOMPARE(entry.value(u"deadline"_s).toString(), u"2026-01-18T11:00:00Z"_s);
        QCOMPARE(entry.value(u"counting"_s).toString(), u"elapsed"_s);
        QVERIFY(entry.value(u"overdue"_s).toBool());
        QVERIFY(entry.value(u"seconds_left"_s).toInteger() < 0);
        QVERIFY(entry.value(u"delay_reason_required"_s).toBool());
        QCOMPARE(entry.value(u"risk_level"_s).toString(), u"risk"_s);
    }

    void reportReadsBackInGerman()
    {
        const QString pdf = m_dir.filePath(u"meldung.pdf"_s);
        const ProgramRun run
            = runCli({ u"report"_s, QString::number(m_complete), u"--out"_s, pdf, u"--db"_s, m_store });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the report back");
        const ProgramRun text = runProgram(pdftotext, { u"-raw"_s, pdf, u"-"_s });
        QCOMPARE(text.exitCode, 0);
        const QString content = text.out.simplified();
        // Letters, not ligature glyphs (U+FB00 "ff", U+FB01 "fi"): the report is searchable and readable aloud.
        QVERIFY2(!content.contains(QChar(0xFB00)) && !content.contains(QChar(0xFB01)), qPrintable(content.left(500)));
        for (const QString &expected : {
                 u"Meldung einer Verletzung des Schutzes personenbezogener Daten gemäß Art. 33 DSGVO"_s,
                 u"An: LfD Niedersachsen"_s,
                 u"Lumera Pay GmbH"_s,
                 u"Dr. Anna Weber"_s,
                 u"datenschutz@lumera.example"_s,
                 u"Art. 33 Abs. 3 lit. a DSGVO"_s,
                 u"Art. 33 Abs. 3 lit. b DSGVO"_s,
                 u"Art. 33 Abs. 3 lit. c DSGVO"_s,
                 u"Art. 33 Abs. 3 lit. d DSGVO"_s,
                 u"15.01.2026, 12:00 Uhr (Europe/Berlin, UTC+01:00)"_s, // awareness, as entered
                 u"18.01.2026, 12:00 Uhr"_s, // the deadline
                 u"gezählt als verstrichene Zeit"_s,
                 u"Verletzung der Vertraulichkeit"_s,
                 u"ca. 9.500 (Kundinnen und Kunden)"_s,
                 u"Bank- und Zahlungsdaten"_s,
                 u"Softwarefehler"_s,
                 u"Update nach 31 Minuten zurückgenommen"_s,
                 u"Risiko für die Betroffenen nicht auszuschließen."_s,
                 u"Die Prüfung der betroffenen Sitzungen dauerte bis zum 19. Januar."_s,
                 u"aus Quellartikel übernommen und geprüft"_s,
             }) {
            QVERIFY2(content.contains(expected), qPrintable(expected + u" not in: "_s + content.left(3000)));
        }
    }

    /// A DPO's way on the command line: an article, its record, a register, the entry pre-filled with its
    /// evidence, the assessment, the confirmations, the report and the notification logged.
    void wholeWorkflowOnTheCommandLine()
    {
        const QString db = m_dir.filePath(u"workflow.sqlite"_s);
        const QString article = QStringLiteral(IWB_SOURCE_DIR) + u"/resources/samples/de-app-update-fremde-daten.txt"_s;
        QCOMPARE(runCli({ u"extract"_s, u"--db"_s, db, article }).exitCode, 0);
        qint64 incidentId = 0;
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            QCOMPARE(store.incidents().size(), 1);
            incidentId = store.incidents().first().id;
        }
        const ProgramRun created
            = runCli({ u"register"_s, u"new"_s, u"Lumera Pay GmbH"_s, u"contact_name=Dr. Anna Weber"_s,
                u"contact_email=datenschutz@lumera.example"_s, u"authority=LfD Niedersachsen"_s, u"--db"_s, db });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(created.out.startsWith(u"register 1: Lumera Pay GmbH"_s));
        const ProgramRun badSetting
            = runCli({ u"register"_s, u"configure"_s, u"1"_s, u"regime=weekly"_s, u"--db"_s, db });
        QCOMPARE(badSetting.exitCode, 2);
        QVERIFY2(badSetting.err.contains(u"gdpr_nis2"_s), qPrintable(badSetting.err));

        const ProgramRun marked = runCli(
            { u"register"_s, u"mark"_s, QString::number(incidentId), u"--in-register"_s, u"1"_s, u"--db"_s, db });
        QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
        QVERIFY2(marked.out.contains(u"subjects_count"_s) && marked.out.contains(u"data_categories"_s),
            qPrintable(marked.out));
        {
            IncidentStore store;
            QVERIFY(store.open(db));
            const RegisterEntry entry = *RegisterStore(store).entry(1);
            QCOMPARE(entry.subjectsCount, std::optional<qint64>(9500));
            QVERIFY(entry.dataCategories.contains(u"bank_payment"_s));
            // The evidence is the article's count fact.
            const QList<qint64> evidence = entry.origins.value(u"subjects_count"_s).factIds;
            QVERIFY(!evidence.isEmpty());
            QVERIFY2(store.fact(evidence.first())->text.contains(u"9.500"_s),
                qPrintable(store.fact(evidence.first())->text));
        }

        const ProgramRun set = runCli({ u"register"_s, u"set"_s, u"1"_s, u"became_aware=2026-01-15 12:00"_s,
            u"description=Nach einem App-Update sahen Kunden fremde Kontodaten."_s,
            u"consequences=Verlust der Vertraulichkeit von Kontoständen."_s, u"measures_taken=Update zurückgenommen."_s,
            u"risk_level=risk"_s, u"delay_reason=Die Prüfung dauerte bis zum 19. Januar."_s, u"--db"_s, db });
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const ProgramRun badValue = runCli({ u"register"_s, u"set"_s, u"1"_s, u"risk_level=medium"_s, u"--db"_s, db });
        QCOMPARE(badValue.exitCode, 2);
        QVERIFY2(badValue.err.contains(u"risk_level: 'medium' is not none, risk or high"_s), qPrintable(badValue.err));

        const QString pdf = m_dir.filePath(u"workflow.pdf"_s);
        const ProgramRun unconfirmed = runCli({ u"report"_s, u"1"_s, u"--out"_s, pdf, u"--db"_s, db });
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY2(unconfirmed.err.contains(u"noch nicht bestätigt"_s), qPrintable(unconfirmed.err));
        QCOMPARE(runCli({ u"register"_s, u"confirm"_s, u"1"_s, u"all"_s, u"--db"_s, db }).exitCode, 0);
        const ProgramRun report = runCli({ u"report"_s, u"1"_s, u"--out"_s, pdf, u"--db"_s, db });
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));

        const ProgramRun sent = runCli({ u"register"_s, u"sent"_s, u"1"_s, u"2026-01-19 10:00"_s, u"--reference"_s,
            u"LfD-2026-0099"_s, u"--attach"_s, pdf, u"--db"_s, db });
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(sent.out.contains(u"(initial)"_s), qPrintable(sent.out));
        const ProgramRun listed = runCli({ u"register"_s, u"--json"_s, u"--db"_s, db });
        const QJsonObject entry = jsonObjectOf(listed.out.trimmed());
        QCOMPARE(entry.value(u"status"_s).toString(), u"notified"_s);
        QVERIFY(!entry.value(u"overdue"_s).toBool());
        IncidentStore store;
        QVERIFY(store.open(db));
        const QList<SentNotification> log = *RegisterStore(store).notifications(1);
        QCOMPARE(log.size(), 1);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(log.first().document, written.readAll()); // the report as sent, byte for byte
        QCOMPARE(log.first().sentAt.utcText(), u"2026-01-19T09:00:00.000Z"_s);
    }

    void reportRefusedWithTheMissingFieldsNamed()
    {
        const QString pdf = m_dir.filePath(u"unfertig.pdf"_s);
        const ProgramRun run
            = runCli({ u"report"_s, QString::number(m_unfinished), u"--out"_s, pdf, u"--db"_s, m_store });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Zeitpunkt der Kenntnisnahme"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Art der Verletzung"_s), qPrintable(run.err));
        QVERIFY2(
            run.err.contains(u"noch nicht bestätigt: ungefähre Zahl der betroffenen Personen"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
        const ProgramRun unknown = runCli({ u"report"_s, u"999"_s, u"--out"_s, pdf, u"--db"_s, m_store });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"no register entry with id 999"_s), qPrintable(unknown.err));
    }

    /// The follow-up lists what changed since the last notification sent, and nothing else; once logged, the
    /// next follow-up counts from it.
    void followUpReportOfWhatChanged()
    {
        const QString id = QString::number(m_notified);
        const QString pdf = m_dir.filePath(u"nachmeldung.pdf"_s);
        const ProgramRun unchanged = runCli({ u"report"_s, id, u"--follow-up"_s, u"--out"_s, pdf, u"--db"_s, m_store });
        QCOMPARE(unchanged.exitCode, 1);
        QVERIFY2(unchanged.err.contains(u"nothing changed in register entry %1 since notification"_s.arg(id)),
            qPrintable(unchanged.err));
        QVERIFY(!QFile::exists(pdf));
        const ProgramRun notSent = runCli(
            { u"report"_s, QString::number(m_complete), u"--follow-up"_s, u"--out"_s, pdf, u"--db"_s, m_store });
        QCOMPARE(notSent.exitCode, 1);
        QVERIFY2(notSent.err.contains(u"has no notification sent yet"_s), qPrintable(notSent.err));

        QCOMPARE(runCli({ u"register"_s, u"set"_s, id, u"subjects_count=12000"_s,
                            u"measures_proposed=Releases werden künftig zu zweit freigegeben."_s, u"--db"_s, m_store })
                     .exitCode,
            0);
        const ProgramRun written = runCli({ u"report"_s, id, u"--follow-up"_s, u"--out"_s, pdf, u"--db"_s, m_store });
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(u"2 changed fields"_s), qPrintable(written.out));
        const QString content = pdfText(pdf);
        for (const QString &expected : {
                 u"Nachmeldung zur Meldung einer Verletzung des Schutzes personenbezogener Daten gemäß Art. 33 Abs. 4 "
                 "DSGVO"_s,
                 u"Aktenzeichen der Erstmeldung LfD-2026-0042"_s,
                 u"16.01.2026, 09:30 Uhr (Europe/Berlin, UTC+01:00)"_s,
                 u"ungefähre Zahl der betroffenen Personen"_s,
                 u"ca. 9.500 (Kundinnen und Kunden)"_s,
                 u"ca. 12.000 (Kundinnen und Kunden)"_s,
                 u"vorgeschlagene Maßnahmen"_s,
                 u"Releases werden künftig zu zweit freigegeben."_s,
             }) {
            QVERIFY2(content.contains(expected), qPrintable(expected + u" not in: "_s + content));
        }
        QVERIFY2(!content.contains(u"Update nach 31 Minuten"_s), qPrintable(content)); // unchanged: not repeated

        const ProgramRun sent = runCli({ u"register"_s, u"sent"_s, id, u"2026-01-21 10:00"_s, u"--reference"_s,
            u"LfD-2026-0042"_s, u"--attach"_s, pdf, u"--db"_s, m_store });
        QVERIFY2(sent.exitCode == 0 && sent.out.contains(u"(follow_up)"_s), qPrintable(sent.out + sent.err));
        {
            IncidentStore store;
            QVERIFY(store.open(m_store));
            const QList<SentNotification> log = *RegisterStore(store).notifications(m_notified);
            QCOMPARE(log.size(), 2);
            QCOMPARE(log.last().followsId, log.first().id);
            QCOMPARE(log.last().sentContent.value(u"subjects_count"_s).toInteger(), 12000);
        }
        const ProgramRun again = runCli({ u"report"_s, id, u"--follow-up"_s, u"--out"_s, pdf, u"--db"_s, m_store });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"nothing changed"_s) && again.err.contains(u"2026-01-21 10:00"_s),
            qPrintable(again.err));
    }

    void letterToTheDataSubjects()
    {
        const QString id = QString::number(m_notified);
        QCOMPARE(runCli({ u"register"_s, u"set"_s, id, u"inform_subjects=yes"_s, u"--db"_s, m_store }).exitCode, 0);
        const QString pdf = m_dir.filePath(u"brief.pdf"_s);
        const ProgramRun written = runCli({ u"letter"_s, id, u"--out"_s, pdf, u"--db"_s, m_store });
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        const QString content = pdfText(pdf);
        for (const QString &expected : {
                 u"Information über eine Verletzung des Schutzes Ihrer personenbezogenen Daten"_s,
                 u"Was ist passiert?"_s,
                 u"Nach einem App-Update sahen Kundinnen und Kunden fremde Kontodaten."_s,
                 u"Verlust der Vertraulichkeit von Kontoständen und Umsätzen."_s,
                 u"Kontoauszüge"_s,
                 u"Dr. Anna Weber"_s,
                 u"datenschutz@lumera.example"_s,
             }) {
            QVERIFY2(content.contains(expected), qPrintable(expected + u" not in: "_s + content));
        }
        const QString txt = m_dir.filePath(u"brief.txt"_s);
        QCOMPARE(runCli({ u"letter"_s, id, u"--out"_s, txt, u"--db"_s, m_store }).exitCode, 0);
        QFile text(txt);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString plain = QString::fromUtf8(text.readAll());
        QVERIFY2(plain.startsWith(u"Information über eine Verletzung"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"Was Sie selbst tun können\n"_s), qPrintable(plain));

        // Decided "no" (Art. 34(3) lit. b): the documented reason instead of a letter.
        const QString reason = m_dir.filePath(u"keine-benachrichtigung.txt"_s);
        const ProgramRun notNeeded
            = runCli({ u"letter"_s, QString::number(m_complete), u"--out"_s, reason, u"--db"_s, m_store });
        QVERIFY2(notNeeded.exitCode == 0 && notNeeded.out.contains(u"Art. 34(3)"_s), qPrintable(notNeeded.err));
        QFile reasonFile(reason);
        QVERIFY(reasonFile.open(QIODevice::ReadOnly));
        const QString documented = QString::fromUtf8(reasonFile.readAll());
        QVERIFY2(
            documented.contains(u"Begründung der Entscheidung: Art. 34 Abs. 3 lit. b: Sitzungen sofort beendet."_s),
            qPrintable(documented));

        const ProgramRun undecided
            = runCli({ u"letter"_s, QString::number(m_unfinished), u"--out"_s, txt, u"--db"_s, m_store });
        QCOMPARE(undecided.exitCode, 1);
        QVERIFY2(
            undecided.err.contains(u"Entscheidung: Benachrichtigung der Betroffenen"_s), qPrintable(undecided.err));
        const ProgramRun badType
            = runCli({ u"letter"_s, id, u"--out"_s, m_dir.filePath(u"brief.docx"_s), u"--db"_s, m_store });
        QCOMPARE(badType.exitCode, 2);
        QVERIFY2(badType.err.contains(u"brief.docx: write to a .pdf or a .txt file"_s), qPrintable(badType.err));
    }

    void calendarOfOpenDeadlines()
    {
        const QString ics = m_dir.filePath(u"fristen.ics"_s);
        const ProgramRun run = runCli({ u"register"_s, u"--ics"_s, ics, u"--db"_s, m_store });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The complete entry is overdue and not notified; the notified one is done; the unfinished has no clock.
        QVERIFY2(run.out.startsWith(u"wrote 1 open deadlines of 3 entries"_s), qPrintable(run.out));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(calendar.contains(
            u"UID:iwb-register-entry-%1-gdpr_notification@incident-workbench\r\n"_s.arg(m_complete).toUtf8()));
        QVERIFY(calendar.contains("DTSTART:20260118T110000Z\r\n"));
        QVERIFY(calendar.contains("SUMMARY:Meldefrist Art. 33 DSGVO: Lumera Pay\r\n"));
        QCOMPARE(calendar.count("BEGIN:VALARM"), 2);
    }

    /// An incident in a register is not deleted behind the register's back; taken out of it first, it can be.
    void removeFromTheRegister()
    {
        qint64 incidentId = 0;
        {
            IncidentStore store;
            QVERIFY(store.open(m_store));
            incidentId = RegisterStore(store).entry(m_unfinished)->incidentId;
            QVERIFY(!store.removeIncident(incidentId));
            QVERIFY2(
                store.errorString().contains(
                    u"incident %1 is in the breach register of Lumera Pay GmbH; take it out of the register first"_s
                        .arg(incidentId)),
                qPrintable(store.errorString()));
        }
        const ProgramRun notified
            = runCli({ u"register"_s, u"remove"_s, QString::number(m_notified), u"--db"_s, m_store });
        QCOMPARE(notified.exitCode, 1);
        QVERIFY2(notified.err.contains(u"Art. 33(5)"_s), qPrintable(notified.err));
        const ProgramRun removed
            = runCli({ u"register"_s, u"remove"_s, QString::number(m_unfinished), u"--db"_s, m_store });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        IncidentStore store;
        QVERIFY(store.open(m_store));
        QVERIFY2(store.removeIncident(incidentId), qPrintable(store.errorString()));
    }

    void importASpreadsheetRegister()
    {
        // The remembered column mappings go to a configuration folder of the test's own.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        const QString db = m_dir.filePath(u"import.sqlite"_s);
        QVERIFY(runCli({ u"register"_s, u"new"_s, u"Stadtwerke Nordheim"_s, u"--db"_s, db }).exitCode == 0);
        const QString csv = m_dir.filePath(u"register.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Lfd. Nr.;Datum der Kenntnisnahme;Beschreibung;Anzahl Betroffene;Risiko;Farbe\r\n"
                   "1;15.01.2026 14:30;Fehlversand von Lohnabrechnungen;ca. 1.200;hoch;rot\r\n"
                   "2;gestern;Ein Zettel am Drucker;viele;mittel;blau\r\n"
                   "3;15.01.2026 14:30;Fehlversand von Lohnabrechnungen;1200;hoch;rot\r\n");
        file.close();

        const ProgramRun dry = runCli({ u"register"_s, u"import"_s, csv, u"Lfd. Nr.="_s, u"--in-register"_s, u"1"_s,
            u"--dry-run"_s, u"--db"_s, db });
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(u"Datum der Kenntnisnahme -> became_aware"_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"Lfd. Nr. -> (left out)"_s));
        QVERIFY(dry.out.contains(u"Farbe -> (left out)"_s));
        QVERIFY2(dry.out.contains(u"row 3 does not fit: Datum der Kenntnisnahme: 'gestern' is not a date"_s),
            qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"row 4: the same breach as row 2 (left out)"_s));
        QVERIFY(dry.out.contains(u"would import 1 of 3 rows"_s));
        QVERIFY(runCli({ u"register"_s, u"--json"_s, u"--db"_s, db }).out.trimmed().isEmpty());

        const ProgramRun imported
            = runCli({ u"register"_s, u"import"_s, csv, u"Lfd. Nr.="_s, u"--in-register"_s, u"1"_s, u"--db"_s, db });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"imported 1 of 3 rows into the register of Stadtwerke Nordheim "
                                       "(1 duplicates, 1 not fitting)"_s),
            qPrintable(imported.out));
        const ProgramRun listed = runCli({ u"register"_s, u"--json"_s, u"--db"_s, db });
        QVERIFY2(listed.out.contains(u"\"risk_level\":\"high\""_s), qPrintable(listed.out));
        QVERIFY(listed.out.contains(u"\"became_aware\":\"2026-01-15T13:30:00.000Z\""_s));

        // The same layout again: the corrected mapping is remembered, and the row is now in the register.
        const ProgramRun again = runCli({ u"register"_s, u"import"_s, csv, u"--in-register"_s, u"1"_s, u"--db"_s, db });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"columns (as remembered for this layout):"_s), qPrintable(again.out));
        QVERIFY(again.out.contains(u"Lfd. Nr. -> (left out)"_s));
        QVERIFY(again.out.contains(u"row 2: already in the register as entry 1 (left out)"_s));
        QVERIFY(again.out.contains(u"imported 0 of 3 rows"_s));

        const ProgramRun wrong = runCli(
            { u"register"_s, u"import"_s, csv, u"Nicht da=status"_s, u"--in-register"_s, u"1"_s, u"--db"_s, db });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"'Nicht da=status' is not COLUMN=FIELD"_s), qPrintable(wrong.err));
    }
};

QTEST_GUILESS_MAIN(TestRegisterCli)
#include "tst_registercli.moc"
