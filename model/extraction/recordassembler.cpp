// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recordassembler.h"

#include "rulepack.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <bitset>
#include <limits>

namespace Iwb {

namespace {

    /// Characters at the start of an article that count as headline and lead.
    constexpr qsizetype leadLength = 400;

    /// Units a headline count is about; employees and files only when nothing else is given, devices and other things
    /// never.
    const QStringList &preferredUnits()
    {
        static const QStringList units { QStringLiteral("users"), QStringLiteral("customers"),
            QStringLiteral("accounts"), QStringLiteral("logins"), QStringLiteral("records"), QStringLiteral("patients"),
            QStringLiteral("people"), QStringLiteral("members") };
        return units;
    }

    bool isAsserted(const Fact &fact)
    {
        return fact.polarity == Polarity::Positive;
    }

    /// True when a fact of @p type spans @p fact's words: a discovery that is a notification's
    /// authority ("had informed the FBI"), a date inside a stated period ("seit Oktober 2025").
    bool isInsideFactOf(const QList<Fact> &facts, FactType type, const Fact &fact)
    {
        return std::any_of(facts.cbegin(), facts.cend(), [&](const Fact &other) {
            return other.type == type && other.start <= fact.start && fact.end <= other.end;
        });
    }

    /// True when the date fact is the "date ..." marker line some article dumps start with.
    bool isDateMarker(const Fact &fact, const QString &text)
    {
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), std::max<qsizetype>(0, fact.start - 1)) + 1;
        return QStringView(text)
                   .mid(lineStart, fact.start - lineStart)
                   .trimmed()
                   .compare(QLatin1String("date"), Qt::CaseInsensitive)
            == 0;
    }

    /// How often each of @p names occurs in @p text, overlapping occurrences included (as
    /// QString::count() counts), in one pass over the text: counting name by name made the
    /// assembly quadratic in the text's length, as longer texts have more candidate names.
    QList<qsizetype> occurrencesOf(const QString &text, const QStringList &names)
    {
        QList<qsizetype> counts(names.size(), 0);
        QHash<char16_t, QList<qsizetype>> namesByFirstUnit;
        std::bitset<0x10000> firstUnits;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).isEmpty()) {
                counts[i] = text.size() + 1; // what QString::count() says of an empty string
                continue;
            }
            const char16_t first = names.at(i).front().unicode();
            namesByFirstUnit[first].append(i);
            firstUnits.set(first);
        }
        const QStringView view(text);
        for (qsizetype position = 0; position < view.size(); ++position) {
            const char16_t unit = view.at(position).unicode();
            if (!firstUnits.test(unit)) {
                continue;
            }
            for (const qsizetype i : namesByFirstUnit.value(unit)) {
                if (view.sliced(position).startsWith(names.at(i))) {
                    ++counts[i];
                }
            }
        }
        return counts;
    }

    QString dateOf(const QJsonValue &value)
    {
        return value.isObject() ? value.toObject().value(QStringLiteral("from")).toString() : value.toString();
    }

    /// The day a date fact names; invalid for a month or year, and for a period without named days
    /// ("this week", "letzte Woche": its first day is no day anyone named). "Zwischen dem 3. und dem
    /// 7. März" names its first day.
    QDate namedDay(const Fact &date)
    {
        const bool vaguePeriod = date.value.isObject()
            && std::none_of(date.text.cbegin(), date.text.cend(), [](QChar c) { return c.isDigit(); });
        return vaguePeriod ? QDate() : QDate::fromString(dateOf(date.value), Qt::ISODate);
    }

    /// Whether the whole word @p word stands in @p text written in lower case, as a word of prose:
    /// not as part of an address ("klarna.com", "@klarna", "support-klarna").
    bool isWrittenLowerCase(const QString &word, const QString &text)
    {
        static const QString joiners = QStringLiteral("./@-_:");
        const QString lower = word.toLower();
        for (qsizetype at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            const qsizetype end = at + lower.size();
            const bool startsWord
                = at == 0 || (!text.at(at - 1).isLetterOrNumber() && !joiners.contains(text.at(at - 1)));
            const bool joinedAfter
                = end + 1 < text.size() && joiners.contains(text.at(end)) && text.at(end + 1).isLetterOrNumber();
            const bool endsWord = end == text.size() || (!text.at(end).isLetterOrNumber() && !joinedAfter);
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /// A single capitalized word that is no name: one the text also writes in lower case
    /// ("Online" in a text that says "online"), or one with the ending of an abstract noun
    /// ("Migration", "Zulassung"; the stopwords' entries that start with "-").
    bool isCommonWord(const QString &word, const QString &text, const WordList &stopwords)
    {
        if (word != word.toLower() && isWrittenLowerCase(word, text)) {
            return true;
        }
        const QStringList &keys = stopwords.keys();
        return std::any_of(keys.cbegin(), keys.cend(), [&word](const QString &key) {
            return key.startsWith(QLatin1Char('-')) && word.size() > key.size() + 2
                && word.endsWith(QStringView(key).sliced(1), Qt::CaseInsensitive);
        });
    }

} // namespace

RecordAssembler::RecordAssembler(const RulePack &pack)
    : m_pack(pack)
{
}

QString RecordAssembler::chooseOrganization(const QList<Fact> &facts, const QList<Fact> &otherOrganizations,
    const Document &document, QList<qint64> *evidence) const
{
    const WordList &outlets = m_pack.list(QStringLiteral("media-outlets"));
    const WordList &authorities = m_pack.list(QStringLiteral("authority-names"));
    const WordList &stopwords = m_pack.list(QStringLiteral("organization-stopwords"));
    const WordList &researchers = m_pack.list(QStringLiteral("researcher-organizations"));
    const QString &text = document.text();

    struct Candidate
    {
        QString name;
        double score = 0;
        QList<qint64> facts;
        qsizetype firstMention = std::numeric_limits<qsizetype>::max();
    };
    QHash<QString, Candidate> candidates;
    // The facts first (their indices are evidence), then the names outside the incident's context.
    const qsizetype total = facts.size() + otherOrganizations.size();
    for (qsizetype i = 0; i < total; ++i) {
        const bool isFact = i < facts.size();
        const Fact &fact = isFact ? facts.at(i) : otherOrganizations.at(i - facts.size());
        if (fact.type != FactType::Organization) {
            continue;
        }
        // Drop leading words that are no names ("Die", "Laut"), then outlets and authorities.
        QStringList words = fact.value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        while (!words.isEmpty() && stopwords.contains(words.first())) {
            words.removeFirst();
        }
        const QString name = words.join(QLatin1Char(' '));
        if (name.size() < 2 || (words.size() == 1 && isCommonWord(name, text, stopwords)) || outlets.contains(name)
            || authorities.contains(name) || stopwords.contains(name) || researchers.contains(name)
            || (!words.isEmpty() && (authorities.contains(words.first()) || outlets.contains(words.first())))) {
            continue;
        }
        Candidate &candidate = candidates[name.toLower()];
        if (candidate.name.isEmpty() || name.size() < candidate.name.size()) {
            candidate.name = name;
        }
        if (isFact) {
            candidate.facts.append(i);
        }
        candidate.firstMention = std::min(candidate.firstMention, fact.start);
        candidate.score += fact.origin.contains(QLatin1String("context")) ? 1.0 : 1.5;
    }
    QStringList names;
    names.reserve(candidates.size());
    for (const Candidate &candidate : std::as_const(candidates)) {
        names.append(candidate.name);
    }
    const QList<qsizetype> mentions = occurrencesOf(text, names);
    Candidate best;
    qsizetype index = 0;
    for (Candidate &candidate : candidates) {
        // Every mention counts, also those no rule marked; the headline and lead count double.
        candidate.score += static_cast<double>(mentions.at(index++));
        if (QStringView(text).left(leadLength).contains(candidate.name)) {
            candidate.score += 2.0;
        }
        // Of two names as strong, the one named first: reports name their subject before the
        // vendors, researchers and partners they quote.
        const bool earlier = candidate.firstMention < best.firstMention
            || (candidate.firstMention == best.firstMention && candidate.name < best.name);
        if (candidate.score > best.score || (candidate.score == best.score && earlier)) {
            best = candidate;
        }
    }
    *evidence = best.facts;
    return best.name;
}

void RecordAssembler::chooseWindow(const QList<Fact> &facts, IncidentRecord *record)
{
    const auto minutesOf = [](const QString &time) {
        const QTime parsed = QTime::fromString(time, QStringLiteral("HH:mm"));
        return parsed.isValid() ? parsed.hour() * 60 + parsed.minute() : -1;
    };
    // A stated time range is the window.
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &fact = facts.at(i);
        if (fact.type == FactType::Time && fact.value.isObject()) {
            record->startTime = fact.value.toObject().value(QStringLiteral("from")).toString();
            record->endTime = fact.value.toObject().value(QStringLiteral("to")).toString();
            record->evidence.insert(QStringLiteral("start_time"), { i });
            record->evidence.insert(QStringLiteral("end_time"), { i });
            break;
        }
    }
    QList<qint64> durations;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (facts.at(i).type == FactType::Duration && facts.at(i).value.isDouble() && isAsserted(facts.at(i))) {
            durations.append(i);
        }
    }
    // Otherwise two times as far apart as a stated duration ("10:49 ... 11:20", "31 Minuten").
    for (qsizetype d = 0; d < durations.size() && record->startTime.isEmpty(); ++d) {
        const int minutes = facts.at(durations.at(d)).value.toInt();
        for (qsizetype i = 0; i < facts.size() && record->startTime.isEmpty(); ++i) {
            if (facts.at(i).type != FactType::Time || !facts.at(i).value.isString()) {
                continue;
            }
            for (qsizetype j = i + 1; j < facts.size(); ++j) {
                if (facts.at(j).type == FactType::Time && facts.at(j).value.isString()
                    && minutesOf(facts.at(j).value.toString()) - minutesOf(facts.at(i).value.toString()) == minutes) {
                    record->startTime = facts.at(i).value.toString();
                    record->endTime = facts.at(j).value.toString();
                    record->evidence.insert(QStringLiteral("start_time"), { i });
                    record->evidence.insert(QStringLiteral("end_time"), { j });
                    break;
                }
            }
        }
    }
    // The window's length wins over other durations ("innerhalb von 24 Stunden" is a deadline).
    const int start = minutesOf(record->startTime);
    const int end = minutesOf(record->endTime);
    if (start >= 0 && end > start) {
        record->durationMinutes = end - start;
        record->evidence.insert(
            QStringLiteral("duration_minutes"), record->evidence.value(QStringLiteral("start_time")));
    } else if (!durations.isEmpty()) {
        record->durationMinutes = facts.at(durations.first()).value.toInt();
        record->evidence.insert(QStringLiteral("duration_minutes"), { durations.first() });
    }
}

