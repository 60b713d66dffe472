// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <bitset>

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

    /// "de", "en", or empty when the text gives no evidence either way. Decides by the
    /// function words among the first 5,000 characters; of two languages with as many,
    /// the first in languages() wins.
    QString guess(const QString &text) const;

    QStringList languages() const { return m_languages; }

    /// The shared instance with the built-in lists.
    static const LanguageGuesser &instance();

private:
    QStringList m_languages;
    /// Each function word (lower case) with one bit per language of m_languages that has it:
    /// one lookup per word of the text, however many languages there are.
    QHash<QString, quint32> m_languagesOfWord;
    /// One bit per hash value (wordHash()) of a function word: most words of a text are none,
    /// and this rules them out without a hash-table lookup.
    std::bitset<4096> m_possibleWords;
};

} // namespace Iwb
