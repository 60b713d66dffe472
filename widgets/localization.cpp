// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace Iwb {

namespace {
    bool translated = false;
}

QString Localization::settingsKey()
{
    return QStringLiteral("appearance/language");
}

QString Localization::chosenLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

QLocale Localization::localeFor(const QString &code)
{
    if (!code.isEmpty()) {
        return QLocale(code);
    }
    const QLocale system = QLocale::system();
    return systemInterfaceLocale(system, system.uiLanguages());
}

QLocale Localization::systemInterfaceLocale(const QLocale &system, const QStringList &uiLanguages)
{
    QLocale spoken(QLocale::English, QLocale::UnitedStates);
    for (const QString &name : uiLanguages) {
        const QLocale candidate(name);
        const QList<Language> known = languages();
        const bool translated = std::any_of(known.cbegin(), known.cend(), [&](const Language &language) {
            return !language.code.isEmpty() && QLocale(language.code).language() == candidate.language();
        });
        if (translated) {
            spoken = candidate;
            break;
        }
    }
    // The language's own conventions for the system's territory when it speaks that language (de_AT,
    // de_CH), else the spoken language's: not QLocale::system() itself, whose numbers and dates come from
    // LC_NUMERIC and LC_TIME and stay C's under LANGUAGE=de with LC_ALL=C.UTF-8 ("9,500", "16 Jan 2026").
    // "de" alone means Germany's conventions (QLocale's default territory for the language).
    return system.language() == spoken.language() ? QLocale(system.language(), system.territory())
                                                  : QLocale(spoken.language(), spoken.territory());
}

QList<Localization::Language> Localization::languages()
{
    return {
        { QString(), QCoreApplication::translate("Iwb::Localization", "System language") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("en"), QStringLiteral("English") },
    };
}

QTranslator *&Localization::appTranslator()
{
    static QTranslator *translator = nullptr;
    return translator;
}

QTranslator *&Localization::qtTranslator()
{
    static QTranslator *translator = nullptr;
    return translator;
}

void Localization::apply(const QLocale &locale)
{
    QLocale::setDefault(locale);
    for (QTranslator **slot : { &appTranslator(), &qtTranslator() }) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    auto *app = new QTranslator;
    // The German file, or for English the plural forms ("1 file", "2 files"); a language the workbench
    // is not translated to gets English with its plurals.
    translated = app->load(locale, QStringLiteral("incident-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && locale.language() != QLocale::English;
    if (!translated && locale.language() != QLocale::English) {
        (void)app->load(QStringLiteral(":/i18n/incident-workbench_en"));
    }
    QCoreApplication::installTranslator(app);
    appTranslator() = app;

    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
}

bool Localization::isTranslated()
{
    return translated;
}

} // namespace Iwb
