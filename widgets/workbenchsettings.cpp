// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "workbenchsettings.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStyleHints>

#include <algorithm>

namespace Iwb {

namespace {
    const QString analystKey = QStringLiteral("analyst/name");
    const QString articleLanguageKey = QStringLiteral("articles/defaultLanguage");
    const QString colorSchemeKey = QStringLiteral("appearance/colorScheme");
    const QString storePathKey = QStringLiteral("store/path");
    const QString lastStoreKey = QStringLiteral("store/lastOpened");
    const QString rulesFolderKey = QStringLiteral("rules/folder");
    const QString autosaveKey = QStringLiteral("recovery/intervalSeconds");
    constexpr int defaultAutosaveSeconds = 3;
} // namespace

QString WorkbenchSettings::analystName(const QString &fallback)
{
    const QString name = QSettings().value(analystKey).toString().trimmed();
    return name.isEmpty() ? fallback : name;
}

void WorkbenchSettings::setAnalystName(const QString &name)
{
    QSettings().setValue(analystKey, name.trimmed());
}

QString WorkbenchSettings::articleLanguage()
{
    return QSettings().value(articleLanguageKey).toString();
}

void WorkbenchSettings::setArticleLanguage(const QString &language)
{
    QSettings().setValue(articleLanguageKey, language);
}

WorkbenchSettings::ColorScheme WorkbenchSettings::colorScheme()
{
    const QString value = QSettings().value(colorSchemeKey).toString();
    return value == QLatin1String("light") ? ColorScheme::Light
        : value == QLatin1String("dark")   ? ColorScheme::Dark
                                           : ColorScheme::FollowSystem;
}

void WorkbenchSettings::setColorScheme(ColorScheme scheme)
{
    QSettings().setValue(colorSchemeKey,
        scheme == ColorScheme::Light      ? QStringLiteral("light")
            : scheme == ColorScheme::Dark ? QStringLiteral("dark")
                                          : QStringLiteral("system"));
}

void WorkbenchSettings::applyColorScheme(ColorScheme scheme)
{
    QGuiApplication::styleHints()->setColorScheme(scheme == ColorScheme::Light ? Qt::ColorScheme::Light
            : scheme == ColorScheme::Dark                                      ? Qt::ColorScheme::Dark
                                                                               : Qt::ColorScheme::Unknown);
}

QString WorkbenchSettings::storePath()
{
    return QSettings().value(storePathKey).toString();
}

void WorkbenchSettings::setStorePath(const QString &path)
{
    QSettings settings;
    if (settings.value(storePathKey).toString() != path) {
        settings.remove(lastStoreKey);
    }
    settings.setValue(storePathKey, path);
}

QString WorkbenchSettings::lastStore()
{
    return QSettings().value(lastStoreKey).toString();
}

void WorkbenchSettings::setLastStore(const QString &path)
{
    QSettings().setValue(lastStoreKey, QFileInfo(path).absoluteFilePath());
}

QString WorkbenchSettings::storeToOpen(const QString &defaultPath)
{
    // A store that was moved or deleted since is not recreated empty in its old place.
    QString last = lastStore();
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        return last;
    }
    return storePath().isEmpty() ? defaultPath : storePath();
}

QString WorkbenchSettings::rulesFolder()
{
    return QSettings().value(rulesFolderKey).toString();
}

void WorkbenchSettings::setRulesFolder(const QString &folder)
{
    QSettings().setValue(rulesFolderKey, folder);
}

int WorkbenchSettings::autosaveSeconds()
{
    return std::clamp(QSettings().value(autosaveKey, defaultAutosaveSeconds).toInt(), 1, 600);
}

void WorkbenchSettings::setAutosaveSeconds(int seconds)
{
    QSettings().setValue(autosaveKey, std::clamp(seconds, 1, 600));
}

} // namespace Iwb
