// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "csvreading.h"
#include "exchange/csvwriter.h"
#include "exchange/registercsv.h"
#include "exchange/storesnapshot.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"
#include "storage/schemamigrations.h"

#include <QBuffer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace Qt::StringLiterals;

/**
 * The breach register in a real SQLite store: registers, entries with every field, the notification log kept
 * unchanged, and a store of version 7 migrated with its records intact.
 */
class TestRegisterStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshPath() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_count)); }

    static qint64 addIncident(IncidentStore &store, const QString &organization)
    {
        IncidentRecord record;
        record.organization = organization;
        record.affectedCount = 9500;
        const bool saved = store.saveIncident(record);
        return saved ? record.id : 0;
    }

    static RegisterEntry fullEntry(qint64 registerId, qint64 incidentId)
    {
        RegisterEntry entry;
        entry.registerId = registerId;
        entry.incidentId = incidentId;
        entry.becameAware = ZonedTime::fromLocal(QDate(2026, 10, 23), QTime(10, 0), "Europe/Berlin");
        entry.occurredStart = ZonedTime::fromLocal(QDate(2026, 10, 22), QTime(22, 15), "Europe/Berlin");
        entry.occurredEnd = ZonedTime::fromLocal(QDate(2026, 10, 22), QTime(23, 5), "America/New_York");
        entry.discovered = ZonedTime::fromLocal(QDate(2026, 10, 23), QTime(8, 30), "Europe/Berlin");
        entry.discoveredHow = u"customer"_s;
        entry.confidentiality = true;
        entry.availability = true;
        entry.description = u"Ransomware verschlüsselte den Dateiserver; Kundendaten wurden abgezogen."_s;
        entry.cause = u"attack"_s;
        entry.attack = true;
        entry.subjectsCount = 12000;
        entry.subjectsUnit = u"customers"_s;
        entry.subjectCategories = { u"customers"_s, u"employees"_s };
        entry.recordsCount = 48000;
        entry.dataCategories = { u"contact"_s, u"bank_payment"_s };
        entry.specialCategories = { u"health"_s };
        entry.criminalData = true;
        entry.consequences = u"Identitätsdiebstahl, Betrug."_s;
        entry.measuresTaken = u"Server vom Netz genommen, Passwörter zurückgesetzt."_s;
        entry.measuresProposed = u"Zwei-Faktor-Anmeldung für alle Konten."_s;
        entry.risk = RiskLevel::High;
        entry.riskReasons = u"Gesundheitsdaten vieler Kunden."_s;
        entry.riskCriteria = { u"sensitivity"_s, u"number_of_people"_s };
        entry.notifyAuthority = { true, u"Risiko für die Betroffenen."_s };
        entry.informSubjects = { false, u"Art. 34(3)(c): öffentliche Bekanntmachung."_s };
        entry.delayReason = QString();
        entry.status = EntryStatus::Assessing;
        entry.origins.insert(u"subjects_count"_s, FieldOrigin { { 3, 4 }, false });
        entry.origins.insert(u"cause"_s, FieldOrigin { { 5 }, true });
        return entry;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void registersAndEntriesRoundTrip()
    {
        IncidentStore store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
        RegisterStore registers(store);

        BreachRegister lumera;
        lumera.controllerName = u"Lumera Pay GmbH"_s;
        lumera.contactName = u"Anna Weber"_s;
        lumera.contactEmail = u"datenschutz@lumera.example"_s;
        lumera.authority = u"LfD Niedersachsen"_s;
        lumera.regime = RegisterRegime::GdprAndNis2;
        lumera.hourCounting = HourCounting::SkipAwarenessHour;
        QVERIFY2(registers.saveRegister(lumera), qPrintable(registers.errorString()));
        QVERIFY(lumera.id > 0);
        BreachRegister other;
        other.controllerName = u"Stadtwerke Nordheim"_s;
        QVERIFY(registers.saveRegister(other));
        QCOMPARE(*registers.breachRegister(lumera.id), lumera);
        QCOMPARE(registers.registers()->size(), 2);

        const qint64 incident = addIncident(store, u"Lumera Pay"_s);
        QVERIFY(incident > 0);
        // Opt-in: an incident has no entry until it is marked.
        QCOMPARE(registers.entryForIncident(lumera.id, incident)->id, qint64(0));

        RegisterEntry entry = fullEntry(lumera.id, incident);
        QVERIFY2(registers.saveEntry(entry), qPrintable(registers.errorString()));
        QVERIFY(entry.id > 0);
        const RegisterEntry back = *registers.entry(entry.id);
        QCOMPARE(back.toJson(), entry.toJson());
        QCOMPARE(back.occurredEnd.zone, QByteArray("America/New_York"));
        QCOMPARE(back.occurredEnd.local().toString(u"HH:mm"), u"23:05"_s);
        QCOMPARE(back.origins.value(u"subjects_count"_s).factIds, (QList<qint64> { 3, 4 }));
        QVERIFY(!back.origins.value(u"subjects_count"_s).confirmed);

        // One incident, at most once per register; in another register it may be too.
        RegisterEntry twice = fullEntry(lumera.id, incident);
        QVERIFY(!registers.saveEntry(twice));
        QVERIFY2(registers.errorString().startsWith(store.path()), qPrintable(registers.errorString()));
        RegisterEntry elsewhere = fullEntry(other.id, incident);
        QVERIFY(registers.saveEntry(elsewhere));
        QCOMPARE(registers.entries(lumera.id)->size(), 1);
        QCOMPARE(registers.entries()->size(), 2);

        // An update keeps the created time and writes history.
        entry.measuresProposed = u"Schulung der Beschäftigten."_s;
        entry.confirm(u"subjects_count"_s);
        QVERIFY(registers.saveEntry(entry));
        QCOMPARE(registers.entry(entry.id)->measuresProposed, u"Schulung der Beschäftigten."_s);
        QVERIFY(registers.entry(entry.id)->origins.value(u"subjects_count"_s).confirmed);
        QCOMPARE(store.history(u"register_entry"_s, entry.id).size(), 2);

        // Opting out again works while nothing was sent.
        QVERIFY2(registers.removeEntry(elsewhere.id), qPrintable(registers.errorString()));
        QCOMPARE(registers.entries()->size(), 1);
    }

    void sentNotificationsStayAsSent()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        RegisterStore registers(store);
        BreachRegister r;
        r.controllerName = u"Lumera Pay GmbH"_s;
        QVERIFY(registers.saveRegister(r));
        RegisterEntry entry = fullEntry(r.id, addIncident(store, u"Lumera Pay"_s));
        QVERIFY(registers.saveEntry(entry));

        SentNotification first;
        first.entryId = entry.id;
        first.kind = NotificationKind::Initial;
        first.sentAt = ZonedTime::fromLocal(QDate(2026, 10, 25), QTime(9, 0), "Europe/Berlin");
        first.authority = u"LfD Niedersachsen"_s;
        first.reference = u"LfD-2026-0815"_s;
        first.sentContent = entry.toJson();
        first.document = QByteArray("%PDF-1.4 sent as is", 19);
        QVERIFY2(registers.logNotification(first), qPrintable(registers.errorString()));
        QCOMPARE(registers.entry(entry.id)->status, EntryStatus::Notified);

        // The entry changes afterwards; the logged copy does not.
        RegisterEntry changed = *registers.entry(entry.id);
        changed.subjectsCount = 15000;
        QVERIFY(registers.saveEntry(changed));
        SentNotification followUp;
        followUp.entryId = entry.id;
        followUp.kind = NotificationKind::FollowUp;
        followUp.sentAt = ZonedTime::fromLocal(QDate(2026, 10, 28), QTime(14, 0), "Europe/Berlin");
        followUp.reference = u"LfD-2026-0815"_s;
        followUp.followsId = first.id;
        followUp.sentContent = changed.toJson();
        QVERIFY(registers.logNotification(followUp));

        const QList<SentNotification> log = *registers.notifications(entry.id);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0), first);
        QCOMPARE(log.at(0).sentContent.value(u"subjects_count"_s).toInteger(), 12000);
        QCOMPARE(log.at(1).followsId, first.id);
        QCOMPARE(log.at(1).sentContent.value(u"subjects_count"_s).toInteger(), 15000);
        QCOMPARE(log.at(0).sentAt.local().toString(u"yyyy-MM-dd HH:mm"), u"2026-10-25 09:00"_s);

        // Neither SQL nor the API may change or drop what was sent, nor the entry it belongs to.
        QSqlQuery tamper(QSqlDatabase::database(store.connectionName()));
        QVERIFY(!tamper.exec(u"UPDATE register_notifications SET reference = 'x'"_s));
        QVERIFY(!tamper.exec(u"DELETE FROM register_notifications"_s));
        QVERIFY(!registers.removeEntry(entry.id));
        QVERIFY2(registers.errorString().contains(u"Art. 33(5)"_s), qPrintable(registers.errorString()));
        QVERIFY(!store.removeIncident(entry.incidentId)); // an incident in a register stays
        QVERIFY2(store.errorString().contains(u"incident %1 is in the breach register of "_s.arg(entry.incidentId))
                && store.errorString().contains(u"take it out of the register first"_s)
                && !store.errorString().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
            qPrintable(store.errorString()));
        QCOMPARE(registers.notifications(entry.id)->size(), 2);
    }

    void invalidValuesAreRefused()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        RegisterStore registers(store);
        BreachRegister nameless;
        QVERIFY(!registers.saveRegister(nameless));
        QVERIFY(registers.errorString().contains(u"controller"_s));
        RegisterEntry orphan = fullEntry(99, 98); // neither register nor incident exists
        QVERIFY(!registers.saveEntry(orphan));
        QCOMPARE(orphan.id, qint64(0));
        QVERIFY(!registers.entry(12345));
        QVERIFY(registers.errorString().contains(u"12345"_s));
    }

    void snapshotRoundTripKeepsTheRegister()
    {
        const QString firstPath = freshPath();
        qint64 entryId = 0;
        RegisterEntry original;
        SentNotification sent;
        {
            IncidentStore store;
            QVERIFY(store.open(firstPath));
            RegisterStore registers(store);
            BreachRegister r;
            r.controllerName = u"Lumera Pay GmbH"_s;
            r.regime = RegisterRegime::GdprAndNis2;
            QVERIFY(registers.saveRegister(r));
            original = fullEntry(r.id, addIncident(store, u"Lumera Pay"_s));
            QVERIFY(registers.saveEntry(original));
            entryId = original.id;
            sent.entryId = entryId;
            sent.sentAt = ZonedTime::fromLocal(QDate(2026, 10, 25), QTime(9, 0), "Europe/Berlin");
            sent.reference = u"LfD-2026-0815"_s;
            sent.sentContent = original.toJson();
            sent.document = QByteArray("%PDF-1.4\n\0\xff binary", 18);
            QVERIFY(registers.logNotification(sent));
            original = *registers.entry(entryId); // now notified
        }
        IncidentStore first;
        QVERIFY(first.open(firstPath));
        const QString snapshotPath = m_dir.filePath(u"snapshot-%1.json"_s.arg(m_count));
        StoreSnapshot snapshot;
        QVERIFY2(snapshot.writeFile(first, snapshotPath), qPrintable(snapshot.errorString()));

        IncidentStore second;
        QVERIFY(second.open(freshPath()));
        QVERIFY2(snapshot.importFile(second, snapshotPath), qPrintable(snapshot.errorString()));
        RegisterStore restored(second);
        QCOMPARE(restored.entry(entryId)->toJson(), original.toJson());
        QCOMPARE(restored.breachRegister(original.registerId)->regime, RegisterRegime::GdprAndNis2);
        const QList<SentNotification> log = *restored.notifications(entryId);
        QCOMPARE(log.size(), 1);
        sent.id = log.first().id;
        QCOMPARE(log.first(), sent);

        const QString againPath = m_dir.filePath(u"snapshot-again-%1.json"_s.arg(m_count));
        QVERIFY(snapshot.writeFile(second, againPath));
        QFile a(snapshotPath);
        QFile b(againPath);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QCOMPARE(b.readAll(), bytes);
        QVERIFY(bytes.contains("\"register_entries\": [\n{"));
        QVERIFY(bytes.contains("\"became_aware_zone\":\"Europe/Berlin\""));
    }

    void csvHasEveryField()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        RegisterStore registers(store);
        BreachRegister r;
        r.controllerName = u"Lumera Pay GmbH"_s;
        r.authority = u"LfD Niedersachsen"_s;
        r.hourCounting = HourCounting::SkipAwarenessHour;
        QVERIFY(registers.saveRegister(r));
        RegisterEntry entry = fullEntry(r.id, addIncident(store, u"Lumera Pay"_s));
        QVERIFY(registers.saveEntry(entry));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(&buffer, CsvOptions {});
        RegisterTable table(store);
        QCOMPARE(table.write(csv), std::optional<qint64>(1));
        QVERIFY(csv.finish());
        const QList<QStringList> lines = parseCsv(buffer.data());
        QCOMPARE(lines.size(), 2);
        const QStringList &header = lines.at(0);
        QCOMPARE(header, RegisterTable::columns());
        for (const QString &field : RegisterEntry::fieldIds()) {
            QVERIFY2(header.contains(field), qPrintable(field));
        }
        const auto cell = [&](const QString &column) { return lines.at(1).value(header.indexOf(column)); };
        QCOMPARE(cell(u"controller"_s), u"Lumera Pay GmbH"_s);
        QCOMPARE(cell(u"became_aware"_s), u"2026-10-23T10:00:00+02:00"_s);
        QCOMPARE(cell(u"became_aware_zone"_s), u"Europe/Berlin"_s);
        QCOMPARE(cell(u"subjects_count"_s), u"12000"_s);
        QCOMPARE(cell(u"data_categories"_s), u"contact|bank_payment"_s);
        QCOMPARE(cell(u"special_categories"_s), u"health"_s);
        QCOMPARE(cell(u"criminal_data"_s), u"true"_s);
        QCOMPARE(cell(u"risk_level"_s), u"high"_s);
        QCOMPARE(cell(u"nature"_s), u"confidentiality|availability"_s);
        QCOMPARE(cell(u"deadline_utc"_s), u"2026-10-26T09:00:00Z"_s); // 10:00 CEST skipped, from 11:00 CEST
        QCOMPARE(cell(u"deadline_counting"_s), u"skip_awareness_hour"_s);
        QCOMPARE(cell(u"notifications_sent"_s), u"0"_s);
        QCOMPARE(cell(u"measures_taken"_s), u"Server vom Netz genommen, Passwörter zurückgesetzt."_s);
    }

    void snapshotWithABadRegisterRowImportsNothing()
    {
        const QString path = m_dir.filePath(u"bad-register.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"incident-workbench-snapshot\",\"format_version\":1,\"schema_version\":8,"
                   "\"documents\":[],\"facts\":[],\"incidents\":[],\"history\":[],"
                   "\"breach_registers\":[{\"id\":1,\"controller_name\":\"X\",\"controller_address\":\"\","
                   "\"contact_name\":\"\",\"contact_email\":\"\",\"contact_phone\":\"\",\"authority\":\"\","
                   "\"time_zone\":\"Europe/Berlin\",\"regime\":\"weekly\",\"hour_counting\":\"elapsed\","
                   "\"created_at\":\"2026-01-01T00:00:00.000Z\"}]}");
        file.close();
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        StoreSnapshot snapshot;
        QVERIFY(!snapshot.importFile(store, path));
        QVERIFY2(snapshot.errorString().contains(u"breach_registers[0]"_s), qPrintable(snapshot.errorString()));
        QVERIFY2(snapshot.errorString().contains(u"nothing was imported"_s), qPrintable(snapshot.errorString()));
        QCOMPARE(RegisterStore(store).registers()->size(), 0);
    }

    void migratesFromVersion7()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(SchemaMigrations::migrate(db, &error, 7), qPrintable(error));
            QSqlQuery insert(db);
            QVERIFY(insert.exec(u"INSERT INTO incidents (id, organization, created_at, modified_at) VALUES "
                                "(5, 'Altfirma', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"_s));
        }
        QSqlDatabase::removeDatabase(u"v7"_s);
        IncidentStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(store.incident(5)->organization, u"Altfirma"_s);
        RegisterStore registers(store);
        QCOMPARE(registers.registers()->size(), 0);
        BreachRegister r;
        r.controllerName = u"Altfirma GmbH"_s;
        QVERIFY(registers.saveRegister(r));
        RegisterEntry entry = fullEntry(r.id, 5);
        QVERIFY2(registers.saveEntry(entry), qPrintable(registers.errorString()));
        QCOMPARE(registers.entryForIncident(r.id, 5)->id, entry.id);
    }
};

QTEST_GUILESS_MAIN(TestRegisterStore)
#include "tst_registerstore.moc"
