// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The JSON snapshot importer on arbitrary files: a snapshot is restored whole or not at all, and a
// restored one exports and restores again. A refused file leaves the store as empty as it was.

#include "exchange/storesnapshot.h"
#include "fuzzinput.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace Iwb;

namespace {

QTemporaryDir *scratch = nullptr;

QString freshStorePath(const char *name)
{
    const QString path = scratch->filePath(QLatin1String(name));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(path + suffix);
    }
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL finds its driver plugins through the application object. It lives until the process ends,
    // never destroyed: destroyed at exit, after Qt SQL's own globals, it crashed now and then.
    new QCoreApplication(*argc, *argv);
    scratch = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QString file = scratch->filePath(QStringLiteral("input.json"));
    {
        QFile out(file);
        FUZZ_REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_REQUIRE(out.write(input.bytes()) == input.bytes().size());
    }
    IncidentStore store;
    FUZZ_REQUIRE(store.open(freshStorePath("first.sqlite")));
    StoreSnapshot snapshot;
    if (!snapshot.importFile(store, file)) {
        FUZZ_REQUIRE(!snapshot.errorString().isEmpty());
        FUZZ_REQUIRE(store.documentCount() == 0);
        FUZZ_REQUIRE(store.incidentCount() == 0);
        return 0;
    }
    // Restored: it writes out, and what it writes restores again.
    const QString again = scratch->filePath(QStringLiteral("again.json"));
    FUZZ_REQUIRE(snapshot.writeFile(store, again));
    IncidentStore second;
    FUZZ_REQUIRE(second.open(freshStorePath("second.sqlite")));
    StoreSnapshot reread;
    FUZZ_REQUIRE(reread.importFile(second, again));
    FUZZ_REQUIRE(second.documentCount() == store.documentCount());
    FUZZ_REQUIRE(second.incidentCount() == store.incidentCount());
    return 0;
}