qint64 RecordAssembler::chooseIncidentDate(
    const QList<Fact> &facts, const Document &document, const QList<TextSpan> &sentences)
{
    const QString &text = document.text();
    const QDate published = QDate::fromString(document.published().left(10), Qt::ISODate);
    // The splitter's sentences are in order and do not overlap: then a binary search finds the one
    // sentence that can hold a position (a linear search per fact made long texts quadratic).
    const bool ordered = std::adjacent_find(sentences.cbegin(), sentences.cend(),
                             [](const TextSpan &a, const TextSpan &b) { return b.start < a.end; })
        == sentences.cend();
    const auto sentenceOf = [&sentences, ordered](qsizetype position) -> qsizetype {
        if (ordered) {
            const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                [](qsizetype pos, const TextSpan &span) { return pos < span.start; });
            const qsizetype i = (it - sentences.cbegin()) - 1;
            return i >= 0 && sentences.at(i).contains(position) ? i : -1;
        }
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            if (sentences.at(i).contains(position)) {
                return i;
            }
        }
        return -1;
    };
    // Which sentences carry the incident's time window, and which its other facts.
    QSet<qsizetype> windowSentences;
    QSet<qsizetype> incidentSentences;
    QSet<qsizetype> discoverySentences;
    for (const Fact &fact : facts) {
        if (fact.type == FactType::Time) {
            windowSentences.insert(sentenceOf(fact.start));
        } else if (fact.type == FactType::Discovery) {
            discoverySentences.insert(sentenceOf(fact.start));
        } else if (fact.type == FactType::Count || fact.type == FactType::DataCategory || fact.type == FactType::Cause
            || fact.type == FactType::Attack) {
            incidentSentences.insert(sentenceOf(fact.start));
        }
    }
    // Incidents come before their reporting: the earliest full day named gets a bonus.
    QDate earliest;
    for (const Fact &fact : facts) {
        const QDate day = namedDay(fact);
        if (fact.type == FactType::Date && day.isValid() && !isDateMarker(fact, text)
            && (!earliest.isValid() || day < earliest)) {
            earliest = day;
        }
    }
    // A date that stands with no incident fact and names no day is no incident date.
    constexpr double enoughEvidence = 3.0;
    qint64 best = -1;
    double bestScore = enoughEvidence - 0.01;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &fact = facts.at(i);
        if (fact.type != FactType::Date || isDateMarker(fact, text)) {
            continue;
        }
        const QString date = dateOf(fact.value);
        const QDate day = namedDay(fact);
        if (date.isEmpty() || (day.isValid() && published.isValid() && day > published)) {
            continue;
        }
        const qsizetype sentence = sentenceOf(fact.start);
        double score = 1.0;
        score += windowSentences.contains(sentence) ? 3.0 : windowSentences.contains(sentence + 1) ? 2.0 : 0.0;
        score += (day.isValid() && day == earliest) ? 1.0 : 0.0;
        score += incidentSentences.contains(sentence) ? 1.5 : 0.0;
        score += day.isValid() ? 1.0 : 0.0; // a day says more than a month
        // A date inside a stated period ("seit Oktober 2025") is where the incident's period began.
        score += isInsideFactOf(facts, FactType::Duration, fact) ? 1.0 : 0.0;
        // The publication day is mostly the day of the statement, and a day of discovery
        // is not the day the incident began.
        score -= (day.isValid() && day == published) ? 2.0 : 0.0;
        score -= discoverySentences.contains(sentence) ? 2.0 : 0.0;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

