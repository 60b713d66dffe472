// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "pathscommand.h"

#include "annotation/recoverydrafts.h"
#include "clicontext.h"
#include "document/isolatedparser.h"
#include "extraction/rulepack.h"
#include "installation/installedfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace Iwb {

int runPathsCommand(const CliContext &context, const QString &rulesRoot, bool json)
{
    const QString userData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Each entry: its key in JSON and the words a person reads.
    const QList<std::pair<QString, QString>> entries {
        { QStringLiteral("store"), context.databasePath },
        { QStringLiteral("settings"), QSettings().fileName() },
        { QStringLiteral("recovery_drafts"), RecoveryDrafts::defaultFolder() },
        { QStringLiteral("rule_overrides"), userData + QStringLiteral("/rules") },
        { QStringLiteral("rules_de"), RulePack::folderFor(QStringLiteral("de"), rulesRoot) },
        { QStringLiteral("rules_en"), RulePack::folderFor(QStringLiteral("en"), rulesRoot) },
        { QStringLiteral("samples"), InstalledFiles::dataFolder(QStringLiteral("samples")) },
        { QStringLiteral("parse_helper"), IsolatedParser::helperPath() },
        { QStringLiteral("cache"), QStandardPaths::writableLocation(QStandardPaths::CacheLocation) },
    };
    const QStringList searchPath = InstalledFiles::dataSearchPath();
    if (json) {
        QJsonObject object;
        for (const auto &[key, path] : entries) {
            object.insert(key, path);
        }
        object.insert(QStringLiteral("installed"), !InstalledFiles::runsFromBuildFolder());
        object.insert(QStringLiteral("data_search_path"), QJsonArray::fromStringList(searchPath));
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (const auto &[key, path] : entries) {
        context.out << QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')) << ": "
                    << (path.isEmpty() ? QStringLiteral("(none)") : path) << '\n';
    }
    context.out << "installed: " << (InstalledFiles::runsFromBuildFolder() ? "no (a build folder)" : "yes") << '\n';
    context.out << "data search path: " << searchPath.join(QLatin1Char(':')) << Qt::endl;
    return 0;
}

} // namespace Iwb
