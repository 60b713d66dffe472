// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recognizercatalog.h"

#include "normalizers/datenormalizer.h"
#include "normalizers/durationnormalizer.h"
#include "normalizers/numbernormalizer.h"
#include "normalizers/timenormalizer.h"
#include "rulepack.h"

#include <QJsonObject>

#include <tuple>
#include <utility>

namespace Iwb {

namespace {

    QString wordAlternation(const WordList &list)
    {
        return QStringLiteral("(?:") + list.alternation() + QLatin1Char(')');
    }

    QRegularExpression caseless(const QString &pattern)
    {
        QRegularExpression regex(
            pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        regex.optimize();
        return regex;
    }

    QRegularExpression caseSensitive(const QString &pattern)
    {
        QRegularExpression regex(pattern, QRegularExpression::UseUnicodePropertiesOption);
        regex.optimize();
        return regex;
    }

    /// The value a word list gives the matched text (whole match, or the "cue" group).
    Normalize listValue(const WordList &list, const QString &group = {})
    {
        return [&list, group](const QRegularExpressionMatch &match, QDate) -> std::optional<QJsonValue> {
            const auto value = list.value(group.isEmpty() ? match.capturedView(0) : match.capturedView(group));
            if (!value) {
                return std::nullopt;
            }
            return QJsonValue(*value);
        };
    }

    /// The data category of the first part of "Karten- oder Bankdaten", completed with the second's head.
    std::optional<QJsonValue> dataCategoryOfCoordinatedPart(const RulePack &pack, const QRegularExpressionMatch &match)
    {
        const QString first = match.captured(QStringLiteral("first"));
        const QString second = match.captured(QStringLiteral("second"));
        const WordList &categories = pack.list(QStringLiteral("data-categories"));
        const WordList &heads = pack.list(QStringLiteral("data-category-heads"));
        // Try the second word's possible heads, longest first: "Bankdaten" lends "daten" to "Karten".
        for (qsizetype split = 1; split < second.size(); ++split) {
            const QString completed = first + second.mid(split);
            if (const auto category = categories.value(completed)) {
                return QJsonValue(*category);
            }
            for (const QString &head : heads.keys()) {
                if (completed.endsWith(head, Qt::CaseInsensitive) && completed.size() > head.size()) {
                    if (const auto category = heads.value(head)) {
                        return QJsonValue(*category);
                    }
                }
            }
        }
        return std::nullopt;
    }

} // namespace

RecognizerCatalog::RecognizerCatalog(const RulePack &pack)
    : m_pack(pack)
{
}

std::optional<QList<Recognizer>> RecognizerCatalog::build(const RulePack &pack, QString *error)
{
    RecognizerCatalog catalog(pack);
    catalog.addDatesTimesAndDurations();
    catalog.addCounts();
    catalog.addDataCategories();
    catalog.addCueLists();
    catalog.addNotificationClauses();
    catalog.addDiscoveryClauses();
    catalog.addOrganizations();
    catalog.addModifierAndIncidentCues();
    for (Recognizer &recognizer : catalog.m_recognizers) {
        // Looked up once: by name, each fact cost a search of the group names.
        recognizer.spanGroup = static_cast<int>(recognizer.regex.namedCaptureGroups().indexOf(QStringLiteral("span")));
        if (recognizer.exactTrigger) {
            recognizer.anchored
                = QRegularExpression(QStringLiteral("\\G(?:") + recognizer.regex.pattern() + QLatin1Char(')'),
                    recognizer.regex.patternOptions());
            recognizer.anchored.optimize();
        }
        if (!recognizer.regex.isValid()) {
            *error = pack.folder()
                + QStringLiteral(": rule %1 does not compile: %2")
                      .arg(recognizer.ruleId, recognizer.regex.errorString());
            return std::nullopt;
        }
    }
    return std::move(catalog.m_recognizers);
}

QString RecognizerCatalog::id(const char *name) const
{
    return m_pack.language() + QLatin1Char('.') + QLatin1String(name);
}

void RecognizerCatalog::add(
    const QString &ruleId, FactType type, const QRegularExpression &regex, Normalize normalize, const QString &trigger)
{
    m_recognizers.append(
        { ruleId, type, CueKind::None, regex, std::move(normalize), trigger.isEmpty() ? regex.pattern() : trigger });
}

void RecognizerCatalog::addCue(const QString &ruleId, CueKind cue, const QRegularExpression &regex)
{
    m_recognizers.append({ ruleId, FactType::Attack, cue, regex, {}, regex.pattern() });
}

/// For a rule that is a word list between word boundaries: Hyperscan looks for the words
/// alone, exactly, and each hit is confirmed anchored at the word's start. Searching the hit's
/// neighbourhood for the whole alternation instead made these rules the costliest to confirm.
/// (A word that starts inside a longer listed phrase ending at the same place, "data" in
/// "bigcustomer data", is not found: the scan reports only the leftmost start of each end.)
void RecognizerCatalog::triggerOnWords(const QString &alternation)
{
    m_recognizers.last().trigger = alternation;
    m_recognizers.last().exactTrigger = true;
}

void RecognizerCatalog::addDatesTimesAndDurations()
{
    const DateNormalizer &dates = m_pack.dates();
    const TimeNormalizer &times = m_pack.times();
    const DurationNormalizer &durations = m_pack.durations();

    // The normalizers' patterns are Hyperscan syntax: their hits come with a start.
    // A date the text names but that cannot be resolved (a weekday without a publication date)
    // is still a date: it is kept with a null value.
    add(id("date"), FactType::Date, caseless(dates.pattern()),
        [&dates](const QRegularExpressionMatch &m, QDate anchor) {
            return std::optional<QJsonValue>(dates.normalize(m.capturedView(0), anchor).value_or(QJsonValue()));
        });
    m_recognizers.last().exactTrigger = true;
    add(id("time"), FactType::Time, caseless(times.pattern()),
        [&times](const QRegularExpressionMatch &m, QDate) { return times.normalize(m.capturedView(0)); });
    m_recognizers.last().exactTrigger = true;
    add(id("duration"), FactType::Duration, caseless(durations.pattern()),
        [&durations](
            const QRegularExpressionMatch &m, QDate anchor) { return durations.normalize(m.capturedView(0), anchor); });
    m_recognizers.last().exactTrigger = true;
}

void RecognizerCatalog::addCounts()
{
    const NumberNormalizer &numbers = m_pack.numbers();
    // A count is a number, up to two words that describe the counted things (or two joined by a
    // conjunction: "current and former"), and the unit noun.
    const WordList &units = m_pack.list(QStringLiteral("count-units"));
    const QString describingWord = QStringLiteral("\\s+(?-i:\\p{Ll})[\\p{L}\\-]*");
    const QString describingWords = QStringLiteral("(?:") + describingWord + QStringLiteral("\\s+")
        + wordAlternation(m_pack.list(QStringLiteral("conjunctions"))) + QStringLiteral("(?![\\p{L}])") + describingWord
        + QStringLiteral("|(?:") + describingWord + QStringLiteral("){0,2})");
    add(
        id("count"), FactType::Count,
        // Words between number and unit describe the counted things ("betroffene", "customer support"):
        // lower case in both languages, which keeps nouns such as "Minuten" out. The unit may carry
        // a compound prefix ("App-Nutzer*innen") or one modifying noun before it ("App Nutzer").
        caseless(QStringLiteral("(?<![\\p{N}][.,])(?<number>") + numbers.pattern() + QStringLiteral(")")
            + describingWords
            + QStringLiteral("(?:\\s+(?-i:\\p{Lu})\\p{L}{1,11})?\\s+(?:[\\p{L}\\p{N}]+-){0,2}(?<unit>")
            + units.alternation() + QStringLiteral(")(?![\\p{L}\\*:\\-])")),
        [&numbers, &units](const QRegularExpressionMatch &m, QDate) -> std::optional<QJsonValue> {
            const auto number = numbers.normalize(m.capturedView(u"number"));
            const auto unit = units.value(m.capturedView(u"unit"));
            if (!number || !unit) {
                return std::nullopt;
            }
            QJsonObject value { { QStringLiteral("count"), static_cast<double>(number->value) },
                { QStringLiteral("unit"), *unit } };
            if (number->approximate) {
                value.insert(QStringLiteral("approximate"), true);
            }
            if (number->lowerBound) {
                value.insert(QStringLiteral("lower_bound"), true);
            }
            return value;
        },
        numbers.pattern());
    // A count starts where its number starts.
    m_recognizers.last().exactTrigger = true;
    // Most numbers in news count no people or records: only those with a unit soon after them
    // are tried. The reach is the gap between a number and its unit (up to three words and two
    // compound parts) plus the rest of a number whose first digits ended the hit ("2" of "2019").
    m_recognizers.last().follower = wordAlternation(units);
    m_recognizers.last().followerReach = 160;
}

void RecognizerCatalog::addDataCategories()
{
    const WordList &categories = m_pack.list(QStringLiteral("data-categories"));
    add(id("data_category"), FactType::DataCategory,
        caseless(QStringLiteral("(?<![\\p{L}\\-])") + wordAlternation(categories) + QStringLiteral("(?![\\p{L}])")),
        listValue(categories));
    triggerOnWords(wordAlternation(categories));
    // Data named without its kind ("personal information"): shown, but no evidence for the record.
    const WordList &generic = m_pack.list(QStringLiteral("generic-data"));
    add(id("data_category.generic"), FactType::DataCategory,
        caseless(QStringLiteral("(?<![\\p{L}\\-])") + wordAlternation(generic) + QStringLiteral("(?![\\p{L}\\-])")),
        listValue(generic));
    triggerOnWords(wordAlternation(generic));

    // German compounds end in the word that names the data: "Kreditkartendaten", "Kundenadressen".
    const WordList &heads = m_pack.list(QStringLiteral("data-category-heads"));
    if (!heads.isEmpty()) {
        add(id("data_category.compound"), FactType::DataCategory,
            caseless(QStringLiteral("(?<![\\p{L}\\-])[\\p{L}\\-]+?(?<head>") + heads.alternation()
                + QStringLiteral(")(?![\\p{L}])")),
            listValue(heads, QStringLiteral("head")));
    }
    // "Karten- oder Bankdaten": the first part borrows the head of the second.
    const WordList &conjunctions = m_pack.list(QStringLiteral("conjunctions"));
    add(
        id("data_category.coordination"), FactType::DataCategory,
        caseless(QStringLiteral("(?<![\\p{L}\\-])(?<first>\\p{L}+)-(?=\\s+") + wordAlternation(conjunctions)
            + QStringLiteral("\\s+(?<second>\\p{L}+))")),
        [&pack = m_pack](const QRegularExpressionMatch &m, QDate) { return dataCategoryOfCoordinatedPart(pack, m); },
        // Hyperscan looks only for the joint ("n- oder B"): with the first part's letters in the
        // trigger it followed every word of the text, and this rule cost a third of the scan.
        QStringLiteral("\\p{L}-\\s+") + wordAlternation(conjunctions) + QStringLiteral("\\s+\\p{L}"));
}

void RecognizerCatalog::addCueLists()
{
    const struct
    {
        const char *rule;
        const char *list;
        FactType type;
    } cueLists[] = {
        { "cause", "cause-cues", FactType::Cause },
        { "attack", "attack-cues", FactType::Attack },
        { "discovery", "discovery-cues", FactType::Discovery },
        { "notification", "notification-cues", FactType::Notification },
    };
    for (const auto &cueList : cueLists) {
        const WordList &list = m_pack.list(QLatin1String(cueList.list));
        add(id(cueList.rule), cueList.type,
            caseless(QStringLiteral("(?<![\\p{L}\\-])") + wordAlternation(list) + QStringLiteral("(?![\\p{L}])")),
            listValue(list));
        triggerOnWords(wordAlternation(list));
    }
}

void RecognizerCatalog::addNotificationClauses()
{
    // Notifications: an authority or the affected people in one clause with a verb of telling,
    // either way round ("Behörden wurden informiert", "notified the regulator").
    const WordList &verbs = m_pack.list(QStringLiteral("notification-verbs"));
    const WordList &notificationCues = m_pack.list(QStringLiteral("notification-cues"));
    const WordList &units = m_pack.list(QStringLiteral("count-units"));
    QStringList authorityWords = m_pack.list(QStringLiteral("authority-names")).keys();
    for (const QString &cue : notificationCues.keys()) {
        if (notificationCues.value(cue) == QStringLiteral("authority")) {
            authorityWords.append(cue);
        }
    }
    const QString authorityAlternation = WordList::alternationOf(authorityWords);
    const QString clauseGap = QStringLiteral("(?:[\\s,]+[^\\s.;:!?]+){0,8}?[\\s,]+");
    const QString verbAlternation = wordAlternation(verbs);
    // The affected are people: units that count things (files, devices) do not qualify.
    static const QStringList peopleUnits { QStringLiteral("users"), QStringLiteral("customers"),
        QStringLiteral("accounts"), QStringLiteral("patients"), QStringLiteral("people"), QStringLiteral("members"),
        QStringLiteral("employees") };
    QStringList people;
    for (const QString &unit : units.keys()) {
        if (peopleUnits.contains(units.value(unit).value_or(QString()))) {
            people.append(unit);
        }
    }
    const QString peopleAlternation = WordList::alternationOf(people);
    for (const auto &[who, alternation] : { std::pair { QStringLiteral("authority"), authorityAlternation },
             std::pair { QStringLiteral("affected"), peopleAlternation } }) {
        const auto constant
            = [who](const QRegularExpressionMatch &, QDate) -> std::optional<QJsonValue> { return QJsonValue(who); };
        add(id("notification.") + who, FactType::Notification,
            caseless(QStringLiteral("(?<![\\p{L}])(?<span>(?:") + alternation + QStringLiteral("))(?![\\p{L}])")
                + clauseGap + verbAlternation + QStringLiteral("(?![\\p{L}])")),
            constant, verbAlternation);
        m_recognizers.last().lookBehind = 160;
        add(id("notification.") + who, FactType::Notification,
            caseless(QStringLiteral("(?<![\\p{L}])") + verbAlternation + clauseGap + QStringLiteral("(?<span>(?:")
                + alternation + QStringLiteral("))(?![\\p{L}])")),
            constant, QStringLiteral("(?:") + alternation + QLatin1Char(')'));
        m_recognizers.last().lookBehind = 160;
        // The two forms' triggers are each other's other word.
        m_recognizers[m_recognizers.size() - 1].partner = m_recognizers.size() - 2;
        m_recognizers[m_recognizers.size() - 2].partner = m_recognizers.size() - 1;
    }
}

void RecognizerCatalog::addDiscoveryClauses()
{
    // Discoveries: the affected people or the staff in one clause with a verb of noticing, either
    // way round ("Bemerkt hatten den Fehler zuerst die Mitglieder", "customers noticed"). No comma
    // between them: "festgestellt, dass 500 Kunden ..." says what was found, not who found it.
    const WordList &verbs = m_pack.list(QStringLiteral("discovery-verbs"));
    if (verbs.isEmpty()) {
        return;
    }
    const WordList &units = m_pack.list(QStringLiteral("count-units"));
    static const QHash<QString, QString> discovererOfUnit { { QStringLiteral("users"), QStringLiteral("customer") },
        { QStringLiteral("customers"), QStringLiteral("customer") },
        { QStringLiteral("patients"), QStringLiteral("customer") },
        { QStringLiteral("members"), QStringLiteral("customer") },
        { QStringLiteral("employees"), QStringLiteral("internal") } };
    QHash<QString, QStringList> wordsOf;
    for (const QString &unit : units.keys()) {
        const QString discoverer = discovererOfUnit.value(units.value(unit).value_or(QString()));
        if (!discoverer.isEmpty()) {
            wordsOf[discoverer].append(unit);
        }
    }
    const QString verbAlternation = wordAlternation(verbs);
    // The subject first may stand further from its verb ("Mitglieder hatten den Fehler zuerst
    // bemerkt") than a subject after it (German inversion, English "spotted by customers").
    const QString gapAfterNoun = QStringLiteral("(?:\\s+[^\\s.,;:!?]+){0,6}?\\s+");
    const QString gapAfterVerb = QStringLiteral("(?:\\s+[^\\s.,;:!?]+){0,5}?\\s+");
    for (const QString &discoverer : { QStringLiteral("customer"), QStringLiteral("internal") }) {
        const QString nouns = WordList::alternationOf(wordsOf.value(discoverer));
        if (nouns.isEmpty()) {
            continue;
        }
        const auto constant = [discoverer](const QRegularExpressionMatch &, QDate) -> std::optional<QJsonValue> {
            return QJsonValue(discoverer);
        };
        add(id("discovery.clause"), FactType::Discovery,
            caseless(QStringLiteral("(?<![\\p{L}])(?<span>(?:") + nouns + QStringLiteral("))(?![\\p{L}])")
                + gapAfterNoun + verbAlternation + QStringLiteral("(?![\\p{L}])")),
            constant, verbAlternation);
        m_recognizers.last().lookBehind = 160;
        add(id("discovery.clause"), FactType::Discovery,
            caseless(QStringLiteral("(?<![\\p{L}])") + verbAlternation + gapAfterVerb + QStringLiteral("(?<span>(?:")
                + nouns + QStringLiteral("))(?![\\p{L}])")),
            constant, QStringLiteral("(?:") + nouns + QLatin1Char(')'));
        m_recognizers.last().lookBehind = 160;
        m_recognizers[m_recognizers.size() - 1].partner = m_recognizers.size() - 2;
        m_recognizers[m_recognizers.size() - 2].partner = m_recognizers.size() - 1;
    }
}

void RecognizerCatalog::addOrganizations()
{
    // Organizations: a capitalized name with a legal form ("Beispiel GmbH"), after a
    // prefix word ("Stadtwerke Wiesenfurt"), or after a context word ("beim Anbieter X").
    const WordList &orgWords = m_pack.list(QStringLiteral("organization-suffixes"));
    QStringList suffixes;
    QStringList prefixes;
    for (const QString &word : orgWords.keys()) {
        const QString kind = orgWords.value(word).value_or(QString());
        (kind == QLatin1String("prefix") ? prefixes : suffixes).append(WordList::escapeForRegex(word));
    }
    // A name word starts upper case; "Kund:innen" and "Nutzer*innen" are no names.
    const QString nameWord = QStringLiteral("\\p{Lu}[\\p{L}\\p{N}'\\-]*(?![\\p{L}\\p{N}]|[\\*:]\\p{Ll})");
    // The words of a name stand on one line: a name that ends a title does not go on with the
    // first word of the next line ("Datenleck bei der Beispiel GmbH" / "Bei ...").
    const QString blanks = QStringLiteral("[^\\S\\n]+");
    const QString name = nameWord + QStringLiteral("(?:") + blanks + QStringLiteral("(?:&") + blanks
        + QStringLiteral(")?") + nameWord + QStringLiteral("){0,3}");
    const QString quotedName = QStringLiteral("(?:[\"\\x{201E}\\x{201C}\\x{00BB}]") + name
        + QStringLiteral("[\"\\x{201C}\\x{201D}\\x{00AB}]|") + name + QLatin1Char(')');
    const auto keepName = [](const QRegularExpressionMatch &m, QDate) -> std::optional<QJsonValue> {
        return QJsonValue(m.captured(QStringLiteral("span")).simplified());
    };
    if (!suffixes.isEmpty()) {
        add(id("organization.legal_form"), FactType::Organization,
            caseSensitive(QStringLiteral("(?<![\\p{L}])(?<span>") + name + blanks + QStringLiteral("(?:")
                + suffixes.join(QLatin1Char('|')) + QStringLiteral("))(?![\\p{L}])")),
            // The trigger is case-sensitive like the regex (the scanner is caseless): caseless, "AG" and "SE"
            // fired inside most words ("sagte", "diese") and made this the costliest rule.
            keepName, QStringLiteral("(?-i:") + suffixes.join(QLatin1Char('|')) + QLatin1Char(')'));
    }
    if (!prefixes.isEmpty()) {
        add(id("organization.prefix"), FactType::Organization,
            caseSensitive(QStringLiteral("(?<![\\p{L}])(?<span>(?:") + prefixes.join(QLatin1Char('|'))
                + QStringLiteral(")\\s+") + nameWord + QStringLiteral(")(?![\\p{L}])")),
            keepName, QStringLiteral("(?-i:") + prefixes.join(QLatin1Char('|')) + QLatin1Char(')'));
    }
    // A compound whose last part is an organization word names one: "Sana-Klinikum",
    // "Matthias-Claudius-Gymnasium", "Asklepios-Klinik".
    QStringList heads;
    for (const QString &word : orgWords.keys()) {
        if (orgWords.value(word) == QLatin1String("head") && !word.contains(QLatin1Char(' '))) {
            heads.append(WordList::escapeForRegex(word));
        }
    }
    if (!heads.isEmpty()) {
        add(id("organization.compound"), FactType::Organization,
            caseSensitive(
                QStringLiteral("(?<![\\p{L}\\p{N}\\-])(?<span>\\p{Lu}[\\p{L}\\p{N}]*(?:-\\p{Lu}[\\p{L}\\p{N}]*)*-(?:")
                + heads.join(QLatin1Char('|')) + QStringLiteral("))(?![\\p{L}\\-])")),
            keepName, QStringLiteral("(?-i:-(?:") + heads.join(QLatin1Char('|')) + QStringLiteral("))"));
    }
    const WordList &context = m_pack.list(QStringLiteral("organization-context"));
    QStringList before;
    QStringList after;
    for (const QString &word : context.keys()) {
        (context.value(word) == QLatin1String("after") ? after : before).append(word);
    }
    const QString beforeWords = WordList::alternationOf(before);
    add(id("organization.context"), FactType::Organization,
        caseSensitive(QStringLiteral("(?<![\\p{L}])(?i:") + beforeWords + QStringLiteral(")\\s+(?<span>") + quotedName
            + QLatin1Char(')')),
        keepName, QStringLiteral("(?:") + beforeWords + QLatin1Char(')'));
    m_recognizers.last().lookBehind = 40; // the trigger is the context word the match starts with
    m_recognizers.last().nameFollows = true;
    if (!after.isEmpty()) {
        // The subject of a verb of stating ("Acme said", "Contoso, a logistics company, disclosed",
        // "die Allianz bestätigte"): a weak cue like the words before a name, so a candidate only.
        const QString afterWords = WordList::alternationOf(after);
        add(id("organization.context"), FactType::Organization,
            caseSensitive(QStringLiteral("(?<![\\p{L}\\p{N}])(?<span>") + quotedName
                + QStringLiteral(")(?:,\\s+(?i:a|an|the|ein|eine|der|die|das)\\s+[^,.;:!?\\n]{1,60},)?\\s+(?i:")
                + afterWords + QStringLiteral(")(?![\\p{L}])")),
            keepName, QStringLiteral("(?:") + afterWords + QLatin1Char(')'));
        m_recognizers.last().lookBehind = 140; // the trigger is the verb the match ends with
    }
}

void RecognizerCatalog::addModifierAndIncidentCues()
{
    const WordList &negations = m_pack.list(QStringLiteral("negation-cues"));
    QStringList before;
    QStringList after;
    for (const QString &cue : negations.keys()) {
        // "schließt … aus": a verb and its separated particle, a few words apart, in one clause.
        const QString pattern = WordList::escapeForRegex(cue).replace(
            QStringLiteral(" \u2026 "), QStringLiteral("(?:\\s+[^\\s.,;:!?]+){1,6}?\\s+"));
        (negations.value(cue) == QStringLiteral("post") ? after : before).append(pattern);
    }
    if (!before.isEmpty()) {
        addCue(id("negation.pre"), CueKind::NegatesFollowing,
            caseless(
                QStringLiteral("(?<![\\p{L}])(?:") + before.join(QLatin1Char('|')) + QStringLiteral(")(?![\\p{L}])")));
        triggerOnWords(QStringLiteral("(?:") + before.join(QLatin1Char('|')) + QLatin1Char(')'));
    }
    if (!after.isEmpty()) {
        addCue(id("negation.post"), CueKind::NegatesPreceding,
            caseless(
                QStringLiteral("(?<![\\p{L}])(?:") + after.join(QLatin1Char('|')) + QStringLiteral(")(?![\\p{L}])")));
        triggerOnWords(QStringLiteral("(?:") + after.join(QLatin1Char('|')) + QLatin1Char(')'));
    }
    const WordList &hedges = m_pack.list(QStringLiteral("hedge-cues"));
    addCue(id("hedge"), CueKind::Hedge,
        caseless(QStringLiteral("(?<![\\p{L}])") + wordAlternation(hedges) + QStringLiteral("(?![\\p{L}])")));
    triggerOnWords(wordAlternation(hedges));
    const WordList &advice = m_pack.list(QStringLiteral("advice-cues"));
    for (const auto &[position, kind, rule] :
        { std::tuple { QStringLiteral("pre"), CueKind::AdviceBefore, "advice.pre" },
            std::tuple { QStringLiteral("post"), CueKind::AdviceAfter, "advice.post" } }) {
        QStringList words;
        for (const QString &cue : advice.keys()) {
            if (advice.value(cue) == position) {
                words.append(cue);
            }
        }
        if (!words.isEmpty()) {
            addCue(id(rule), kind,
                caseless(QStringLiteral("(?<![\\p{L}])(?:") + WordList::alternationOf(words)
                    + QStringLiteral(")(?![\\p{L}])")));
            triggerOnWords(QStringLiteral("(?:") + WordList::alternationOf(words) + QLatin1Char(')'));
        }
    }
    const WordList &incidentCues = m_pack.list(QStringLiteral("incident-cues"));
    if (!incidentCues.isEmpty()) {
        addCue(id("incident"), CueKind::Incident,
            caseless(QStringLiteral("(?<![\\p{L}])") + wordAlternation(incidentCues) + QStringLiteral("(?![\\p{L}])")));
        triggerOnWords(wordAlternation(incidentCues));
    }
}

} // namespace Iwb