IncidentRecord RecordAssembler::assemble(const QList<Fact> &facts, const Document &document,
    const QList<TextSpan> &sentences, const QList<Fact> &otherOrganizations) const
{
    IncidentRecord record;

    // An incident report names data of some kind and says what happened to it (a cause, an
    // attack, a discovery or a notification). Text with only one of the two (a football
    // "Angriff", a "Fehler" in a budget) gets an empty record rather than a guessed one.
    const auto asserted = [&facts](auto predicate) {
        return std::any_of(facts.cbegin(), facts.cend(), [&predicate](const Fact &fact) {
            return isAsserted(fact) && !fact.origin.endsWith(QLatin1String(".generic")) && predicate(fact);
        });
    };
    const bool namesData = asserted([](const Fact &fact) { return fact.type == FactType::DataCategory; });
    const bool saysWhatHappened = asserted([](const Fact &fact) {
        return fact.type == FactType::Cause || fact.type == FactType::Attack || fact.type == FactType::Discovery
            || fact.type == FactType::Notification;
    });
    const bool aboutAnIncident = namesData && saysWhatHappened;
    if (!aboutAnIncident) {
        return record;
    }

    QList<qint64> evidence;
    record.organization = chooseOrganization(facts, otherOrganizations, document, &evidence);
    if (!evidence.isEmpty()) {
        record.evidence.insert(QStringLiteral("organization"), evidence);
    }

    if (const qint64 dateIndex = chooseIncidentDate(facts, document, sentences); dateIndex >= 0) {
        record.incidentDate = dateOf(facts.at(dateIndex).value);
        record.evidence.insert(QStringLiteral("incident_date"), { dateIndex });
    }

    chooseWindow(facts, &record);

    // The first count of people, accounts or records; employees or files only when there is none.
    qint64 countIndex = -1;
    for (qsizetype i = 0; i < facts.size() && countIndex < 0; ++i) {
        const Fact &fact = facts.at(i);
        if (fact.type == FactType::Count && isAsserted(fact)
            && preferredUnits().contains(fact.value.toObject().value(QStringLiteral("unit")).toString())) {
            countIndex = i;
        }
    }
    // Devices and other things (cases, companies, gigabytes) are never the affected: an article
    // that counts only servers states no affected count.
    for (qsizetype i = 0; i < facts.size() && countIndex < 0; ++i) {
        const QString unit = facts.at(i).value.toObject().value(QStringLiteral("unit")).toString();
        if (facts.at(i).type == FactType::Count && isAsserted(facts.at(i)) && unit != QLatin1String("devices")
            && unit != QLatin1String("other")) {
            countIndex = i;
        }
    }
    if (countIndex >= 0) {
        const QJsonObject value = facts.at(countIndex).value.toObject();
        record.affectedCount = static_cast<qint64>(value.value(QStringLiteral("count")).toDouble());
        record.affectedUnit = value.value(QStringLiteral("unit")).toString();
        record.evidence.insert(QStringLiteral("affected_count"), { countIndex });
        record.evidence.insert(QStringLiteral("affected_unit"), { countIndex });
    }

    QHash<QString, int> causeVotes;
    QHash<QString, qint64> causeFirst;
    int attacksAsserted = 0;
    int attacksDenied = 0;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &fact = facts.at(i);
        const QString value = fact.value.toString();
        switch (fact.type) {
        case FactType::DataCategory: {
            if (fact.origin.endsWith(QLatin1String(".generic"))) {
                break; // "personal information" names no kind
            }
            const bool denied = !isAsserted(fact);
            QStringList &list = denied ? record.dataNotExposed : record.dataExposed;
            if (!list.contains(value)) {
                list.append(value);
            }
            record.evidence[denied ? QStringLiteral("data_not_exposed") : QStringLiteral("data_exposed")].append(i);
            break;
        }
        case FactType::Cause:
            if (isAsserted(fact)) {
                ++causeVotes[value];
                causeFirst.insert(value, std::min(causeFirst.value(value, i), i));
            }
            break;
        case FactType::Attack:
            // A hedged attack ("könnten erbeutet haben") is a possibility, not an assertion.
            if (!isAsserted(fact)) {
                ++attacksDenied;
            } else if (fact.certainty == Certainty::Certain) {
                ++attacksAsserted;
            }
            record.evidence[QStringLiteral("external_attack")].append(i);
            break;
        case FactType::Discovery:
            // "had informed the FBI": an authority that was told is no discoverer.
            if (record.discoveredBy.isEmpty() && isAsserted(fact)
                && !isInsideFactOf(facts, FactType::Notification, fact)) {
                record.discoveredBy = value;
                record.evidence.insert(QStringLiteral("discovered_by"), { i });
            }
            break;
        case FactType::Notification: {
            const QString field = value == QLatin1String("authority") ? QStringLiteral("authority_notified")
                                                                      : QStringLiteral("affected_notified");
            std::optional<bool> &target
                = value == QLatin1String("authority") ? record.authorityNotified : record.affectedNotified;
            if (!target || (*target == false && isAsserted(fact))) {
                target = isAsserted(fact);
                record.evidence.insert(field, { i });
            }
            break;
        }
        default:
            break;
        }
    }
    // A category both named and denied goes where most of its mentions say; a tie goes to the denial,
    // the more specific statement.
    QHash<QString, int> categoryBalance;
    for (const Fact &fact : facts) {
        if (fact.type == FactType::DataCategory && !fact.origin.endsWith(QLatin1String(".generic"))) {
            categoryBalance[fact.value.toString()] += isAsserted(fact) ? 1 : -1;
        }
    }
    for (auto it = categoryBalance.cbegin(); it != categoryBalance.cend(); ++it) {
        (it.value() > 0 ? record.dataNotExposed : record.dataExposed).removeAll(it.key());
    }

    for (auto it = causeVotes.cbegin(); it != causeVotes.cend(); ++it) {
        const int votes = it.value();
        const int bestVotes = causeVotes.value(record.cause, 0);
        if (record.cause.isEmpty() || votes > bestVotes
            || (votes == bestVotes && causeFirst.value(it.key()) < causeFirst.value(record.cause))) {
            record.cause = it.key();
        }
    }
    if (record.cause.isEmpty()) {
        record.cause = attacksAsserted > 0 && attacksDenied == 0 ? QStringLiteral("attack") : QStringLiteral("unknown");
    }
    if (record.cause == QLatin1String("attack") && attacksDenied > 0 && attacksAsserted == 0) {
        record.cause = QStringLiteral("unknown");
    }
    if (attacksDenied > 0 && attacksAsserted == 0) {
        record.externalAttack = QStringLiteral("no");
    } else if (attacksAsserted > 0 || record.cause == QLatin1String("attack")) {
        record.externalAttack = QStringLiteral("yes");
    } else {
        record.externalAttack = QStringLiteral("unknown");
    }
    if (record.discoveredBy.isEmpty()) {
        record.discoveredBy = QStringLiteral("unknown");
    }
    return record;
}

} // namespace Iwb
