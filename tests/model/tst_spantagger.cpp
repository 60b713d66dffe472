// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/extractionengine.h"
#include "extraction/learning/curationlabels.h"
#include "extraction/learning/factclassifiertrainer.h"
#include "extraction/learning/spantagger.h"

#include <QTest>

#include <algorithm>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {

Fact organization(const QString &text, const QString &name, FactStatus status = FactStatus::Accepted)
{
    Fact fact;
    fact.type = FactType::Organization;
    fact.start = text.indexOf(name);
    fact.end = fact.start + name.size();
    fact.text = name;
    fact.value = name;
    fact.origin = u"en.organization.legal_form"_s;
    fact.status = status;
    return fact;
}

// What the rules found in a synthetic text: data where it says "files" or "office" (the tagger looks only
// at sentences with a fact of the rules).
QList<Fact> ruleFacts(const QString &text)
{
    QList<Fact> facts;
    for (const QString &word : { u"files"_s, u"office"_s, u"Angriff"_s, u"told"_s, u"monday"_s, u"vor"_s }) {
        for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.size())) {
            Fact fact;
            fact.type = FactType::DataCategory;
            fact.start = at;
            fact.end = at + word.size();
            fact.text = word;
            fact.origin = u"en.data.word"_s;
            facts.append(fact);
        }
    }
    std::sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.start < b.start; });
    return facts;
}

QStringList candidateWords(const QString &text, const QList<TrainingExample> &examples, bool inside)
{
    QStringList words;
    for (const TrainingExample &example : examples) {
        if (example.isFact == inside) {
            for (const QString &feature : example.features) {
                if (feature.startsWith(u"span:organization|w="_s)) {
                    words.append(feature.mid(QStringLiteral("span:organization|w=").size()));
                }
            }
        }
    }
    Q_UNUSED(text)
    return words;
}

// A corpus the test writes: the victim of an attack is named in a sentence about the attack, another
// company in a sentence about something else. Names vary from article to article, so that only the context
// carries over to a name the model never saw.
QString syntheticArticle(int k, QString *victim)
{
    static const QStringList first { u"Norden"_s, u"Talberg"_s, u"Kestrel"_s, u"Ardent"_s, u"Brightwater"_s,
        u"Cobalt"_s, u"Fennel"_s, u"Granite"_s, u"Harbour"_s, u"Juniper"_s };
    static const QStringList second { u"Logistics"_s, u"Insurance"_s, u"Health"_s, u"Energy"_s, u"Foods"_s };
    *victim = first.at(k % first.size()) + u' ' + second.at(k % second.size());
    const QString partner = first.at((k + 3) % first.size()) + u" Media"_s;
    return u"Breach at %1\nHackers attacked %1 and stole the files of its customers. Meanwhile %2 opened an "
           "office in the harbour.\n"_s.arg(*victim, partner);
}

// The tagger trained on 30 synthetic articles, every mention of each victim labelled.
FactClassifier victimTagger()
{
    QList<TrainingExample> examples;
    for (int k = 0; k < 30; ++k) {
        QString victim;
        const QString text = syntheticArticle(k, &victim);
        QList<Fact> names;
        for (qsizetype from = text.indexOf(victim); from >= 0; from = text.indexOf(victim, from + victim.size())) {
            Fact fact = organization(text, victim);
            fact.start = from;
            fact.end = from + victim.size();
            names.append(fact);
        }
        examples.append(SpanTagger(text, ruleFacts(text), QString()).examples(names));
    }
    return FactClassifierTrainer().train(examples, {});
}

} // namespace

class TestSpanTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesAreTheTokensThatCouldBeNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("inside");
        QTest::addColumn<QStringList>("outside");

        QTest::newRow("legal form") << u"Die Beispiel GmbH meldete den Angriff."_s << u"Beispiel GmbH"_s
                                    << QStringList { u"beispiel"_s, u"gmbh"_s }
                                    << QStringList { u"die"_s, u"angriff"_s }; // capitalized words
        QTest::newRow("joiner inside a name")
            << u"Customers of Bank of Nowhere were told."_s << u"Bank of Nowhere"_s
            << QStringList { u"bank"_s, u"of"_s, u"nowhere"_s } << QStringList { u"customers"_s, u"of"_s };
        QTest::newRow("lower-case words are no candidates")
            << u"the attackers hit Kestrel Foods on monday"_s << u"Kestrel Foods"_s
            << QStringList { u"kestrel"_s, u"foods"_s } << QStringList {};
        QTest::newRow("a joiner after a lower-case word is no candidate")
            << u"es gibt pläne für Talberg Energie vor allem."_s << u"Talberg Energie"_s
            << QStringList { u"talberg"_s, u"energie"_s } << QStringList {};
    }

    void examplesAreTheTokensThatCouldBeNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QStringList, inside);
        QFETCH(QStringList, outside);
        const SpanTagger tagger(text, ruleFacts(text), QString());
        const QList<TrainingExample> examples = tagger.examples({ organization(text, name) });
        QCOMPARE(candidateWords(text, examples, true), inside);
        QCOMPARE(candidateWords(text, examples, false), outside);
    }

    void featuresSayWhatTheRulesMadeOfTheToken()
    {
        const QString text = u"Hackers attacked Kestrel Foods on Monday.\nKestrel Foods said so."_s;
        const Fact proposal = organization(text, u"Kestrel Foods"_s, FactStatus::Suggested);
        const SpanTagger tagger(text, { proposal }, u"Kestrel Foods"_s);
        const QList<TrainingExample> examples = tagger.examples({ proposal });
        // "Kestrel" (the first candidate after "Hackers"): inside the rules' organization, the record's name,
        // after an untagged token; the sentence's words are its context.
        const QStringList &kestrel = examples.at(1).features;
        for (const QString &expected :
            { u"span:organization|bias"_s, u"span:organization|shape=Xx"_s, u"span:organization|w-1=attacked"_s,
                u"span:organization|w+1=foods"_s, u"span:organization|rules=organization"_s,
                u"span:organization|rule=legal_form"_s, u"span:organization|record-organization"_s,
                u"span:organization|previous=out"_s, u"span:organization|s=attac"_s, u"span:organization|title"_s }) {
            QVERIFY2(kestrel.contains(expected), qPrintable(expected + u" not in "_s + kestrel.join(u", ")));
        }
        // "Foods" follows a token inside the name.
        QVERIFY(examples.at(2).features.contains(u"span:organization|previous=in"_s));
        QVERIFY(examples.at(2).isFact);
        // "Monday" is a candidate, outside every proposal, and no name.
        QVERIFY(examples.at(3).features.contains(u"span:organization|rules=none"_s));
        QVERIFY(!examples.at(3).isFact);
    }

    void aNameDoesNotRunAcrossALine()
    {
        // The title ends with a name and the next line starts with it: two names, not one.
        const QString text = u"Hackers attacked Kestrel Foods\nKestrel Foods said so."_s;
        Fact title = organization(text, u"Kestrel Foods"_s);
        Fact body = title;
        body.start = text.lastIndexOf(u"Kestrel Foods"_s);
        body.end = body.start + 13;
        const QList<Fact> facts { title, body, organization(text, u"said"_s, FactStatus::Suggested) };
        const SpanTagger tagger(text, facts, QString());
        const QList<TrainingExample> examples = tagger.examples({ title, body });
        // Candidates: Hackers, Kestrel, Foods, Kestrel (line start: after a tagged token, yet "previous=out").
        QCOMPARE(examples.size(), 5);
        QVERIFY(examples.at(2).features.contains(u"span:organization|previous=in"_s));
        QVERIFY(examples.at(3).features.contains(u"span:organization|sentence-start"_s));
        QVERIFY(examples.at(3).features.contains(u"span:organization|previous=out"_s));
    }

    void learnsTheVictimsContextAndTagsANameItNeverSaw()
    {
        const FactClassifier model = victimTagger();
        QVERIFY(SpanTagger::knows(model));

        // A victim and a partner the training never named, in the same kind of sentences.
        const QString text = u"Breach at Quillon Dairy\nHackers attacked Quillon Dairy and stole the files of "
                             "its customers. Meanwhile Zephyr Media opened an office in the harbour.\n"_s;
        const QList<TaggedSpan> tagged = SpanTagger(text, ruleFacts(text), QString()).tag(model);
        QStringList names;
        for (const TaggedSpan &span : tagged) {
            names.append(span.fact.text);
            QCOMPARE(span.fact.type, FactType::Organization);
            QCOMPARE(span.fact.origin, SpanTagger::origin());
            QCOMPARE(text.mid(span.fact.start, span.fact.end - span.fact.start), span.fact.text);
            QVERIFY(span.judgement.judged);
            QVERIFY(span.judgement.confidence >= SpanTagger::threshold);
            QVERIFY(!span.judgement.why.isEmpty());
        }
        // The victim where the attack is told; not the company of the other sentence, nor the title's mention
        // (no rule found anything in the title).
        QCOMPARE(names, (QStringList { u"Quillon Dairy"_s }));

        // A model without span examples tags nothing; nor does a text in which the rules found nothing.
        QVERIFY(SpanTagger(text, ruleFacts(text), QString()).tag(FactClassifier()).isEmpty());
        QVERIFY(SpanTagger(text, {}, QString()).tag(model).isEmpty());
    }

    void whatTheRulesProposedIsNotTaggedAgain()
    {
        const QString text = u"Hackers attacked Quillon Dairy. Zephyr Media reported it."_s;
        Fact tagged = organization(text, u"Quillon Dairy"_s);
        Fact other = organization(text, u"Zephyr Media"_s);
        const Fact proposal = organization(text, u"Dairy"_s);
        QList<Judgement> judgements;
        const QList<Fact> added = SpanTagger::unproposed(
            { { tagged, Judgement { 0.8, true, {} } }, { other, Judgement { 0.4, true, {} } } }, { proposal },
            &judgements);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().text, u"Zephyr Media"_s);
        QCOMPARE(judgements.size(), 1);
        QCOMPARE(judgements.first().confidence, 0.4);
    }

    void curatedOrganizationsAreKnownOnlyOnceDecided_data()
    {
        QTest::addColumn<QList<FactStatus>>("statuses");
        QTest::addColumn<int>("expected"); // -1: nothing known

        QTest::newRow("nothing decided") << QList<FactStatus> { FactStatus::Suggested } << -1;
        QTest::newRow("one accepted") << QList<FactStatus> { FactStatus::Accepted, FactStatus::Suggested } << 1;
        QTest::newRow("rejected only: no names") << QList<FactStatus> { FactStatus::Rejected } << 0;
        QTest::newRow("edited and rejected") << QList<FactStatus> { FactStatus::Edited, FactStatus::Rejected } << 1;
    }

    void curatedOrganizationsAreKnownOnlyOnceDecided()
    {
        QFETCH(QList<FactStatus>, statuses);
        QFETCH(int, expected);
        const QString text = u"Alpha Corp and Beta Corp"_s;
        QList<Fact> stored;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            stored.append(organization(text, i == 0 ? u"Alpha Corp"_s : u"Beta Corp"_s, statuses.at(i)));
        }
        const auto organizations = CurationLabels::curatedOrganizations(stored);
        QCOMPARE(organizations ? int(organizations->size()) : -1, expected);
    }

    void theWorkbenchGetsTheTaggedNamesAsSuggestions()
    {
        const FactClassifier model = victimTagger();
        const QString text = u"Breach at Quillon Dairy\nHackers attacked Quillon Dairy and stole the files of its "
                             "customers. Meanwhile Zephyr Media opened an office in the harbour.\n"_s;
        ExtractionResult result;
        result.facts = ruleFacts(text);
        ExtractionEngine::addTaggedNames(result, model, text);
        QCOMPARE(result.facts.size(), 3);
        // In text order, the rules' facts kept where they were.
        QCOMPARE(result.facts.at(0).text, u"Quillon Dairy"_s);
        QCOMPARE(result.facts.at(0).status, FactStatus::Suggested);
        QCOMPARE(result.facts.at(0).origin, SpanTagger::origin());
        QCOMPARE(result.facts.at(1).text, u"files"_s);
        QCOMPARE(result.facts.at(2).text, u"office"_s);
        QVERIFY(std::is_sorted(result.facts.cbegin(), result.facts.cend(),
            [](const Fact &a, const Fact &b) { return a.start < b.start; }));
    }
};

QTEST_GUILESS_MAIN(TestSpanTagger)
#include "tst_spantagger.moc"
