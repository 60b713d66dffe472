// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "organizationnames.h"

#include "capitalizedsequences.h"
#include "rulepack.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace Iwb {

OrganizationNames::OrganizationNames(const RulePack &pack)
    : m_pack(pack)
{
    for (const char *list : { "organization-stopwords", "organization-context", "count-units", "data-categories",
             "cause-cues", "attack-cues", "discovery-cues", "notification-cues", "authority-names", "media-outlets",
             "hedge-cues", "incident-cues", "negation-cues" }) {
        for (const QString &word : pack.list(QLatin1String(list)).keys()) {
            m_vocabulary.insert(word.toLower());
        }
    }
}

bool OrganizationNames::trim(Fact &fact, const QString &text) const
{
    static const QString quotes = QStringLiteral("\"\u201E\u201C\u201D\u00BB\u00AB'");
    const WordList &stopwords = m_pack.list(QStringLiteral("organization-stopwords"));
    const WordList &context = m_pack.list(QStringLiteral("organization-context"));
    const WordList &orgWords = m_pack.list(QStringLiteral("organization-suffixes"));
    qsizetype start = fact.start;
    qsizetype end = fact.end;
    const auto skipSpaceAndQuotes = [&] {
        while (start < end && (text.at(start).isSpace() || quotes.contains(text.at(start)))) {
            ++start;
        }
        while (end > start && (text.at(end - 1).isSpace() || quotes.contains(text.at(end - 1)))) {
            --end;
        }
    };
    skipSpaceAndQuotes();
    for (;;) {
        qsizetype wordEnd = start;
        while (wordEnd < end && !text.at(wordEnd).isSpace()) {
            ++wordEnd;
        }
        const QStringView word = QStringView(text).mid(start, wordEnd - start);
        // "Stadtwerke" introduces a name as a context word, yet also begins the name itself.
        if (const auto kind = orgWords.value(word); kind && *kind != QLatin1String("suffix")) {
            // ... but not before a word of the vocabulary: "hätten die Stadtwerke Bankverbindungen ...".
            QString buffer;
            if (isVocabulary(QStringView(text).mid(wordEnd, end - wordEnd).trimmed(), buffer)) {
                return false;
            }
            break;
        }
        if (wordEnd >= end || !(stopwords.contains(word) || context.contains(word))) {
            break;
        }
        start = wordEnd;
        skipSpaceAndQuotes();
    }
    const QStringView name = QStringView(text).mid(start, end - start);
    // A bare organization word ("Die Versicherung hat ...") refers back to a name; it is none.
    if (name.size() < 2 || stopwords.contains(name) || context.contains(name) || orgWords.contains(name)
        || isBystander(name)) {
        return false;
    }
    fact.start = start;
    fact.end = end;
    fact.text = name.toString();
    fact.value = fact.text.simplified();
    return true;
}

bool OrganizationNames::isBystander(QStringView name) const
{
    return m_pack.list(QStringLiteral("researcher-organizations")).contains(name)
        || m_pack.list(QStringLiteral("media-outlets")).contains(name);
}

bool OrganizationNames::isFollowedByNonOrganizationHead(const QString &text, qsizetype end) const
{
    qsizetype next = end;
    while (next < text.size() && (text.at(next) == QLatin1Char(' ') || text.at(next) == QLatin1Char('-'))) {
        ++next;
    }
    const QStringView rest = QStringView(text).mid(next, 40);
    const QStringList &heads = m_pack.list(QStringLiteral("non-organization-heads")).keys();
    return std::any_of(heads.cbegin(), heads.cend(), [&rest](const QString &head) {
        return rest.startsWith(head, Qt::CaseInsensitive)
            && (rest.size() == head.size() || !rest.at(head.size()).isLetter());
    });
}

bool OrganizationNames::isVocabulary(QStringView word, QString &buffer) const
{
    buffer.resize(word.size());
    QChar *out = buffer.data();
    bool latin1 = true;
    for (const QChar c : word) {
        latin1 = latin1 && c.unicode() < 0x100;
        *out++ = c;
    }
    if (latin1) {
        // Latin-1 lower-cases one character to one (no special casing): QChar::toLower per
        // character gives what QString::toLower() gives, without its overhead.
        for (QChar &c : buffer) {
            const char16_t unit = c.unicode();
            c = unit < 0x80 ? QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 0x20) : unit) : c.toLower();
        }
    } else {
        buffer = std::move(buffer).toLower(); // in place unless lower-casing changes the length
    }
    return m_vocabulary.contains(buffer);
}

