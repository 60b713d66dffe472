// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"
#include "learning/factjudge.h"

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
    /// With a model: its judgement of each fact (parallel to facts); empty without one.
    QList<Judgement> judgements;
    /// With a model: the proposals it judged below its threshold, for the analyst to look at, in text order.
    QList<Fact> suggestions;
    QList<Judgement> suggestionJudgements; ///< parallel to suggestions
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
    /// What the rules propose for @p document, before any model decides and before the rules drop the
    /// candidate names that are not the record's: the proposals a model is trained on and judges.
    ExtractionResult extractProposals(const Document &document, const QString &language = {}) const;

    /// The learned model that decides which proposals are facts (learning/factjudge.h); null: the
    /// rules alone decide. Set it before extracting, not while other threads extract.
    void setClassifier(std::shared_ptr<const FactClassifier> classifier);
    /// Adds to @p result (extracted from @p text) the organizations @p model's span tagger finds that no rule
    /// proposed, as suggestions of origin SpanTagger::origin(). For the workbench, which extracts with the
    /// rules alone and lets the store's model judge: so the names the rules miss are proposed too.
    static void addTaggedNames(ExtractionResult &result, const FactClassifier &model, const QString &text);
    std::shared_ptr<const FactClassifier> classifier() const { return m_classifier; }

private:
    enum class Decision { RulesAlone, Proposals, Model };
    ExtractionResult run(const Document &document, const QString &language, Decision decision) const;
    static void dropOtherCandidateNames(ExtractionResult &result);
    /// Inserts @p added into @p facts (sorted by start), and their judgements into the parallel @p judgements
    /// unless it is null.
    static void insertInTextOrder(QList<Fact> &facts, QList<Judgement> *judgements, const QList<Fact> &added,
        const QList<Judgement> &addedJudgements);

    struct LanguageRules;
    QHash<QString, std::shared_ptr<LanguageRules>> m_rules;
    std::shared_ptr<const FactClassifier> m_classifier;
};

} // namespace Iwb
