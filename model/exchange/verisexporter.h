// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/incidentfilter.h"

#include <QString>

#include <optional>

class QIODevice;

namespace Iwb {

class IncidentStore;

/**
 * Writes the incident records of a scope as VERIS 1.4 incidents (VerisMapper):
 * one JSON array, one incident per line, in id order, keys sorted.
 */
class VerisExporter
{
public:
    explicit VerisExporter(const IncidentStore &store);

    /// Returns the number of incidents written.
    std::optional<qint64> write(QIODevice &device, const ExportScope &scope = ExportScope::all());
    QString errorString() const { return m_error; }

private:
    const IncidentStore &m_store;
    QString m_error;
};

} // namespace Iwb
