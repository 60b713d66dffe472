// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordcomparison.h"

#include "incident/recordvocabulary.h"
#include "organizationkey.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Iwb {

namespace {

    const QString reviewStatusField = QStringLiteral("review_status");
    const QChar minusSign(0x2212);

    /// Ids: numbers as the command line's documented output writes them, whatever the machine's locale;
    /// words: as the workbench's locale writes them.
    QLocale numberLocale(Wording wording)
    {
        return wording == Wording::Words ? QLocale() : QLocale(QLocale::English, QLocale::UnitedStates);
    }

    QString number(qint64 value, Wording wording)
    {
        return numberLocale(wording).toString(value);
    }

    QString signedNumber(qint64 value, Wording wording)
    {
        if (value > 0) {
            return QLatin1Char('+') + number(value, wording);
        }
        if (value < 0) {
            return minusSign + number(-value, wording);
        }
        return QStringLiteral("±0");
    }

    /// " vs " between the values of the records.
    QString versus()
    {
        return QCoreApplication::translate("RecordComparison", " vs ");
    }

    bool isListField(const QString &field)
    {
        return field == QLatin1String("data_exposed") || field == QLatin1String("data_not_exposed");
    }

    QString boolText(const std::optional<bool> &value, Wording wording)
    {
        if (!value) {
            return {};
        }
        if (wording == Wording::Words) {
            return RecordVocabulary::yesNo(*value);
        }
        return *value ? QStringLiteral("yes") : QStringLiteral("no");
    }

    QStringList listValue(const IncidentRecord &record, const QString &field)
    {
        return field == QLatin1String("data_exposed") ? record.dataExposed : record.dataNotExposed;
    }

    /// The form in which two values count as the same.
    QString comparableValue(const IncidentRecord &record, const QString &field)
    {
        if (field == QLatin1String("organization")) {
            return organizationKey(record.organization);
        }
        return RecordComparison::valueText(record, field, Wording::Ids);
    }

    QStringList lettersOf(const QList<int> &indices)
    {
        QStringList letters;
        for (const int index : indices) {
            letters.append(RecordComparison::recordLetter(index));
        }
        return letters;
    }

} // namespace

QString fieldAgreementName(FieldAgreement agreement)
{
    switch (agreement) {
    case FieldAgreement::Same:
        return QStringLiteral("same");
    case FieldAgreement::Different:
        return QStringLiteral("different");
    case FieldAgreement::Missing:
        return QStringLiteral("missing");
    case FieldAgreement::NotStated:
        return QStringLiteral("not stated");
    }
    return {};
}

RecordComparison::RecordComparison(const QList<IncidentRecord> &records, Wording wording)
    : m_records(records)
    , m_wording(wording)
{
    for (const QString &name : comparedFields()) {
        m_fields.append(compare(name));
    }
}

const FieldComparison *RecordComparison::field(const QString &field) const
{
    for (const FieldComparison &comparison : m_fields) {
        if (comparison.field == field) {
            return &comparison;
        }
    }
    return nullptr;
}

int RecordComparison::disagreementCount() const
{
    return static_cast<int>(std::count_if(m_fields.cbegin(), m_fields.cend(), [](const FieldComparison &comparison) {
        return comparison.agreement == FieldAgreement::Different || comparison.agreement == FieldAgreement::Missing;
    }));
}

QStringList RecordComparison::comparedFields()
{
    QStringList fields = IncidentRecord::fieldNames();
    fields.append(reviewStatusField);
    return fields;
}

QString RecordComparison::fieldLabel(const QString &field)
{
    return RecordVocabulary::fieldLabel(field);
}

QString RecordComparison::recordLetter(int index)
{
    if (index >= 0 && index < 26) {
        return QString(QChar(QLatin1Char('A').unicode() + index));
    }
    return QLatin1Char('#') + QString::number(index + 1);
}

QString RecordComparison::durationText(qint64 minutes, Wording wording)
{
    constexpr qint64 hour = 60;
    constexpr qint64 day = 24 * hour;
    constexpr double year = 365.25 * day;
    if (minutes < 2 * hour) {
        return QCoreApplication::translate("RecordComparison", "%1 min").arg(number(minutes, wording));
    }
    if (minutes < 2 * day) {
        const qint64 rest = minutes % hour;
        return rest == 0 ? QCoreApplication::translate("RecordComparison", "%1 h").arg(number(minutes / hour, wording))
                         : QCoreApplication::translate("RecordComparison", "%1 h %2 min")
                               .arg(number(minutes / hour, wording), number(rest, wording));
    }
    const auto twoYears = static_cast<qint64>(2 * year);
    if (minutes < twoYears) {
        const qint64 days = (minutes + day / 2) / day;
        const int dayCount = static_cast<int>(days);
        return QCoreApplication::translate("RecordComparison", "%1 days", nullptr, dayCount).arg(number(days, wording));
    }
    const double years = static_cast<double>(minutes) / year;
    // Whole years when it is close to one ("14 years" for 13.99), otherwise one decimal.
    const double rounded = std::round(years);
    if (std::abs(years - rounded) < 0.05) {
        const auto whole = static_cast<qint64>(rounded);
        return QCoreApplication::translate("RecordComparison", "%1 years", nullptr, static_cast<int>(whole))
            .arg(number(whole, wording));
    }
    return QCoreApplication::translate("RecordComparison", "%1 years", nullptr, 2)
        .arg(numberLocale(wording).toString(years, 'f', 1));
}

