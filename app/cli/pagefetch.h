// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/documentimporter.h"

#include <QStringList>

namespace Iwb {

/// Fetches and imports the page at @p address (http or https) with UrlImporter, waiting in a local
/// event loop; the error names the address and the reason.
ImportResult fetchPage(const QString &address);

/// @p arguments with every folder replaced by the supported files under it (DocumentImporter::expandPaths);
/// web addresses are kept where they stand.
QStringList expandArticleArguments(const QStringList &arguments);

/// The article named by @p argument: a fetched page for a web address, otherwise the file.
ImportResult importArticle(const DocumentImporter &importer, const QString &argument);

} // namespace Iwb
