// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordvocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QTime>

namespace Iwb {

namespace {

    struct Word
    {
        const char *id;
        const char *text; ///< the English source, marked for lupdate
    };

    // Ids and their words. QT_TRANSLATE_NOOP marks the words for lupdate; they are translated when shown.
    constexpr Word fieldWords[] = {
        { "organization", QT_TRANSLATE_NOOP("RecordVocabulary", "organization") },
        { "incident_date", QT_TRANSLATE_NOOP("RecordVocabulary", "incident date") },
        { "start_time", QT_TRANSLATE_NOOP("RecordVocabulary", "start time") },
        { "end_time", QT_TRANSLATE_NOOP("RecordVocabulary", "end time") },
        { "duration_minutes", QT_TRANSLATE_NOOP("RecordVocabulary", "duration") },
        { "affected_count", QT_TRANSLATE_NOOP("RecordVocabulary", "affected count") },
        { "affected_unit", QT_TRANSLATE_NOOP("RecordVocabulary", "affected unit") },
        { "data_exposed", QT_TRANSLATE_NOOP("RecordVocabulary", "data exposed") },
        { "data_not_exposed", QT_TRANSLATE_NOOP("RecordVocabulary", "data not exposed") },
        { "cause", QT_TRANSLATE_NOOP("RecordVocabulary", "cause") },
        { "external_attack", QT_TRANSLATE_NOOP("RecordVocabulary", "external attack") },
        { "discovered_by", QT_TRANSLATE_NOOP("RecordVocabulary", "discovered by") },
        { "authority_notified", QT_TRANSLATE_NOOP("RecordVocabulary", "authority notified") },
        { "affected_notified", QT_TRANSLATE_NOOP("RecordVocabulary", "affected notified") },
        { "review_status", QT_TRANSLATE_NOOP("RecordVocabulary", "review status") },
    };

    constexpr Word causeWords[] = {
        { "misconfiguration", QT_TRANSLATE_NOOP("RecordVocabulary", "misconfiguration") },
        { "software_error", QT_TRANSLATE_NOOP("RecordVocabulary", "software error") },
        { "human_error", QT_TRANSLATE_NOOP("RecordVocabulary", "human error") },
        { "attack", QT_TRANSLATE_NOOP("RecordVocabulary", "attack") },
        { "insider_misuse", QT_TRANSLATE_NOOP("RecordVocabulary", "insider misuse") },
        { "loss_or_theft", QT_TRANSLATE_NOOP("RecordVocabulary", "loss or theft") },
        { "unknown", QT_TRANSLATE_NOOP("RecordVocabulary", "unknown") },
    };

    constexpr Word attackWords[] = {
        { "yes", QT_TRANSLATE_NOOP("RecordVocabulary", "yes") },
        { "no", QT_TRANSLATE_NOOP("RecordVocabulary", "no") },
        { "unknown", QT_TRANSLATE_NOOP("RecordVocabulary", "unknown") },
    };

    constexpr Word discovererWords[] = {
        { "internal", QT_TRANSLATE_NOOP("RecordVocabulary", "the organization itself") },
        { "customer", QT_TRANSLATE_NOOP("RecordVocabulary", "a customer") },
        { "researcher", QT_TRANSLATE_NOOP("RecordVocabulary", "a security researcher") },
        { "authority", QT_TRANSLATE_NOOP("RecordVocabulary", "an authority") },
        { "attacker", QT_TRANSLATE_NOOP("RecordVocabulary", "the attacker") },
        { "unknown", QT_TRANSLATE_NOOP("RecordVocabulary", "unknown") },
    };

    constexpr Word categoryWords[] = {
        { "names", QT_TRANSLATE_NOOP("RecordVocabulary", "names") },
        { "email_addresses", QT_TRANSLATE_NOOP("RecordVocabulary", "e-mail addresses") },
        { "phone_numbers", QT_TRANSLATE_NOOP("RecordVocabulary", "phone numbers") },
        { "postal_addresses", QT_TRANSLATE_NOOP("RecordVocabulary", "postal addresses") },
        { "dates_of_birth", QT_TRANSLATE_NOOP("RecordVocabulary", "dates of birth") },
        { "ip_addresses", QT_TRANSLATE_NOOP("RecordVocabulary", "IP addresses") },
        { "location", QT_TRANSLATE_NOOP("RecordVocabulary", "location data") },
        { "account_data", QT_TRANSLATE_NOOP("RecordVocabulary", "account data") },
        { "credentials", QT_TRANSLATE_NOOP("RecordVocabulary", "credentials") },
        { "payment_cards", QT_TRANSLATE_NOOP("RecordVocabulary", "payment cards") },
        { "bank_accounts", QT_TRANSLATE_NOOP("RecordVocabulary", "bank accounts") },
        { "financial_data", QT_TRANSLATE_NOOP("RecordVocabulary", "financial data") },
        { "loyalty_points", QT_TRANSLATE_NOOP("RecordVocabulary", "loyalty points") },
        { "support_records", QT_TRANSLATE_NOOP("RecordVocabulary", "support records") },
        { "communications", QT_TRANSLATE_NOOP("RecordVocabulary", "communications") },
        { "health_data", QT_TRANSLATE_NOOP("RecordVocabulary", "health data") },
        { "id_documents", QT_TRANSLATE_NOOP("RecordVocabulary", "identity documents") },
        { "photos", QT_TRANSLATE_NOOP("RecordVocabulary", "photos") },
        { "other", QT_TRANSLATE_NOOP("RecordVocabulary", "other data") },
    };

