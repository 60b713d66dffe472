// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/registertexts.h"

#include <QHash>

namespace Iwb {

namespace {

    struct Words
    {
        const char *label;
        const char *law;
    };

    // QT_TRANSLATE_NOOP marks the words for lupdate; they are translated when shown.
    const QHash<QString, Words> &fieldWords()
    {
        static const QHash<QString, Words> words {
            { QStringLiteral("controller_name"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Controller"), "Art. 33(3)(b) GDPR" } },
            { QStringLiteral("contact"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Data protection officer or contact point"),
                    "Art. 33(3)(b) GDPR" } },
            { QStringLiteral("authority"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Supervisory authority"), "Art. 33(1), 55 GDPR" } },
            { QStringLiteral("became_aware"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Became aware"), "Art. 33(1) GDPR" } },
            { QStringLiteral("occurred_start"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Breach began"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("occurred_end"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Breach ended"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("ongoing"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Still ongoing"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("discovered"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Discovered"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("discovered_how"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Discovered by"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("nature"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Nature of the breach"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("description"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "What happened"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("cause"), { QT_TRANSLATE_NOOP("RegisterTexts", "Cause"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("attack"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Attack from outside"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("subjects_count"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Approximate number of data subjects"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("subjects_unit"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Counted as"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("subject_categories"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Categories of data subjects"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("records_count"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Approximate number of records"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("data_categories"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Categories of personal data"), "Art. 33(3)(a) GDPR" } },
            { QStringLiteral("special_categories"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Special categories"), "Art. 9(1) GDPR" } },
            { QStringLiteral("criminal_data"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Criminal convictions and offences"), "Art. 10 GDPR" } },
            { QStringLiteral("consequences"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Likely consequences"), "Art. 33(3)(c) GDPR" } },
            { QStringLiteral("measures_taken"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Measures taken"), "Art. 33(3)(d) GDPR" } },
            { QStringLiteral("measures_proposed"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Measures proposed"), "Art. 33(3)(d) GDPR" } },
            { QStringLiteral("risk_level"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Risk to people"), "Art. 33(1), 34(1) GDPR" } },
            { QStringLiteral("risk_reasons"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Reasons for the risk level"), "Art. 33(1), 34(1) GDPR" } },
            { QStringLiteral("risk_criteria"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Criteria considered"), "DSK short paper no. 18" } },
            { QStringLiteral("notify_authority"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Notify the authority"), "Art. 33(1), 33(5) GDPR" } },
            { QStringLiteral("notify_justification"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Why (notification)"), "Art. 33(5) GDPR" } },
            { QStringLiteral("inform_subjects"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Inform the data subjects"), "Art. 34(1) GDPR" } },
            { QStringLiteral("inform_justification"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Why (information)"), "Art. 34(3) GDPR" } },
            { QStringLiteral("delay_reason"),
                { QT_TRANSLATE_NOOP("RegisterTexts", "Reasons for a delay past 72 hours"), "Art. 33(1) GDPR" } },
            { QStringLiteral("status"), { QT_TRANSLATE_NOOP("RegisterTexts", "Status"), "Art. 33(5) GDPR" } },
        };
        return words;
    }

    const QHash<QString, const char *> &categoryWords()
    {
        static const QHash<QString, const char *> words {
            { QStringLiteral("identification"),
                QT_TRANSLATE_NOOP("RegisterTexts", "Identification (name, date of birth)") },
            { QStringLiteral("contact"),
                QT_TRANSLATE_NOOP("RegisterTexts", "Contact details (e-mail, phone, address)") },
            { QStringLiteral("credentials"), QT_TRANSLATE_NOOP("RegisterTexts", "Credentials and account data") },
            { QStringLiteral("bank_payment"), QT_TRANSLATE_NOOP("RegisterTexts", "Bank and payment data") },
            { QStringLiteral("identity_documents"), QT_TRANSLATE_NOOP("RegisterTexts", "Identity documents") },
            { QStringLiteral("location"), QT_TRANSLATE_NOOP("RegisterTexts", "Location data") },
            { QStringLiteral("communication"), QT_TRANSLATE_NOOP("RegisterTexts", "Content of communications") },
            { QStringLiteral("usage"),
                QT_TRANSLATE_NOOP("RegisterTexts", "Usage data (IP addresses, customer account)") },
            { QStringLiteral("images"), QT_TRANSLATE_NOOP("RegisterTexts", "Images") },
            { QStringLiteral("other"), QT_TRANSLATE_NOOP("RegisterTexts", "Other data") },
            { QStringLiteral("health"), QT_TRANSLATE_NOOP("RegisterTexts", "Health") },
            { QStringLiteral("ethnic_origin"), QT_TRANSLATE_NOOP("RegisterTexts", "Racial or ethnic origin") },
            { QStringLiteral("political_opinions"), QT_TRANSLATE_NOOP("RegisterTexts", "Political opinions") },
            { QStringLiteral("religion"), QT_TRANSLATE_NOOP("RegisterTexts", "Religious or philosophical beliefs") },
            { QStringLiteral("trade_union"), QT_TRANSLATE_NOOP("RegisterTexts", "Trade union membership") },
            { QStringLiteral("genetic"), QT_TRANSLATE_NOOP("RegisterTexts", "Genetic data") },
            { QStringLiteral("biometric"), QT_TRANSLATE_NOOP("RegisterTexts", "Biometric data for identification") },
            { QStringLiteral("sex_life"), QT_TRANSLATE_NOOP("RegisterTexts", "Sex life or sexual orientation") },
            { QStringLiteral("sensitivity"), QT_TRANSLATE_NOOP("RegisterTexts", "Kind and sensitivity of the data") },
            { QStringLiteral("number_of_people"), QT_TRANSLATE_NOOP("RegisterTexts", "Number of people") },
            { QStringLiteral("identifiability"), QT_TRANSLATE_NOOP("RegisterTexts", "Ease of identifying people") },
            { QStringLiteral("severity"), QT_TRANSLATE_NOOP("RegisterTexts", "Severity of the consequences") },
            { QStringLiteral("permanence"), QT_TRANSLATE_NOOP("RegisterTexts", "Permanence of the consequences") },
            { QStringLiteral("vulnerable_people"), QT_TRANSLATE_NOOP("RegisterTexts", "Vulnerable people") },
            { QStringLiteral("financial_loss"), QT_TRANSLATE_NOOP("RegisterTexts", "Financial loss") },
            { QStringLiteral("professional_secrecy"), QT_TRANSLATE_NOOP("RegisterTexts", "Professional secrecy") },
        };
        return words;
    }

} // namespace

QString RegisterTexts::fieldLabel(const QString &field)
{
    const auto found = fieldWords().constFind(field);
    return found == fieldWords().cend() ? field : tr(found->label);
}

QString RegisterTexts::fieldLaw(const QString &field)
{
    const auto found = fieldWords().constFind(field);
    return found == fieldWords().cend() ? QString() : QString::fromLatin1(found->law);
}

QString RegisterTexts::statusText(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Assessing:
        return tr("Assessing");
    case EntryStatus::Notified:
        return tr("Notified");
    case EntryStatus::DocumentedOnly:
        return tr("Documented only");
    case EntryStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString RegisterTexts::riskText(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Unassessed:
        return tr("Not assessed");
    case RiskLevel::None:
        return tr("None or low");
    case RiskLevel::Risk:
        return tr("Risk");
    case RiskLevel::High:
        return tr("High risk");
    }
    return {};
}

QString RegisterTexts::categoryLabel(const QString &id)
{
    const char *words = categoryWords().value(id);
    return words ? tr(words) : id;
}

QString RegisterTexts::durationText(qint64 seconds)
{
    const qint64 minutes = qAbs(seconds) / 60;
    const qint64 days = minutes / (qint64(24) * 60);
    const qint64 hours = minutes / 60 % 24;
    if (days > 0) {
        return tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return tr("%1 min").arg(minutes);
}

QString RegisterTexts::timeLeftText(qint64 seconds)
{
    return seconds < 0 ? tr("%1 overdue").arg(durationText(seconds)) : tr("%1 left").arg(durationText(seconds));
}

QString RegisterTexts::clockText(const EntryClock &clock)
{
    if (!clock.deadline) {
        return tr("awareness not stated");
    }
    if (!clock.applies) {
        return tr("no notification");
    }
    if (clock.sentAt.isValid()) {
        return clock.state.met ? tr("sent in time") : tr("sent late");
    }
    return timeLeftText(clock.state.secondsLeft);
}

} // namespace Iwb
