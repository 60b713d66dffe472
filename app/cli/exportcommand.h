// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

/// What `incident-cli export` was asked for (see docs/exchange.md).
struct ExportOptions
{
    QString format; ///< csv, json or veris
    bool facts = false; ///< csv: one row per fact instead of per record
    bool breachRegister = false; ///< csv, xlsx: one row per breach-register entry (docs/register.md)
    QStringList filters; ///< KEY=VALUE terms (IncidentFilter)
    QString ids; ///< comma-separated incident ids
    QString delimiter; ///< csv: ",", ";" or "tab"
    bool byteOrderMark = false; ///< csv: start with a UTF-8 BOM
    QString out; ///< the file to write; "-" is standard output
};

/// `incident-cli export --format csv|json|veris ... --out FILE`. The file is replaced only
/// when the export succeeded. Returns the exit code: 0 on success, 1 on failure, 2 on bad usage.
int runExportCommand(const CliContext &context, const ExportOptions &options);

} // namespace Iwb
