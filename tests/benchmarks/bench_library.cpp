// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// How long the incident library takes to open on a register of 100,000 records:
// opening the store and loading the first page of the lazy IncidentListModel.
// Run: build/dev/bin/bench_library

#include "library/incidentlistmodel.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Iwb;

namespace {

constexpr int recordCount = 100000;

/// A store with 100,000 records, filled in one transaction straight through SQL (a benchmark fixture, not product
/// code).
const QString &registerPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("register.sqlite"));
        {
            IncidentStore store;
            if (!store.open(file)) {
                qFatal("cannot create the store");
            }
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
            db.setDatabaseName(file);
            db.open();
            db.transaction();
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral(
                "INSERT INTO incidents (organization, incident_date, cause, affected_count, affected_unit, "
                "created_at, modified_at) VALUES (?, ?, ?, ?, 'users', ?, ?)"));
            for (int i = 0; i < recordCount; ++i) {
                const QString at = QStringLiteral("2026-01-01T00:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0'));
                insert.addBindValue(QStringLiteral("Organization %1").arg(i));
                insert.addBindValue(QStringLiteral("2025-%1-15").arg(i % 12 + 1, 2, 10, QLatin1Char('0')));
                insert.addBindValue(i % 2 ? QStringLiteral("human_error") : QStringLiteral("misconfiguration"));
                insert.addBindValue(i);
                insert.addBindValue(at);
                insert.addBindValue(at);
                insert.exec();
            }
            db.commit();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
        return file;
    }();
    return path;
}

void openLibraryOf100000Records(benchmark::State &state)
{
    const QString &path = registerPath();
    for (auto _ : state) {
        IncidentStore store;
        store.open(path);
        IncidentListModel model;
        model.reload(&store);
        benchmark::DoNotOptimize(model.rowCount());
        if (model.totalCount() != recordCount) {
            state.SkipWithError("the register does not hold 100,000 records");
        }
    }
}
BENCHMARK(openLibraryOf100000Records)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
