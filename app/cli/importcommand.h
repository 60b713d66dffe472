// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QStringList>

namespace Iwb {

struct CliContext;

/// `incident-cli import FILES... URLS...`: imports article files (folders are searched
/// for supported files) and web pages (http:// and https:// addresses, fetched with UrlImporter),
/// skipping texts already in the store and pages fetched from the same final URL before. A `.json` file is a store
/// snapshot and is restored whole into the (empty) store. Returns the exit code:
/// 0 when every file was imported or already present, 1 when any failed.
int runImportCommand(const CliContext &context, const QStringList &paths);

} // namespace Iwb
