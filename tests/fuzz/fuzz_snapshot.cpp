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

QString emptyStorePath()
{
    return scratch->filePath(QStringLiteral("empty.sqlite"));
}

// Creating the schema costs far more than the import of a small input; every input starts from a
// copy of one empty store made once (closed, so a file copy is a faithful one).
QString freshStorePath(const char *name)
{
    const QString path = scratch->filePath(QLatin1String(name));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile::remove(path + suffix);
    }
    QFile::copy(emptyStorePath(), path);
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL finds its driver plugins through the application object. It lives until the process
    // ends and is never destroyed: destroyed among the exit handlers, after Qt SQL's own globals,
    // its "destroyed" signal reaches Qt SQL's torn-down connection list and crashes.
    static const auto *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
    scratch = new QTemporaryDir;
    IncidentStore empty;
    if (!empty.open(emptyStorePath())) {
        qFatal("cannot create the empty store: %s", qPrintable(empty.errorString()));
    }
    empty.close();
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
