// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sourcerecordbuilder.h"

#include "document/languageguesser.h"
#include "extraction/extractionengine.h"
#include "extraction/recordassembler.h"
#include "extraction/rulepack.h"
#include "extraction/sentencesplitter.h"

#include <algorithm>
#include <numeric>

namespace Iwb {

struct SourceRecordBuilder::LanguageRules
{
    std::unique_ptr<RulePack> pack;
    std::unique_ptr<SentenceSplitter> splitter;
    std::unique_ptr<RecordAssembler> assembler;
};

SourceRecordBuilder::SourceRecordBuilder() = default;
SourceRecordBuilder::~SourceRecordBuilder() = default;

bool SourceRecordBuilder::load(QString *error, const QString &rulesRoot)
{
    m_rules.clear();
    for (const QString &language : ExtractionEngine::languages()) {
        auto rules = std::make_shared<LanguageRules>();
        rules->pack = RulePack::load(language, RulePack::folderFor(language, rulesRoot), error);
        if (!rules->pack) {
            m_rules.clear();
            return false;
        }
        rules->splitter
            = std::make_unique<SentenceSplitter>(language, rules->pack->list(QStringLiteral("abbreviations")).keys());
        rules->assembler = std::make_unique<RecordAssembler>(*rules->pack);
        m_rules.insert(language, rules);
    }
    return true;
}

IncidentRecord SourceRecordBuilder::build(
    const Document &document, const QList<Fact> &facts, const QList<qint64> &references) const
{
    IncidentRecord record;
    record.sourceDocumentIds = { document.id() };
    QString language
        = document.language().isEmpty() ? LanguageGuesser::instance().guess(document.text()) : document.language();
    if (!m_rules.contains(language)) {
        language = QStringLiteral("en");
    }
    const auto rules = m_rules.value(language);
    if (!rules) {
        return record;
    }

    // The assembler takes "first" and "most frequent" in text order and knows nothing of review:
    // give it the facts the analyst has not rejected, sorted, and remember where each came from.
    QList<qsizetype> order(facts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&facts](qsizetype a, qsizetype b) {
        return std::pair(facts.at(a).start, facts.at(a).end) < std::pair(facts.at(b).start, facts.at(b).end);
    });
    QList<Fact> used;
    QList<qint64> usedReferences;
    for (const qsizetype index : std::as_const(order)) {
        if (facts.at(index).status != FactStatus::Rejected) {
            used.append(facts.at(index));
            usedReferences.append(index < references.size() ? references.at(index) : 0);
        }
    }
    IncidentRecord assembled = rules->assembler->assemble(used, document, rules->splitter->split(document.text()));
    for (auto it = assembled.evidence.begin(); it != assembled.evidence.end(); ++it) {
        for (qint64 &reference : it.value()) {
            reference = reference >= 0 && reference < usedReferences.size() ? usedReferences.at(reference) : 0;
        }
        it.value().removeAll(0);
    }
    assembled.sourceDocumentIds = record.sourceDocumentIds;
    return assembled;
}

} // namespace Iwb
