// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "listcommand.h"

#include "clicontext.h"
#include "storage/incidentstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Iwb {

int runListCommand(const CliContext &context, bool json)
{
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    const QList<DocumentSummary> summaries = store.documentSummaries();
    if (json) {
        for (const DocumentSummary &summary : summaries) {
            const QJsonObject object {
                { QStringLiteral("id"), summary.id },
                { QStringLiteral("title"), summary.title },
                { QStringLiteral("language"), summary.language },
                { QStringLiteral("published"),
                    summary.published.isEmpty() ? QJsonValue() : QJsonValue(summary.published) },
                { QStringLiteral("source"), summary.source },
                { QStringLiteral("format"), summary.format },
                { QStringLiteral("facts"), summary.factCount },
                { QStringLiteral("imported_at"), summary.importedAt.toString(Qt::ISODate) },
            };
            context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        }
        return 0;
    }
    context.out << qSetFieldWidth(5) << Qt::right << "ID" << qSetFieldWidth(0) << "  LANG  PUBLISHED   FACTS  TITLE"
                << Qt::endl;
    for (const DocumentSummary &summary : summaries) {
        context.out << qSetFieldWidth(5) << Qt::right << summary.id << qSetFieldWidth(0) << "  " << qSetFieldWidth(4)
                    << Qt::left << (summary.language.isEmpty() ? QStringLiteral("?") : summary.language)
                    << qSetFieldWidth(0) << "  " << qSetFieldWidth(10) << Qt::left
                    << (summary.published.isEmpty() ? QStringLiteral("-") : summary.published) << qSetFieldWidth(0)
                    << "  " << qSetFieldWidth(5) << Qt::right << summary.factCount << qSetFieldWidth(0) << "  "
                    << summary.title << Qt::endl;
    }
    context.out << summaries.size() << " documents in " << store.path() << Qt::endl;
    return 0;
}

} // namespace Iwb
