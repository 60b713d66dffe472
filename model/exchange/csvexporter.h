// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/csvwriter.h"
#include "exchange/incidentfilter.h"

#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Iwb {

class IncidentStore;

/**
 * The register as CSV: one row per incident record, or one row per fact
 * (docs/exchange.md lists the columns). The same rows go to a spreadsheet
 * through the TableSink overloads (XlsxTableWriter), so CSV and XLSX have
 * the same columns.
 *
 * Both stream one forward-only query over the store's connection straight
 * into a CsvWriter, so memory stays flat and 100,000 records take about as
 * long as sqlite3's own CSV dump. List fields are joined with '|'; a '|' or
 * '\' inside an item is escaped with '\'. Booleans are true/false/empty.
 */
class CsvExporter
{
public:
    explicit CsvExporter(const IncidentStore &store, const CsvOptions &options = {});

    /// Writes the header and one row per record in @p scope, in id order. Returns the number of rows.
    std::optional<qint64> writeIncidents(QIODevice &device, const ExportScope &scope = ExportScope::all());
    /// Writes the header and one row per fact: all facts, or those of the source articles of the records in @p scope.
    /// Offsets are code points. Returns the number of rows.
    std::optional<qint64> writeFacts(QIODevice &device, const ExportScope &scope = ExportScope::all());
    /// The same rows into @p sink; the caller finishes it.
    std::optional<qint64> writeIncidents(TableSink &sink, const ExportScope &scope = ExportScope::all());
    std::optional<qint64> writeFacts(TableSink &sink, const ExportScope &scope = ExportScope::all());

    /// Why the last write failed, naming the database or the output.
    QString errorString() const { return m_error; }

    static const QStringList &incidentColumns();
    static const QStringList &factColumns();
    /// The separator of list fields.
    static QChar listSeparator() { return QLatin1Char('|'); }

private:
    bool fail(const QString &message);
    /// @p rows once @p csv has written everything to @p device; nullopt, naming the device, when it could not.
    std::optional<qint64> finished(CsvWriter &csv, const QIODevice &device, std::optional<qint64> rows);

    const IncidentStore &m_store;
    CsvOptions m_options;
    QString m_error;
};

} // namespace Iwb
