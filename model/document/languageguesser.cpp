// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "languageguesser.h"

#include <QFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>

namespace Iwb {

namespace {

    QSet<QString> readWordList(const QString &path)
    {
        QSet<QString> words;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return words;
        }
        QTextStream stream(&file);
        while (!stream.atEnd()) {
            const QString line = stream.readLine().section(QLatin1Char('#'), 0, 0).trimmed();
            if (!line.isEmpty()) {
                words.insert(line.toLower());
            }
        }
        return words;
    }

    constexpr std::size_t wordHashSize = 4096;

    QChar lowerCase(QChar c)
    {
        const char16_t unit = c.unicode();
        if (unit < 0x80) {
            return QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 0x20) : unit);
        }
        return c.toLower();
    }

    /// A cheap hash of @p word lower-cased (without lower-casing a copy of it), folded into the size
    /// of LanguageGuesser::m_possibleWords.
    std::size_t wordHash(QStringView word)
    {
        std::size_t hash = static_cast<std::size_t>(word.size());
        for (const QChar c : word) {
            hash = hash * 31 + lowerCase(c).unicode();
        }
        return hash % wordHashSize;
    }

    /// Whether one language leads so clearly that reading on cannot matter: a text of one language
    /// has its function words by the dozen, a text of two (quotes, names) a few of the other.
    bool isDecided(const QList<int> &hits)
    {
        constexpr int decisiveHits = 40;
        const auto [fewest, most] = std::minmax_element(hits.cbegin(), hits.cend());
        return *most >= decisiveHits && *fewest * 4 <= *most;
    }

} // namespace

LanguageGuesser::LanguageGuesser()
{
    for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
        const quint32 bit = 1u << m_languages.size();
        m_languages.append(language);
        for (const QString &word : readWordList(QStringLiteral(":/rules/%1/function-words.txt").arg(language))) {
            m_languagesOfWord[word] |= bit;
            m_possibleWords.set(wordHash(word));
        }
    }
}

QString LanguageGuesser::guess(const QString &text) const
{
    // The first few thousand characters decide; articles do not switch language.
    const QStringView sample = QStringView(text).first(std::min<qsizetype>(text.size(), 5000));
    QList<int> hits(m_languages.size(), 0);
    QString word; // reused: lower-casing into it allocates only when a word is longer than any before
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i <= sample.size(); ++i) {
        const bool letter = i < sample.size() && sample.at(i).isLetter();
        if (letter && wordStart < 0) {
            wordStart = i;
        } else if (!letter && wordStart >= 0) {
            const qsizetype length = i - wordStart;
            // Function words are short; longer words cannot count.
            if (length <= 8) {
                // The hash first, straight from the text: most words are no function word, and
                // need no copy.
                if (!m_possibleWords.test(wordHash(sample.mid(wordStart, length)))) {
                    wordStart = -1;
                    continue;
                }
                word.resize(length);
                QChar *out = word.data();
                for (qsizetype k = 0; k < length; ++k) {
                    out[k] = lowerCase(sample.at(wordStart + k));
                }
                if (const quint32 languages = m_languagesOfWord.value(word)) {
                    for (qsizetype l = 0; l < hits.size(); ++l) {
                        hits[l] += (languages >> l) & 1u;
                    }
                    if (isDecided(hits)) {
                        break;
                    }
                }
            }
            wordStart = -1;
        }
    }
    QString best;
    int bestHits = 0;
    for (qsizetype l = 0; l < hits.size(); ++l) {
        if (hits.at(l) > bestHits) {
            best = m_languages.at(l);
            bestHits = hits.at(l);
        }
    }
    return best;
}

const LanguageGuesser &LanguageGuesser::instance()
{
    static const LanguageGuesser guesser;
    return guesser;
}

} // namespace Iwb
