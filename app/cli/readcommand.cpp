// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "readcommand.h"

#include "clicontext.h"
#include "document/documentimporter.h"
#include "pagefetch.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Iwb {

int runReadCommand(const CliContext &context, const QStringList &paths, bool json)
{
    const DocumentImporter importer;
    int exitCode = 0;
    for (const QString &path : expandArticleArguments(paths)) {
        const ImportResult result = importArticle(importer, path);
        if (!result.isValid()) {
            exitCode = 1;
        }
        if (json) {
            QJsonObject line { { QStringLiteral("path"), path } };
            if (result.isValid()) {
                const Document &document = result.document;
                line.insert(QStringLiteral("title"), document.title());
                line.insert(QStringLiteral("published"), document.published());
                line.insert(QStringLiteral("language"), document.language());
                line.insert(QStringLiteral("text"), document.text());
                if (!document.metadata().fetchedUrl.isEmpty()) {
                    line.insert(QStringLiteral("fetched_url"), document.metadata().fetchedUrl);
                }
            } else {
                line.insert(QStringLiteral("error"), result.error);
            }
            context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        if (!result.isValid()) {
            context.err << result.error << '\n';
            continue;
        }
        const Document &document = result.document;
        context.out << "== " << path << '\n'
                    << "title: " << document.title() << '\n'
                    << "published: " << document.published() << '\n'
                    << "language: " << document.language() << "\n\n"
                    << document.text() << "\n\n";
    }
    context.out.flush();
    return exitCode;
}

} // namespace Iwb
