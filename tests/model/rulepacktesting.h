// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

// What the tests of the extraction's parts share: the built-in rule packs.

#include "extraction/rulepack.h"

#include <QString>

#include <map>
#include <memory>

namespace RulePackTesting {

/// The built-in rule packs (":/rules/<language>") of both languages; empty and @p error when one does not load.
inline std::map<QString, std::unique_ptr<Iwb::RulePack>> loadBuiltInPacks(QString *error)
{
    std::map<QString, std::unique_ptr<Iwb::RulePack>> packs;
    for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
        auto pack = Iwb::RulePack::load(language, Iwb::RulePack::folderFor(language), error);
        if (!pack) {
            return {};
        }
        packs[language] = std::move(pack);
    }
    return packs;
}

} // namespace RulePackTesting
