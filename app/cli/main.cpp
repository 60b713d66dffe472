// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-cli: everything the workbench does to data, without a display.

#include "clicontext.h"
#include "importcommand.h"
#include "listcommand.h"
#include "storage/incidentstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Iwb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("IncidentWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("incident-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Incident Workbench on the command line.\n\n"
        "Commands:\n"
        "  import FILES...   import articles (.txt, .md, .html; folders are searched)\n"
        "  list              list the documents in the store"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The SQLite database (default: %1).").arg(IncidentStore::defaultPath()),
                                      QStringLiteral("FILE"), IncidentStore::defaultPath());
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON Lines instead of a table."));
    parser.addOptions({dbOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import or list"));
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("Arguments of the command."), QStringLiteral("[args...]"));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString command = arguments.takeFirst();
    const CliContext context{out, err, parser.value(dbOption)};
    if (command == QLatin1String("import")) {
        return runImportCommand(context, arguments);
    }
    if (command == QLatin1String("list")) {
        return runListCommand(context, parser.isSet(jsonOption));
    }
    err << "incident-cli: unknown command '" << command << "'; try --help" << Qt::endl;
    return 2;
}
