// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "pagefetch.h"

#include "document/urlimporter.h"

#include <QEventLoop>

namespace Iwb {

ImportResult fetchPage(const QString &address)
{
    QString error;
    const auto url = UrlImporter::parseUrl(address, &error);
    if (!url) {
        return { {}, error, {} };
    }
    UrlImporter fetcher;
    ImportResult result;
    QEventLoop loop;
    QObject::connect(&fetcher, &UrlImporter::finished, &loop, [&](const ImportResult &outcome) {
        result = outcome;
        loop.quit();
    });
    fetcher.start(*url);
    if (fetcher.isRunning()) {
        loop.exec();
    }
    return result;
}

QStringList expandArticleArguments(const QStringList &arguments)
{
    QStringList expanded;
    for (const QString &argument : arguments) {
        expanded += UrlImporter::isWebAddress(argument) ? QStringList { argument }
                                                        : DocumentImporter::expandPaths({ argument });
    }
    return expanded;
}

ImportResult importArticle(const DocumentImporter &importer, const QString &argument)
{
    return UrlImporter::isWebAddress(argument) ? fetchPage(argument) : importer.importFile(argument);
}

} // namespace Iwb
