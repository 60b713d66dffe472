// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "backupcommand.h"

#include "clicontext.h"
#include "storage/incidentstore.h"
#include "storage/storebackup.h"

#include <QFileInfo>

namespace Iwb {

int runBackupCommand(const CliContext &context, const QString &target)
{
    if (target.isEmpty()) {
        context.err << "incident-cli backup: name the backup file with --to FILE" << Qt::endl;
        return 2;
    }
    if (!QFileInfo::exists(context.databasePath)) {
        context.err << "incident-cli backup: " << context.databasePath << ": no such store" << Qt::endl;
        return 1;
    }
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    QString error;
    if (!StoreBackup::backUp(store, target, &error)) {
        context.err << "incident-cli backup: " << error << Qt::endl;
        return 1;
    }
    context.out << "backed up " << store.path() << " (" << store.documentCount() << " documents, "
                << store.incidentCount() << " incident records) to " << target << Qt::endl;
    return 0;
}

int runRestoreCommand(const CliContext &context, const QString &backup)
{
    if (backup.isEmpty()) {
        context.err << "incident-cli restore: name the backup with --from FILE" << Qt::endl;
        return 2;
    }
    QString error;
    QString keptAs;
    if (!StoreBackup::restore(backup, context.databasePath, &error, &keptAs)) {
        context.err << "incident-cli restore: " << error << Qt::endl;
        return 1;
    }
    context.out << "restored " << context.databasePath << " from " << backup;
    if (!keptAs.isEmpty()) {
        context.out << "; the file it replaced is kept as " << keptAs;
    }
    context.out << Qt::endl;
    return 0;
}

} // namespace Iwb
