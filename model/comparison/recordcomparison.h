// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Iwb {

/// How the records agree on one field.
enum class FieldAgreement {
    Same, ///< every record states it, and all say the same
    Different, ///< every record states it, and they do not all agree
    Missing, ///< some records state it, others do not
    NotStated, ///< no record states it
};

QString fieldAgreementName(FieldAgreement agreement);

/// One field of a comparison of two or more records.
struct FieldComparison
{
    QString field; ///< contract field name, or "review_status"
    FieldAgreement agreement = FieldAgreement::NotStated;
    QStringList values; ///< the value as shown, per record; empty when not stated
    /// What differs, in words: "9,500 vs 4,100 affected (+5,400)", "31 vs 40 minutes (−9)",
    /// "in common: names; only in A: credentials"; "stated only in A"; empty when the same.
    QString difference;
    /// List fields only: the ids every record has, and per record the ids only it has.
    QStringList common;
    QList<QStringList> onlyIn;
};

/// How a comparison writes values: the stored ids and English numbers (command line, JSON), or words
/// for people (translated, numbers in the default QLocale, as the workbench shows them).
enum class Wording { Ids, Words };

/**
 * Two or more incident records compared field by field: every contract field
 * plus the review status, each Same / Different / Missing / NotStated, with
 * the difference spelled out.
 *
 * Rules: numbers are compared exactly and their difference is given (first
 * record minus the others); list fields are sets (order does not matter);
 * organizations are the same when their organizationKey() is ("Lumera Pay
 * GmbH" = "Lumera Pay"), with a note that they are written differently.
 * Records are named A, B, C, … in the order given (recordLetter()).
 * With Wording::Ids values are the stored ids and numbers are written in
 * English ("9,500"), as the command line's documented output has them; with
 * Wording::Words the ids become words (RecordVocabulary) and numbers follow
 * the default locale ("9.500" in German). The sentences around them are
 * translated either way (the command line installs no translator).
 */
class RecordComparison
{
public:
    RecordComparison() = default;
    explicit RecordComparison(const QList<IncidentRecord> &records, Wording wording = Wording::Ids);

    const QList<IncidentRecord> &records() const { return m_records; }
    const QList<FieldComparison> &fields() const { return m_fields; }
    /// The comparison of @p field; nullptr for a field that is not compared.
    const FieldComparison *field(const QString &field) const;
    /// How many fields are Different or Missing.
    int disagreementCount() const;

    /// The compared fields, in order: the contract's fields, then "review_status".
    static QStringList comparedFields();
    /// A readable name of a field ("affected count"), translated (RecordVocabulary::fieldLabel).
    static QString fieldLabel(const QString &field);
    /// "A", "B", … "Z", then "#27", …
    static QString recordLetter(int index);
    /// The value of @p field in @p record as shown in a comparison; empty when not stated.
    static QString valueText(const IncidentRecord &record, const QString &field, Wording wording = Wording::Ids);
    /// A duration for people: "31 min", "2 h 5 min", "46 days", "14 years".
    static QString durationText(qint64 minutes, Wording wording = Wording::Ids);

private:
    FieldComparison compare(const QString &field) const;
    void compareNumbers(FieldComparison &result, const QList<qint64> &numbers, const QString &field) const;
    void compareSets(FieldComparison &result, const QList<QStringList> &lists) const;
    /// The ids of a list field as this comparison writes them.
    QString shownIds(const QString &field, const QStringList &ids) const;

    QList<IncidentRecord> m_records;
    QList<FieldComparison> m_fields;
    Wording m_wording = Wording::Ids;
};

} // namespace Iwb
