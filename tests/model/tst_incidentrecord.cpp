// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incident/incidentrecord.h"

#include <QTest>

#include <functional>

using namespace Iwb;

Q_DECLARE_METATYPE(std::function<void(Iwb::IncidentRecord &)>)

/// IncidentRecord::statesAnything(): whether a record is worth storing as a draft.
class TestIncidentRecord : public QObject
{
    Q_OBJECT

    using Edit = std::function<void(IncidentRecord &)>;

private Q_SLOTS:
    void statesAnything_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<bool>("states");
        QTest::newRow("nothing") << Edit([](IncidentRecord &) {}) << false;
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
        QTest::newRow("data exposed") << Edit([](IncidentRecord &r) { r.dataExposed = {QStringLiteral("names")}; })
                                      << true;
        QTest::newRow("data not exposed")
            << Edit([](IncidentRecord &r) { r.dataNotExposed = {QStringLiteral("bank_accounts")}; }) << true;
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
            r.sourceDocumentIds = {2};
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
};

QTEST_GUILESS_MAIN(TestIncidentRecord)
#include "tst_incidentrecord.moc"
