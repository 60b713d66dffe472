// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "importcommand.h"

#include "clicontext.h"
#include "document/documentimporter.h"
#include "exchange/storesnapshot.h"
#include "pagefetch.h"
#include "storage/incidentstore.h"

#include <QFileInfo>

namespace Iwb {

int runImportCommand(const CliContext &context, const QStringList &paths)
{
    if (paths.isEmpty()) {
        context.err << "incident-cli import: name at least one file or folder to import" << Qt::endl;
        return 2;
    }
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    // A .json file is a store snapshot (incident-cli export --format json): restored whole, into an empty store.
    QStringList articles;
    for (const QString &path : paths) {
        if (!StoreSnapshot::isSnapshotPath(path)) {
            articles.append(path);
            continue;
        }
        StoreSnapshot snapshot;
        if (!snapshot.importFile(store, path)) {
            context.err << "incident-cli import: " << snapshot.errorString() << Qt::endl;
            return 1;
        }
        const StoreSnapshot::Counts counts = snapshot.importedCounts();
        context.out << "restored snapshot " << path << ": " << counts.documents << " documents, " << counts.facts
                    << " facts, " << counts.incidents << " incident records, " << counts.history
                    << " history entries; database " << store.path() << Qt::endl;
    }
    if (articles.isEmpty()) {
        return 0;
    }
    const DocumentImporter importer;
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    for (const QString &path : expandArticleArguments(articles)) {
        ImportResult result = importArticle(importer, path);
        if (!result.isValid()) {
            context.err << "incident-cli import: " << result.error << Qt::endl;
            ++failed;
            continue;
        }
        const auto added = store.addDocument(result.document);
        if (!added) {
            context.err << "incident-cli import: " << path << ": not stored: " << store.errorString() << Qt::endl;
            ++failed;
            continue;
        }
        if (added->isDuplicate) {
            context.out << "already stored as document " << added->id
                        << (added->sameAddress ? " (fetched from the same address)" : "") << ": " << path << Qt::endl;
            ++duplicates;
        } else {
            context.out << "imported document " << added->id << " [" << result.document.language() << "] "
                        << result.document.title() << " (" << path << ")" << Qt::endl;
            ++imported;
        }
    }
    context.out << imported << " imported, " << duplicates << " already stored, " << failed << " failed; database "
                << store.path() << Qt::endl;
    return failed > 0 ? 1 : 0;
}

} // namespace Iwb
