// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incident/incidentrecord.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Iwb;

Q_DECLARE_METATYPE(std::function<void(Iwb::IncidentRecord &)>)

/// IncidentRecord: whether a record is worth storing as a draft, how its values read, copying one field.
class TestIncidentRecord : public QObject
{
    Q_OBJECT

    using Edit = std::function<void(IncidentRecord &)>;

private Q_SLOTS:
    void statesAnything_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("states");
        QTest::newRow("nothing") << Edit([](IncidentRecord &) { }) << false;
        QTest::newRow("organization") << Edit([](IncidentRecord &r) {
            r.organization = QStringLiteral("Kelterhof eG");
        }) << true;
        QTest::newRow("date only") << Edit([](IncidentRecord &r) { r.incidentDate = QStringLiteral("2025-11"); })
                                   << true;
        QTest::newRow("start time") << Edit([](IncidentRecord &r) { r.startTime = QStringLiteral("07:15"); }) << true;
        QTest::newRow("end time") << Edit([](IncidentRecord &r) { r.endTime = QStringLiteral("08:00"); }) << true;
        QTest::newRow("duration 0") << Edit([](IncidentRecord &r) { r.durationMinutes = 0; }) << true;
        QTest::newRow("count 0") << Edit([](IncidentRecord &r) { r.affectedCount = 0; }) << true;
        QTest::newRow("unit") << Edit([](IncidentRecord &r) { r.affectedUnit = QStringLiteral("accounts"); }) << true;
        QTest::newRow("data exposed") << Edit([](IncidentRecord &r) { r.dataExposed = { QStringLiteral("names") }; })
                                      << true;
        QTest::newRow("data not exposed")
            << Edit([](IncidentRecord &r) { r.dataNotExposed = { QStringLiteral("bank_accounts") }; }) << true;
        QTest::newRow("cause") << Edit([](IncidentRecord &r) { r.cause = QStringLiteral("misconfiguration"); }) << true;
        // "unknown" is a statement (the text says it is unclear), unlike a field the text does not touch.
        QTest::newRow("cause unknown") << Edit([](IncidentRecord &r) { r.cause = QStringLiteral("unknown"); }) << true;
        QTest::newRow("external attack no")
            << Edit([](IncidentRecord &r) { r.externalAttack = QStringLiteral("no"); }) << true;
        QTest::newRow("discovered by") << Edit([](IncidentRecord &r) { r.discoveredBy = QStringLiteral("customer"); })
                                       << true;
        QTest::newRow("authority not notified") << Edit([](IncidentRecord &r) { r.authorityNotified = false; }) << true;
        QTest::newRow("affected notified") << Edit([](IncidentRecord &r) { r.affectedNotified = true; }) << true;
        // Curation and provenance are not contract fields: a record with only these says nothing about an incident.
        QTest::newRow("curation only") << Edit([](IncidentRecord &r) {
            r.id = 4;
            r.reviewStatus = ReviewStatus::Reviewed;
            r.analyst = QStringLiteral("jb");
            r.notes = QStringLiteral("Wetterbericht, kein Vorfall");
            r.sourceDocumentIds = { 2 };
            r.evidence.insert(QStringLiteral("cause"), {});
        }) << false;
        QTest::newRow("empty lists") << Edit([](IncidentRecord &r) {
            r.dataExposed = QStringList();
            r.dataNotExposed = QStringList();
        }) << false;
    }

    void statesAnything()
    {
        QFETCH(Edit, edit);
        QFETCH(bool, states);
        IncidentRecord record;
        edit(record);
        QCOMPARE(record.statesAnything(), states);
        // The same answer for the record read back from its contract object.
        QCOMPARE(IncidentRecord::fromContractJson(record.toContractJson()).statesAnything(), states);
    }

    void readableValue_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("null") << QJsonValue() << QString();
        QTest::newRow("empty string") << QJsonValue(QString()) << QString();
        QTest::newRow("empty list") << QJsonValue(QJsonArray()) << QString();
        QTest::newRow("text") << QJsonValue(QStringLiteral("Kelterhof eG")) << QStringLiteral("Kelterhof eG");
        QTest::newRow("count") << QJsonValue(9500) << QStringLiteral("9500");
        QTest::newRow("large count") << QJsonValue(250000000.0) << QStringLiteral("250000000");
        QTest::newRow("true") << QJsonValue(true) << QStringLiteral("yes");
        QTest::newRow("false") << QJsonValue(false) << QStringLiteral("no");
        QTest::newRow("categories") << QJsonValue(QJsonArray { QStringLiteral("names"), QStringLiteral("health_data") })
                                    << QStringLiteral("names, health_data");
    }

    void readableValue()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, text);
        QCOMPARE(IncidentRecord::readableValue(value), text);
    }

    void copyContractField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("copied");
        QTest::addColumn<QString>("contractAfter"); // the field's readable value after the copy
        QTest::newRow("count") << QStringLiteral("affected_count") << true << QStringLiteral("4100");
        QTest::newRow("list") << QStringLiteral("data_exposed") << true
                              << QStringLiteral("credentials, email_addresses");
        QTest::newRow("flag") << QStringLiteral("authority_notified") << true << QStringLiteral("no");
        QTest::newRow("cleared") << QStringLiteral("cause") << true << QString();
        QTest::newRow("not a contract field") << QStringLiteral("notes") << false << QString();
        QTest::newRow("unknown name") << QStringLiteral("victims") << false << QString();
    }

    void copyContractField()
    {
        QFETCH(QString, field);
        QFETCH(bool, copied);
        QFETCH(QString, contractAfter);
        IncidentRecord record;
        record.id = 7;
        record.organization = QStringLiteral("Lumera Pay");
        record.affectedCount = 9500;
        record.dataExposed = { QStringLiteral("names") };
        record.cause = QStringLiteral("software_error");
        record.authorityNotified = true;
        record.notes = QStringLiteral("Erstmeldung");
        record.sourceDocumentIds = { 1 };
        record.evidence.insert(QStringLiteral("affected_count"), { 11 });
        IncidentRecord other;
        other.id = 9;
        other.organization = QStringLiteral("Wiesenfurt");
        other.affectedCount = 4100;
        other.dataExposed = { QStringLiteral("credentials"), QStringLiteral("email_addresses") };
        other.authorityNotified = false;
        other.notes = QStringLiteral("Nachmeldung");
        other.sourceDocumentIds = { 2 };

        const IncidentRecord before = record;
        QCOMPARE(record.copyContractField(other, field), copied);
        if (!copied) {
            QCOMPARE(record, before);
            return;
        }
        QCOMPARE(IncidentRecord::readableValue(record.toContractJson().value(field)), contractAfter);
        // Everything else stays: the other contract fields, curation, sources and evidence.
        QCOMPARE(record.organization, QStringLiteral("Lumera Pay"));
        QCOMPARE(record.id, 7);
        QCOMPARE(record.notes, QStringLiteral("Erstmeldung"));
        QCOMPARE(record.sourceDocumentIds, QList<qint64> { 1 });
        QCOMPARE(record.evidence.value(QStringLiteral("affected_count")), QList<qint64> { 11 });
        for (const QString &name : IncidentRecord::fieldNames()) {
            if (name != field) {
                QCOMPARE(record.toContractJson().value(name), before.toContractJson().value(name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIncidentRecord)
#include "tst_incidentrecord.moc"
