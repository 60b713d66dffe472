// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Iwb {

/**
 * The record one article's facts make on their own, as RecordAssembler builds
 * it during extraction — but from the facts as the analyst has curated them
 * (rejected facts left out, corrected values used), not from a new extraction.
 * This is "the linked article's side" when an article joins an incident, and
 * the article's own record again when it leaves one.
 *
 * Loads only the rule packs (word lists, normalizers), not the pattern
 * scanner, so it is cheap to create.
 */
class SourceRecordBuilder
{
public:
    SourceRecordBuilder();
    ~SourceRecordBuilder();
    SourceRecordBuilder(const SourceRecordBuilder &) = delete;
    SourceRecordBuilder &operator=(const SourceRecordBuilder &) = delete;

    /// Loads the rule packs of every supported language (see RulePack::folderFor for @p rulesRoot).
    bool load(QString *error, const QString &rulesRoot = {});
    bool isLoaded() const { return !m_rules.isEmpty(); }

    /// The record of @p facts (of @p document). @p references gives each fact's reference, in the
    /// order of @p facts (session keys or store ids); the record's evidence uses them. Its only
    /// source is @p document. The document's language picks the rules; unknown languages use English.
    IncidentRecord build(const Document &document, const QList<Fact> &facts, const QList<qint64> &references) const;

private:
    struct LanguageRules;
    QHash<QString, std::shared_ptr<LanguageRules>> m_rules;
};

} // namespace Iwb
