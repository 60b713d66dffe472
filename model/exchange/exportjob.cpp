// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exportjob.h"

#include "exchange/csvexporter.h"
#include "exchange/storesnapshot.h"
#include "exchange/verisexporter.h"
#include "exchange/xlsxtablewriter.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Iwb {

ExportOutcome ExportJob::run(const ExportRequest &request)
{
    ExportOutcome outcome;
    IncidentStore store;
    if (!store.open(request.storePath)) {
        outcome.error = store.errorString();
        return outcome;
    }
    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = file.errorString();
        return outcome;
    }
    switch (request.format) {
    case ExportRequest::Format::CsvRecords:
    case ExportRequest::Format::CsvFacts: {
        CsvExporter exporter(store, request.csv);
        outcome.rows = request.format == ExportRequest::Format::CsvFacts ? exporter.writeFacts(file, request.scope)
                                                                         : exporter.writeIncidents(file, request.scope);
        outcome.error = exporter.errorString();
        break;
    }
    case ExportRequest::Format::XlsxRecords:
    case ExportRequest::Format::XlsxFacts: {
        // The same rows as the CSV, into a workbook in memory, then into the file like every other format.
        const bool facts = request.format == ExportRequest::Format::XlsxFacts;
        XlsxTableWriter sheet(facts ? QStringLiteral("facts") : QStringLiteral("incidents"));
        CsvExporter exporter(store);
        outcome.rows
            = facts ? exporter.writeFacts(sheet, request.scope) : exporter.writeIncidents(sheet, request.scope);
        outcome.error = exporter.errorString();
        if (outcome.rows && !sheet.finish()) {
            outcome.rows.reset();
            outcome.error = QCoreApplication::translate("Iwb::Export", "%1: cannot write the workbook (%2)")
                                .arg(request.outputPath, sheet.errorString());
        }
        if (outcome.rows && file.write(sheet.bytes()) != sheet.bytes().size()) {
            outcome.rows.reset();
            outcome.error = file.errorString();
        }
        break;
    }
    case ExportRequest::Format::Snapshot: {
        StoreSnapshot snapshot;
        if (snapshot.write(store, file)) {
            outcome.rows = store.incidentCount();
        }
        outcome.error = snapshot.errorString();
        break;
    }
    case ExportRequest::Format::Veris: {
        VerisExporter exporter(store);
        outcome.rows = exporter.write(file, request.scope);
        outcome.error = exporter.errorString();
        break;
    }
    }
    if (outcome.rows && !file.commit()) {
        outcome.rows.reset();
        outcome.error = file.errorString();
    }
    if (!outcome.rows) {
        file.cancelWriting();
    }
    return outcome;
}

} // namespace Iwb
