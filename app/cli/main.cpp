// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-cli: everything the workbench does to data, without a display.

#include "clicontext.h"
#include "extractcommand.h"
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
        "  list              list the documents in the store\n"
        "  extract FILES...  find the facts and the incident record in articles (--db also stores them)\n"
        "  bench FILES...    time the extraction pipeline (MB/s, articles/s, peak memory)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The SQLite database (default: %1).").arg(IncidentStore::defaultPath()),
                                      QStringLiteral("FILE"), IncidentStore::defaultPath());
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON Lines instead of a table."));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("extract: the article language, de or en (default: detected)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             QStringLiteral("extract: the publication date relative dates count from (YYYY-MM-DD)."),
                                             QStringLiteral("DATE"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), QStringLiteral("extract, bench: a folder with de/ and en/ rule packs."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("bench: every line of the files is one article."));
    parser.addOptions({dbOption, jsonOption, languageOption, publishedOption, rulesOption, linesOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("import, list, extract or bench"));
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
    if (command == QLatin1String("extract")) {
        ExtractOptions options;
        options.json = parser.isSet(jsonOption);
        options.language = parser.value(languageOption);
        options.published = parser.value(publishedOption);
        options.rulesRoot = parser.value(rulesOption);
        options.store = parser.isSet(dbOption);
        return runExtractCommand(context, arguments, options);
    }
    if (command == QLatin1String("bench")) {
        return runBenchCommand(context, arguments, parser.value(rulesOption), parser.isSet(linesOption));
    }
    err << "incident-cli: unknown command '" << command << "'; try --help" << Qt::endl;
    return 2;
}
