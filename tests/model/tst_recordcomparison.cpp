// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparison/comparisontablemodel.h"
#include "comparison/organizationkey.h"
#include "comparison/recordcomparison.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Iwb;

namespace {

IncidentRecord recordFrom(const QByteArray &json)
{
    return IncidentRecord::fromContractJson(QJsonDocument::fromJson(json).object());
}

} // namespace

class TestRecordComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesOneField_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("agreement");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("difference");

        const auto row = [](const char *name, const char *a, const char *b, const char *field, FieldAgreement agreement,
                             const QStringList &values, const QString &difference) {
            QTest::newRow(name) << QByteArray(a) << QByteArray(b) << QString::fromLatin1(field)
                                << static_cast<int>(agreement) << values << difference;
        };
        const QString minus(QChar(0x2212));
        row("affected differs", R"({"affected_count": 9500, "affected_unit": "users"})",
            R"({"affected_count": 4100, "affected_unit": "users"})", "affected_count", FieldAgreement::Different,
            { QStringLiteral("9,500"), QStringLiteral("4,100") }, QStringLiteral("9,500 vs 4,100 affected (+5,400)"));
        row("affected smaller first", R"({"affected_count": 850})", R"({"affected_count": 1200})", "affected_count",
            FieldAgreement::Different, { QStringLiteral("850"), QStringLiteral("1,200") },
            QStringLiteral("850 vs 1,200 affected (") + minus + QStringLiteral("350)"));
        row("affected in other units", R"({"affected_count": 9500, "affected_unit": "users"})",
            R"({"affected_count": 3200, "affected_unit": "logins"})", "affected_count", FieldAgreement::Different,
            { QStringLiteral("9,500"), QStringLiteral("3,200") },
            QStringLiteral("9,500 vs 3,200 affected (+6,300); counted as users vs logins"));
        row("affected same", R"({"affected_count": 9500})", R"({"affected_count": 9500})", "affected_count",
            FieldAgreement::Same, { QStringLiteral("9,500"), QStringLiteral("9,500") }, QString());
        row("affected only in A", R"({"affected_count": 9500})", R"({"affected_count": null})", "affected_count",
            FieldAgreement::Missing, { QStringLiteral("9,500"), QString() }, QStringLiteral("stated only in A"));
        row("affected in neither", R"({})", R"({})", "affected_count", FieldAgreement::NotStated,
            { QString(), QString() }, QStringLiteral("stated in none"));
        row("minutes", R"({"duration_minutes": 31})", R"({"duration_minutes": 40})", "duration_minutes",
            FieldAgreement::Different, { QStringLiteral("31 min"), QStringLiteral("40 min") },
            QStringLiteral("31 vs 40 minutes (") + minus + QStringLiteral("9)"));
        row("minutes and fourteen years", R"({"duration_minutes": 31})", R"({"duration_minutes": 7358400})",
            "duration_minutes", FieldAgreement::Different, { QStringLiteral("31 min"), QStringLiteral("14 years") },
            QStringLiteral("31 min vs 14 years"));
        row("days", R"({"duration_minutes": 2880})", R"({"duration_minutes": 66240})", "duration_minutes",
            FieldAgreement::Different, { QStringLiteral("2 days"), QStringLiteral("46 days") },
            QStringLiteral("2 days vs 46 days"));
        row("hours", R"({"duration_minutes": 125})", R"({"duration_minutes": 125})", "duration_minutes",
            FieldAgreement::Same, { QStringLiteral("2 h 5 min"), QStringLiteral("2 h 5 min") }, QString());
        row("categories as sets", R"({"data_exposed": ["names", "financial_data", "credentials"]})",
            R"({"data_exposed": ["postal_addresses", "names", "loyalty_points"]})", "data_exposed",
            FieldAgreement::Different,
            { QStringLiteral("credentials, financial_data, names"),
                QStringLiteral("loyalty_points, names, postal_addresses") },
            QStringLiteral("in common: names; only in A: credentials, financial_data; only in B: loyalty_points, "
                           "postal_addresses"));
        row("categories in another order", R"({"data_not_exposed": ["payment_cards", "bank_accounts"]})",
            R"({"data_not_exposed": ["bank_accounts", "payment_cards"]})", "data_not_exposed", FieldAgreement::Same,
            { QStringLiteral("bank_accounts, payment_cards"), QStringLiteral("bank_accounts, payment_cards") },
            QString());
        row("categories only in B", R"({"data_exposed": []})", R"({"data_exposed": ["names"]})", "data_exposed",
            FieldAgreement::Missing, { QString(), QStringLiteral("names") }, QStringLiteral("stated only in B"));
        row("organization with and without legal form", R"({"organization": "Lumera Pay GmbH"})",
            R"({"organization": "lumera  Pay"})", "organization", FieldAgreement::Same,
            { QStringLiteral("Lumera Pay GmbH"), QStringLiteral("lumera Pay") },
            QStringLiteral("written differently: “Lumera Pay GmbH” vs “lumera Pay”"));
        row("organizations differ", R"({"organization": "Lumera Pay GmbH"})",
            R"({"organization": "Sternpunkte Loyalty GmbH"})", "organization", FieldAgreement::Different,
            { QStringLiteral("Lumera Pay GmbH"), QStringLiteral("Sternpunkte Loyalty GmbH") },
            QStringLiteral("Lumera Pay GmbH vs Sternpunkte Loyalty GmbH"));
        row("dates", R"({"incident_date": "2026-01-15"})", R"({"incident_date": "2025-12-09"})", "incident_date",
            FieldAgreement::Different, { QStringLiteral("2026-01-15"), QStringLiteral("2025-12-09") },
            QStringLiteral("2026-01-15 vs 2025-12-09 (37 days apart)"));
        row("partial date", R"({"incident_date": "2026-01"})", R"({"incident_date": "2026-01-15"})", "incident_date",
            FieldAgreement::Different, { QStringLiteral("2026-01"), QStringLiteral("2026-01-15") },
            QStringLiteral("2026-01 vs 2026-01-15"));
        row("times", R"({"start_time": "10:49"})", R"({"start_time": "16:05"})", "start_time",
            FieldAgreement::Different, { QStringLiteral("10:49"), QStringLiteral("16:05") },
            QStringLiteral("10:49 vs 16:05"));
        row("booleans", R"({"authority_notified": true})", R"({"authority_notified": false})", "authority_notified",
            FieldAgreement::Different, { QStringLiteral("yes"), QStringLiteral("no") }, QStringLiteral("yes vs no"));
        row("boolean unknown in B", R"({"affected_notified": true})", R"({"affected_notified": null})",
            "affected_notified", FieldAgreement::Missing, { QStringLiteral("yes"), QString() },
            QStringLiteral("stated only in A"));
        row("causes", R"({"cause": "software_error"})", R"({"cause": "human_error"})", "cause",
            FieldAgreement::Different, { QStringLiteral("software_error"), QStringLiteral("human_error") },
            QStringLiteral("software_error vs human_error"));
        row("review status", R"({})", R"({})", "review_status", FieldAgreement::Same,
            { QStringLiteral("draft"), QStringLiteral("draft") }, QString());
    }

    void comparesOneField()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QString, field);
        QFETCH(int, agreement);
        QFETCH(QStringList, values);
        QFETCH(QString, difference);

        const RecordComparison comparison({ recordFrom(a), recordFrom(b) });
        const FieldComparison *result = comparison.field(field);
        QVERIFY(result);
        QCOMPARE(fieldAgreementName(result->agreement), fieldAgreementName(static_cast<FieldAgreement>(agreement)));
        QCOMPARE(result->values, values);
        QCOMPARE(result->difference, difference);
    }

    void comparesEveryContractFieldAndTheReviewStatus()
    {
        const RecordComparison comparison({ IncidentRecord(), IncidentRecord() });
        QStringList fields;
        for (const FieldComparison &field : comparison.fields()) {
            fields.append(field.field);
        }
        QStringList expected = IncidentRecord::fieldNames();
        expected.append(QStringLiteral("review_status"));
        QCOMPARE(fields, expected);
        QCOMPARE(fields.size(), 15);
        // Two empty drafts: only the review status is stated, and it is the same.
        QCOMPARE(comparison.disagreementCount(), 0);
        QCOMPARE(comparison.field(QStringLiteral("review_status"))->agreement, FieldAgreement::Same);
        QCOMPARE(comparison.field(QStringLiteral("cause"))->agreement, FieldAgreement::NotStated);
    }

    void reviewStatusDiffers()
    {
        IncidentRecord a;
        IncidentRecord b;
        b.reviewStatus = ReviewStatus::Reviewed;
        const RecordComparison comparison({ a, b });
        const FieldComparison *status = comparison.field(QStringLiteral("review_status"));
        QCOMPARE(status->agreement, FieldAgreement::Different);
        QCOMPARE(status->difference, QStringLiteral("draft vs reviewed"));
    }

    void threeRecords()
    {
        const IncidentRecord a
            = recordFrom(R"({"affected_count": 9500, "data_exposed": ["names", "credentials"], "cause": "attack"})");
        const IncidentRecord b = recordFrom(
            R"({"affected_count": 3200, "data_exposed": ["names", "postal_addresses"], "cause": "attack"})");
        const IncidentRecord c
            = recordFrom(R"({"affected_count": 4100, "data_exposed": ["names", "credentials", "postal_addresses"]})");
        const RecordComparison comparison({ a, b, c });
        QCOMPARE(comparison.field(QStringLiteral("affected_count"))->difference,
            QStringLiteral("9,500 vs 3,200 vs 4,100 affected (range 6,300)"));
        const FieldComparison *data = comparison.field(QStringLiteral("data_exposed"));
        QCOMPARE(data->agreement, FieldAgreement::Different);
        QCOMPARE(data->common, QStringList { QStringLiteral("names") });
        QCOMPARE(data->onlyIn, (QList<QStringList> { {}, {}, {} }));
        // No category is unique to one record, yet they differ: the text must still say so.
        QCOMPARE(data->difference, QStringLiteral("in common: names"));
        QCOMPARE(comparison.field(QStringLiteral("cause"))->difference, QStringLiteral("stated only in A, B"));
        QCOMPARE(RecordComparison::recordLetter(2), QStringLiteral("C"));
        QCOMPARE(RecordComparison::recordLetter(26), QStringLiteral("#27"));
    }

    void organizationKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("GmbH") << QStringLiteral("Lumera Pay GmbH") << QStringLiteral("lumera pay");
        QTest::newRow("case and spaces") << QStringLiteral("  LUMERA   pay ") << QStringLiteral("lumera pay");
        QTest::newRow("Inc. after comma")
            << QStringLiteral("Quillstone Software, Inc.") << QStringLiteral("quillstone software");
        QTest::newRow("GmbH & Co. KG") << QStringLiteral("Sternpunkte Loyalty GmbH & Co. KG")
                                       << QStringLiteral("sternpunkte loyalty");
        QTest::newRow("e.V.") << QStringLiteral("Tafel Mühlbrück e.V.") << QStringLiteral("tafel mühlbrück");
        QTest::newRow("Ltd") << QStringLiteral("Harwick & Doyle Ltd") << QStringLiteral("harwick doyle");
        QTest::newRow("suffix inside stays")
            << QStringLiteral("AG Datenschutz Nord") << QStringLiteral("ag datenschutz nord");
        QTest::newRow("only a legal form") << QStringLiteral("AG") << QStringLiteral("ag");
        QTest::newRow("empty") << QString() << QString();
    }

    void organizationKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(Iwb::organizationKey(name), key);
    }

    void tableModelShowsFieldsRecordsAndDifference()
    {
        IncidentRecord a
            = recordFrom(R"({"organization": "Lumera Pay GmbH", "affected_count": 9500, "affected_unit": "users"})");
        a.id = 7;
        a.evidence.insert(QStringLiteral("affected_count"), { 41, 42 });
        IncidentRecord b = recordFrom(
            R"({"organization": "Sternpunkte Loyalty GmbH", "affected_count": 3200, "affected_unit": "logins"})");
        b.id = 9;
        ComparisonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(RecordComparison({ a, b }));
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.differenceColumn(), 3);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Field"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("A · Lumera Pay GmbH"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("B · Sternpunkte Loyalty GmbH"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Difference"));

        const int row = model.rowOfField(QStringLiteral("affected_count"));
        QCOMPARE(row, 5);
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("affected count"));
        QCOMPARE(model.index(row, 1).data().toString(), QStringLiteral("9,500"));
        QCOMPARE(model.index(row, 2).data().toString(), QStringLiteral("3,200"));
        QCOMPARE(model.index(row, 3).data().toString(),
            QStringLiteral("9,500 vs 3,200 affected (+6,300); counted as users vs logins"));
        QCOMPARE(model.index(row, 1).data(ComparisonTableModel::AgreementRole).toInt(),
            static_cast<int>(FieldAgreement::Different));
        QCOMPARE(
            model.index(row, 0).data(ComparisonTableModel::FieldNameRole).toString(), QStringLiteral("affected_count"));
        QCOMPARE(model.index(row, 2).data(Qt::ToolTipRole).toString(),
            QStringLiteral("different: 9,500 vs 3,200 affected (+6,300); counted as users vs logins"));
        QCOMPARE(model.index(row, 1).data(ComparisonTableModel::EvidenceRole).value<QList<qint64>>(),
            (QList<qint64> { 41, 42 }));
        QVERIFY(model.index(row, 2).data(ComparisonTableModel::EvidenceRole).value<QList<qint64>>().isEmpty());

        const int cause = model.rowOfField(QStringLiteral("cause"));
        QCOMPARE(model.index(cause, 1).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(cause, 1).data(ComparisonTableModel::StatedRole).toBool(), false);
        QCOMPARE(model.index(cause, 3).data().toString(), QStringLiteral("stated in none"));
        QCOMPARE(model.index(model.rowOfField(QStringLiteral("review_status")), 3).data().toString(),
            QStringLiteral("same"));
        QCOMPARE(model.rowOfField(QStringLiteral("no_such_field")), -1);
    }
};

QTEST_GUILESS_MAIN(TestRecordComparison)
#include "tst_recordcomparison.moc"
