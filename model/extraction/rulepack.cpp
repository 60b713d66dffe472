// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "rulepack.h"

#include "incident/incidentrecord.h"
#include "installation/installedfiles.h"
#include "normalizers/datenormalizer.h"
#include "normalizers/durationnormalizer.h"
#include "normalizers/numbernormalizer.h"
#include "normalizers/timenormalizer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Iwb {

RulePack::RulePack() = default;
RulePack::~RulePack() = default;
RulePack::RulePack(RulePack &&) noexcept = default;
RulePack &RulePack::operator=(RulePack &&) noexcept = default;

const QHash<QString, QStringList> &RulePack::listSchemas()
{
    static const QHash<QString, QStringList> schemas {
        { QStringLiteral("data-categories"), IncidentRecord::dataCategoryIds() },
        { QStringLiteral("data-category-heads"), IncidentRecord::dataCategoryIds() },
        { QStringLiteral("count-units"),
            { QStringLiteral("users"), QStringLiteral("customers"), QStringLiteral("accounts"),
                QStringLiteral("logins"), QStringLiteral("records"), QStringLiteral("patients"),
                QStringLiteral("people"), QStringLiteral("members"), QStringLiteral("employees"),
                QStringLiteral("files"), QStringLiteral("devices"), QStringLiteral("other") } },
        { QStringLiteral("cause-cues"),
            { QStringLiteral("misconfiguration"), QStringLiteral("software_error"), QStringLiteral("human_error"),
                QStringLiteral("attack"), QStringLiteral("insider_misuse"), QStringLiteral("loss_or_theft") } },
        { QStringLiteral("attack-cues"), { QStringLiteral("attack"), QStringLiteral("attacker") } },
        { QStringLiteral("discovery-cues"),
            { QStringLiteral("internal"), QStringLiteral("customer"), QStringLiteral("researcher"),
                QStringLiteral("authority"), QStringLiteral("attacker") } },
        { QStringLiteral("notification-cues"), { QStringLiteral("authority"), QStringLiteral("affected") } },
        { QStringLiteral("negation-cues"), { QStringLiteral("pre"), QStringLiteral("post") } },
        { QStringLiteral("hedge-cues"), { QStringLiteral("hedge") } },
        { QStringLiteral("organization-suffixes"),
            { QStringLiteral("suffix"), QStringLiteral("prefix"), QStringLiteral("head") } },
        { QStringLiteral("organization-stopwords"), { QStringLiteral("stop") } },
        { QStringLiteral("media-outlets"), { QStringLiteral("outlet") } },
        { QStringLiteral("authority-names"), { QStringLiteral("authority") } },
        { QStringLiteral("conjunctions"), { QStringLiteral("and"), QStringLiteral("or") } },
        { QStringLiteral("organization-context"), { QStringLiteral("before"), QStringLiteral("after") } },
        { QStringLiteral("abbreviations"), {} },
        { QStringLiteral("notification-verbs"), { QStringLiteral("notify") } },
        { QStringLiteral("discovery-verbs"), { QStringLiteral("discover") } },
        { QStringLiteral("generic-data"), { QStringLiteral("other") } },
        { QStringLiteral("incident-cues"), { QStringLiteral("incident") } },
        { QStringLiteral("incident-context"), {} },
        { QStringLiteral("researcher-organizations"), { QStringLiteral("researcher") } },
        { QStringLiteral("non-organization-heads"), { QStringLiteral("not_organization") } },
        { QStringLiteral("advice-cues"), { QStringLiteral("pre"), QStringLiteral("post") } },
    };
    return schemas;
}

QString RulePack::folderFor(const QString &language, const QString &explicitRoot)
{
    if (!explicitRoot.isEmpty() && QFileInfo(explicitRoot + QLatin1Char('/') + language).isDir()) {
        return explicitRoot + QLatin1Char('/') + language;
    }
    QString user
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rules/") + language;
    if (QFileInfo(user).isDir()) {
        return user;
    }
    QString installed = InstalledFiles::dataFolder(QStringLiteral("rules/") + language);
    if (!installed.isEmpty()) {
        return installed;
    }
    return QStringLiteral(":/rules/") + language;
}

std::unique_ptr<RulePack> RulePack::load(const QString &language, const QString &folder, QString *error)
{
    std::unique_ptr<RulePack> pack(new RulePack);
    pack->m_language = language;
    pack->m_folder = folder;
    if (!QFileInfo(folder).isDir()) {
        *error = folder + QStringLiteral(": no rule folder for language '%1'").arg(language);
        return nullptr;
    }
    const QHash<QString, QStringList> &schemas = listSchemas();
    for (auto it = schemas.cbegin(); it != schemas.cend(); ++it) {
        auto list = WordList::load(folder + QLatin1Char('/') + it.key() + QStringLiteral(".tsv"), error, it.value());
        if (!list) {
            return nullptr;
        }
        pack->m_lists.emplace(it.key(), std::move(*list));
    }
    auto numbers = NumberNormalizer::load(folder, error);
    if (!numbers) {
        return nullptr;
    }
    auto dates = DateNormalizer::load(folder, error);
    if (!dates) {
        return nullptr;
    }
    auto times = TimeNormalizer::load(folder, error);
    if (!times) {
        return nullptr;
    }
    auto durations = DurationNormalizer::load(folder, error);
    if (!durations) {
        return nullptr;
    }
    pack->m_numbers = std::make_unique<NumberNormalizer>(std::move(*numbers));
    pack->m_dates = std::make_unique<DateNormalizer>(std::move(*dates));
    pack->m_times = std::make_unique<TimeNormalizer>(std::move(*times));
    pack->m_durations = std::make_unique<DurationNormalizer>(std::move(*durations));
    return pack;
}

const WordList &RulePack::list(const QString &name) const
{
    static const WordList empty;
    const auto it = m_lists.constFind(name);
    return it == m_lists.cend() ? empty : *it;
}

} // namespace Iwb
