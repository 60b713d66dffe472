// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/csvwriter.h"
#include "exchange/incidentfilter.h"

#include <QString>

#include <optional>

namespace Iwb {

/// One export as the export dialog sets it up.
struct ExportRequest
{
    enum class Format { CsvRecords, CsvFacts, Snapshot, Veris, XlsxRecords, XlsxFacts };
    QString storePath; ///< the store to read, opened anew by the job
    QString outputPath;
    Format format = Format::CsvRecords;
    CsvOptions csv;
    ExportScope scope;
};

/// What an export did: how many rows it wrote, or why it failed (naming the file).
struct ExportOutcome
{
    std::optional<qint64> rows;
    QString error;
};

/**
 * Runs an export on whatever thread calls it: it opens its own connection to
 * the store (WAL lets it read while the window's connection saves), reads in
 * one read transaction, and writes through a QSaveFile, so a failed export
 * leaves an existing file as it was. The export dialog runs it on a worker
 * thread, so the window stays responsive while a large register is written.
 */
class ExportJob
{
public:
    static ExportOutcome run(const ExportRequest &request);
};

} // namespace Iwb
