// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace Iwb {

/**
 * The interface's language and locale: the system's, or the one chosen in
 * the settings ("appearance/language", e.g. "de" or "en"; empty follows the
 * system). apply() makes it the default QLocale, so numbers and dates in the
 * interface follow it ("9.500", "09.12.2019"), and installs the workbench's
 * translation (compiled in as :/i18n/incident-workbench_<lang>.qm) and Qt's
 * own (qtbase_<lang>.qm, for the standard dialogs' buttons). Stored values,
 * exports and the command line never depend on it.
 */
class Localization
{
public:
    struct Language
    {
        QString code; ///< "" for the system's language, else "de", "en", …
        QString name; ///< in its own language: "Deutsch", "English"
    };

    /// The settings key that holds the chosen language code.
    static QString settingsKey();
    /// The chosen language code, "" for the system's.
    static QString chosenLanguage();
    /// The locale the interface uses for @p code ("" = the system's, see systemInterfaceLocale()).
    static QLocale localeFor(const QString &code);
    /**
     * The interface's locale when it follows the system: @p system (its number and date conventions)
     * when it is in the language the interface will speak, else that language's own locale. The
     * interface speaks the first of @p uiLanguages (the system's preferred languages, e.g. from
     * LANGUAGE=de:en) that the workbench is translated to, or English. So a German interface never
     * shows "9,500" or "16 Jan 2026" because the numeric locale is C (LC_ALL=C.UTF-8) or another
     * language's, and a de_AT or de_CH system keeps its own conventions.
     */
    static QLocale systemInterfaceLocale(const QLocale &system, const QStringList &uiLanguages);
    /// The languages the workbench is translated to, the system's first.
    static QList<Language> languages();

    /// Makes @p locale the default and installs the matching translations in place of earlier ones.
    /// Widgets created afterwards use it; a running window keeps its texts until it is recreated.
    static void apply(const QLocale &locale);
    /// Whether a translation of the workbench itself was loaded by the last apply() (false for English).
    static bool isTranslated();

private:
    static QTranslator *&appTranslator();
    static QTranslator *&qtTranslator();
};

} // namespace Iwb
