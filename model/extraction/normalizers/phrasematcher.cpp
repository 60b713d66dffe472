// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "phrasematcher.h"

namespace Iwb {

bool PhraseMatcher::Match::has(const QString &key) const
{
    const auto groups = m_groups->constFind(key);
    if (groups == m_groups->cend()) {
        return {};
    }
    for (const int index : *groups) {
        if (m_match.hasCaptured(index)) {
            return true;
        }
    }
    return false;
}

QString PhraseMatcher::Match::text(const QString &key) const
{
    const auto groups = m_groups->constFind(key);
    if (groups == m_groups->cend()) {
        return {};
    }
    for (const int index : *groups) {
        if (m_match.hasCaptured(index)) {
            return m_match.captured(index);
        }
    }
    return {};
}

QStringList PhraseMatcher::Match::texts(const QString &key) const
{
    QStringList result;
    const auto groups = m_groups->constFind(key);
    if (groups == m_groups->cend()) {
        return {};
    }
    for (const int index : *groups) {
        if (m_match.hasCaptured(index)) {
            result.append(m_match.captured(index));
        }
    }
    return result;
}

std::optional<PhraseMatcher> PhraseMatcher::compile(const QString &pattern, QString *error)
{
    PhraseMatcher matcher;
    matcher.m_regex = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (!matcher.m_regex.isValid()) {
        *error = QStringLiteral("invalid grammar at offset %1: %2")
                     .arg(matcher.m_regex.patternErrorOffset())
                     .arg(matcher.m_regex.errorString());
        return std::nullopt;
    }
    matcher.m_regex.optimize();
    const QStringList names = matcher.m_regex.namedCaptureGroups();
    for (int index = 1; index < names.size(); ++index) {
        const QString &name = names.at(index);
        const qsizetype underscore = name.lastIndexOf(QLatin1Char('_'));
        if (underscore > 0) {
            matcher.m_groups[name.left(underscore)].append(index);
        }
    }
    return matcher;
}

std::optional<PhraseMatcher::Match> PhraseMatcher::match(QStringView text) const
{
    Match result;
    result.m_match = m_regex.matchView(text.trimmed());
    if (!result.m_match.hasMatch()) {
        return std::nullopt;
    }
    result.m_groups = &m_groups;
    return result;
}

} // namespace Iwb
