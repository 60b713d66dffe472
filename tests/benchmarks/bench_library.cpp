// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// How the incident library answers on registers of 100,000 and 1,000,000
// records: opening the store and showing the first page, filtering (a rare and a
// common text), sorting by organization (German collation) and by affected
// count, and the 2,000th page. The goal (issue "one place for each job"): first
// page under 100 ms and any filter or sort under 300 ms at 1,000,000 records.
// Run: build/dev/bin/bench_library  (the 1,000,000 store takes a minute to make)

#include "library/incidentlistmodel.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Iwb;

namespace {

/// A store with @p count records, filled in one transaction straight through SQL (a benchmark fixture, not
/// product code), as another program would; the first open gives the records their library keys.
const QString &registerPath(int count)
{
    static QTemporaryDir dir;
    static QHash<int, QString> paths;
    if (paths.contains(count)) {
        return paths[count];
    }
    const QString file = dir.filePath(QStringLiteral("register-%1.sqlite").arg(count));
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
        insert.prepare(QStringLiteral("INSERT INTO incidents (organization, incident_date, cause, affected_count, "
                                      "affected_unit, created_at, modified_at) VALUES (?, ?, ?, ?, 'users', ?, ?)"));
        const QString prefixes[] = { QStringLiteral("Stadtwerke"), QStringLiteral("Ärztekammer"),
            QStringLiteral("Zahlfalke"), QStringLiteral("Ölmühle"), QStringLiteral("bäckerei") };
        for (int i = 0; i < count; ++i) {
            const QString at = QStringLiteral("2026-01-%1T00:%2:%3.000Z")
                                   .arg(i / 3600 % 28 + 1, 2, 10, QLatin1Char('0'))
                                   .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                                   .arg(i % 60, 2, 10, QLatin1Char('0'));
            insert.addBindValue(QString(prefixes[i % 5] + QStringLiteral(" Organization %1").arg(i)));
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
    QElapsedTimer timer;
    timer.start();
    {
        IncidentStore store;
        store.open(file);
    }
    fprintf(stderr, "library keys for %d records written by another program: %lld ms (once)\n", count,
        static_cast<long long>(timer.elapsed()));
    paths.insert(count, file);
    return paths[count];
}

void openLibrary(benchmark::State &state)
{
    const int count = static_cast<int>(state.range(0));
    const QString &path = registerPath(count);
    for (auto _ : state) {
        IncidentStore store;
        store.open(path);
        IncidentListModel model;
        model.reload(&store);
        benchmark::DoNotOptimize(model.rowCount());
        if (model.totalCount() != count || model.rowCount() != IncidentListModel::pageSize) {
            state.SkipWithError("the register does not hold the records");
        }
    }
}

/// One library on an open store; each benchmark changes its query and times the first page.
template<typename Change> void timeQuery(benchmark::State &state, Change change)
{
    const QString &path = registerPath(static_cast<int>(state.range(0)));
    IncidentStore store;
    store.open(path);
    IncidentListModel model;
    model.reload(&store);
    bool flip = false;
    for (auto _ : state) {
        change(model, flip);
        flip = !flip;
        benchmark::DoNotOptimize(model.rowCount());
    }
}

void filterRare(benchmark::State &state)
{
    // One record in the register, far beyond the first page in any order.
    timeQuery(state, [](IncidentListModel &model, bool flip) {
        model.setFilterText(flip ? QStringLiteral("organization 4711 ") : QStringLiteral("Organization 4711"));
    });
}

void filterCommon(benchmark::State &state)
{
    timeQuery(state, [](IncidentListModel &model, bool flip) {
        model.setFilterText(flip ? QStringLiteral("human error") : QStringLiteral("misconfiguration"));
    });
}

void sortByOrganization(benchmark::State &state)
{
    timeQuery(state, [](IncidentListModel &model, bool flip) {
        model.sort(IncidentListModel::OrganizationColumn, flip ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
}

void sortByAffected(benchmark::State &state)
{
    timeQuery(state, [](IncidentListModel &model, bool flip) {
        model.sort(IncidentListModel::AffectedColumn, flip ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
}

void sortFilteredByDate(benchmark::State &state)
{
    timeQuery(state, [](IncidentListModel &model, bool flip) {
        model.setFilterText(QStringLiteral("ölmühle"));
        model.sort(IncidentListModel::DateColumn, flip ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
}

void pageTwoThousand(benchmark::State &state)
{
    // Scrolling deep: the next page after row 1,000,000 costs what the second page costs.
    const QString &path = registerPath(static_cast<int>(state.range(0)));
    IncidentStore store;
    store.open(path);
    IncidentQuery query;
    std::optional<IncidentSummary> last;
    for (int page = 0; page < 50; ++page) {
        last = store.incidentPage(query, last, IncidentListModel::pageSize).last();
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.incidentPage(query, last, IncidentListModel::pageSize));
    }
}

constexpr int hundredThousand = 100000;
constexpr int million = 1000000;
BENCHMARK(openLibrary)->Arg(hundredThousand)->Arg(million)->Unit(benchmark::kMillisecond);
BENCHMARK(filterRare)->Arg(hundredThousand)->Arg(million)->Unit(benchmark::kMillisecond);
BENCHMARK(filterCommon)->Arg(hundredThousand)->Arg(million)->Unit(benchmark::kMillisecond);
BENCHMARK(sortByOrganization)->Arg(hundredThousand)->Arg(million)->Unit(benchmark::kMillisecond);
BENCHMARK(sortByAffected)->Arg(hundredThousand)->Arg(million)->Unit(benchmark::kMillisecond);
BENCHMARK(sortFilteredByDate)->Arg(hundredThousand)->Arg(million)->Unit(benchmark::kMillisecond);
BENCHMARK(pageTwoThousand)->Arg(million)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