void OrganizationNames::addRecurringNames(
    const QString &text, const QList<TextSpan> &sentences, QList<Fact> &facts) const
{
    struct Evidence
    {
        QStringView name;
        qsizetype occurrences = 0;
        bool midSentence = false; // seen where capitals do not come from the sentence start
        bool compoundPrefix = false; // seen as "Name-Kunden"
    };
    // All occurrences in one list, each naming its evidence: no list per name (most are seen once).
    struct Occurrence
    {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype evidence = 0;
    };
    // Sorted (the sentences come in order): looked up by binary search.
    QList<qsizetype> sentenceStarts;
    sentenceStarts.reserve(sentences.size());
    for (const TextSpan &sentence : sentences) {
        qsizetype start = sentence.start;
        while (start < sentence.end && !text.at(start).isLetterOrNumber()) {
            ++start;
        }
        sentenceStarts.append(start);
    }
    std::sort(sentenceStarts.begin(), sentenceStarts.end());
    // Keyed by views into the text: most capitalized words are no name, and need no copy.
    QHash<QStringView, qsizetype> names; // index into evidences
    QSet<QStringView> surnames; // last words of two-word names
    QList<Evidence> evidences;
    QList<Occurrence> occurrences;
    // About one capitalized sequence in 20 characters of German: grown one by one, the lists and
    // the hash were copied over and over.
    const qsizetype expectedSequences = text.size() / 20 + 16;
    names.reserve(expectedSequences);
    evidences.reserve(expectedSequences);
    occurrences.reserve(expectedSequences);
    QString buffer;
    CapitalizedSequences sequences(text);
    for (qsizetype start = 0, end = 0; sequences.next(start, end);) {
        bool atSentenceStart = std::binary_search(sentenceStarts.cbegin(), sentenceStarts.cend(), start);
        // Leading words that are vocabulary ("Die", "Laut", "Kunden") are no part of a name.
        while (start < end) {
            qsizetype wordEnd = start;
            while (wordEnd < end && !text.at(wordEnd).isSpace()) {
                ++wordEnd;
            }
            if (!isVocabulary(QStringView(text).mid(start, wordEnd - start), buffer)) {
                break;
            }
            start = wordEnd;
            while (start < end && (text.at(start).isSpace() || text.at(start) == QLatin1Char('&'))) {
                ++start;
            }
            atSentenceStart = false;
        }
        if (start >= end) {
            continue;
        }
        // ... and so are trailing ones ("Miles & More Website").
        while (end > start) {
            qsizetype wordStart = end;
            while (wordStart > start && !text.at(wordStart - 1).isSpace()) {
                --wordStart;
            }
            if (wordStart == start || !isVocabulary(QStringView(text).mid(wordStart, end - wordStart), buffer)) {
                break;
            }
            end = wordStart;
            while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char('&'))) {
                --end;
            }
        }
        bool compoundPrefix = false;
        // Only the sequence itself is searched: looking on to the end of the text made long texts quadratic.
        const qsizetype hyphen = QStringView(text).mid(start, end - start).indexOf(QLatin1Char('-'));
        if (hyphen > 0) {
            end = start + hyphen;
            compoundPrefix = true;
        }
        const QStringView name = QStringView(text).mid(start, end - start);
        if (name.size() < 2 || isVocabulary(name, buffer)) {
            continue;
        }
        // "said Troy Hunt": a first name and a surname. Later "Hunt" alone is the person, not a company.
        // Not at a sentence start, where any word is capitalized ("Contact Microsoft").
        if (const qsizetype space = name.indexOf(QLatin1Char(' ')); !atSentenceStart && space > 0
            && name.indexOf(QLatin1Char(' '), space + 1) < 0 && !name.contains(QLatin1Char('&'))) {
            surnames.insert(name.mid(space + 1));
        }
        const auto known = names.constFind(name);
        const qsizetype index = known != names.cend() ? *known : evidences.size();
        if (index == evidences.size()) {
            names.insert(name, index);
            evidences.append({ name });
        }
        Evidence &evidence = evidences[index];
        ++evidence.occurrences;
        occurrences.append({ start, end, index });
        evidence.midSentence = evidence.midSentence || !atSentenceStart;
        evidence.compoundPrefix = evidence.compoundPrefix || compoundPrefix;
    }

    const bool german = m_pack.language() == QLatin1String("de");
    // Only the names an article keeps coming back to: the two most frequent ones. Marking every
    // recurring capitalized phrase would bury the organization among people, places and products.
    constexpr qsizetype namesToKeep = 2;
    QList<qsizetype> frequencies;
    frequencies.reserve(evidences.size());
    for (const Evidence &evidence : std::as_const(evidences)) {
        frequencies.append(evidence.occurrences);
    }
    std::sort(frequencies.begin(), frequencies.end(), std::greater<>());
    const qsizetype threshold = std::max<qsizetype>(2, frequencies.value(namesToKeep - 1, 2));
    // The names to mark, as text (empty: not marked).
    QStringList marked(evidences.size());
    for (qsizetype i = 0; i < evidences.size(); ++i) {
        const Evidence &evidence = evidences.at(i);
        if (evidence.occurrences < threshold || !evidence.midSentence) {
            continue;
        }
        // German capitalizes every noun: there a name must also look like one.
        const bool looksLikeName = evidence.compoundPrefix || evidence.name.contains(QLatin1Char(' '))
            || std::any_of(
                evidence.name.cbegin() + 1, evidence.name.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
        if (german && !looksLikeName) {
            continue;
        }
        if (surnames.contains(evidence.name) || isBystander(evidence.name)) {
            continue;
        }
        marked[i] = evidence.name.toString();
    }
    // A name that is once followed by "botnet" or "vulnerability" names no organization.
    for (const Occurrence &occurrence : std::as_const(occurrences)) {
        if (!marked.at(occurrence.evidence).isEmpty() && isFollowedByNonOrganizationHead(text, occurrence.end)) {
            marked[occurrence.evidence].clear();
        }
    }
    for (const Occurrence &occurrence : std::as_const(occurrences)) {
        const QString &name = marked.at(occurrence.evidence);
        if (name.isEmpty()) {
            continue;
        }
        const bool covered = std::any_of(facts.cbegin(), facts.cend(), [&occurrence](const Fact &fact) {
            return fact.type == FactType::Organization && fact.start < occurrence.end && occurrence.start < fact.end;
        });
        if (covered) {
            continue;
        }
        Fact fact;
        fact.type = FactType::Organization;
        fact.start = occurrence.start;
        fact.end = occurrence.end;
        fact.text = name;
        fact.value = name;
        fact.origin = m_pack.language() + QStringLiteral(".organization.recurring_name");
        facts.append(fact);
    }
}

} // namespace Iwb
