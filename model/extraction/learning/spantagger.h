// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifier.h"
#include "factclassifiertrainer.h"
#include "factjudge.h"
#include "incident/fact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Iwb {

/// A name the tagger found: the fact, and its judgement (the least sure token's probability, and the
/// features that weighed most for its first token).
struct TaggedSpan
{
    Fact fact;
    Judgement judgement;
};

/**
 * The span tagger: finds the organizations the rules miss, as a sequence
 * labeller learned from the analyst's (or a gold corpus's) spans.
 *
 * Every token that could be part of a name (it starts with a capital or a
 * digit, or it follows such a token and joins parts of one: "&", "of", "für",
 * "-") is classified
 * "inside an organization or not" by a logistic regression over its word,
 * prefix, shape, the two words on each side, the words of its sentence (a
 * breach, an attack, notified customers: the victim's context), what the rules
 * made of it (inside a proposal of which type, the record's organization) and
 * whether the token before it was tagged: a maximum-entropy Markov model decoded left to right.
 * Runs of tagged tokens are the spans. Only sentences in which the rules found
 * a fact are tagged: the victim is named where the incident is told.
 *
 * Its weights live in the same FactClassifier as the candidate classifier's,
 * every feature prefixed "span:organization|" (as the record ranker's are
 * "record:"), so one model in the store carries all learned parts and one
 * LIBLINEAR run trains them together: the prefixes keep them independent.
 *
 * The text is tokenized once at construction; examples() and tag() are linear
 * in its length.
 */
class SpanTagger
{
public:
    /// @p proposals are the rules' facts in @p text (UTF-16 offsets), @p recordOrganization the name the
    /// rules' record chose (its occurrences are marked).
    SpanTagger(const QString &text, const QList<Fact> &proposals, const QString &recordOrganization);

    /// One example per candidate token, labelled by whether it lies inside one of @p organizations.
    QList<TrainingExample> examples(const QList<Fact> &organizations) const;
    /// The organizations @p model tags, as facts of origin origin(); none when the model has no tagger.
    QList<TaggedSpan> tag(const FactClassifier &model) const;

    /// The facts of @p tagged that no organization of @p proposals overlaps: what the tagger adds (a name the
    /// rules proposed is the classifier's to decide).
    static QList<Fact> unproposed(
        const QList<TaggedSpan> &tagged, const QList<Fact> &proposals, QList<Judgement> *judgements = nullptr);
    /// Whether @p model was trained with span examples.
    static bool knows(const FactClassifier &model);
    /// The origin of the tagger's facts ("model.span_tagger").
    static QString origin();
    /// A token is tagged inside a name from this probability on: 0.3 was best of 0.1–0.5 for micro-F1 in the
    /// CASIE cross-validation (docs/extraction.md), as for the classifier.
    static constexpr double threshold = 0.3;

private:
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString word; ///< as written; only in sentences with facts (else empty)
        QString lower;
        bool sentenceStart = false;
        bool candidate = false; ///< could be part of a name
        int sentence = 0; ///< index into m_sentenceWords
    };

    QStringList features(qsizetype index, bool previousInside) const;
    QString wordAt(qsizetype index) const;

    QString m_text; ///< shared with the caller's (QString is implicitly shared), so a temporary is safe
    QList<Token> m_tokens;
    QList<QString> m_proposalTypes; ///< per token: "organization", "date", … of the proposal covering it
    QList<QString> m_proposalRules; ///< per token: the last part of that proposal's rule id
    QList<bool> m_recordOrganization; ///< per token: inside an occurrence of the record's organization
    /// Per sentence: its words' features ("s=" and a stem), each with its token (a token's own word is left out).
    QList<QList<std::pair<qsizetype, QString>>> m_sentenceWords;
    qsizetype m_titleEnd = 0;
};

} // namespace Iwb
