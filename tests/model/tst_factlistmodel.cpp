// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotation/factlistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Iwb;

namespace {

Fact fact(FactType type, qsizetype start, qsizetype end, const QString &text, const QJsonValue &value = {})
{
    Fact f;
    f.type = type;
    f.start = start;
    f.end = end;
    f.text = text;
    f.value = value;
    f.origin = QStringLiteral("de.test");
    return f;
}

} // namespace

class TestFactListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByTypeInTextOrder()
    {
        FactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<qint64> keys = model.setFacts({
            fact(FactType::Count, 40, 52, QStringLiteral("4.100 Logins"),
                QJsonObject {
                    { QStringLiteral("count"), 4100 }, { QStringLiteral("unit"), QStringLiteral("logins") } }),
            fact(FactType::Date, 10, 20, QStringLiteral("9.12.2019"), QStringLiteral("2019-12-09")),
            fact(FactType::Count, 5, 15, QStringLiteral("250 Mio."),
                QJsonObject {
                    { QStringLiteral("count"), 250000000 }, { QStringLiteral("unit"), QStringLiteral("records") } }),
        });
        QCOMPARE(keys.size(), 3);
        QCOMPARE(model.rowCount(), allFactTypes().size());
        const QModelIndex counts = model.index(static_cast<int>(FactType::Count), 0);
        QCOMPARE(counts.data().toString(), QStringLiteral("count (2)"));
        QCOMPARE(model.rowCount(counts), 2);
        QCOMPARE(model.index(0, FactListModel::TextColumn, counts).data().toString(), QStringLiteral("250 Mio."));
        QCOMPARE(model.index(1, FactListModel::ValueColumn, counts).data().toString(),
            QLocale().toString(4100) + QStringLiteral(" logins"));
        QCOMPARE(model.keyForIndex(model.index(1, 0, counts)), keys.at(0));
        QCOMPARE(model.facts().first().text, QStringLiteral("250 Mio."));
        QCOMPARE(model.keysAt(12), QList<qint64>({ keys.at(1), keys.at(2) })); // both 10 long: key order
        QCOMPARE(model.keysAt(45), QList<qint64> { keys.at(0) });
    }

    void insertUpdateRemoveKeepKeys()
    {
        FactListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &FactListModel::factsChanged);

        const qint64 a = model.insertFact(fact(FactType::Duration, 30, 40, QStringLiteral("31 Minuten"), 31));
        const qint64 b = model.insertFact(fact(FactType::Duration, 5, 15, QStringLiteral("40 Minuten"), 40));
        QCOMPARE(inserted.count(), 2);
        const QModelIndex durations = model.index(static_cast<int>(FactType::Duration), 0);
        QCOMPARE(model.index(0, 0, durations).data(FactListModel::FactKeyRole).toLongLong(), b);

        // Changing the type moves the fact to another group, same key.
        Fact moved = model.fact(a);
        moved.type = FactType::Count;
        model.updateFact(a, moved);
        QCOMPARE(model.fact(a).type, FactType::Count);
        QCOMPARE(model.rowCount(durations), 1);
        QVERIFY(model.indexForKey(a).parent() == model.index(static_cast<int>(FactType::Count), 0));

        // Status changes stay in place.
        Fact accepted = model.fact(b);
        accepted.status = FactStatus::Accepted;
        model.updateFact(b, accepted);
        QVERIFY(
            model.indexForKey(b, FactListModel::StatusColumn).data().toString().startsWith(QLatin1String("accepted")));

        model.removeFact(b);
        QVERIFY(!model.contains(b));
        QCOMPARE(model.factCount(), 1);
        QCOMPARE(removed.count(), 2); // one for the move, one for the removal

        // Re-inserting with the old key (undo) gives it back.
        QCOMPARE(model.insertFact(accepted, b), b);
        QCOMPARE(model.fact(b).status, FactStatus::Accepted);
        QVERIFY(changed.count() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestFactListModel)
#include "tst_factlistmodel.moc"
