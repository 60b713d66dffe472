// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/tablerows.h"

#include <QSqlQuery>

namespace Iwb {

/// The forward-only query behind TableRows; only model/storage sees it.
class TableRows::Private
{
public:
    Private(QSqlQuery query, QString databasePath)
        : query(std::move(query))
        , databasePath(std::move(databasePath))
    {
    }

    QSqlQuery query;
    QString databasePath;
    QString error;
};

} // namespace Iwb
