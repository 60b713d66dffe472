// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exportcommand.h"

#include "clicontext.h"
#include "exchange/csvexporter.h"
#include "exchange/registercsv.h"
#include "exchange/storesnapshot.h"
#include "exchange/verisexporter.h"
#include "exchange/xlsxtablewriter.h"
#include "storage/incidentstore.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <optional>

namespace Iwb {

namespace {

    int usage(const CliContext &context, const QString &message)
    {
        context.err << "incident-cli export: " << message << Qt::endl;
        return 2;
    }

} // namespace

int runExportCommand(const CliContext &context, const ExportOptions &options)
{
    const QStringList formats { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json"),
        QStringLiteral("veris") };
    if (!formats.contains(options.format)) {
        return usage(context, QStringLiteral("--format must be csv, xlsx, json or veris"));
    }
    if (options.out.isEmpty()) {
        return usage(context, QStringLiteral("name the output file with --out FILE (or --out - for standard output)"));
    }
    const bool csv = options.format == QLatin1String("csv");
    const bool xlsx = options.format == QLatin1String("xlsx");
    if (xlsx && (!options.delimiter.isEmpty() || options.byteOrderMark)) {
        return usage(context, QStringLiteral("--delimiter and --bom apply to --format csv only"));
    }
    if (!csv && !xlsx && (options.facts || !options.delimiter.isEmpty() || options.byteOrderMark)) {
        return usage(context, QStringLiteral("--facts, --delimiter and --bom apply to --format csv only"));
    }
    const bool json = options.format == QLatin1String("json");
    if (json && (!options.filters.isEmpty() || !options.ids.isEmpty())) {
        return usage(context, QStringLiteral("--format json writes the whole store; --filter and --ids do not apply"));
    }
    if (options.breachRegister
        && ((!csv && !xlsx) || options.facts || !options.filters.isEmpty() || !options.ids.isEmpty())) {
        return usage(context,
            QStringLiteral("--register writes the whole breach register as csv or xlsx; --facts, "
                           "--filter and --ids do not apply"));
    }
    if (!options.filters.isEmpty() && !options.ids.isEmpty()) {
        return usage(context, QStringLiteral("use either --filter or --ids, not both"));
    }

    CsvOptions csvOptions;
    if (!options.delimiter.isEmpty()) {
        const auto delimiter = CsvOptions::delimiterFromName(options.delimiter);
        if (!delimiter) {
            return usage(
                context, QStringLiteral("--delimiter must be ',', ';' or tab, not '%1'").arg(options.delimiter));
        }
        csvOptions.delimiter = *delimiter;
    }
    csvOptions.byteOrderMark = options.byteOrderMark;

    ExportScope scope;
    if (!options.filters.isEmpty()) {
        QString error;
        const auto filter = IncidentFilter::parse(options.filters, &error);
        if (!filter) {
            return usage(context, error);
        }
        scope = ExportScope::filtered(*filter);
    } else if (!options.ids.isEmpty()) {
        QList<qint64> ids;
        for (const QString &part : options.ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                return usage(context,
                    QStringLiteral("--ids must be a comma-separated list of incident ids, not '%1'").arg(options.ids));
            }
            ids.append(id);
        }
        scope = ExportScope::selected(ids);
    }

    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }

    // QSaveFile replaces the target only on commit, so a failed export leaves an older file as it was.
    const bool toStdout = options.out == QLatin1String("-");
    QSaveFile file(options.out);
    QFile standardOutput;
    QIODevice *device = &file;
    if (toStdout) {
        context.out.flush();
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            context.err << "incident-cli export: cannot write to standard output" << Qt::endl;
            return 1;
        }
        device = &standardOutput;
    } else if (!file.open(QIODevice::WriteOnly)) {
        context.err << "incident-cli export: " << options.out << ": cannot write (" << file.errorString() << ")"
                    << Qt::endl;
        return 1;
    }

    std::optional<qint64> rows;
    QString error;
    QString what;
    if (options.breachRegister) {
        RegisterTable table(store);
        CsvWriter csvSink(device, csvOptions);
        XlsxTableWriter sheet(QStringLiteral("register"));
        TableSink &sink = csv ? static_cast<TableSink &>(csvSink) : static_cast<TableSink &>(sheet);
        rows = table.write(sink);
        error = table.errorString();
        if (rows && !sink.finish()) {
            rows.reset();
            error = sink.errorString();
        }
        if (rows && xlsx && device->write(sheet.bytes()) != sheet.bytes().size()) {
            rows.reset();
            error = device->errorString();
        }
        what = QStringLiteral("breach register entries");
    } else if (csv) {
        CsvExporter exporter(store, csvOptions);
        rows = options.facts ? exporter.writeFacts(*device, scope) : exporter.writeIncidents(*device, scope);
        error = exporter.errorString();
        what = options.facts ? QStringLiteral("facts") : QStringLiteral("incident records");
    } else if (xlsx) {
        XlsxTableWriter sheet(options.facts ? QStringLiteral("facts") : QStringLiteral("incidents"));
        CsvExporter exporter(store);
        rows = options.facts ? exporter.writeFacts(sheet, scope) : exporter.writeIncidents(sheet, scope);
        error = exporter.errorString();
        if (rows && !sheet.finish()) {
            rows.reset();
            error = sheet.errorString();
        }
        if (rows && device->write(sheet.bytes()) != sheet.bytes().size()) {
            rows.reset();
            error = device->errorString();
        }
        what = options.facts ? QStringLiteral("facts") : QStringLiteral("incident records");
    } else if (json) {
        StoreSnapshot snapshot;
        if (snapshot.write(store, *device)) {
            rows = store.incidentCount();
        }
        error = snapshot.errorString();
        what = QStringLiteral("incident records (whole store)");
    } else {
        VerisExporter exporter(store);
        rows = exporter.write(*device, scope);
        error = exporter.errorString();
        what = QStringLiteral("VERIS incidents");
    }
    if (!rows) {
        if (!toStdout) {
            file.cancelWriting();
        }
        context.err << "incident-cli export: " << options.out << ": not written: " << error << Qt::endl;
        return 1;
    }
    if (toStdout) {
        standardOutput.flush();
        return 0;
    }
    if (!file.commit()) {
        context.err << "incident-cli export: " << options.out << ": cannot write (" << file.errorString() << ")"
                    << Qt::endl;
        return 1;
    }
    context.out << "exported " << *rows << ' ' << what << " to " << options.out << Qt::endl;
    return 0;
}

} // namespace Iwb
