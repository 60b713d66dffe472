// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "library/incidentlistmodel.h"
#include "storage/incidentstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

/// The lazily paged incident table on a real store, checked by QAbstractItemModelTester as it pages.
class TestIncidentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughARegister()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("list.sqlite"))));
        const int total = IncidentListModel::pageSize + 20;
        for (int i = 0; i < total; ++i) {
            IncidentRecord record;
            record.organization = QStringLiteral("Organisation %1").arg(i, 4, 10, QLatin1Char('0'));
            record.incidentDate = QStringLiteral("2026-01-15");
            record.cause = QStringLiteral("misconfiguration");
            record.affectedCount = 100 + i;
            record.affectedUnit = QStringLiteral("customers");
            QVERIFY2(store.saveIncident(record), qPrintable(store.errorString()));
        }

        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reload(&store);
        QCOMPARE(model.totalCount(), total);
        QCOMPARE(model.rowCount(), IncidentListModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QVERIFY(!model.canFetchMore({}));

        // Newest change first: the last record saved heads the list.
        QCOMPARE(model.index(0, IncidentListModel::OrganizationColumn).data().toString(),
            QStringLiteral("Organisation %1").arg(total - 1, 4, 10, QLatin1Char('0')));
        QVERIFY(model.index(0, 0).data(IncidentListModel::IncidentIdRole).toLongLong() > 0);

        model.reload(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsAndFiltersTheWholeRegister()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("sorted.sqlite"))));
        // More records than a page, so sorting and filtering must reach rows that were never loaded.
        const int total = IncidentListModel::pageSize * 2 + 7;
        const QStringList names { QStringLiteral("Zahlfalke GmbH"), QStringLiteral("Ölmühle Nord AG"),
            QStringLiteral("Arzt-Verbund Süd"), QStringLiteral("Ärztekammer Brakenfeld"),
            QStringLiteral("bäckerei groß") };
        for (int i = 0; i < total; ++i) {
            IncidentRecord record;
            record.organization = names.at(i % names.size()) + QStringLiteral(" %1").arg(i, 4, 10, QLatin1Char('0'));
            record.incidentDate = QStringLiteral("2025-%1-15").arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
            record.cause = i % 2 ? QStringLiteral("human_error") : QStringLiteral("misconfiguration");
            if (i % 3) {
                record.affectedCount = i * 10;
                record.affectedUnit = QStringLiteral("customers");
            }
            QVERIFY2(store.saveIncident(record), qPrintable(store.errorString()));
        }
        // The one record the filter must find sits in the last page of the default order.
        IncidentRecord oldest;
        QVERIFY(store.incident(1));
        oldest = *store.incident(1);

        IncidentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(&store);
        const auto loadAll = [&model] {
            while (model.canFetchMore({})) {
                model.fetchMore({});
            }
        };
        const auto column = [&model](int row, int column) { return model.index(row, column).data().toString(); };

        // German collation: Ä with A, Ö with O, lower case among upper; the whole register in order.
        model.sort(IncidentListModel::OrganizationColumn, Qt::AscendingOrder);
        loadAll();
        QCOMPARE(model.rowCount(), total);
        QVERIFY(column(0, 0).startsWith(QLatin1String("Arzt-Verbund")));
        QStringList organizations;
        for (int row = 0; row < model.rowCount(); ++row) {
            organizations.append(column(row, 0).section(QLatin1Char(' '), 0, -2));
        }
        organizations.removeDuplicates();
        QCOMPARE(organizations,
            (QStringList { QStringLiteral("Arzt-Verbund Süd"), QStringLiteral("Ärztekammer Brakenfeld"),
                QStringLiteral("bäckerei groß"), QStringLiteral("Ölmühle Nord AG"),
                QStringLiteral("Zahlfalke GmbH") }));

        // Descending by affected: the largest count first, records without a count last.
        model.sort(IncidentListModel::AffectedColumn, Qt::DescendingOrder);
        loadAll();
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::IncidentIdRole).toLongLong(), qint64(total - 1) + 1);
        QVERIFY(column(total - 1, IncidentListModel::AffectedColumn).isEmpty());

        // The filter finds a record no page had loaded, case-insensitively, in any shown column.
        model.sort(-1, Qt::AscendingOrder); // back to newest change first
        QCOMPARE(model.rowCount(), IncidentListModel::pageSize);
        model.setFilterText(oldest.organization.toUpper());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(IncidentListModel::IncidentIdRole).toLongLong(), oldest.id);
        QVERIFY(!model.canFetchMore({}));
        model.setFilterText(QStringLiteral("human error"));
        loadAll();
        QCOMPARE(model.rowCount(), total / 2);
        model.setFilterText(QStringLiteral("no such words"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), IncidentListModel::pageSize);
        QCOMPARE(model.totalCount(), total);
    }
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
