// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Iwb {

/**
 * The features of the rule engine's proposals in one text, for the learned
 * classifier (FactClassifier): what a proposal is (its type, the rule that
 * made it, its words and shape, its normalized value), what stands around it
 * (the words before and after it, the words and the other facts of its
 * sentence: the cue words), where it stands (sentence, position, title), and
 * what the rules made of it (negated, hedged, evidence of the draft record).
 *
 * Every feature is a string prefixed with the fact's type ("count|unit=users"),
 * so one linear model holds one independent model per fact type. Words are
 * lower-cased forms; a five-letter prefix stands in for a lemma (no
 * lemmatizer: "customers" and "customer" share "custo").
 *
 * The text is tokenized and split into sentences once at construction; of()
 * is then linear in the size of the fact's sentence.
 */
class CandidateFeatures
{
public:
    /// @p facts are the proposals (UTF-16 offsets into @p text), @p record the
    /// draft record assembled from them (its evidence indexes @p facts).
    CandidateFeatures(const QString &text, const QList<Fact> &facts, const IncidentRecord &record);

    /// The features of facts[index].
    QStringList of(qsizetype index) const;

    /// The feature every fact of @p type has: the model knows the type when it has a weight for it.
    static QString biasFeature(FactType type);

private:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString word; ///< lower-cased
        int sentence = 0;
    };

    void tokenize();
    qsizetype firstTokenAtOrAfter(qsizetype position) const;
    QString wordAt(qsizetype token, int sentence) const;
    void addValueFeatures(const Fact &fact, QStringList &out) const;
    void addSentenceFeatures(qsizetype index, int sentence, QStringList &out) const;

    const QString &m_text;
    const QList<Fact> &m_facts;
    const IncidentRecord &m_record;
    QList<Token> m_tokens;
    QList<qsizetype> m_sentenceStarts; ///< first token of each sentence
    qsizetype m_titleEnd = 0; ///< end of the first non-empty line
    QList<QStringList> m_evidenceFields; ///< per fact: the record fields it is evidence of
};

/// The shape of a word: upper-case X, lower-case x, digit d, runs collapsed ("Acme-42" -> "Xx-d").
QString wordShape(QStringView word);

} // namespace Iwb
