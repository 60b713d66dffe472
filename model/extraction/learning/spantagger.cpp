// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "spantagger.h"

#include "candidatefeatures.h"

#include <algorithm>

#include <QSet>

namespace Iwb {

namespace {

    const QString prefix = QStringLiteral("span:organization|");

    // Words that join the parts of one name ("Bank of America", "Amt für Statistik", "AT & T",
    // "Baden-Württemberg"): candidates inside a name, never its first token.
    bool isJoiner(const QString &lower)
    {
        static const QSet<QString> joiners { QStringLiteral("&"), QStringLiteral("of"), QStringLiteral("for"),
            QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("der"), QStringLiteral("des"),
            QStringLiteral("für"), QStringLiteral("und"), QStringLiteral("-"), QStringLiteral("'") };
        return joiners.contains(lower);
    }

    bool startsLikeName(const QString &word)
    {
        return !word.isEmpty() && (word.front().isUpper() || word.front().isDigit());
    }

    QString lastPart(const QString &origin)
    {
        return origin.mid(origin.lastIndexOf(QLatin1Char('.')) + 1);
    }

} // namespace

SpanTagger::SpanTagger(const QString &text, const QList<Fact> &proposals, const QString &recordOrganization)
    : m_text(text)
{
    // Tokens: runs of letters and digits, every other visible character alone; only their places for now.
    bool sentenceStart = true;
    int sentence = -1;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (c == QLatin1Char('\n')) {
                sentenceStart = true;
                if (m_titleEnd == 0 && !m_tokens.isEmpty()) {
                    m_titleEnd = i;
                }
            }
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (c.isLetterOrNumber()) {
            while (end < text.size() && text.at(end).isLetterOrNumber()) {
                ++end;
            }
        }
        Token token;
        token.start = i;
        token.end = end;
        token.sentenceStart = sentenceStart;
        sentence += sentenceStart ? 1 : 0;
        token.sentence = sentence;
        m_tokens.append(token);
        sentenceStart = end == i + 1 && (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'));
        i = end;
    }
    if (m_titleEnd == 0) {
        m_titleEnd = text.size();
    }

    // What the rules made of each token: the proposal covering it (the longest wins), the record's name.
    m_proposalTypes.resize(m_tokens.size());
    m_proposalRules.resize(m_tokens.size());
    m_recordOrganization.fill(false, m_tokens.size());
    QList<bool> sentenceHasFact(sentence + 1, false);
    QList<qsizetype> coveredLength(m_tokens.size(), 0);
    for (const Fact &fact : proposals) {
        const auto first = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), fact.start,
            [](const Token &token, qsizetype position) { return token.end <= position; });
        for (auto it = first; it != m_tokens.cend() && it->start < fact.end; ++it) {
            const qsizetype t = it - m_tokens.cbegin();
            sentenceHasFact[it->sentence] = true;
            if (fact.length() > coveredLength.at(t)) {
                coveredLength[t] = fact.length();
                m_proposalTypes[t] = factTypeName(fact.type);
                m_proposalRules[t] = lastPart(fact.origin);
            }
            if (fact.type == FactType::Organization && !recordOrganization.isEmpty()
                && fact.text == recordOrganization) {
                m_recordOrganization[t] = true;
            }
        }
    }

    // Names are looked for only in the sentences where the rules found something (a count, data, an
    // attack, a date): the victim is named where the incident is told, and the rest of a long page costs
    // nothing. Their tokens get their words, and each sentence its word features once (the stems of its
    // first 60 tokens of four letters or more), shared by all its tokens.
    m_sentenceWords.resize(sentence + 1);
    qsizetype sentenceFirst = 0;
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        Token &token = m_tokens[t];
        if (token.sentenceStart) {
            sentenceFirst = t;
        }
        if (!sentenceHasFact.at(token.sentence)) {
            continue;
        }
        token.word = text.mid(token.start, token.end - token.start);
        token.lower = token.word.toLower();
        token.candidate
            = startsLikeName(token.word) || (t > 0 && isJoiner(token.lower) && m_tokens.at(t - 1).candidate);
        if (t - sentenceFirst < 60 && token.lower.size() >= 4) {
            m_sentenceWords[token.sentence].append({ t, prefix + QStringLiteral("s=") + token.lower.left(5) });
        }
    }
}

QList<Fact> SpanTagger::unproposed(
    const QList<TaggedSpan> &tagged, const QList<Fact> &proposals, QList<Judgement> *judgements)
{
    QList<Fact> out;
    for (const TaggedSpan &span : tagged) {
        const bool proposed = std::any_of(proposals.cbegin(), proposals.cend(), [&span](const Fact &fact) {
            return fact.type == FactType::Organization && fact.start < span.fact.end && span.fact.start < fact.end;
        });
        if (!proposed) {
            out.append(span.fact);
            if (judgements) {
                judgements->append(span.judgement);
            }
        }
    }
    return out;
}

QString SpanTagger::origin()
{
    return QStringLiteral("model.span_tagger");
}

bool SpanTagger::knows(const FactClassifier &model)
{
    return model.hasWeight(prefix + QStringLiteral("bias"));
}

QString SpanTagger::wordAt(qsizetype index) const
{
    if (index < 0) {
        return QStringLiteral("<s>");
    }
    if (index >= m_tokens.size()) {
        return QStringLiteral("</s>");
    }
    const Token &token = m_tokens.at(index);
    // A neighbour in a sentence without facts has no word of its own yet.
    return token.word.isEmpty() ? m_text.mid(token.start, token.end - token.start).toLower() : token.lower;
}

