// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "registerimportcommand.h"

#include "clicontext.h"
#include "exchange/spreadsheetfile.h"
#include "register/registerimport.h"
#include "register/registerimportlayouts.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

namespace Iwb {

int runRegisterImportCommand(
    const CliContext &context, const QStringList &arguments, const QString &registerId, bool dryRun)
{
    const auto failed = [&context](const QString &message) {
        context.err << "incident-cli register import: " << message << Qt::endl;
        return 1;
    };
    bool idOk = false;
    const qint64 target = registerId.toLongLong(&idOk);
    if (arguments.isEmpty() || !idOk || target <= 0) {
        context.err << "usage: incident-cli register import FILE.csv|FILE.xlsx [COLUMN=FIELD...] --in-register ID "
                       "[--dry-run]"
                    << Qt::endl;
        return 2;
    }
    const SpreadsheetTable table = SpreadsheetFile::read(arguments.first());
    if (!table.isValid()) {
        return failed(table.error);
    }
    IncidentStore store;
    if (!context.openStore(store)) {
        return 1;
    }
    RegisterStore registers(store);
    const auto breachRegister = registers.breachRegister(target);
    const auto existing = registers.entries(target);
    if (!breachRegister || !existing) {
        return failed(registers.errorString());
    }

    const QStringList &header = table.rows.first();
    const QString layout = RegisterImport::layoutKey(header);
    const RegisterImportLayouts layouts;
    QStringList mapping = layouts.mappingFor(layout);
    const bool remembered = mapping.size() == header.size();
    if (!remembered) {
        mapping = RegisterImport::guessMapping(header);
    }
    for (const QString &assignment : arguments.mid(1)) {
        const qsizetype equals = assignment.lastIndexOf(QLatin1Char('='));
        const qsizetype column = equals < 0 ? -1 : header.indexOf(assignment.left(equals));
        if (column < 0) {
            return failed(QStringLiteral("'%1' is not COLUMN=FIELD for a column of the sheet (%2)")
                    .arg(assignment, header.join(QStringLiteral(", "))));
        }
        mapping[column] = assignment.mid(equals + 1).trimmed();
    }
    if (const QString problem = RegisterImport::mappingProblem(header, mapping); !problem.isEmpty()) {
        return failed(problem);
    }
    context.out << (remembered ? "columns (as remembered for this layout):" : "columns:") << Qt::endl;
    for (qsizetype i = 0; i < header.size(); ++i) {
        context.out << "  " << header.at(i) << " -> "
                    << (mapping.at(i).isEmpty() ? QStringLiteral("(left out)") : mapping.at(i)) << Qt::endl;
    }

    QList<ImportedRow> rows = RegisterImport::plan(table.rows, mapping, *breachRegister, *existing);
    int duplicates = 0;
    int unfit = 0;
    for (const ImportedRow &row : std::as_const(rows)) {
        if (!row.fits()) {
            ++unfit;
            context.out << "row " << row.line << " does not fit: " << row.problems.join(QStringLiteral("; "))
                        << Qt::endl;
        } else if (row.duplicateOfEntry > 0) {
            ++duplicates;
            context.out << "row " << row.line << ": already in the register as entry " << row.duplicateOfEntry
                        << " (left out)" << Qt::endl;
        } else if (row.duplicateOfLine > 0) {
            ++duplicates;
            context.out << "row " << row.line << ": the same breach as row " << row.duplicateOfLine << " (left out)"
                        << Qt::endl;
        }
    }
    const qsizetype fitting = rows.size() - duplicates - unfit;
    if (dryRun) {
        context.out << "would import " << fitting << " of " << rows.size() << " rows into the register of "
                    << breachRegister->controllerName << " (" << duplicates << " duplicates, " << unfit
                    << " not fitting); nothing written" << Qt::endl;
        return 0;
    }
    QString error;
    const auto written = RegisterImport::write(store, rows, &error);
    if (!written) {
        return failed(error + QStringLiteral(" (nothing was imported)"));
    }
    if (!layouts.remember(layout, mapping, &error)) {
        context.err << "incident-cli register import: " << error << Qt::endl;
    }
    context.out << "imported " << *written << " of " << rows.size() << " rows into the register of "
                << breachRegister->controllerName << " (" << duplicates << " duplicates, " << unfit << " not fitting)"
                << Qt::endl;
    return 0;
}

} // namespace Iwb
