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
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
