// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * Tells German from English text by counting frequent function words. The
 * word lists are data (resources/rules/<lang>/function-words.txt, compiled in
 * as Qt resources); adding a language means adding a list.
 */
class LanguageGuesser
{
public:
    /// Loads the built-in lists for every supported language.
    LanguageGuesser();

    /// "de", "en", or empty when the text gives no evidence either way.
    QString guess(const QString &text) const;

    QStringList languages() const { return m_functionWords.keys(); }

    /// The shared instance with the built-in lists.
    static const LanguageGuesser &instance();

private:
    QHash<QString, QSet<QString>> m_functionWords;
};

} // namespace Iwb
