// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "wordlist.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Iwb {

class DateNormalizer;
class DurationNormalizer;
class NumberNormalizer;
class TimeNormalizer;

/**
 * Everything the extractor knows about one language, loaded from a folder of
 * data files (resources/rules/<lang>/: installed under <datadir>/incident-workbench/rules,
 * built in as :/rules/<lang>, or a copy in the user's data folder): the vocabulary lists and the normalizers built on
 * their own lists. Loading validates every file and fails with "file:line:
 * problem" on the first error.
 */
class RulePack
{
public:
    ~RulePack();
    RulePack(RulePack &&) noexcept;
    RulePack &operator=(RulePack &&) noexcept;

    /// Loads the pack for @p language from @p folder. Hands back ownership of the loaded pack.
    static std::unique_ptr<RulePack> load(const QString &language, const QString &folder, QString *error);

    /// The folder the rules are read from, by priority: @p explicitRoot (e.g. --rules DIR) when it has
    /// a <language> folder, then the user's <AppDataLocation>/rules/<language>, then the installed
    /// <datadir>/incident-workbench/rules/<language> (InstalledFiles; not from a build folder), then the
    /// built-in :/rules/<language>.
    static QString folderFor(const QString &language, const QString &explicitRoot = {});

    /// The list files and the values each may hold (empty: any value).
    static const QHash<QString, QStringList> &listSchemas();

    QString language() const { return m_language; }
    QString folder() const { return m_folder; }

    /// A vocabulary list by file name without ".tsv", e.g. "data-categories".
    const WordList &list(const QString &name) const;

    const NumberNormalizer &numbers() const { return *m_numbers; }
    const DateNormalizer &dates() const { return *m_dates; }
    const TimeNormalizer &times() const { return *m_times; }
    const DurationNormalizer &durations() const { return *m_durations; }

private:
    RulePack();

    QString m_language;
    QString m_folder;
    QHash<QString, WordList> m_lists;
    std::unique_ptr<NumberNormalizer> m_numbers;
    std::unique_ptr<DateNormalizer> m_dates;
    std::unique_ptr<TimeNormalizer> m_times;
    std::unique_ptr<DurationNormalizer> m_durations;
};

} // namespace Iwb
