// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

/// How far the analyst has got with a record (VCDB's analysis status).
enum class ReviewStatus { Draft, FirstPass, Reviewed };

QString reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(const QString &name);

/**
 * The incident record an analyst curates: every field of the extraction
 * contract's `incident` object, plus the curation around it (review status,
 * analyst, notes), the documents it comes from, and for each field the facts
 * that are its evidence.
 *
 * Text-valued fields use an empty string for "not stated"; optional numbers
 * and booleans use std::nullopt. Category fields hold the contract's ids.
 */
struct IncidentRecord
{
    qint64 id = 0; ///< store id; 0 until saved

    QString organization;
    QString incidentDate; ///< ISO date, possibly only "YYYY-MM" or "YYYY"
    QString startTime; ///< "HH:MM"
    QString endTime; ///< "HH:MM"
    std::optional<int> durationMinutes;
    std::optional<qint64> affectedCount;
    QString affectedUnit; ///< users, customers, accounts, logins, records, patients, people, ...
    QStringList dataExposed; ///< data category ids
    QStringList dataNotExposed; ///< data category ids the text says were not exposed
    QString cause; ///< one of causeIds(), or empty
    QString externalAttack; ///< "yes", "no", "unknown", or empty
    QString discoveredBy; ///< one of discovererIds(), or empty
    std::optional<bool> authorityNotified;
    std::optional<bool> affectedNotified;

    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QString analyst;
    QString notes;
    QDateTime createdAt;
    QDateTime modifiedAt;

    QList<qint64> sourceDocumentIds; ///< an incident may be told by several articles
    QHash<QString, QList<qint64>> evidence; ///< contract field name -> ids of its evidence facts

    /// The contract's `incident` object: exactly its fields, nulls for what is not stated.
    QJsonObject toContractJson() const;
    /// Reads the contract's `incident` object; unknown keys are ignored.
    static IncidentRecord fromContractJson(const QJsonObject &object);
    /// Sets every contract field from @p values (the contract's `incident` object, as fromContractJson() reads it);
    /// curation (id, review status, analyst, notes, times), sources and evidence stay as they are.
    void setContractValues(const QJsonObject &values);
    /// Whether a contract field holds a list of category ids (data_exposed, data_not_exposed).
    static bool isListField(const QString &field);
    /// Copies one contract field (by its contract name) from @p other; false for a name that is not a contract field.
    bool copyContractField(const IncidentRecord &other, const QString &field);
    /// Whether at least one contract field is stated (not null, not an empty list). An article about
    /// no incident at all yields a record that states nothing; such a record is not worth storing.
    /// A stated "unknown" (cause, external_attack, discovered_by) counts: the text said something about it.
    /// Curation fields (review status, analyst, notes) and sources do not count.
    bool statesAnything() const;

    /// A contract field's value (as in toContractJson()) the way an analyst reads it: list ids joined
    /// with ", ", booleans "yes"/"no", counts without decimals; empty when the value states nothing.
    static QString readableValue(const QJsonValue &value);

    /// The contract's field names, in the contract's order.
    static const QStringList &fieldNames();
    static const QStringList &causeIds();
    /// The units a count of affected people or accounts is given in ("users", "customers", …), the form's choices.
    static const QStringList &personUnitIds();
    static const QStringList &externalAttackIds();
    static const QStringList &discovererIds();
    static const QStringList &dataCategoryIds();

    friend bool operator==(const IncidentRecord &, const IncidentRecord &) = default;
};

} // namespace Iwb
