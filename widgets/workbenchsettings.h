// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

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
    /// Applies @p scheme to the whole program (Qt's palette and the standard dialogs).
    static void applyColorScheme(ColorScheme scheme);

    /// The store the workbench opens when no --db is given; empty: the default in the user's data folder.
    static QString storePath();
    static void setStorePath(const QString &path);

    /// A folder with rule packs (<lang>/*.tsv) that replace the built-in ones; empty: the built-in ones.
    static QString rulesFolder();
    static void setRulesFolder(const QString &folder);

    /// How often unsaved work is written to the recovery draft, in seconds (1–600; default 3).
    static int autosaveSeconds();
    static void setAutosaveSeconds(int seconds);
};

} // namespace Iwb
