// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "readcommand.h"

#include "clicontext.h"
#include "document/documentimporter.h"
#include "pagefetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Iwb {

int runReadCommand(const CliContext &context, const QStringList &paths, bool json)
{
    const DocumentImporter importer;
    int exitCode = 0;
    // A mail's attachments follow it, each as if it were a file of its own named MAIL#NAME.
    QList<std::pair<QString, ImportResult>> results;
    for (const QString &argument : expandArticleArguments(paths)) {
        ImportResult read = importArticle(importer, argument);
        const QList<ImportResult> attachments = read.attachments;
        results.append({ argument, read });
        for (const ImportResult &attachment : attachments) {
            const QString name = attachment.document.source().section(QLatin1Char('#'), -1);
            results.append(
                { attachment.isValid() ? QString(argument + QLatin1Char('#') + name) : argument, attachment });
        }
    }
    for (const auto &[path, result] : results) {
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
                if (!document.metadata().author.isEmpty()) {
                    line.insert(QStringLiteral("author"), document.metadata().author);
                }
                if (!document.metadata().attachments.isEmpty()) {
                    line.insert(
                        QStringLiteral("attachments"), QJsonArray::fromStringList(document.metadata().attachments));
                }
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
                    << (document.metadata().author.isEmpty()
                               ? QString()
                               : QStringLiteral("author: %1\n").arg(document.metadata().author))
                    << (document.metadata().attachments.isEmpty()
                               ? QString()
                               : QStringLiteral("attachments: %1\n")
                                     .arg(document.metadata().attachments.join(QStringLiteral(", "))))
                    << "language: " << document.language() << "\n\n"
                    << document.text() << "\n\n";
    }
    context.out.flush();
    return exitCode;
}

} // namespace Iwb
