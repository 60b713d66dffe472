// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"

#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

/// An article with the facts a gold annotation says it states (type and span only).
struct GoldArticle
{
    QString id; ///< the file's base name
    Document document;
    QList<Fact> gold; ///< UTF-16 offsets into document.text()
};

/**
 * Reads a folder of CASIE articles (`<id>.txt`, exactly the text the
 * annotation indexes, and `<id>.json`, its annotation) into gold facts with
 * the definitions of ../shared/eval/casie_score.py: only arguments of
 * "Databreach" events; Number-of-Victim is a count, Compromised-Data a data
 * category, Time a date (scored together with times), a Victim of argument
 * type Organization an organization. Spans repeated for coreferent events
 * count once. Offsets in the files are code points.
 */
class CasieCorpus
{
public:
    /// The articles of @p folder sorted by id; on failure null and @p error names the file and the reason.
    static std::optional<QList<GoldArticle>> read(const QString &folder, QString *error);
    /// The fact types the annotation covers (a proposal of another type is neither right nor wrong).
    static QList<FactType> types();
};

} // namespace Iwb