QString RecordComparison::valueText(const IncidentRecord &record, const QString &field, Wording wording)
{
    if (field == QLatin1String("organization")) {
        return record.organization.simplified();
    }
    if (field == QLatin1String("incident_date")) {
        return record.incidentDate;
    }
    if (field == QLatin1String("start_time")) {
        return record.startTime;
    }
    if (field == QLatin1String("end_time")) {
        return record.endTime;
    }
    if (field == QLatin1String("duration_minutes")) {
        return record.durationMinutes ? durationText(*record.durationMinutes, wording) : QString();
    }
    if (field == QLatin1String("affected_count")) {
        return record.affectedCount ? number(*record.affectedCount, wording) : QString();
    }
    const auto shown = [field, wording](const QString &id) {
        return wording == Wording::Words ? RecordVocabulary::valueLabel(field, id) : id;
    };
    if (field == QLatin1String("affected_unit")) {
        return shown(record.affectedUnit);
    }
    if (isListField(field)) {
        QStringList sorted = listValue(record, field);
        sorted.removeDuplicates();
        sorted.sort();
        return wording == Wording::Words ? RecordVocabulary::valueLabels(field, sorted)
                                         : sorted.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("cause")) {
        return shown(record.cause);
    }
    if (field == QLatin1String("external_attack")) {
        return shown(record.externalAttack);
    }
    if (field == QLatin1String("discovered_by")) {
        return shown(record.discoveredBy);
    }
    if (field == QLatin1String("authority_notified")) {
        return boolText(record.authorityNotified, wording);
    }
    if (field == QLatin1String("affected_notified")) {
        return boolText(record.affectedNotified, wording);
    }
    if (field == reviewStatusField) {
        return shown(reviewStatusName(record.reviewStatus));
    }
    return {};
}

QString RecordComparison::shownIds(const QString &field, const QStringList &ids) const
{
    return m_wording == Wording::Words ? RecordVocabulary::valueLabels(field, ids) : ids.join(QStringLiteral(", "));
}

FieldComparison RecordComparison::compare(const QString &field) const
{
    FieldComparison result;
    result.field = field;
    QList<int> stated;
    QList<int> unstated;
    for (int i = 0; i < m_records.size(); ++i) {
        const QString value = valueText(m_records.at(i), field, m_wording);
        result.values.append(value);
        (value.isEmpty() ? unstated : stated).append(i);
    }
    if (isListField(field)) {
        result.onlyIn.resize(m_records.size());
    }
    if (stated.isEmpty()) {
        result.agreement = FieldAgreement::NotStated;
        result.difference
            = m_records.size() > 1 ? QCoreApplication::translate("RecordComparison", "stated in none") : QString();
        return result;
    }
    if (!unstated.isEmpty()) {
        result.agreement = FieldAgreement::Missing;
        result.difference = QCoreApplication::translate("RecordComparison", "stated only in %1")
                                .arg(lettersOf(stated).join(QStringLiteral(", ")));
        return result;
    }

    QSet<QString> distinct;
    for (const IncidentRecord &record : m_records) {
        distinct.insert(comparableValue(record, field));
    }
    result.agreement = distinct.size() <= 1 ? FieldAgreement::Same : FieldAgreement::Different;

    if (isListField(field)) {
        QList<QStringList> lists;
        for (const IncidentRecord &record : m_records) {
            lists.append(listValue(record, field));
        }
        compareSets(result, lists);
    } else if (field == QLatin1String("affected_count") || field == QLatin1String("duration_minutes")) {
        QList<qint64> numbers;
        for (const IncidentRecord &record : m_records) {
            // Every record states the field here (a missing one returned above).
            numbers.append(field == QLatin1String("affected_count") ? record.affectedCount.value_or(0)
                                                                    : record.durationMinutes.value_or(0));
        }
        if (result.agreement == FieldAgreement::Different) {
            compareNumbers(result, numbers, field);
        }
    } else if (result.agreement == FieldAgreement::Different) {
        QString text = result.values.join(versus());
        if (field == QLatin1String("incident_date") && m_records.size() == 2) {
            const QDate first = QDate::fromString(m_records.at(0).incidentDate, Qt::ISODate);
            const QDate second = QDate::fromString(m_records.at(1).incidentDate, Qt::ISODate);
            if (first.isValid() && second.isValid()) {
                const qint64 apart = std::abs(first.daysTo(second));
                const int apartCount = static_cast<int>(apart);
                text += QCoreApplication::translate("RecordComparison", " (%1 days apart)", nullptr, apartCount)
                            .arg(number(apart, m_wording));
            }
        }
        result.difference = text;
    } else if (field == QLatin1String("organization")) {
        QStringList written = result.values;
        written.removeDuplicates();
        if (written.size() > 1) {
            QStringList quoted;
            for (const QString &name : std::as_const(written)) {
                quoted.append(QChar(0x201C) + name + QChar(0x201D));
            }
            result.difference
                = QCoreApplication::translate("RecordComparison", "written differently: %1").arg(quoted.join(versus()));
        }
    }
    return result;
}

