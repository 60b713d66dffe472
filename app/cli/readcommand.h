// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QStringList>

namespace Iwb {

struct CliContext;

/// `incident-cli read FILES... URLS...`: what the importer reads from each file or fetched page (title, published date,
/// language, the article text), without a store: the text as an analyst would see it, or with
/// --json one JSON object a line ({"path", "title", "published", "language", "text"} or
/// {"path", "error"}). Returns 0 when every file was read, 1 when any was refused.
int runReadCommand(const CliContext &context, const QStringList &paths, bool json);

} // namespace Iwb
