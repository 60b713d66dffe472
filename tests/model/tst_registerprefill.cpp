// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/entryfieldtext.h"
#include "register/registerprefill.h"
#include "register/reportcheck.h"

#include <QJsonArray>
#include <QTest>

using namespace Iwb;
using namespace Qt::StringLiterals;

/**
 * The pre-fill from the curated record (each value with its evidence, unconfirmed) and the required-field
 * check before a notification report.
 */
class TestRegisterPrefill : public QObject
{
    Q_OBJECT

private:
    static BreachRegister lumeraRegister()
    {
        BreachRegister r;
        r.id = 4;
        r.controllerName = u"Lumera Pay GmbH"_s;
        r.contactName = u"Dr. Anna Weber (Datenschutzbeauftragte)"_s;
        r.contactEmail = u"datenschutz@lumera.example"_s;
        r.authority = u"LfD Niedersachsen"_s;
        return r;
    }

private Q_SLOTS:
    void dataCategories_data()
    {
        QTest::addColumn<QStringList>("exposed");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("special");
        QTest::newRow("contact collapses") << QStringList { u"email_addresses"_s, u"phone_numbers"_s, u"names"_s }
                                           << QStringList { u"contact"_s, u"identification"_s } << QStringList {};
        QTest::newRow("health is Art. 9") << QStringList { u"health_data"_s, u"names"_s }
                                          << QStringList { u"identification"_s } << QStringList { u"health"_s };
        QTest::newRow("payment") << QStringList { u"payment_cards"_s, u"bank_accounts"_s, u"financial_data"_s }
                                 << QStringList { u"bank_payment"_s } << QStringList {};
        QTest::newRow("credentials and usage") << QStringList { u"credentials"_s, u"account_data"_s, u"ip_addresses"_s }
                                               << QStringList { u"credentials"_s, u"usage"_s } << QStringList {};
        QTest::newRow("only special") << QStringList { u"health_data"_s } << QStringList {}
                                      << QStringList { u"health"_s };
    }

    void dataCategories()
    {
        QFETCH(QStringList, exposed);
        QFETCH(QStringList, categories);
        QFETCH(QStringList, special);
        IncidentRecord record;
        record.dataExposed = exposed;
        record.evidence.insert(u"data_exposed"_s, { 11, 12 });
        const RegisterEntry entry = RegisterPrefill::fromRecord(record, lumeraRegister());
        QCOMPARE(entry.dataCategories, categories);
        QCOMPARE(entry.specialCategories, special);
        QCOMPARE(entry.origins.contains(u"data_categories"_s), !categories.isEmpty());
        QCOMPARE(entry.origins.contains(u"special_categories"_s), !special.isEmpty());
        QVERIFY(entry.confidentiality);
        QCOMPARE(entry.origins.value(u"nature"_s).factIds, (QList<qint64> { 11, 12 }));
        QVERIFY(entry.isUnconfirmed(u"nature"_s));
    }