void RecordComparison::compareNumbers(FieldComparison &result, const QList<qint64> &numbers, const QString &field) const
{
    QStringList written;
    for (const qint64 value : numbers) {
        written.append(number(value, m_wording));
    }
    const auto [low, high] = std::minmax_element(numbers.cbegin(), numbers.cend());
    // Two records: the first minus the second, as "A has 5,400 more"; more records: the spread.
    const QString delta = numbers.size() == 2
        ? signedNumber(numbers.at(0) - numbers.at(1), m_wording)
        : QCoreApplication::translate("RecordComparison", "range %1").arg(number(*high - *low, m_wording));
    if (field == QLatin1String("affected_count")) {
        QString text
            = QCoreApplication::translate("RecordComparison", "%1 affected (%2)").arg(written.join(versus()), delta);
        QStringList units;
        for (const IncidentRecord &record : m_records) {
            units.append(record.affectedUnit.isEmpty() ? QStringLiteral("?")
                    : m_wording == Wording::Words
                    ? RecordVocabulary::valueLabel(QStringLiteral("affected_unit"), record.affectedUnit)
                    : record.affectedUnit);
        }
        QStringList distinctUnits = units;
        distinctUnits.removeDuplicates();
        if (distinctUnits.size() > 1) {
            // 9,500 users and 3,200 logins are not the same kind of number; say so rather than hide it.
            text += QCoreApplication::translate("RecordComparison", "; counted as %1").arg(units.join(versus()));
        }
        result.difference = text;
        return;
    }
    // Durations: plain minutes while they are short enough to read, otherwise in days or years.
    if (*high < qint64(24) * 60) {
        result.difference
            = QCoreApplication::translate("RecordComparison", "%1 minutes (%2)").arg(written.join(versus()), delta);
    } else {
        QStringList readable;
        for (const qint64 value : numbers) {
            readable.append(durationText(value, m_wording));
        }
        result.difference = readable.join(versus());
    }
}

void RecordComparison::compareSets(FieldComparison &result, const QList<QStringList> &lists) const
{
    QList<QSet<QString>> sets;
    for (const QStringList &list : lists) {
        sets.append(QSet<QString>(list.cbegin(), list.cend()));
    }
    QSet<QString> common = sets.value(0);
    for (const QSet<QString> &set : std::as_const(sets)) {
        common.intersect(set);
    }
    result.common = QStringList(common.cbegin(), common.cend());
    result.common.sort();
    QStringList parts;
    if (!result.common.isEmpty() && result.agreement == FieldAgreement::Different) {
        parts.append(QCoreApplication::translate("RecordComparison", "in common: %1")
                .arg(shownIds(result.field, result.common)));
    }
    for (int i = 0; i < sets.size(); ++i) {
        QSet<QString> others;
        for (int j = 0; j < sets.size(); ++j) {
            if (j != i) {
                others.unite(sets.at(j));
            }
        }
        QSet<QString> only = sets.at(i);
        only.subtract(others);
        QStringList sorted(only.cbegin(), only.cend());
        sorted.sort();
        result.onlyIn[i] = sorted;
        if (!sorted.isEmpty()) {
            parts.append(QCoreApplication::translate("RecordComparison", "only in %1: %2")
                    .arg(recordLetter(i), shownIds(result.field, sorted)));
        }
    }
    if (result.agreement == FieldAgreement::Different && parts.isEmpty()) {
        // Three or more records can differ without any id being unique to one of them.
        parts.append(QCoreApplication::translate("RecordComparison", "not all records have the same categories"));
    }
    if (result.agreement == FieldAgreement::Different) {
        result.difference = parts.join(QStringLiteral("; "));
    }
}

} // namespace Iwb
