// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/organizationnames.h"
#include "extraction/sentencesplitter.h"
#include "rulepacktesting.h"

#include <QTest>

using namespace Iwb;

/// Organization names by the real rule packs: trimming a matched name, bystanders, what follows
/// a name, vocabulary, and the names an article keeps coming back to.
class TestOrganizationNames : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<RulePack>> m_packs;
    std::map<QString, std::unique_ptr<OrganizationNames>> m_names;

    const OrganizationNames &names(const QString &language) const { return *m_names.at(language); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_packs = RulePackTesting::loadBuiltInPacks(&error);
        QVERIFY2(!m_packs.empty(), qPrintable(error));
        for (const auto &[language, pack] : m_packs) {
            m_names[language] = std::make_unique<OrganizationNames>(*pack);
        }
    }

    void trim_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("matched"); // the organization rule's match, a part of text
        QTest::addColumn<QString>("name"); // what is left of it; empty: no name, dropped

        QTest::newRow("de article before a prefix word")
            << QStringLiteral("de") << QStringLiteral("Die Stadtwerke Wiesenfurt melden einen Angriff.")
            << QStringLiteral("Die Stadtwerke Wiesenfurt") << QStringLiteral("Stadtwerke Wiesenfurt");
        QTest::newRow("de prefix word before vocabulary")
            << QStringLiteral("de") << QStringLiteral("Womöglich hätten die Stadtwerke Bankverbindungen verloren.")
            << QStringLiteral("die Stadtwerke Bankverbindungen") << QString();
        QTest::newRow("de quotes") << QStringLiteral("de")
                                   << QStringLiteral("Beim Anbieter \u201EBeispiel Reisen\u201C fehlen Daten.")
                                   << QStringLiteral("\u201EBeispiel Reisen\u201C")
                                   << QStringLiteral("Beispiel Reisen");
        QTest::newRow("de stopword before a legal form")
            << QStringLiteral("de") << QStringLiteral("Laut Beispiel Handel AG wurden Daten kopiert.")
            << QStringLiteral("Laut Beispiel Handel AG") << QStringLiteral("Beispiel Handel AG");
        QTest::newRow("de context word and blanks")
            << QStringLiteral("de") << QStringLiteral("Betroffen ist der Anbieter  Wolkenfeld .")
            << QStringLiteral("Anbieter  Wolkenfeld ") << QStringLiteral("Wolkenfeld");
        QTest::newRow("de bare organization word")
            << QStringLiteral("de") << QStringLiteral("Die Versicherung hat den Vorfall gemeldet.")
            << QStringLiteral("Die Versicherung") << QString();
        QTest::newRow("de only stopwords")
            << QStringLiteral("de") << QStringLiteral("Laut Der Bericht") << QStringLiteral("Laut Der") << QString();
        QTest::newRow("de security company")
            << QStringLiteral("de") << QStringLiteral("Laut Kaspersky war es ein Angriff.")
            << QStringLiteral("Laut Kaspersky") << QString();
        QTest::newRow("de news agency") << QStringLiteral("de") << QStringLiteral("Das meldete Reuters am Abend.")
                                        << QStringLiteral("Reuters") << QString();
        QTest::newRow("en article and context word")
            << QStringLiteral("en") << QStringLiteral("The firm Acme Health confirmed the breach.")
            << QStringLiteral("The firm Acme Health") << QStringLiteral("Acme Health");
        QTest::newRow("en quoted name") << QStringLiteral("en")
                                        << QStringLiteral("Hackers hit \"Northwind Traders\" last week.")
                                        << QStringLiteral("\"Northwind Traders\"")
                                        << QStringLiteral("Northwind Traders");
        QTest::newRow("en one letter") << QStringLiteral("en") << QStringLiteral("Data was stolen at X.")
                                       << QStringLiteral("X") << QString();
    }

    void trim()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, matched);
        QFETCH(QString, name);
        Fact fact;
        fact.type = FactType::Organization;
        fact.start = text.indexOf(matched);
        QVERIFY(fact.start >= 0);
        fact.end = fact.start + matched.size();
        fact.text = matched;
        fact.value = matched;
        const bool kept = names(language).trim(fact, text);
        QCOMPARE(kept, !name.isEmpty());
        if (kept) {
            QCOMPARE(fact.text, name);
            QCOMPARE(fact.value.toString(), name);
            QCOMPARE(text.mid(fact.start, fact.end - fact.start), name);
        }
    }

    void isBystander_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("bystander");

        QTest::newRow("de security company") << QStringLiteral("de") << QStringLiteral("Kaspersky") << true;
        QTest::newRow("de case does not matter") << QStringLiteral("de") << QStringLiteral("KASPERSKY") << true;
        QTest::newRow("de news agency") << QStringLiteral("de") << QStringLiteral("dpa") << true;
        QTest::newRow("de a company") << QStringLiteral("de") << QStringLiteral("Beispiel Handel AG") << false;
        QTest::newRow("de part of a name") << QStringLiteral("de") << QStringLiteral("Kaspersky Kunden") << false;
        QTest::newRow("en security company") << QStringLiteral("en") << QStringLiteral("CrowdStrike") << true;
        QTest::newRow("en a company") << QStringLiteral("en") << QStringLiteral("Acme Health") << false;
    }

    void isBystander()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QFETCH(bool, bystander);
        QCOMPARE(names(language).isBystander(name), bystander);
    }

    void isFollowedByNonOrganizationHead_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name"); // its first occurrence in text
        QTest::addColumn<bool>("followed");

        QTest::newRow("de malware compound")
            << QStringLiteral("de") << QStringLiteral("Der Emotet-Trojaner kehrt zurück.") << QStringLiteral("Emotet")
            << true;
        QTest::newRow("de flaw compound") << QStringLiteral("de") << QStringLiteral("Eine Windows-Lücke war offen.")
                                          << QStringLiteral("Windows") << true;
        QTest::newRow("de head as a word")
            << QStringLiteral("de") << QStringLiteral("Die Mirai Schadsoftware") << QStringLiteral("Mirai") << true;
        QTest::newRow("de customers") << QStringLiteral("de") << QStringLiteral("Die Emotet-Kunden sind sicher.")
                                      << QStringLiteral("Emotet") << false;
        QTest::newRow("de head begins a longer word")
            << QStringLiteral("de") << QStringLiteral("Die Beispiel Wurmfarm") << QStringLiteral("Beispiel") << false;
        QTest::newRow("de end of text") << QStringLiteral("de") << QStringLiteral("Betroffen ist Beispiel")
                                        << QStringLiteral("Beispiel") << false;
        QTest::newRow("en botnet") << QStringLiteral("en") << QStringLiteral("The Mirai botnet grew.")
                                   << QStringLiteral("Mirai") << true;
        QTest::newRow("en verb") << QStringLiteral("en") << QStringLiteral("Acme said nothing.")
                                 << QStringLiteral("Acme") << false;
    }

    void isFollowedByNonOrganizationHead()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, followed);
        const qsizetype start = text.indexOf(name);
        QVERIFY(start >= 0);
        QCOMPARE(names(language).isFollowedByNonOrganizationHead(text, start + name.size()), followed);
    }

    void isVocabulary_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("vocabulary");

        QTest::newRow("de count unit") << QStringLiteral("de") << QStringLiteral("Kunden") << true;
        QTest::newRow("de incident cue in capitals") << QStringLiteral("de") << QStringLiteral("DATENLECK") << true;
        QTest::newRow("de stopword") << QStringLiteral("de") << QStringLiteral("Laut") << true;
        QTest::newRow("de umlaut lower-cased") << QStringLiteral("de") << QStringLiteral("DATENSCHUTZBEHÖRDE") << true;
        QTest::newRow("de name") << QStringLiteral("de") << QStringLiteral("Wolkenfeld") << false;
        QTest::newRow("en data category") << QStringLiteral("en") << QStringLiteral("Email Addresses") << true;
        QTest::newRow("en name") << QStringLiteral("en") << QStringLiteral("Acme") << false;
    }

    void isVocabulary()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(bool, vocabulary);
        QString buffer = QStringLiteral("left over from an earlier, longer word");
        QCOMPARE(names(language).isVocabulary(word, buffer), vocabulary);
    }

    void addRecurringNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ruled"); // an organization a rule already marked (first occurrence), or empty
        QTest::addColumn<QStringList>("marked"); // "name@start" of each added fact, in order

        const QString acme = QStringLiteral("Acme Health said on Monday that hackers stole data. Customers of "
                                            "Acme Health were told. Acme Health apologized.");
        QTest::newRow("en recurring name") << QStringLiteral("en") << acme << QString()
                                           << QStringList { QStringLiteral("Acme Health@0"),
                                                  QStringLiteral("Acme Health@65"), QStringLiteral("Acme Health@88") };
        QTest::newRow("en occurrence a rule marked")
            << QStringLiteral("en") << acme << QStringLiteral("Acme Health")
            << QStringList { QStringLiteral("Acme Health@65"), QStringLiteral("Acme Health@88") };
        QTest::newRow("en only at sentence starts")
            << QStringLiteral("en")
            << QStringLiteral("Acme Health said that hackers stole data. Acme Health apologized.") << QString()
            << QStringList();
        QTest::newRow("en surname of a person")
            << QStringLiteral("en")
            << QStringLiteral("The leak was found, said Troy Hunt on Monday. He said Hunt will "
                              "publish it. Then Hunt left.")
            << QString() << QStringList();
        QTest::newRow("en once is no recurrence")
            << QStringLiteral("en") << QStringLiteral("Data of Acme Health was stolen.") << QString() << QStringList();
        QTest::newRow("de name with inner capital")
            << QStringLiteral("de")
            << QStringLiteral("Bei FinTrust wurden Daten gestohlen. Kunden von FinTrust sind betroffen. "
                              "FinTrust prüft den Vorfall.")
            << QString()
            << QStringList { QStringLiteral("FinTrust@4"), QStringLiteral("FinTrust@48"),
                   QStringLiteral("FinTrust@73") };
        QTest::newRow("de plain noun is no name")
            << QStringLiteral("de")
            << QStringLiteral("Der Server war offen. Ein Server wurde geprüft, und der Server ist nun zu.") << QString()
            << QStringList();
        QTest::newRow("de malware name")
            << QStringLiteral("de")
            << QStringLiteral("Der Emotet-Trojaner kehrt zurück. Wieder ist Emotet aktiv, und Emotet verbreitet "
                              "sich.")
            << QString() << QStringList();
    }

    void addRecurringNames()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, ruled);
        QFETCH(QStringList, marked);
        const RulePack &pack = *m_packs.at(language);
        const SentenceSplitter splitter(language, pack.list(QStringLiteral("abbreviations")).keys());
        QList<Fact> facts;
        if (!ruled.isEmpty()) {
            Fact fact;
            fact.type = FactType::Organization;
            fact.start = text.indexOf(ruled);
            fact.end = fact.start + ruled.size();
            facts.append(fact);
        }
        const qsizetype given = facts.size();
        names(language).addRecurringNames(text, splitter.split(text), facts);
        QStringList added;
        for (qsizetype i = given; i < facts.size(); ++i) {
            const Fact &fact = facts.at(i);
            QCOMPARE(fact.type, FactType::Organization);
            QCOMPARE(text.mid(fact.start, fact.end - fact.start), fact.text);
            QCOMPARE(fact.value.toString(), fact.text);
            QCOMPARE(fact.origin, language + QStringLiteral(".organization.recurring_name"));
            added.append(fact.text + QLatin1Char('@') + QString::number(fact.start));
        }
        QCOMPARE(added, marked);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationNames)
#include "tst_organizationnames.moc"
