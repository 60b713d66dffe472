// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-cli: everything the workbench does to data, without a display.

#include "backupcommand.h"
#include "clicontext.h"
#include "comparecommand.h"
#include "exportcommand.h"
#include "extractcommand.h"
#include "importcommand.h"
#include "incidentcomparecommand.h"
#include "learncommand.h"
#include "linkcommand.h"
#include "listcommand.h"
#include "pathscommand.h"
#include "readcommand.h"
#include "registercommand.h"
#include "registerimportcommand.h"
#include "storage/incidentstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Iwb;

int main(int argc, char *argv[])
{
    // The notification report lays out text with fonts, which needs a QGuiApplication; it draws on the
    // offscreen platform, which has the system's fonts (the minimal platform has none, and the report would
    // have no text), so it needs no display. Every other command stays a plain QCoreApplication.
    const bool needsGui = std::any_of(argv + 1, argv + argc,
        [](const char *arg) { return qstrcmp(arg, "report") == 0 || qstrcmp(arg, "letter") == 0; });
    if (needsGui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application
        = needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("IncidentWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("incident-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Incident Workbench on the command line.\n\n"
        "Commands:\n"
        "  import FILES...   import articles (.txt, .md, .html, .pdf, .docx, .eml and .msg and their attachments; "
        "folders are "
        "searched; http:// and https:// "
        "addresses are fetched); a .json store snapshot into an empty store\n"
        "  read FILES...     print what import would read from each file or address (title, date, language, text; "
        "--json)\n"
        "  list              list the documents in the store\n"
        "  export            write the register as CSV, a JSON store snapshot or VERIS (--format, --out; see "
        "docs/exchange.md)\n"
        "  extract FILES...  find the facts and the incident record in articles (--db also stores them)\n"
        "  bench FILES...    time the extraction pipeline (MB/s, articles/s, peak memory)\n"
        "  compare           agreement of two stores (--db A --db B), or of extraction and the curated facts (--db A "
        "--automatic)\n"
        "  compare --incidents ID,ID...  incident records of one store field by field, with their timelines\n"
        "  similar ID        the records most like incident ID, with score and reasons (--limit N)\n"
        "  link --document ID --incident ID   add a stored article to an incident's sources, deciding each difference\n"
        "                    (fills take the article's value; --take F,... and --both F,... for conflicts; --dry-run)\n"
        "  unlink --document ID --incident ID the article leaves the incident and gets a record of its own\n"
        "  learn             train the extraction model from the store's curated articles (--db; --out FILE)\n"
        "  learn --evaluate --gold DIR [--folds K]  cross-validate it on gold articles: the learning curve\n"
        "  paths             where the store, settings, recovery drafts, rules, samples and caches are (--json)\n"
        "  backup --to FILE  a consistent copy of the store (also while another program writes to it)\n"
        "  restore --from FILE  the store becomes the backup FILE; the file it replaces is kept beside it\n"
        "  register          the GDPR breach register: each entry with status, risk and its 72-hour deadline "
        "(--overdue, --json; --ics FILE: the open deadlines as a calendar with reminders)\n"
        "  register new CONTROLLER [KEY=VALUE...] | configure ID KEY=VALUE...  a register and its settings\n"
        "  register mark INCIDENT --in-register ID  the incident is a breach of that controller (pre-filled); "
        "register remove ENTRY takes it out again (refused once a notification is logged)\n"
        "  register import FILE.csv|FILE.xlsx [COLUMN=FIELD...] --in-register ID [--dry-run]  a spreadsheet "
        "register: columns mapped (remembered per layout), duplicates and rows that do not fit reported\n"
        "  register set ENTRY FIELD=VALUE... | confirm ENTRY FIELD...|all | sent ENTRY [TIME] --reference REF "
        "[--attach FILE]\n"
        "  report ID --out FILE.pdf  the German notification report of register entry ID (Art. 33(3)); --follow-up: "
        "what changed since the last notification sent (Art. 33(4))\n"
        "  letter ID --out FILE.pdf|FILE.txt  the Art. 34 letter to the data subjects (or the documented reason "
        "not to send one)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The SQLite database (default: %1).").arg(IncidentStore::defaultPath()), QStringLiteral("FILE"),
        IncidentStore::defaultPath());
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON Lines instead of a table."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("extract: the article language, de or en (default: detected)."), QStringLiteral("LANG"));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
        QStringLiteral("extract: the publication date relative dates count from (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
        QStringLiteral("extract, bench: a folder with de/ and en/ rule packs."), QStringLiteral("DIR"));
    const QCommandLineOption linesOption(
        QStringLiteral("lines"), QStringLiteral("bench: every line of the files is one article."));
    const QCommandLineOption automaticOption(QStringLiteral("automatic"),
        QStringLiteral("compare: the facts extraction finds now against the curated ones."));
    parser.addOptions(
        { dbOption, jsonOption, languageOption, publishedOption, rulesOption, linesOption, automaticOption });
    // export: what to write, and which records.
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("export: csv, xlsx (the csv's columns as a workbook), json (whole store) or veris."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption factsOption(
        QStringLiteral("facts"), QStringLiteral("export csv or xlsx: one row per fact instead of per record."));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
        QStringLiteral("export: only records matching KEY=VALUE (cause, review, organization, "
                       "from, to, text); repeatable."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption idsOption(
        QStringLiteral("ids"), QStringLiteral("export: only these incident ids (1,2,3)."), QStringLiteral("IDS"));
    const QCommandLineOption delimiterOption(
        QStringLiteral("delimiter"), QStringLiteral("export csv: ',' (default), ';' or tab."), QStringLiteral("CHAR"));
    const QCommandLineOption bomOption(
        QStringLiteral("bom"), QStringLiteral("export csv: start with a UTF-8 byte order mark."));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("export: the file to write (- for standard output)."), QStringLiteral("FILE"));
    parser.addOptions({ formatOption, factsOption, filterOption, idsOption, delimiterOption, bomOption, outOption });
    // compare --incidents, similar: incident records of one store side by side (docs/comparison.md).
    const QCommandLineOption incidentsOption(QStringLiteral("incidents"),
        QStringLiteral("compare: these incident records of one store, field by field (1,4)."), QStringLiteral("IDS"));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("similar: list at most N records (default 20)."), QStringLiteral("N"));
    parser.addOptions({ incidentsOption, limitOption });
    // link, unlink: an article joins or leaves an incident (docs/sources.md).
    const QCommandLineOption documentOption(
        QStringLiteral("document"), QStringLiteral("link, unlink: the stored article's id."), QStringLiteral("ID"));
    const QCommandLineOption incidentOption(
        QStringLiteral("incident"), QStringLiteral("link, unlink: the incident record's id."), QStringLiteral("ID"));
    const QCommandLineOption takeOption(QStringLiteral("take"),
        QStringLiteral("link: fields where the article's value replaces the record's (a,b)."),
        QStringLiteral("FIELDS"));
    const QCommandLineOption bothOption(QStringLiteral("both"),
        QStringLiteral("link: list fields that keep both sides (data_exposed, data_not_exposed)."),
        QStringLiteral("FIELDS"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QStringLiteral("link, unlink, register import: print what would change, write nothing."));
    parser.addOptions({ documentOption, incidentOption, takeOption, bothOption, dryRunOption });
    // backup, restore: copies of the store (docs/store.md#backups).
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("backup: the file to write the copy to."), QStringLiteral("FILE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), QStringLiteral("restore: the backup to restore."), QStringLiteral("FILE"));
    parser.addOptions({ toOption, fromOption });
    // learn: the learned extraction model (docs/extraction.md#learning); extract --model uses one.
    const QCommandLineOption registerOption(
        QStringLiteral("register"), QStringLiteral("export: the breach register, one row per entry (csv or xlsx)."));
    parser.addOption(registerOption);
    const QCommandLineOption overdueOption(QStringLiteral("overdue"),
        QStringLiteral("register: only entries past their deadline with no notification sent."));
    parser.addOption(overdueOption);
    const QCommandLineOption registerIdOption(QStringLiteral("in-register"),
        QStringLiteral("register mark: the register the incident is a breach for."), QStringLiteral("ID"));
    const QCommandLineOption referenceOption(QStringLiteral("reference"),
        QStringLiteral("register sent: the authority's reference of the notification."), QStringLiteral("REF"));
    const QCommandLineOption attachOption(QStringLiteral("attach"),
        QStringLiteral("register sent: the report as sent (PDF), kept unchanged."), QStringLiteral("FILE"));
    parser.addOptions({ registerIdOption, referenceOption, attachOption });
    const QCommandLineOption followUpOption(QStringLiteral("follow-up"),
        QStringLiteral("report: the follow-up report (Art. 33(4)): what changed since the last notification sent."));
    const QCommandLineOption icsOption(QStringLiteral("ics"),
        QStringLiteral("register: write every open deadline to an iCalendar file with reminders."),
        QStringLiteral("FILE"));
    parser.addOptions({ followUpOption, icsOption });
    const QCommandLineOption evaluateOption(
        QStringLiteral("evaluate"), QStringLiteral("learn: cross-validate on --gold instead of training."));
    const QCommandLineOption goldOption(QStringLiteral("gold"),
        QStringLiteral("learn --evaluate: a folder of CASIE <id>.txt and <id>.json."), QStringLiteral("DIR"));
    const QCommandLineOption foldsOption(QStringLiteral("folds"),
        QStringLiteral("learn --evaluate: k of the k-fold cross-validation (5)."), QStringLiteral("K"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
        QStringLiteral("extract, bench: the learned model (JSON from learn --out) that decides the facts."),
        QStringLiteral("FILE"));
    const QCommandLineOption examplesOption(QStringLiteral("examples"),
        QStringLiteral("learn --evaluate: also write the labelled proposals as SVMlight (qid = article)."),
        QStringLiteral("FILE"));
    const QCommandLineOption predOption(QStringLiteral("pred"),
        QStringLiteral("learn --evaluate on record gold: write the cross-validated predictions to DIR/<n>/."),
        QStringLiteral("DIR"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
        QStringLiteral("learn: the probability from which a proposal is a fact (default: the trainer's)."),
        QStringLiteral("P"));
    const QCommandLineOption positiveWeightOption(QStringLiteral("positive-weight"),
        QStringLiteral("learn: the weight of true facts against rejected ones (default: the trainer's)."),
        QStringLiteral("W"));
    parser.addOptions({ evaluateOption, goldOption, foldsOption, modelOption, examplesOption, predOption,
        thresholdOption, positiveWeightOption });
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("import, read, list, export, extract, bench, compare, similar, link, unlink, learn, paths, "
                       "backup, restore, register, report or letter"));
    parser.addPositionalArgument(
        QStringLiteral("args"), QStringLiteral("Arguments of the command."), QStringLiteral("[args...]"));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString command = arguments.takeFirst();
    const CliContext context { out, err, parser.value(dbOption) };
    if (command == QLatin1String("import")) {
        return runImportCommand(context, arguments);
    }
    if (command == QLatin1String("read")) {
        return runReadCommand(context, arguments, parser.isSet(jsonOption));
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
        options.model = parser.value(modelOption);
        return runExtractCommand(context, arguments, options);
    }
    if (command == QLatin1String("compare") && parser.isSet(incidentsOption)) {
        IncidentCompareOptions options;
        options.incidents = parser.value(incidentsOption);
        options.databaseCount = static_cast<int>(parser.values(dbOption).size());
        options.automatic = parser.isSet(automaticOption);
        options.arguments = arguments;
        options.json = parser.isSet(jsonOption);
        return runIncidentCompareCommand(context, options);
    }
    if (command == QLatin1String("similar")) {
        SimilarOptions options;
        options.arguments = arguments;
        options.limit = parser.value(limitOption);
        options.databaseCount = static_cast<int>(parser.values(dbOption).size());
        options.json = parser.isSet(jsonOption);
        return runSimilarCommand(context, options);
    }
    if (command == QLatin1String("compare")) {
        // The one command that takes --db twice: the reference first, then the other version.
        CompareOptions options;
        options.databases = parser.values(dbOption);
        options.automatic = parser.isSet(automaticOption);
        options.json = parser.isSet(jsonOption);
        options.rulesRoot = parser.value(rulesOption);
        return runCompareCommand(context, options);
    }
    if (command == QLatin1String("export")) {
        ExportOptions options;
        options.format = parser.value(formatOption);
        options.facts = parser.isSet(factsOption);
        options.breachRegister = parser.isSet(registerOption);
        options.filters = parser.values(filterOption);
        options.ids = parser.value(idsOption);
        options.delimiter = parser.value(delimiterOption);
        options.byteOrderMark = parser.isSet(bomOption);
        options.out = parser.value(outOption);
        return runExportCommand(context, options);
    }
    if (command == QLatin1String("link") || command == QLatin1String("unlink")) {
        LinkOptions options;
        options.document = parser.value(documentOption);
        options.incident = parser.value(incidentOption);
        options.take = parser.values(takeOption);
        options.both = parser.values(bothOption);
        options.arguments = arguments;
        options.rulesRoot = parser.value(rulesOption);
        options.dryRun = parser.isSet(dryRunOption);
        options.json = parser.isSet(jsonOption);
        return command == QLatin1String("link") ? runLinkCommand(context, options) : runUnlinkCommand(context, options);
    }
    if (command == QLatin1String("learn")) {
        LearnOptions options;
        options.evaluate = parser.isSet(evaluateOption);
        options.gold = parser.value(goldOption);
        options.folds = parser.value(foldsOption);
        options.out = parser.value(outOption);
        options.examples = parser.value(examplesOption);
        options.pred = parser.value(predOption);
        options.threshold = parser.value(thresholdOption);
        options.positiveWeight = parser.value(positiveWeightOption);
        options.rulesRoot = parser.value(rulesOption);
        return runLearnCommand(context, options);
    }
    if (command == QLatin1String("paths")) {
        return runPathsCommand(context, parser.value(rulesOption), parser.isSet(jsonOption));
    }
    if (command == QLatin1String("backup")) {
        return runBackupCommand(context, parser.value(toOption));
    }
    if (command == QLatin1String("restore")) {
        return runRestoreCommand(context, parser.value(fromOption));
    }
    if (command == QLatin1String("register")) {
        if (arguments.value(0) == QLatin1String("import")) {
            return runRegisterImportCommand(
                context, arguments.mid(1), parser.value(registerIdOption), parser.isSet(dryRunOption));
        }
        if (!arguments.isEmpty()) {
            return runRegisterEditCommand(context, arguments, parser.value(registerIdOption),
                parser.value(referenceOption), parser.value(attachOption));
        }
        if (parser.isSet(icsOption)) {
            return runRegisterCalendarCommand(context, parser.value(icsOption));
        }
        return runRegisterCommand(context, parser.isSet(overdueOption), parser.isSet(jsonOption));
    }
    if (command == QLatin1String("report")) {
        return runReportCommand(context, arguments.value(0), parser.value(outOption), parser.isSet(followUpOption));
    }
    if (command == QLatin1String("letter")) {
        return runLetterCommand(context, arguments.value(0), parser.value(outOption));
    }
    if (command == QLatin1String("bench")) {
        return runBenchCommand(
            context, arguments, parser.value(rulesOption), parser.isSet(linesOption), parser.value(modelOption));
    }
    err << "incident-cli: unknown command '" << command << "'; try --help" << Qt::endl;
    return 2;
}
