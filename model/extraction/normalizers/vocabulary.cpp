// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "vocabulary.h"

#include "extraction/wordlist.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Iwb {

namespace {

    // Case and white space must not matter when a matched phrase is looked up again.
    QString fold(QStringView phrase)
    {
        return phrase.toString().simplified().toLower();
    }

    bool isAsciiWordChar(QChar c)
    {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    }

    // WordList reports no line numbers for values it accepted, so a failed check
    // looks the entry up again; this runs only on the error path. The last line
    // wins, which for a duplicate is the one that repeats the phrase.
    int lineOf(const QString &path, const QString &key)
    {
        const QString wanted = fold(key);
        int found = 0;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return 0;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
        for (qsizetype number = 0; number < lines.size(); ++number) {
            const QStringView line = lines.at(number).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            if (fold((tab < 0 ? line : line.left(tab)).trimmed()) == wanted) {
                found = static_cast<int>(number + 1);
            }
        }
        return found;
    }

} // namespace

std::optional<Vocabulary> Vocabulary::load(
    const QString &languageDir, const QString &fileName, QString *error, const Check &check)
{
    const QString path = QDir(languageDir).filePath(fileName);
    const std::optional<WordList> list = WordList::load(path, error);
    if (!list) {
        return std::nullopt;
    }
    if (list->isEmpty()) {
        *error = path + QStringLiteral(": the file has no entries");
        return std::nullopt;
    }
    Vocabulary vocabulary;
    vocabulary.m_path = path;
    for (const QString &key : list->keys()) {
        const QString value = list->value(key).value_or(QString());
        if (check) {
            const QString problem = check(key, value);
            if (!problem.isEmpty()) {
                *error = QStringLiteral("%1:%2: %3").arg(path).arg(lineOf(path, key)).arg(problem);
                return std::nullopt;
            }
        }
        const QString folded = fold(key);
        if (vocabulary.m_values.contains(folded)) {
            // WordList compares keys as written; "mehr  als" and "mehr als" are the same phrase here.
            *error = QStringLiteral("%1:%2: entry '%3' appears twice").arg(path).arg(lineOf(path, key)).arg(key);
            return std::nullopt;
        }
        vocabulary.m_values.insert(folded, value);
        vocabulary.m_entries.append({ key, value });
    }
    return vocabulary;
}

QString Vocabulary::phrasePattern(const QString &phrase, int boundaries)
{
    static const QString metacharacters = QStringLiteral("\\^$.|?*+()[]{}");
    const QString simplified = phrase.simplified();
    QString result;
    if ((boundaries & LeadingBoundary) && !simplified.isEmpty() && isAsciiWordChar(simplified.front())) {
        result += QLatin1String("\\b");
    }
    for (const QChar c : simplified) {
        if (c == QLatin1Char(' ')) {
            result += QLatin1String("\\s+");
        } else if (metacharacters.contains(c)) {
            result += QLatin1Char('\\');
            result += c;
        } else {
            // Non-ASCII letters stay literal: Hyperscan rejects "\ö" in UTF-8 mode.
            result += c;
        }
    }
    if ((boundaries & TrailingBoundary) && !simplified.isEmpty() && isAsciiWordChar(simplified.back())) {
        result += QLatin1String("\\b");
    }
    return result;
}

QString Vocabulary::pattern(int boundaries) const
{
    return pattern([](const QString &) { return true; }, boundaries);
}

QString Vocabulary::pattern(const std::function<bool(const QString &value)> &accept, int boundaries) const
{
    QStringList phrases;
    for (const auto &[key, value] : m_entries) {
        if (accept(value)) {
            phrases.append(key.simplified());
        }
    }
    if (phrases.isEmpty()) {
        return {};
    }
    // Longest first: QRegularExpression takes the first alternative that fits, and
    // "Millionen" must win over "Mio", "mehr als" over "mehr".
    std::stable_sort(
        phrases.begin(), phrases.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives;
    alternatives.reserve(phrases.size());
    for (const QString &phrase : std::as_const(phrases)) {
        alternatives.append(phrasePattern(phrase, boundaries));
    }
    return QLatin1String("(?:") + alternatives.join(QLatin1Char('|')) + QLatin1Char(')');
}

QString Vocabulary::patternFor(const QString &value, int boundaries) const
{
    return pattern([&value](const QString &candidate) { return candidate == value; }, boundaries);
}

std::optional<QString> Vocabulary::value(QStringView phrase) const
{
    const auto it = m_values.constFind(fold(phrase));
    if (it == m_values.cend()) {
        return std::nullopt;
    }
    return *it;
}

bool Vocabulary::hasValue(const QString &value) const
{
    return std::any_of(
        m_entries.cbegin(), m_entries.cend(), [&value](const auto &entry) { return entry.second == value; });
}

bool Vocabulary::requireValues(const QStringList &values, QString *error) const
{
    for (const QString &value : values) {
        if (!hasValue(value)) {
            *error = QStringLiteral("%1: no entry has the value '%2'").arg(m_path, value);
            return false;
        }
    }
    return true;
}

} // namespace Iwb
