// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Iwb {

/// What extraction finds in one document.
struct ExtractionResult
{
    QString language; ///< the language the rules of which were used
    QList<Fact> facts; ///< in text order, UTF-16 offsets
    IncidentRecord record; ///< draft; evidence holds indices into facts
};

/**
 * The extraction pipeline for German and English: language choice, sentence
 * splitting (ICU), Hyperscan scans for all recognizers (one over the text, one over the spans near
 * incident language) with PCRE
 * confirmation and normalization, negation and hedging, record assembly.
 *
 * Rule packs are loaded and compiled once in load(); extract() is const and
 * does no compilation, so one engine serves any number of documents (and
 * threads).
 */
class ExtractionEngine
{
public:
    ExtractionEngine();
    ~ExtractionEngine();

    /// Loads and compiles the rule packs of every supported language. @p rulesRoot
    /// (e.g. --rules DIR) holds <lang>/ folders; empty means the user's data folder, then the built-in rules.
    bool load(QString *error, const QString &rulesRoot = {});

    static QStringList languages();

    /// Facts and draft record for @p document. @p language overrides the document's
    /// (detected) language; a language without rules falls back to English.
    ExtractionResult extract(const Document &document, const QString &language = {}) const;

private:
    static void dropOtherCandidateNames(ExtractionResult &result);

    struct LanguageRules;
    QHash<QString, std::shared_ptr<LanguageRules>> m_rules;
};

} // namespace Iwb
