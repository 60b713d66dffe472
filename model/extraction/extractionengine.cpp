// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extractionengine.h"

#include "cuescope.h"
#include "document/languageguesser.h"
#include "factfinder.h"
#include "learning/candidatefeatures.h"
#include "learning/recordranker.h"
#include "learning/spantagger.h"
#include "recordassembler.h"
#include "rulepack.h"
#include "sentencesplitter.h"

#include <QDate>

namespace Iwb {

struct ExtractionEngine::LanguageRules
{
    std::unique_ptr<RulePack> pack;
    std::unique_ptr<FactFinder> finder;
    std::unique_ptr<SentenceSplitter> splitter;
    std::unique_ptr<RecordAssembler> assembler;
};

ExtractionEngine::ExtractionEngine() = default;
ExtractionEngine::~ExtractionEngine() = default;

QStringList ExtractionEngine::languages()
{
    return { QStringLiteral("de"), QStringLiteral("en") };
}

bool ExtractionEngine::load(QString *error, const QString &rulesRoot)
{
    m_rules.clear();
    for (const QString &language : languages()) {
        auto rules = std::make_shared<LanguageRules>();
        rules->pack = RulePack::load(language, RulePack::folderFor(language, rulesRoot), error);
        if (!rules->pack) {
            return false;
        }
        rules->finder = FactFinder::create(*rules->pack, error);
        if (!rules->finder) {
            return false;
        }
        rules->splitter
            = std::make_unique<SentenceSplitter>(language, rules->pack->list(QStringLiteral("abbreviations")).keys());
        rules->assembler = std::make_unique<RecordAssembler>(*rules->pack);
        m_rules.insert(language, rules);
    }
    return true;
}

ExtractionResult ExtractionEngine::extract(const Document &document, const QString &language) const
{
    return run(document, language, m_classifier ? Decision::Model : Decision::RulesAlone);
}

ExtractionResult ExtractionEngine::extractProposals(const Document &document, const QString &language) const
{
    return run(document, language, Decision::Proposals);
}

ExtractionResult ExtractionEngine::run(const Document &document, const QString &language, Decision decision) const
{
    ExtractionResult result;
    result.language = language;
    if (result.language.isEmpty()) {
        result.language
            = document.language().isEmpty() ? LanguageGuesser::instance().guess(document.text()) : document.language();
    }
    if (!m_rules.contains(result.language)) {
        result.language = QStringLiteral("en");
    }
    const LanguageRules &rules = *m_rules.value(result.language);
    const QString &text = document.text();
    // Relative dates need a day to count from; a published month or year is not enough.
    const QDate anchor = QDate::fromString(document.published().left(10), Qt::ISODate);

    FoundFacts found = rules.finder->find(text, anchor, *rules.splitter);
    const QList<TextSpan> &sentences = found.sentences;
    CueScope::apply(found.facts, found.cues, sentences, text, rules.pack->list(QStringLiteral("conjunctions")).keys());
    result.facts = found.facts;
    result.record = rules.assembler->assemble(result.facts, document, sentences, found.organizationsOutOfContext);
    if (decision == Decision::RulesAlone) {
        dropOtherCandidateNames(result);
    }
    if (decision != Decision::Model || result.facts.isEmpty()) {
        return result;
    }
    // Rules propose, the model decides: the proposals it doubts become suggestions, and the record is
    // assembled again from the facts it keeps. It also decides the candidate names that the rules alone
    // would drop (dropOtherCandidateNames): whether the name is the record's is one of its features.
    const CandidateFeatures features(text, result.facts, result.record);
    const QList<Judgement> judgements = FactJudge::judgeAll(*m_classifier, result.facts, features);
    QList<Fact> kept;
    for (qsizetype i = 0; i < result.facts.size(); ++i) {
        const bool isFact = judgements.at(i).isFact(m_classifier->threshold());
        (isFact ? kept : result.suggestions).append(result.facts.at(i));
        (isFact ? result.judgements : result.suggestionJudgements).append(judgements.at(i));
    }
    // The span tagger adds the names the rules did not propose, each judged by its least sure token.
    if (SpanTagger::knows(*m_classifier)) {
        const SpanTagger tagger(text, result.facts, result.record.organization);
        QList<Judgement> taggedJudgements;
        const QList<Fact> tagged = SpanTagger::unproposed(tagger.tag(*m_classifier), result.facts, &taggedJudgements);
        insertInTextOrder(kept, &result.judgements, tagged, taggedJudgements);
    }
    result.facts = std::move(kept);
    result.record = rules.assembler->assemble(result.facts, document, sentences, found.organizationsOutOfContext);
    // And the record ranker re-chooses the organization, count and date among the facts kept.
    if (RecordRanker::knowsAny(*m_classifier)) {
        RecordRanker::apply(*m_classifier, result, CandidateFeatures(text, result.facts, result.record));
    }
    return result;
}

void ExtractionEngine::addTaggedNames(ExtractionResult &result, const FactClassifier &model, const QString &text)
{
    if (!SpanTagger::knows(model)) {
        return;
    }
    const SpanTagger tagger(text, result.facts, result.record.organization);
    insertInTextOrder(result.facts, nullptr, SpanTagger::unproposed(tagger.tag(model), result.facts), {});
}

void ExtractionEngine::insertInTextOrder(
    QList<Fact> &facts, QList<Judgement> *judgements, const QList<Fact> &added, const QList<Judgement> &addedJudgements)
{
    for (qsizetype i = 0; i < added.size(); ++i) {
        const auto at = std::upper_bound(facts.cbegin(), facts.cend(), added.at(i).start,
            [](qsizetype start, const Fact &fact) { return start < fact.start; });
        const qsizetype index = at - facts.cbegin();
        facts.insert(index, added.at(i));
        if (judgements) {
            judgements->insert(index, addedJudgements.at(i));
        }
    }
}

void ExtractionEngine::setClassifier(std::shared_ptr<const FactClassifier> classifier)
{
    m_classifier = std::move(classifier);
}

void ExtractionEngine::dropOtherCandidateNames(ExtractionResult &result)
{
    // A name that recurs, or that follows a weak cue ("at X", "company X"), is marked as an
    // organization only as a candidate: once the record has chosen its organization, the other
    // candidates are mostly people, products, places and security firms ("Hunt", "Android").
    // Names with the form of an organization (legal form, "City of X") stay.
    const QString organization = result.record.organization;
    const auto isOtherRecurringName = [&organization](const Fact &fact) {
        if (fact.type != FactType::Organization
            || !(fact.origin.endsWith(QLatin1String(".recurring_name"))
                || fact.origin.endsWith(QLatin1String(".organization.context")))) {
            return false;
        }
        const QString name = fact.value.toString();
        return organization.isEmpty()
            || !(name.contains(organization, Qt::CaseInsensitive) || organization.contains(name, Qt::CaseInsensitive));
    };
    QList<qint64> newIndex(result.facts.size(), -1);
    QList<Fact> kept;
    kept.reserve(result.facts.size());
    for (qsizetype i = 0; i < result.facts.size(); ++i) {
        if (!isOtherRecurringName(result.facts.at(i))) {
            newIndex[i] = kept.size();
            kept.append(result.facts.at(i));
        }
    }
    result.facts = std::move(kept);
    for (QList<qint64> &indices : result.record.evidence) {
        QList<qint64> remapped;
        for (const qint64 index : std::as_const(indices)) {
            if (index >= 0 && index < newIndex.size() && newIndex.at(index) >= 0) {
                remapped.append(newIndex.at(index));
            }
        }
        indices = remapped;
    }
}

} // namespace Iwb
