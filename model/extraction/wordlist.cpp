// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "wordlist.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace Iwb {

std::optional<WordList> WordList::load(const QString &path, QString *error, const QStringList &allowedValues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read (") + file.errorString() + QLatin1Char(')');
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), path, error, allowedValues);
}

std::optional<WordList> WordList::parse(
    const QString &text, const QString &sourceName, QString *error, const QStringList &allowedValues)
{
    WordList list;
    list.m_sourceName = sourceName;
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (qsizetype number = 0; number < lines.size(); ++number) {
        // Only the line's ends are trimmed of spaces: a leading tab means an empty key.
        QStringView line = lines.at(number);
        while (!line.isEmpty() && (line.back() == QLatin1Char('\r') || line.back() == QLatin1Char(' '))) {
            line.chop(1);
        }
        while (!line.isEmpty() && line.front() == QLatin1Char(' ')) {
            line = line.mid(1);
        }
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const auto fail = [&](const QString &problem) {
            *error = QStringLiteral("%1:%2: %3").arg(sourceName).arg(number + 1).arg(problem);
            return std::nullopt;
        };
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const QString key = (tab < 0 ? line : line.left(tab)).trimmed().toString();
        const QString value = tab < 0 ? QString() : line.mid(tab + 1).trimmed().toString();
        if (key.isEmpty()) {
            return fail(QStringLiteral("the entry has no word before the tab"));
        }
        if (!allowedValues.isEmpty() && !allowedValues.contains(value)) {
            return fail(QStringLiteral("entry '%1' has the value '%2', which is not one of: %3")
                    .arg(key, value, allowedValues.join(QStringLiteral(", "))));
        }
        const QString folded = key.toLower();
        if (list.m_values.contains(folded)) {
            return fail(QStringLiteral("entry '%1' appears twice").arg(key));
        }
        list.m_values.insert(folded, value);
        list.m_keys.append(key);
    }
    return list;
}

std::optional<QString> WordList::value(QStringView key) const
{
    const auto it = m_values.constFind(key.toString().toLower());
    if (it == m_values.cend()) {
        return std::nullopt;
    }
    return *it;
}

QString WordList::escapeForRegex(const QString &text)
{
    static const QString metacharacters = QStringLiteral("\\^$.|?*+()[]{}");
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (metacharacters.contains(c)) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return escaped;
}

QString WordList::alternation() const
{
    return alternationOf(m_keys);
}

QString WordList::alternationOf(const QStringList &words)
{
    QStringList sorted;
    QSet<QString> seen;
    for (const QString &word : words) {
        if (!seen.contains(word.toLower())) {
            seen.insert(word.toLower());
            sorted.append(word);
        }
    }
    // Longest first, so "Dezember" wins over "Dez." and "Millionen" over "Mio".
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &key : sorted) {
        key = escapeForRegex(key);
    }
    return sorted.join(QLatin1Char('|'));
}

} // namespace Iwb
