// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "languageguesser.h"

#include <QFile>
#include <QTextStream>

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

} // namespace

LanguageGuesser::LanguageGuesser()
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
        m_functionWords.insert(language, readWordList(QStringLiteral(":/rules/%1/function-words.txt").arg(language)));
    }
}

QString LanguageGuesser::guess(const QString &text) const
{
    // The first few thousand characters decide; articles do not switch language.
    const QStringView sample = QStringView(text).first(std::min<qsizetype>(text.size(), 5000));
    QHash<QString, int> hits;
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
                word.resize(length);
                for (qsizetype k = 0; k < length; ++k) {
                    word[k] = sample.at(wordStart + k).toLower();
                }
                for (auto it = m_functionWords.cbegin(); it != m_functionWords.cend(); ++it) {
                    if (it.value().contains(word)) {
                        ++hits[it.key()];
                    }
                }
            }
            wordStart = -1;
        }
    }
    QString best;
    int bestHits = 0;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (it.value() > bestHits) {
            best = it.key();
            bestHits = it.value();
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