QStringList SpanTagger::features(qsizetype index, bool previousInside) const
{
    const Token &token = m_tokens.at(index);
    QStringList out;
    out.reserve(20);
    out.append(prefix + QStringLiteral("bias"));
    out.append(prefix + QStringLiteral("w=") + token.lower);
    out.append(prefix + QStringLiteral("p5=") + token.lower.left(5));
    out.append(prefix + QStringLiteral("shape=") + wordShape(token.word));
    out.append(prefix + QStringLiteral("w-1=") + wordAt(index - 1));
    out.append(prefix + QStringLiteral("w-2=") + wordAt(index - 2));
    out.append(prefix + QStringLiteral("w+1=") + wordAt(index + 1));
    out.append(prefix + QStringLiteral("w+2=") + wordAt(index + 2));
    out.append(prefix + QStringLiteral("w-1|w=") + wordAt(index - 1) + QLatin1Char('|') + token.lower);
    if (index + 1 < m_tokens.size()) {
        const Token &next = m_tokens.at(index + 1);
        out.append(prefix + QStringLiteral("shape+1=")
            + wordShape(QStringView(m_text).sliced(next.start, next.end - next.start)));
    }
    if (index > 0) {
        const Token &previous = m_tokens.at(index - 1);
        out.append(prefix + QStringLiteral("shape-1=")
            + wordShape(QStringView(m_text).sliced(previous.start, previous.end - previous.start)));
    }
    if (token.sentenceStart) {
        out.append(prefix + QStringLiteral("sentence-start"));
    }
    if (token.start < m_titleEnd) {
        out.append(prefix + QStringLiteral("title"));
    }
    const QString &type = m_proposalTypes.at(index);
    out.append(prefix + QStringLiteral("rules=") + (type.isEmpty() ? QStringLiteral("none") : type));
    if (!type.isEmpty()) {
        out.append(prefix + QStringLiteral("rule=") + m_proposalRules.at(index));
    }
    if (m_recordOrganization.at(index)) {
        out.append(prefix + QStringLiteral("record-organization"));
    }
    // The sentence's words: whether it tells of a breach, an attack, notified customers (the victim's
    // context), not only that it names something.
    for (const auto &[word, feature] : m_sentenceWords.at(m_tokens.at(index).sentence)) {
        if (word != index) {
            out.append(feature);
        }
    }
    out.append(prefix + (previousInside ? QStringLiteral("previous=in") : QStringLiteral("previous=out")));
    if (previousInside) {
        out.append(prefix + QStringLiteral("previous=in|w=") + token.lower);
    }
    return out;
}

QList<TrainingExample> SpanTagger::examples(const QList<Fact> &organizations) const
{
    QList<bool> inside(m_tokens.size(), false);
    for (const Fact &fact : organizations) {
        // The tokens are in text order: from the first that starts in the name to the last that ends in it.
        auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), fact.start,
            [](const Token &token, qsizetype position) { return token.start < position; });
        for (; it != m_tokens.cend() && it->end <= fact.end; ++it) {
            inside[it - m_tokens.cbegin()] = true;
        }
    }
    QList<TrainingExample> out;
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        if (m_tokens.at(t).candidate) {
            const bool previousInside = t > 0 && inside.at(t - 1) && !m_tokens.at(t).sentenceStart;
            out.append({ features(t, previousInside), inside.at(t) });
        }
    }
    return out;
}

QList<TaggedSpan> SpanTagger::tag(const FactClassifier &model) const
{
    QList<TaggedSpan> found;
    if (!knows(model)) {
        return found;
    }
    qsizetype spanStart = -1;
    qsizetype spanEnd = -1; // a name does not end on a joiner ("Bank of")
    double spanConfidence = 0;
    QList<FeatureContribution> spanWhy;
    const auto close = [&] {
        if (spanStart >= 0) {
            Fact fact;
            fact.type = FactType::Organization;
            fact.start = spanStart;
            fact.end = spanEnd;
            fact.text = m_text.mid(spanStart, spanEnd - spanStart);
            fact.value = fact.text;
            fact.origin = origin();
            Judgement judgement;
            judgement.judged = true;
            judgement.confidence = spanConfidence;
            judgement.why = spanWhy;
            found.append({ fact, judgement });
        }
        spanStart = -1;
    };
    bool previousInside = false;
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        const Token &token = m_tokens.at(t);
        if (token.sentenceStart) {
            // A name ends with its line or sentence: the title's last word and the next line's first are two.
            close();
            previousInside = false;
        }
        QStringList tokenFeatures;
        double probability = 0;
        if (token.candidate) {
            tokenFeatures = features(t, previousInside);
            probability = model.probability(tokenFeatures);
        }
        const bool inside = probability >= threshold;
        if (inside) {
            if (spanStart < 0) {
                if (isJoiner(token.lower)) {
                    previousInside = false;
                    continue;
                }
                spanStart = token.start;
                spanConfidence = probability;
                spanWhy = model.strongest(tokenFeatures, FactJudge::reasonCount);
            }
            spanConfidence = std::min(spanConfidence, probability);
            if (!isJoiner(token.lower)) {
                spanEnd = token.end;
            }
        } else {
            close();
        }
        previousInside = inside;
    }
    close();
    return found;
}

} // namespace Iwb
