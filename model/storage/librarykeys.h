// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Iwb {

/**
 * The derived columns that let the incident library sort and filter a register
 * of a million records through indexes instead of reading every row
 * (docs/store.md, schema version 4):
 *
 * - organization_key: an ICU sort key for German collation ("Ärzte" beside
 *   "Arzt", "Zahlfalke" after "Ölmühle"), compared byte by byte by SQLite;
 * - search_text: the texts the library's incident table shows (organization,
 *   date, cause, affected count with and without grouping, review status),
 *   case-folded, so the filter field is one substring search in one column.
 *
 * Written by the store with every record; rows written by other programs get
 * theirs when the store next opens. Thread-safe.
 */
class LibraryKeys
{
public:
    static QByteArray organizationKey(const QString &organization);
    static QString searchText(const QString &organization, const QString &incidentDate, const QString &cause,
        std::optional<qint64> affectedCount, const QString &affectedUnit, const QString &reviewStatus);
    /// The filter text as it is looked up in search_text.
    static QString folded(const QString &text);
};

} // namespace Iwb
