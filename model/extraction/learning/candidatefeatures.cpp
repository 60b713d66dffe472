// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "candidatefeatures.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    // How many words before and after a fact count as its near context ("l:", "r:").
    constexpr qsizetype nearWindow = 6;

    QString bucket(qsizetype n, std::initializer_list<qsizetype> limits)
    {
        for (const qsizetype limit : limits) {
            if (n <= limit) {
                return QString::number(limit);
            }
        }
        return QStringLiteral("more");
    }

    bool isWordToken(const QString &word)
    {
        return !word.isEmpty() && word.front().isLetter();
    }

    QString stem(const QString &word)
    {
        return word.left(5);
    }

    // The precision of a date, time or duration value: "day", "month", "year", "range", "unknown".
    QString precision(const QJsonValue &value)
    {
        if (value.isObject()) {
            return QStringLiteral("range");
        }
        if (value.isDouble()) {
            return QStringLiteral("number");
        }
        if (!value.isString()) {
            return QStringLiteral("unknown");
        }
        switch (value.toString().size()) {
        case 10:
            return QStringLiteral("day");
        case 7:
            return QStringLiteral("month");
        case 4:
            return QStringLiteral("year");
        case 5:
            return QStringLiteral("minute");
        default:
            return QStringLiteral("other");
        }
    }

} // namespace

QString wordShape(QStringView word)
{
    QString shape;
    for (const QChar c : word) {
        const QChar kind = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c;
        if (shape.isEmpty() || shape.back() != kind) {
            shape.append(kind);
        }
        if (shape.size() >= 8) {
            break;
        }
    }
    return shape;
}

QString CandidateFeatures::biasFeature(FactType type)
{
    return factTypeName(type) + QStringLiteral("|bias");
}

CandidateFeatures::CandidateFeatures(const QString &text, const QList<Fact> &facts, const IncidentRecord &record)
    : m_text(text)
    , m_facts(facts)
    , m_record(record)
{
    tokenize();
    const qsizetype firstLetter
        = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }) - text.cbegin();
    m_titleEnd = text.indexOf(u'\n', firstLetter);
    if (m_titleEnd < 0) {
        m_titleEnd = text.size();
    }
    m_evidenceFields.resize(facts.size());
    for (auto it = record.evidence.cbegin(); it != record.evidence.cend(); ++it) {
        for (const qint64 index : it.value()) {
            if (index >= 0 && index < facts.size()) {
                m_evidenceFields[index].append(it.key());
            }
        }
    }
}

void CandidateFeatures::tokenize()
{
    const qsizetype size = m_text.size();
    int sentence = 0;
    bool sentenceEnds = false; // the last token ended a sentence, unless the next one proves otherwise
    m_sentenceStarts.append(0);
    qsizetype i = 0;
    while (i < size) {
        const QChar c = m_text.at(i);
        if (c.isSpace()) {
            if (c == u'\n' && !m_tokens.isEmpty()) {
                sentenceEnds = true;
            }
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        if (c.isLetterOrNumber()) {
            while (i < size && (m_text.at(i).isLetterOrNumber() || m_text.at(i).isMark())) {
                ++i;
            }
        } else {
            ++i;
        }
        token.end = i;
        token.word = m_text.sliced(token.start, token.end - token.start).toLower();
        if (sentenceEnds) {
            const QChar first = m_text.at(token.start);
            const bool newline = m_text.sliced(m_tokens.last().end, token.start - m_tokens.last().end).contains(u'\n');
            if (newline || first.isUpper() || first.isDigit() || first == u'"' || first == u'\u201e') {
                ++sentence;
                m_sentenceStarts.append(m_tokens.size());
            }
            sentenceEnds = false;
        }
        token.sentence = sentence;
        m_tokens.append(token);
        const bool stop = token.word == u"." || token.word == u"!" || token.word == u"?";
        // "am 9. Dezember": a number before the full stop makes it an ordinal, no sentence end.
        const bool ordinal = token.word == u"." && m_tokens.size() >= 2
            && m_tokens.at(m_tokens.size() - 2).end == token.start
            && m_tokens.at(m_tokens.size() - 2).word.front().isDigit();
        if (stop && !ordinal) {
            sentenceEnds = true;
        }
    }
}

qsizetype CandidateFeatures::firstTokenAtOrAfter(qsizetype position) const
{
    return std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position, [](const Token &token, qsizetype at) {
        return token.end <= at;
    }) - m_tokens.cbegin();
}

QString CandidateFeatures::wordAt(qsizetype token, int sentence) const
{
    if (token < 0 || token >= m_tokens.size() || m_tokens.at(token).sentence != sentence) {
        return QStringLiteral("<s>");
    }
    return m_tokens.at(token).word;
}

