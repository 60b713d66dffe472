// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exchange/csvtable.h"
#include "exchange/spreadsheetfile.h"
#include "register/entryclock.h"
#include "register/registerimport.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Iwb;
using namespace Qt::StringLiterals;

class TestRegisterImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString freshPath() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_stores)); }

    static QList<QStringList> germanRegister()
    {
        return {
            { u"Lfd. Nr."_s, u"Datum der Kenntnisnahme"_s, u"Beschreibung"_s, u"Anzahl Betroffene"_s,
                u"Datenkategorien"_s, u"Risiko"_s, u"Meldung an Aufsichtsbehörde"_s, u"Datum der Meldung"_s,
                u"Aktenzeichen"_s, u"Status"_s },
            { u"1"_s, u"15.01.2026 14:30"_s, u"Fehlversand von Lohnabrechnungen"_s, u"ca. 1.200"_s,
                u"Namen, Bankverbindung, Gesundheitsdaten"_s, u"hoch"_s, u"ja"_s, u"16.01.2026 10:00"_s,
                u"LfD-2026-0042"_s, u"abgeschlossen"_s },
            { u"2"_s, u"03.02.2026"_s, u"Laptop im Zug verloren"_s, u"40"_s, u"Kundendaten"_s, u"gering"_s, u"nein"_s,
                QString(), QString(), u"nur dokumentiert"_s },
            { u"3"_s, u"15.01.2026 14:30"_s, u"Fehlversand von Lohnabrechnungen"_s, u"1200"_s, QString(), u"hoch"_s,
                u"ja"_s, QString(), QString(), QString() },
            { u"4"_s, u"gestern"_s, u"Ein Zettel am Drucker"_s, u"viele"_s, QString(), u"mittel"_s, QString(),
                QString(), QString(), QString() },
            { u"5"_s, u"2026-03-01 09:15"_s, u"Angriff auf das Kundenportal"_s, u"250 Mio."_s, u"E-Mail-Adressen"_s,
                u"Risiko"_s, QString(), QString(), QString(), u"in Prüfung"_s },
        };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void csvTable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("German Excel: semicolons, CRLF")
            << u"Datum;Anzahl\r\n15.01.2026;1,5\r\n"_s
            << QList<QStringList> { { u"Datum"_s, u"Anzahl"_s }, { u"15.01.2026"_s, u"1,5"_s } };
        QTest::newRow("commas, quoted delimiter, doubled quote, line break")
            << u"a,b\n\"x, y\",\"er sagte \"\"ja\"\"\nzweite Zeile\"\n"_s
            << QList<QStringList> { { u"a"_s, u"b"_s }, { u"x, y"_s, u"er sagte \"ja\"\nzweite Zeile"_s } };
        QTest::newRow("byte order mark, blank lines, no final newline")
            << u"\uFEFFKopf\n\n\nWert"_s << QList<QStringList> { { u"Kopf"_s }, { u"Wert"_s } };
        QTest::newRow("tabs, ragged rows")
            << u"a\tb\tc\n1\t2\n"_s << QList<QStringList> { { u"a"_s, u"b"_s, u"c"_s }, { u"1"_s, u"2"_s } };
        QTest::newRow("a quote inside an unquoted field is text")
            << u"a;b\n5\" Laptop;x\n"_s << QList<QStringList> { { u"a"_s, u"b"_s }, { u"5\" Laptop"_s, u"x"_s } };
        QTest::newRow("unclosed quote ends at the end")
            << u"a\n\"offen"_s << QList<QStringList> { { u"a"_s }, { u"offen"_s } };
    }

    void csvTable()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        QCOMPARE(CsvTable::parse(text), rows);
    }

    void canonicalValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected"); // "!" for a refusal
        QTest::newRow("German date and time") << u"became_aware"_s << u"15.01.2026 14:30"_s << u"2026-01-15 14:30:00"_s;
        QTest::newRow("German with Uhr") << u"became_aware"_s << u"15.1.2026, 14.30 Uhr"_s << u"2026-01-15 14:30:00"_s;
        QTest::newRow("two-digit year") << u"discovered"_s << u"03.02.26"_s << u"2026-02-03 00:00:00"_s;
        QTest::newRow("ISO with T") << u"occurred_start"_s << u"2026-03-01T09:15"_s << u"2026-03-01 09:15:00"_s;
        QTest::newRow("date as the XLSX reader writes it")
            << u"became_aware"_s << u"2026-03-01 09:15"_s << u"2026-03-01 09:15:00"_s;
        QTest::newRow("no such day") << u"became_aware"_s << u"31.02.2026"_s << u"!"_s;
        QTest::newRow("words are no date") << u"became_aware"_s << u"gestern"_s << u"!"_s;
        QTest::newRow("ja") << u"attack"_s << u"Ja"_s << u"yes"_s;
        QTest::newRow("x as a tick") << u"ongoing"_s << u"x"_s << u"yes"_s;
        QTest::newRow("nein") << u"attack"_s << u"nein"_s << u"no"_s;
        QTest::newRow("vielleicht") << u"attack"_s << u"vielleicht"_s << u"!"_s;
        QTest::newRow("thousands with dots") << u"subjects_count"_s << u"ca. 1.200"_s << u"1200"_s;
        QTest::newRow("thousands with spaces") << u"records_count"_s << u"250 000"_s << u"250000"_s;
        QTest::newRow("millions") << u"records_count"_s << u"250 Mio."_s << u"250000000"_s;
        QTest::newRow("decimal millions") << u"subjects_count"_s << u"1,5 Millionen"_s << u"1500000"_s;
        QTest::newRow("unknown count") << u"subjects_count"_s << u"unbekannt"_s << QString();
        QTest::newRow("words are no count") << u"subjects_count"_s << u"viele"_s << u"!"_s;
        QTest::newRow("a fraction is no count") << u"subjects_count"_s << u"2,5"_s << u"!"_s;
        QTest::newRow("hohes Risiko") << u"risk_level"_s << u"hohes Risiko"_s << u"high"_s;
        QTest::newRow("gering") << u"risk_level"_s << u"gering"_s << u"none"_s;
        QTest::newRow("kein Risiko") << u"risk_level"_s << u"kein Risiko"_s << u"none"_s;
        QTest::newRow("mittel") << u"risk_level"_s << u"mittel"_s << u"risk"_s;
        QTest::newRow("abgeschlossen") << u"status"_s << u"abgeschlossen"_s << u"closed"_s;
        QTest::newRow("nicht meldepflichtig") << u"status"_s << u"nicht meldepflichtig"_s << u"documented_only"_s;
        QTest::newRow("gemeldet") << u"status"_s << u"gemeldet"_s << u"notified"_s;
        QTest::newRow("Vertraulichkeit und Verfügbarkeit")
            << u"nature"_s << u"Vertraulichkeit und Verfügbarkeit"_s << u"confidentiality,availability"_s;
        QTest::newRow("Fehlversand as a cause") << u"cause"_s << u"Fehlversand per E-Mail"_s << u"human_error"_s;
        QTest::newRow("Ransomware as a cause") << u"cause"_s << u"Ransomware"_s << u"attack"_s;
        QTest::newRow("a cause of its own stays") << u"cause"_s << u"Wasserschaden"_s << u"Wasserschaden"_s;
    }

    void canonicalValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QString reason;
        const auto value = RegisterImport::canonicalValue(field, cell, &reason);
        if (expected == QLatin1String("!")) {
            QVERIFY2(!value, qPrintable(value.value_or(QString())));
            QVERIFY2(reason.contains(cell), qPrintable(reason));
        } else {
            QVERIFY2(value, qPrintable(reason));
            QCOMPARE(*value, expected);
        }
    }

    void categoriesFromWords()
    {
        QStringList categories;
        QStringList special;
        QStringList unknown;
        RegisterImport::categoriesOf(u"Namen, Bankverbindung; Gesundheitsdaten und Fingerabdrücke / Schuhgröße"_s,
            &categories, &special, &unknown);
        QCOMPARE(categories, (QStringList { u"identification"_s, u"bank_payment"_s }));
        QCOMPARE(special, (QStringList { u"health"_s, u"biometric"_s }));
        QCOMPARE(unknown, QStringList { u"Schuhgröße"_s });
    }

    void mappingFromGermanAndEnglishHeaders()
    {
        QCOMPARE(RegisterImport::guessMapping(germanRegister().first()),
            (QStringList { u"notes"_s, u"became_aware"_s, u"description"_s, u"subjects_count"_s, u"data_categories"_s,
                u"risk_level"_s, u"notify_authority"_s, u"notified_at"_s, u"notification_reference"_s, u"status"_s }));
        QCOMPARE(RegisterImport::guessMapping({ u"Date discovered"_s, u"Discovered by"_s, u"Risk justification"_s,
                     u"Number of records"_s, u"Measures taken"_s, u"Farbe"_s, u"became_aware"_s }),
            (QStringList { u"discovered"_s, u"discovered_how"_s, u"risk_reasons"_s, u"records_count"_s,
                u"measures_taken"_s, QString(), u"became_aware"_s }));
        // The same field twice: the second column is left to the analyst.
        QCOMPARE(RegisterImport::guessMapping({ u"Risiko"_s, u"Risikostufe"_s }),
            (QStringList { u"risk_level"_s, QString() }));
        QVERIFY(RegisterImport::mappingProblem({ u"a"_s, u"b"_s }, { u"status"_s, u"status"_s }).contains(u"'b'"_s));
        QVERIFY(!RegisterImport::mappingProblem({ u"a"_s, u"b"_s }, { u"notes"_s, u"notes"_s }).contains(u"both"_s));
        QVERIFY(!RegisterImport::mappingProblem({ u"a"_s }, { QString() }).isEmpty());
        QCOMPARE(RegisterImport::layoutKey({ u" Datum  der Meldung"_s, u"RISIKO"_s }),
            RegisterImport::layoutKey({ u"datum der meldung"_s, u"Risiko "_s }));
    }

    void planAndWriteAGermanRegister()
    {
        IncidentStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        RegisterStore registers(store);
        BreachRegister own;
        own.controllerName = u"Stadtwerke Nordheim"_s;
        own.authority = u"LfD Niedersachsen"_s;
        QVERIFY(registers.saveRegister(own));
        // Row 6's breach is already in the register.
        IncidentRecord known;
        known.organization = own.controllerName;
        QVERIFY(store.saveIncident(known));
        RegisterEntry existing;
        existing.registerId = own.id;
        existing.incidentId = known.id;
        existing.becameAware = ZonedTime::fromLocal(QDate(2026, 3, 1), QTime(9, 15), "Europe/Berlin");
        existing.description = u"Angriff auf das  Kundenportal"_s;
        QVERIFY(registers.saveEntry(existing));

        const QList<QStringList> table = germanRegister();
        QList<ImportedRow> rows
            = RegisterImport::plan(table, RegisterImport::guessMapping(table.first()), own, *registers.entries(own.id));
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows.at(0).fits() && !rows.at(0).isDuplicate());
        QCOMPARE(rows.at(0).line, 2);
        const RegisterEntry &first = rows.at(0).entry;
        QCOMPARE(first.becameAware.utc, QDateTime(QDate(2026, 1, 15), QTime(13, 30), QTimeZone::UTC));
        QCOMPARE(first.subjectsCount, std::optional<qint64>(1200));
        QCOMPARE(first.dataCategories, (QStringList { u"identification"_s, u"bank_payment"_s }));
        QCOMPARE(first.specialCategories, QStringList { u"health"_s });
        QCOMPARE(first.risk, RiskLevel::High);
        QCOMPARE(first.status, EntryStatus::Closed);
        QVERIFY(rows.at(0).notification);
        QCOMPARE(rows.at(0).notification->reference, u"LfD-2026-0042"_s);
        QCOMPARE(rows.at(0).incident.organization, u"Stadtwerke Nordheim"_s);
        QVERIFY2(rows.at(0).incident.notes.contains(u"Lfd. Nr.: 1"_s), qPrintable(rows.at(0).incident.notes));
        // "Kundendaten" names no category: counted as other, the words kept in the notes.
        QVERIFY(rows.at(1).fits());
        QCOMPARE(rows.at(1).entry.dataCategories, QStringList { u"other"_s });
        QVERIFY(rows.at(1).incident.notes.contains(u"Datenkategorien: Kundendaten"_s));
        QCOMPARE(rows.at(1).entry.notifyAuthority.yes, std::optional<bool>(false));
        QCOMPARE(rows.at(2).duplicateOfLine, 2);
        QVERIFY(!rows.at(3).fits());
        QCOMPARE(rows.at(3).problems.size(), 2);
        QVERIFY2(rows.at(3).problems.first().startsWith(u"Datum der Kenntnisnahme: 'gestern'"_s),
            qPrintable(rows.at(3).problems.first()));
        QCOMPARE(rows.at(4).duplicateOfEntry, existing.id);

        QString error;
        QCOMPARE(RegisterImport::write(store, rows, &error), std::optional<int>(2));
        const QList<RegisterEntry> entries = *registers.entries(own.id);
        QCOMPARE(entries.size(), 3);
        const RegisterEntry payroll = *registers.entry(rows.at(0).entry.id);
        QCOMPARE(payroll.status, EntryStatus::Closed); // logging the notification did not make it "notified"
        const QList<SentNotification> sent = *registers.notifications(payroll.id);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().sentAt.utc, QDateTime(QDate(2026, 1, 16), QTime(9, 0), QTimeZone::UTC));
        const EntryClock clock = EntryClock::of(payroll, own, sent, QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
        QVERIFY(!clock.isOverdue());
        QCOMPARE(store.incident(payroll.incidentId)->authorityNotified, std::optional<bool>(true));

        // Importing the same sheet again: every fitting row is now a duplicate, nothing is written.
        rows
            = RegisterImport::plan(table, RegisterImport::guessMapping(table.first()), own, *registers.entries(own.id));
        QCOMPARE(rows.at(0).duplicateOfEntry, payroll.id);
        QCOMPARE(RegisterImport::write(store, rows, &error), std::optional<int>(0));
        QCOMPARE(registers.entries(own.id)->size(), 3);
    }

    void aFailedWriteLeavesTheStoreAsItWas()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        RegisterStore registers(store);
        BreachRegister own;
        own.controllerName = u"Zahlfalke"_s;
        QVERIFY(registers.saveRegister(own));
        const QList<QStringList> table { { u"Beschreibung"_s, u"Datum der Kenntnisnahme"_s },
            { u"Erster Fall"_s, u"01.02.2026 10:00"_s }, { u"Zweiter Fall"_s, u"02.02.2026 10:00"_s } };
        QList<ImportedRow> rows = RegisterImport::plan(table, RegisterImport::guessMapping(table.first()), own, {});
        QCOMPARE(rows.size(), 2);
        rows[1].entry.registerId = 999; // a register that is not there: the second entry is refused
        QString error;
        QVERIFY(!RegisterImport::write(store, rows, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.incidentCount(), 0);
        QCOMPARE(registers.entries()->size(), 0);
    }

    void csvFileInWindowsEncoding()
    {
        const QString path = m_dir.filePath(u"register.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // What German Excel saves as "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, CRLF.
        file.write("Beschreibung;Datum der Kenntnisnahme;Risiko\r\n"
                   "Br\xfc"
                   "ckenpr\xfc"
                   "fung offen im Netz;15.01.2026 14:30;hoch\r\n");
        file.close();
        const SpreadsheetTable table = SpreadsheetFile::read(path);
        QVERIFY2(table.isValid(), qPrintable(table.error));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(1).first(), u"Brückenprüfung offen im Netz"_s);
    }

    void refusals()
    {
        const QString empty = m_dir.filePath(u"empty.csv"_s);
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nur ein Kopf\n");
        file.close();
        QVERIFY(SpreadsheetFile::read(empty).error.startsWith(empty + u": "_s));
        QVERIFY(SpreadsheetFile::read(m_dir.filePath(u"missing.csv"_s)).error.contains(u"no such file"_s));
        const QString ods = m_dir.filePath(u"register.ods"_s);
        QFile odsFile(ods);
        QVERIFY(odsFile.open(QIODevice::WriteOnly));
        odsFile.write("PK");
        odsFile.close();
        QVERIFY(SpreadsheetFile::read(ods).error.contains(u".xlsx or .csv"_s));
        const QString broken = m_dir.filePath(u"broken.xlsx"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("this is not a zip archive");
        brokenFile.close();
        const SpreadsheetTable table = SpreadsheetFile::read(broken);
        QVERIFY2(
            table.error.startsWith(broken) && table.error.contains(u"not a zip archive"_s), qPrintable(table.error));
    }

    void xlsxWithDatesNumbersAndSharedStrings()
    {
        const QString path = m_dir.filePath(u"register.xlsx"_s);
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Meldungen");
        lxw_format *dateTime = workbook_add_format(workbook);
        format_set_num_format(dateTime, "dd.mm.yyyy hh:mm");
        lxw_format *dateOnly = workbook_add_format(workbook);
        format_set_num_format(dateOnly, "dd.mm.yyyy");
        worksheet_write_string(sheet, 0, 0, "Beschreibung", nullptr);
        worksheet_write_string(sheet, 0, 1, "Datum der Kenntnisnahme", nullptr);
        worksheet_write_string(sheet, 0, 2, "Anzahl Betroffene", nullptr);
        worksheet_write_string(sheet, 0, 3, "Entdeckt am", nullptr);
        worksheet_write_string(sheet, 0, 4, "Angriff", nullptr);
        worksheet_write_string(sheet, 1, 0, "Offene Datenbank mit Kundendaten, \"Test\"", nullptr);
        lxw_datetime aware { 2026, 1, 15, 14, 30, 0 };
        worksheet_write_datetime(sheet, 1, 1, &aware, dateTime);
        worksheet_write_number(sheet, 1, 2, 1200, nullptr);
        lxw_datetime found { 2026, 1, 14, 0, 0, 0 };
        worksheet_write_datetime(sheet, 1, 3, &found, dateOnly);
        worksheet_write_boolean(sheet, 1, 4, 1, nullptr);
        // Row 3 left empty; row 4 starts in column C.
        worksheet_write_string(sheet, 3, 2, "Ärger mit Umlauten", nullptr);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

        const SpreadsheetTable table = SpreadsheetFile::read(path);
        QVERIFY2(table.isValid(), qPrintable(table.error));
        QCOMPARE(table.rows.size(), 3); // the empty row is skipped
        QCOMPARE(table.rows.at(0).size(), 5);
        QCOMPARE(table.rows.at(1),
            (QStringList { u"Offene Datenbank mit Kundendaten, \"Test\""_s, u"2026-01-15 14:30"_s, u"1200"_s,
                u"2026-01-14"_s, u"TRUE"_s }));
        QCOMPARE(table.rows.at(2), (QStringList { QString(), QString(), u"Ärger mit Umlauten"_s }));
        QString reason;
        QCOMPARE(RegisterImport::canonicalValue(u"attack"_s, u"TRUE"_s, &reason), std::optional<QString>(u"yes"_s));
    }
};

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"
