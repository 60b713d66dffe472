// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

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
    return code.isEmpty() ? QLocale::system() : QLocale(code);
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
