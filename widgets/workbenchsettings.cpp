// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "workbenchsettings.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
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
    // The platform's palette as it was before a scheme changed it: what "follow the system" returns to.
    static const QPalette platformPalette = QApplication::palette();
    static const QString platformStyle = QApplication::style()->name();
    static bool changed = false;
    // Every role set, so that Qt takes the colours as they are instead of resolving them against the
    // style's standard palette (which may follow the colour-scheme hint set here).
    const auto explicitCopy = [](const QPalette &palette) {
        QPalette copy;
        for (int group = 0; group < QPalette::NColorGroups; ++group) {
            for (int role = 0; role < QPalette::NColorRoles; ++role) {
                const auto g = static_cast<QPalette::ColorGroup>(group);
                const auto r = static_cast<QPalette::ColorRole>(role);
                copy.setBrush(g, r, palette.brush(g, r));
            }
        }
        return copy;
    };
    QGuiApplication::styleHints()->setColorScheme(scheme == ColorScheme::Light ? Qt::ColorScheme::Light
            : scheme == ColorScheme::Dark                                      ? Qt::ColorScheme::Dark
                                                                               : Qt::ColorScheme::Unknown);
    const bool platformIsLight = platformPalette.color(QPalette::Window).lightness() >= 128;
    switch (scheme) {
    case ColorScheme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        changed = true;
        break;
    case ColorScheme::Light:
        if (!platformIsLight) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef))); // Qt's classic light grey
            changed = true;
        } else if (changed) {
            QApplication::setStyle(platformStyle);
            QApplication::setPalette(explicitCopy(platformPalette));
        }
        break;
    case ColorScheme::FollowSystem:
        if (changed) {
            QApplication::setStyle(platformStyle);
            QApplication::setPalette(explicitCopy(platformPalette));
        }
        break;
    }
}

QPalette WorkbenchSettings::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0xae, 0xe9);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Link, QColor(0x5c, 0xb8, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe6));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
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
