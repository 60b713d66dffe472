// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/incidentfilter.h"

#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

class IncidentStore;
class StoreTables;

/// The ids of the incident records an ExportScope covers, in id order.
class IncidentSelection
{
public:
    /// std::nullopt when the store cannot be read; @p error then names the database and the reason.
    /// Selected ids that are not in the store are dropped.
    static std::optional<QList<qint64>> ids(const IncidentStore &store, const ExportScope &scope, QString *error);
    /// The same, read through @p tables, so that an export sees the selection in its own read transaction.
    static std::optional<QList<qint64>> ids(StoreTables &tables, const ExportScope &scope, QString *error);
};

} // namespace Iwb