QStringList CandidateFeatures::of(qsizetype index) const
{
    const Fact &fact = m_facts.at(index);
    QStringList out;
    out.reserve(64);
    out << QStringLiteral("bias") << QStringLiteral("rule=") + fact.origin;
    if (fact.polarity == Polarity::Negative) {
        out << QStringLiteral("negated");
    }
    if (fact.certainty == Certainty::Uncertain) {
        out << QStringLiteral("hedged");
    }

    // The fact's own words.
    const qsizetype first = firstTokenAtOrAfter(fact.start);
    qsizetype last = first;
    while (last + 1 < m_tokens.size() && m_tokens.at(last + 1).start < fact.end) {
        ++last;
    }
    const int sentence = first < m_tokens.size() ? m_tokens.at(first).sentence : 0;
    if (first < m_tokens.size()) {
        out << QStringLiteral("first=") + m_tokens.at(first).word << QStringLiteral("last=") + m_tokens.at(last).word
            << QStringLiteral("laststem=") + stem(m_tokens.at(last).word)
            << QStringLiteral("words=") + bucket(last - first + 1, { 1, 2, 3, 5 });
    }
    out << QStringLiteral("shape=") + wordShape(fact.text);

    // The words around it, by position and as a bag.
    for (const int offset : { 1, 2 }) {
        const QString before = wordAt(first - offset, sentence);
        const QString after = wordAt(last + offset, sentence);
        out << QStringLiteral("w-%1=").arg(offset) + before << QStringLiteral("w+%1=").arg(offset) + after;
        if (offset == 1) {
            out << QStringLiteral("w-1stem=") + stem(before) << QStringLiteral("w+1stem=") + stem(after);
        }
    }
    for (qsizetype t = std::max<qsizetype>(0, first - nearWindow); t < first; ++t) {
        if (m_tokens.at(t).sentence == sentence && isWordToken(m_tokens.at(t).word)) {
            out << QStringLiteral("l:") + stem(m_tokens.at(t).word);
        }
    }
    for (qsizetype t = last + 1; t < std::min(m_tokens.size(), last + 1 + nearWindow); ++t) {
        if (m_tokens.at(t).sentence == sentence && isWordToken(m_tokens.at(t).word)) {
            out << QStringLiteral("r:") + stem(m_tokens.at(t).word);
        }
    }

    // Where it stands.
    out << QStringLiteral("sentence=") + bucket(sentence, { 0, 1, 3, 7 });
    if (!m_text.isEmpty()) {
        out << QStringLiteral("decile=%1").arg(10 * fact.start / m_text.size());
    }
    if (fact.start < m_titleEnd) {
        out << QStringLiteral("title");
    }
    qsizetype mentions = 0;
    if (!fact.text.isEmpty()) {
        for (qsizetype at = m_text.indexOf(fact.text); at >= 0 && mentions < 9;
            at = m_text.indexOf(fact.text, at + fact.text.size())) {
            ++mentions;
        }
    }
    out << QStringLiteral("mentions=") + bucket(mentions, { 1, 2, 4 });

    // What the rules made of it.
    for (const QString &field : m_evidenceFields.at(index)) {
        out << QStringLiteral("evidence=") + field;
    }
    if (fact.type == FactType::Organization && !m_record.organization.isEmpty()) {
        const QString name = fact.value.isString() ? fact.value.toString() : fact.text;
        const bool chosen = name.contains(m_record.organization, Qt::CaseInsensitive)
            || m_record.organization.contains(name, Qt::CaseInsensitive);
        out << (chosen ? QStringLiteral("record-organization") : QStringLiteral("other-organization"));
    }
    addValueFeatures(fact, out);
    addSentenceFeatures(index, sentence, out);

    const QString prefix = factTypeName(fact.type) + u'|';
    for (QString &feature : out) {
        feature.prepend(prefix);
    }
    // A feature counts once, however often its word occurs in the sentence.
    out.removeDuplicates();
    return out;
}

void CandidateFeatures::addValueFeatures(const Fact &fact, QStringList &out) const
{
    switch (fact.type) {
    case FactType::Count: {
        const QJsonObject count = fact.value.toObject();
        const double n = count.value(QLatin1String("count")).toDouble();
        out << QStringLiteral("unit=") + count.value(QLatin1String("unit")).toString();
        out << QStringLiteral("magnitude=%1").arg(n >= 1 ? static_cast<int>(std::log10(n)) : -1);
        if (count.value(QLatin1String("approximate")).toBool()) {
            out << QStringLiteral("approximate");
        }
        if (count.value(QLatin1String("lower_bound")).toBool()) {
            out << QStringLiteral("lower-bound");
        }
        if (n >= 1900 && n <= 2100 && std::floor(n) == n) {
            out << QStringLiteral("year-like");
        }
        break;
    }
    case FactType::Date:
    case FactType::Time:
    case FactType::Duration:
        out << QStringLiteral("precision=") + precision(fact.value);
        break;
    case FactType::DataCategory:
    case FactType::Cause:
    case FactType::Attack:
    case FactType::Discovery:
    case FactType::Notification:
    case FactType::Remediation:
        out << QStringLiteral("value=") + fact.value.toString();
        break;
    case FactType::Organization:
        break;
    }
}

void CandidateFeatures::addSentenceFeatures(qsizetype index, int sentence, QStringList &out) const
{
    // The other facts of the sentence say what it talks about (an attack, a notification, a count);
    // the rules that made them are the cue words.
    const Fact &fact = m_facts.at(index);
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        const Fact &other = m_facts.at(i);
        if (i == index) {
            continue;
        }
        const qsizetype token = firstTokenAtOrAfter(other.start);
        if (token >= m_tokens.size() || m_tokens.at(token).sentence != sentence) {
            continue;
        }
        out << QStringLiteral("sentence-has=") + factTypeName(other.type);
        if (other.type != FactType::Organization && other.type != fact.type) {
            out << QStringLiteral("sentence-rule=") + other.origin;
        }
    }
    // And its words, as a bag of stems (the cue words the rules do not know).
    const qsizetype from = sentence < m_sentenceStarts.size() ? m_sentenceStarts.at(sentence) : 0;
    for (qsizetype t = from; t < m_tokens.size() && m_tokens.at(t).sentence == sentence; ++t) {
        const QString &word = m_tokens.at(t).word;
        if (word.size() > 3 && isWordToken(word)
            && (m_tokens.at(t).end <= fact.start || m_tokens.at(t).start >= fact.end)) {
            out << QStringLiteral("s:") + stem(word);
        }
    }
}

} // namespace Iwb
