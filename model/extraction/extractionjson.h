// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extractionengine.h"

#include <QJsonObject>

namespace Iwb {

/**
 * Writes extraction results in the contract of `incident-cli extract --json`
 * (docs/extraction-output.md, schema "incident-extraction/1"): offsets in
 * Unicode code points, so that Python's text[start:end] is the fact's text.
 */
class ExtractionJson
{
public:
    static QString schema() { return QStringLiteral("incident-extraction/1"); }

    /// @p path is the document's path as the user gave it.
    static QJsonObject toJson(const Document &document, const ExtractionResult &result, const QString &path);
};

} // namespace Iwb
