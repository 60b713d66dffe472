// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/zonedtime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Iwb {

/// The risk to people's rights and freedoms (EDPB Guidelines 9/2022; DSK short paper no. 18): none or low
/// (documented only, Art. 33(5)), risk (notify the authority, Art. 33(1)), high (also tell the data subjects,
/// Art. 34(1)).
enum class RiskLevel { Unassessed, None, Risk, High };

/// Where an entry stands in its workflow.
enum class EntryStatus { Assessing, Notified, DocumentedOnly, Closed };

QString riskLevelId(RiskLevel level);
std::optional<RiskLevel> riskLevelFromId(const QString &id);
QString entryStatusId(EntryStatus status);
std::optional<EntryStatus> entryStatusFromId(const QString &id);

/// A yes/no decision and why (Art. 33(5) for notifying, Art. 34(3) for not informing data subjects).
struct Decision
{
    std::optional<bool> yes; ///< nullopt: not decided yet
    QString justification;

    bool operator==(const Decision &other) const = default;
};

/// Where a pre-filled value came from: the facts of the article that are its evidence. It stays "from the
/// article" until the analyst confirms it; a value the analyst typed has no origin at all.
struct FieldOrigin
{
    QList<qint64> factIds;
    bool confirmed = false;

    bool operator==(const FieldOrigin &other) const = default;
};

/**
 * One breach in a register (Art. 33(5)): the Art. 33(3) content, the assessment and the decisions. An
 * incident record becomes an entry only when the analyst marks it as a breach of the register's controller;
 * plain records carry no clock.
 *
 * Text fields use "" for "not stated", counts and yes/no std::nullopt. Each field has a stable id
 * (fieldIds()), used by the store's origins, the JSON form, the required-field check and the report.
 */
struct RegisterEntry
{
    qint64 id = 0; ///< store id; 0 until saved
    qint64 registerId = 0;
    qint64 incidentId = 0;

    // Timeline (Art. 33(1): the clock starts at awareness).
    ZonedTime becameAware;
    ZonedTime occurredStart;
    ZonedTime occurredEnd;
    bool ongoing = false;
    ZonedTime discovered;
    QString discoveredHow; ///< who found it and how (discoverer id or text)

    // The breach (Art. 33(3)(a)).
    bool confidentiality = false;
    bool integrity = false;
    bool availability = false;
    QString description;
    QString cause; ///< IncidentRecord::causeIds()
    std::optional<bool> attack;

    // The data and the people (Art. 33(3)(a)).
    std::optional<qint64> subjectsCount; ///< approximate
    QString subjectsUnit; ///< customers, users, patients, ... as the record says
    QStringList subjectCategories; ///< customers, employees, patients, children, ...
    std::optional<qint64> recordsCount; ///< approximate number of records concerned
    QStringList dataCategories; ///< RegisterCategories::ids()
    QStringList specialCategories; ///< Art. 9: RegisterCategories::specialIds()
    bool criminalData = false; ///< Art. 10

    // Consequences and measures (Art. 33(3)(c), (d)).
    QString consequences;
    QString measuresTaken;
    QString measuresProposed;

    // Assessment and decisions.
    RiskLevel risk = RiskLevel::Unassessed;
    QString riskReasons;
    QStringList riskCriteria; ///< RegisterCategories::riskCriterionIds()
    Decision notifyAuthority; ///< Art. 33(1), (5)
    Decision informSubjects; ///< Art. 34(1), (3)
    QString delayReason; ///< Art. 33(1): required when the notification is later than 72 hours

    EntryStatus status = EntryStatus::Assessing;
    QHash<QString, FieldOrigin> origins; ///< field id -> evidence of a pre-filled value
    QDateTime createdAt;
    QDateTime modifiedAt;

    /// The field ids, in the order of the authorities' forms.
    static const QStringList &fieldIds();
    /// What kind of value a field holds, as toJson() writes it: text, a time ({"utc", "zone"} or null), a flag
    /// (true/false), a decision or flag that may be open (true/false/null), a count (number or null), a list of
    /// ids, or the nature (a list of confidentiality, integrity, availability).
    enum class FieldKind { Text, Time, Flag, NullableFlag, Count, List, Nature };
    static FieldKind kindOf(const QString &field);
    /// Whether the value of @p field was pre-filled from an article and not confirmed yet.
    bool isUnconfirmed(const QString &field) const;
    /// The pre-filled fields still waiting for the analyst's confirmation.
    QStringList unconfirmedFields() const;
    /// Marks the pre-filled value of @p field as confirmed; its evidence stays.
    void confirm(const QString &field);

    /// The entry's fields as one JSON object, keyed by fieldIds() (plus ids, origins and times): what a sent
    /// notification freezes and the snapshot carries. fromJson() reads it back exactly.
    QJsonObject toJson() const;
    static RegisterEntry fromJson(const QJsonObject &object);
    /// The value of one field as it appears in toJson().
    QJsonValue fieldValue(const QString &field) const;

    bool operator==(const RegisterEntry &other) const;
};

} // namespace Iwb