    constexpr Word unitWords[] = {
        { "customers", QT_TRANSLATE_NOOP("RecordVocabulary", "customers") },
        { "users", QT_TRANSLATE_NOOP("RecordVocabulary", "users") },
        { "accounts", QT_TRANSLATE_NOOP("RecordVocabulary", "accounts") },
        { "logins", QT_TRANSLATE_NOOP("RecordVocabulary", "logins") },
        { "members", QT_TRANSLATE_NOOP("RecordVocabulary", "members") },
        { "patients", QT_TRANSLATE_NOOP("RecordVocabulary", "patients") },
        { "employees", QT_TRANSLATE_NOOP("RecordVocabulary", "employees") },
        { "people", QT_TRANSLATE_NOOP("RecordVocabulary", "people") },
        { "records", QT_TRANSLATE_NOOP("RecordVocabulary", "records") },
        { "devices", QT_TRANSLATE_NOOP("RecordVocabulary", "devices") },
        { "files", QT_TRANSLATE_NOOP("RecordVocabulary", "files") },
        { "other", QT_TRANSLATE_NOOP("RecordVocabulary", "others") },
    };

    constexpr Word reviewWords[] = {
        { "draft", QT_TRANSLATE_NOOP("RecordVocabulary", "draft") },
        { "first_pass", QT_TRANSLATE_NOOP("RecordVocabulary", "first pass") },
        { "reviewed", QT_TRANSLATE_NOOP("RecordVocabulary", "reviewed") },
    };

    template<std::size_t N> QString lookUp(const Word (&words)[N], const QString &id)
    {
        for (const Word &word : words) {
            if (id == QLatin1String(word.id)) {
                return QCoreApplication::translate("RecordVocabulary", word.text);
            }
        }
        return id;
    }

} // namespace

QString RecordVocabulary::fieldLabel(const QString &field)
{
    QString label = lookUp(fieldWords, field);
    return label == field ? label.replace(QLatin1Char('_'), QLatin1Char(' ')) : label;
}

QString RecordVocabulary::valueLabel(const QString &field, const QString &id)
{
    if (field == QLatin1String("cause")) {
        return lookUp(causeWords, id);
    }
    if (field == QLatin1String("external_attack")) {
        return lookUp(attackWords, id);
    }
    if (field == QLatin1String("discovered_by")) {
        return lookUp(discovererWords, id);
    }
    if (field == QLatin1String("data_exposed") || field == QLatin1String("data_not_exposed")) {
        return lookUp(categoryWords, id);
    }
    if (field == QLatin1String("affected_unit")) {
        return lookUp(unitWords, id);
    }
    if (field == QLatin1String("review_status")) {
        return lookUp(reviewWords, id);
    }
    return id;
}

QString RecordVocabulary::valueLabels(const QString &field, const QStringList &ids)
{
    QStringList words;
    words.reserve(ids.size());
    for (const QString &id : ids) {
        words.append(valueLabel(field, id));
    }
    return words.join(QStringLiteral(", "));
}

QString RecordVocabulary::jsonValueLabel(const QString &field, const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue id : value.toArray()) {
            ids.append(id.toString());
        }
        return valueLabels(field, ids);
    }
    if (value.isBool()) {
        return yesNo(value.toBool());
    }
    if (value.isDouble()) {
        return QLocale().toString(static_cast<qint64>(value.toDouble()));
    }
    return valueLabel(field, value.toString());
}

QString RecordVocabulary::dateText(const QString &isoDate)
{
    const QLocale locale;
    if (isoDate.size() == 10) {
        const QDate date = QDate::fromString(isoDate, Qt::ISODate);
        if (!date.isValid()) {
            return isoDate;
        }
        // The short format with the whole year: "dd.MM.yy" would leave the century to guess.
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy"))) {
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        }
        return locale.toString(date, format);
    }
    if (isoDate.size() == 7) {
        const QDate month = QDate::fromString(isoDate + QLatin1String("-01"), Qt::ISODate);
        return month.isValid()
            ? locale.standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year())
            : isoDate;
    }
    return isoDate;
}

QString RecordVocabulary::timeText(const QString &time)
{
    const QTime parsed = QTime::fromString(time, QStringLiteral("HH:mm"));
    return parsed.isValid() ? QLocale().toString(parsed, QLocale::ShortFormat) : time;
}

QString RecordVocabulary::yesNo(bool value)
{
    return value ? QCoreApplication::translate("RecordVocabulary", "yes")
                 : QCoreApplication::translate("RecordVocabulary", "no");
}

} // namespace Iwb
