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
    // Stores one document (a file, or an attachment of a mail: @p label says which) and reports it.
    const auto store_ = [&](ImportResult result, const QString &path, const QString &label) {
        if (!result.isValid()) {
            context.err << "incident-cli import: " << result.error << Qt::endl;
            ++failed;
            return;
        }
        const auto added = store.addDocument(result.document);
        if (!added) {
            context.err << "incident-cli import: " << path << ": not stored: " << store.errorString() << Qt::endl;
            ++failed;
            return;
        }
        if (added->isDuplicate) {
            context.out << "already stored as document " << added->id
                        << (added->sameAddress ? " (fetched from the same address)" : "") << ": " << label << Qt::endl;
            ++duplicates;
        } else {
            context.out << "imported document " << added->id << " [" << result.document.language() << "] "
                        << result.document.title() << " (" << label << ")" << Qt::endl;
            ++imported;
        }
    };
    for (const QString &path : expandArticleArguments(articles)) {
        const ImportResult result = importArticle(importer, path);
        store_(result, path, path);
        if (!result.isValid()) {
            continue;
        }
        // A mail's attachments that are articles: documents of their own, right after the mail.
        for (const ImportResult &attachment : result.attachments) {
            const QString name = attachment.document.source().section(QLatin1Char('#'), -1);
            store_(attachment, path,
                attachment.isValid() ? QStringLiteral("%1, attachment '%2'").arg(path, name) : QString());
        }
    }
    context.out << imported << " imported, " << duplicates << " already stored, " << failed << " failed; database "
                << store.path() << Qt::endl;
    return failed > 0 ? 1 : 0;
}

} // namespace Iwb
