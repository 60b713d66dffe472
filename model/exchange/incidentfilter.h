// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

struct IncidentSummary;

/**
 * Which incident records an export takes: every condition that is set must
 * hold. Used by `incident-cli export --filter KEY=VALUE` and by the export
 * dialog, whose "filtered" scope is the library's filter text as free text.
 *
 * Keys: cause= (a cause id), review= (draft, first_pass, reviewed),
 * organization= (contained, case-insensitive), from= and to= (ISO dates, also
 * "YYYY-MM" or "YYYY"; a partial incident date matches when its period
 * overlaps), text= (contained, case-insensitive, in any column the library
 * shows: organization, date, cause, affected, review status).
 */
struct IncidentFilter
{
    QString cause;
    QString reviewStatus;
    QString organization;
    QString from;
    QString to;
    QString text;

    bool isEmpty() const;
    bool matches(const IncidentSummary &incident) const;

    /// Parses KEY=VALUE terms; on a bad term returns std::nullopt and sets @p error to the reason.
    static std::optional<IncidentFilter> parse(const QStringList &terms, QString *error);
    /// The keys parse() knows, in documentation order.
    static const QStringList &keys();
    /// Only free text, as the library's filter field holds it.
    static IncidentFilter freeText(const QString &text);
};

/// What an export covers: all records, those matching a filter, or a list of ids.
struct ExportScope
{
    enum class Kind { All, Filtered, Selected };
    Kind kind = Kind::All;
    IncidentFilter filter; ///< for Filtered
    QList<qint64> ids; ///< for Selected

    static ExportScope all() { return {}; }
    static ExportScope filtered(const IncidentFilter &filter) { return { Kind::Filtered, filter, {} }; }
    static ExportScope selected(const QList<qint64> &ids) { return { Kind::Selected, {}, ids }; }
};

} // namespace Iwb
