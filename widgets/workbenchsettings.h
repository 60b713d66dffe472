// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

class QPalette;

namespace Iwb {

/**
 * The analyst's settings (QSettings, in the user's config folder), read and
 * written in one place so their keys and defaults are not spread over the
 * widgets. The settings dialog edits them; the window applies them.
 */
class WorkbenchSettings
{
public:
    enum class ColorScheme { FollowSystem, Light, Dark };

    /// The name written into the edit history; @p fallback (the login name) until one is set.
    static QString analystName(const QString &fallback);
    static void setAnalystName(const QString &name);

    /// The language assumed for an article whose language cannot be told from its text ("de", "en");
    /// empty: leave it unknown.
    static QString articleLanguage();
    static void setArticleLanguage(const QString &language);

    static ColorScheme colorScheme();
    static void setColorScheme(ColorScheme scheme);
    /// Applies @p scheme to the whole program: Qt's colour scheme hint (the standard dialogs, platform
    /// themes that follow it) and the application palette. Dark sets darkPalette() with the Fusion style,
    /// whose drawing follows the palette, because on a desktop without a platform theme (X11 without
    /// KDE or GNOME integration, Xvfb) the hint alone leaves the windows light; Light keeps the platform's
    /// palette when it is light and sets Qt's light grey one when not; FollowSystem sets the palette the
    /// platform gave before the first call again, but windows made dark may keep it until the next start
    /// (seen with the offscreen platform; the settings say a change of scheme fully applies at the next start).
    static void applyColorScheme(ColorScheme scheme);
    /// The palette of the dark scheme: dark windows and fields, light text, a blue selection.
    static QPalette darkPalette();

    /// The store the workbench opens when no --db is given; empty: the default in the user's data folder.
    static QString storePath();
    /// A changed store location takes effect at the next start: it replaces the last opened store.
    static void setStorePath(const QString &path);

    /// The store the workbench opened last (absolute path); empty before the first start.
    static QString lastStore();
    static void setLastStore(const QString &path);
    /// The store to open when no --db is given: the last opened one while its file is there, else the
    /// store location of the settings, else @p defaultPath.
    static QString storeToOpen(const QString &defaultPath);

    /// A folder with rule packs (<lang>/*.tsv) that replace the built-in ones; empty: the built-in ones.
    static QString rulesFolder();
    static void setRulesFolder(const QString &folder);

    /// How often unsaved work is written to the recovery draft, in seconds (1–600; default 3).
    static int autosaveSeconds();
    static void setAutosaveSeconds(int seconds);
};

} // namespace Iwb