    void counts_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QVariant>("subjects");
        QTest::addColumn<QVariant>("records");
        QTest::addColumn<QStringList>("subjectCategories");
        QTest::newRow("customers") << qint64(9500) << u"customers"_s << QVariant(qint64(9500)) << QVariant()
                                   << QStringList { u"customers"_s };
        QTest::newRow("patients") << qint64(120) << u"patients"_s << QVariant(qint64(120)) << QVariant()
                                  << QStringList { u"patients"_s };
        QTest::newRow("people say nothing of who")
            << qint64(40) << u"people"_s << QVariant(qint64(40)) << QVariant() << QStringList {};
        QTest::newRow("records are no people")
            << qint64(2000000) << u"records"_s << QVariant() << QVariant(qint64(2000000)) << QStringList {};
    }

    void counts()
    {
        QFETCH(qint64, count);
        QFETCH(QString, unit);
        QFETCH(QVariant, subjects);
        QFETCH(QVariant, records);
        QFETCH(QStringList, subjectCategories);
        IncidentRecord record;
        record.affectedCount = count;
        record.affectedUnit = unit;
        record.evidence.insert(u"affected_count"_s, { 7 });
        record.evidence.insert(u"affected_unit"_s, { 7, 8 });
        const RegisterEntry entry = RegisterPrefill::fromRecord(record, lumeraRegister());
        QCOMPARE(entry.subjectsCount.has_value(), subjects.isValid());
        QCOMPARE(entry.recordsCount.has_value(), records.isValid());
        if (subjects.isValid()) {
            QCOMPARE(*entry.subjectsCount, subjects.toLongLong());
            QCOMPARE(entry.subjectsUnit, unit);
            QCOMPARE(entry.origins.value(u"subjects_count"_s).factIds, (QList<qint64> { 7, 8 }));
        } else {
            QCOMPARE(*entry.recordsCount, records.toLongLong());
            QCOMPARE(entry.origins.value(u"records_count"_s).factIds, (QList<qint64> { 7, 8 }));
        }
        QCOMPARE(entry.subjectCategories, subjectCategories);
    }

    void timelineCauseAndNotifications()
    {
        IncidentRecord record;
        record.id = 31;
        record.incidentDate = u"2026-01-15"_s;
        record.startTime = u"10:49"_s;
        record.endTime = u"11:20"_s;
        record.cause = u"software_error"_s;
        record.externalAttack = u"no"_s;
        record.discoveredBy = u"internal"_s;
        record.authorityNotified = true;
        record.evidence.insert(u"incident_date"_s, { 1 });
        record.evidence.insert(u"start_time"_s, { 2 });
        record.evidence.insert(u"end_time"_s, { 3 });
        record.evidence.insert(u"cause"_s, { 4 });
        record.evidence.insert(u"authority_notified"_s, { 5 });
        const RegisterEntry entry = RegisterPrefill::fromRecord(record, lumeraRegister());
        QCOMPARE(entry.incidentId, qint64(31));
        QCOMPARE(entry.registerId, qint64(4));
        QCOMPARE(entry.occurredStart.utcText(), u"2026-01-15T09:49:00.000Z"_s); // CET
        QCOMPARE(entry.occurredStart.zone, QByteArray("Europe/Berlin"));
        QCOMPARE(entry.occurredEnd.utcText(), u"2026-01-15T10:20:00.000Z"_s);
        QCOMPARE(entry.origins.value(u"occurred_start"_s).factIds, (QList<qint64> { 1, 2 }));
        QCOMPARE(entry.origins.value(u"occurred_end"_s).factIds, (QList<qint64> { 1, 3 }));
        QCOMPARE(entry.cause, u"software_error"_s);
        QCOMPARE(entry.attack, std::optional<bool>(false));
        QCOMPARE(entry.discoveredHow, u"internal"_s);
        QCOMPARE(entry.notifyAuthority.yes, std::optional<bool>(true));
        QCOMPARE(entry.origins.value(u"notify_authority"_s).factIds, QList<qint64> { 5 });
        QVERIFY(!entry.informSubjects.yes.has_value());
        QVERIFY(!entry.origins.contains(u"inform_subjects"_s));
        // Awareness is the controller's, never the article's: it is not pre-filled.
        QVERIFY(entry.becameAware.isNull());
        QCOMPARE(entry.unconfirmedFields(),
            (QStringList { u"occurred_start"_s, u"occurred_end"_s, u"discovered_how"_s, u"cause"_s, u"attack"_s,
                u"notify_authority"_s }));
    }

    void partialDateIsNoInstant()
    {
        IncidentRecord record;
        record.incidentDate = u"2026-01"_s;
        const RegisterEntry entry = RegisterPrefill::fromRecord(record, lumeraRegister());
        QVERIFY(entry.occurredStart.isNull());
        QVERIFY(entry.origins.isEmpty());
    }

    void requiredFields_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("unconfirmed");
        QTest::newRow("complete") << QString() << QStringList {} << QStringList {};
        QTest::newRow("no awareness") << u"aware"_s << QStringList { u"became_aware"_s } << QStringList {};
        QTest::newRow("no nature") << u"nature"_s << QStringList { u"nature"_s } << QStringList {};
        QTest::newRow("not assessed") << u"risk"_s << QStringList { u"risk_level"_s } << QStringList {};
        QTest::newRow("decided not to notify")
            << u"decision"_s << QStringList { u"notify_authority"_s } << QStringList {};
        QTest::newRow("late without reason") << u"late"_s << QStringList { u"delay_reason"_s } << QStringList {};
        QTest::newRow("pre-filled, unconfirmed")
            << u"prefilled"_s << QStringList {} << QStringList { u"subjects_count"_s };
        QTest::newRow("no contact") << u"contact"_s << QStringList { u"contact"_s } << QStringList {};
    }

    void requiredFields()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, unconfirmed);
        BreachRegister breachRegister = lumeraRegister();
        RegisterEntry entry;
        entry.becameAware = ZonedTime::fromLocal(QDate(2026, 1, 15), QTime(12, 0), "Europe/Berlin");
        entry.confidentiality = true;
        entry.description = u"Nach einem App-Update sahen Kunden fremde Kontodaten."_s;
        entry.subjectsCount = 9500;
        entry.dataCategories = { u"bank_payment"_s };
        entry.consequences = u"Verlust der Vertraulichkeit von Kontoständen."_s;
        entry.measuresTaken = u"Update zurückgenommen."_s;
        entry.risk = RiskLevel::Risk;
        entry.notifyAuthority.yes = true;
        QDateTime now = QDateTime(QDate(2026, 1, 16), QTime(9, 0), QTimeZone::UTC);
        if (change == u"aware"_s) {
            entry.becameAware = {};
        } else if (change == u"nature"_s) {
            entry.confidentiality = false;
        } else if (change == u"risk"_s) {
            entry.risk = RiskLevel::Unassessed;
        } else if (change == u"decision"_s) {
            entry.notifyAuthority.yes = false;
        } else if (change == u"late"_s) {
            now = QDateTime(QDate(2026, 1, 18), QTime(11, 0, 1), QTimeZone::UTC);
        } else if (change == u"prefilled"_s) {
            entry.origins.insert(u"subjects_count"_s, FieldOrigin { { 7 }, false });
        } else if (change == u"contact"_s) {
            breachRegister.contactEmail.clear();
        }
        const ReportReadiness readiness = ReportCheck::check(entry, breachRegister, now);
        QCOMPARE(readiness.missing, missing);
        QCOMPARE(readiness.unconfirmed, unconfirmed);
        QCOMPARE(readiness.isReady(), missing.isEmpty() && unconfirmed.isEmpty());
        if (change == u"late"_s) {
            entry.delayReason = u"Die forensische Analyse dauerte bis zum 18. Januar."_s;
            QVERIFY(ReportCheck::check(entry, breachRegister, now).isReady());
        }
        if (change == u"prefilled"_s) {
            QVERIFY(
                readiness.germanText().contains(u"noch nicht bestätigt: ungefähre Zahl der betroffenen Personen"_s));
            entry.confirm(u"subjects_count"_s);
            QVERIFY(ReportCheck::check(entry, breachRegister, now).isReady());
            QCOMPARE(entry.origins.value(u"subjects_count"_s).factIds, QList<qint64> { 7 }); // evidence kept
        }
    }

    void fieldText_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QJsonValue>("stored"); // the field's value in toJson()
        QTest::newRow("time in the register's zone")
            << u"became_aware"_s << u"2026-03-27 10:00"_s << true
            << QJsonValue(
                   QJsonObject { { u"utc"_s, u"2026-03-27T09:00:00.000Z"_s }, { u"zone"_s, u"Europe/Berlin"_s } });
        QTest::newRow("time with its zone") << u"discovered"_s << u"2026-03-27T10:00:30 America/New_York"_s << true
                                            << QJsonValue(QJsonObject { { u"utc"_s, u"2026-03-27T14:00:30.000Z"_s },
                                                   { u"zone"_s, u"America/New_York"_s } });
        QTest::newRow("time cleared") << u"occurred_end"_s << QString() << true << QJsonValue(QJsonValue::Null);
        QTest::newRow("not a time") << u"became_aware"_s << u"27.03.2026"_s << false << QJsonValue();
        QTest::newRow("unknown zone") << u"became_aware"_s << u"2026-03-27 10:00 Mars/Olympus"_s << false
                                      << QJsonValue();
        QTest::newRow("count") << u"subjects_count"_s << u" 9500 "_s << true << QJsonValue(9500);
        QTest::newRow("negative count") << u"records_count"_s << u"-3"_s << false << QJsonValue();
        QTest::newRow("yes in German") << u"notify_authority"_s << u"ja"_s << true << QJsonValue(true);
        QTest::newRow("undecided") << u"inform_subjects"_s << QString() << true << QJsonValue(QJsonValue::Null);
        QTest::newRow("flag") << u"criminal_data"_s << u"yes"_s << true << QJsonValue(true);
        QTest::newRow("maybe") << u"attack"_s << u"maybe"_s << false << QJsonValue();
        QTest::newRow("nature") << u"nature"_s << u"integrity, availability"_s << true
                                << QJsonValue(QJsonArray { u"integrity"_s, u"availability"_s });
        QTest::newRow("unknown nature") << u"nature"_s << u"secrecy"_s << false << QJsonValue();
        QTest::newRow("Art. 9") << u"special_categories"_s << u"health,biometric"_s << true
                                << QJsonValue(QJsonArray { u"health"_s, u"biometric"_s });
        QTest::newRow("not a data category") << u"data_categories"_s << u"contact,gossip"_s << false << QJsonValue();
        QTest::newRow("risk") << u"risk_level"_s << u"high"_s << true << QJsonValue(u"high"_s);
        QTest::newRow("not a risk") << u"risk_level"_s << u"medium"_s << false << QJsonValue();
        QTest::newRow("free text") << u"consequences"_s << u"Betrug, Identitätsdiebstahl"_s << true
                                   << QJsonValue(u"Betrug, Identitätsdiebstahl"_s);
        QTest::newRow("no such field") << u"colour"_s << u"red"_s << false << QJsonValue();
    }

    void fieldText()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QJsonValue, stored);
        RegisterEntry entry;
        entry.occurredEnd = ZonedTime::fromLocal(QDate(2026, 3, 27), QTime(9, 0), "Europe/Berlin");
        entry.origins.insert(field, FieldOrigin { { 3 }, false });
        const RegisterEntry before = entry;
        QString error;
        QCOMPARE(EntryFieldText::set(entry, field, text, "Europe/Berlin", &error), accepted);
        if (!accepted) {
            QVERIFY2(error.startsWith(field + u": "_s), qPrintable(error));
            QVERIFY(entry == before);
            return;
        }
        QCOMPARE(entry.fieldValue(field), stored);
        QVERIFY(!entry.origins.contains(field)); // the analyst's own value has no article behind it
    }

    void jsonRoundTrip()
    {
        IncidentRecord record;
        record.affectedCount = 9500;
        record.affectedUnit = u"customers"_s;
        record.dataExposed = { u"health_data"_s, u"names"_s };
        record.evidence.insert(u"affected_count"_s, { 7 });
        RegisterEntry entry = RegisterPrefill::fromRecord(record, lumeraRegister());
        entry.becameAware = ZonedTime::fromLocal(QDate(2026, 3, 27), QTime(10, 0), "Europe/Berlin");
        entry.risk = RiskLevel::High;
        entry.riskCriteria = { u"sensitivity"_s, u"number_of_people"_s };
        entry.informSubjects = { false, u"Art. 34(3)(a): verschlüsselt"_s };
        entry.criminalData = true;
        entry.confirm(u"subjects_count"_s);
        entry.status = EntryStatus::DocumentedOnly;
        const RegisterEntry back = RegisterEntry::fromJson(entry.toJson());
        QCOMPARE(back.toJson(), entry.toJson());
        QVERIFY(back == entry);
        QCOMPARE(back.becameAware, entry.becameAware);
        QCOMPARE(back.informSubjects.justification, u"Art. 34(3)(a): verschlüsselt"_s);
        QVERIFY(!back.isUnconfirmed(u"subjects_count"_s));
        QVERIFY(back.isUnconfirmed(u"special_categories"_s));
    }
};

QTEST_GUILESS_MAIN(TestRegisterPrefill)
#include "tst_registerprefill.moc"
