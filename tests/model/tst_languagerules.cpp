// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/extractionengine.h"
#include "extractiontesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Iwb;
using ExtractionTesting::describe;

namespace {

Document documentOf(const QString &text, const QString &language)
{
    return ExtractionTesting::documentOf(text, language, QStringLiteral("2026-05-20"));
}

} // namespace

/**
 * Errors of the language, one class per test, each in sentences written for these tests (German
 * and English): the scope of a negation, the type of a number, discovery and cause in other
 * phrasings, the organization, the incident date. docs/extraction.md names the classes.
 */
class TestLanguageRules : public QObject
{
    Q_OBJECT

private:
    ExtractionEngine m_engine;

    /// The facts of @p type in @p text whose words are @p span, with their polarity.
    QList<Fact> factsOf(const QString &language, const QString &text, const QString &type, const QString &span)
    {
        QList<Fact> found;
        const ExtractionResult result = m_engine.extract(documentOf(text, language), language);
        for (const Fact &fact : result.facts) {
            if (factTypeName(fact.type) == type && fact.text == span) {
                found.append(fact);
            }
        }
        if (found.isEmpty()) {
            qWarning().noquote() << "facts:" << describe(result.facts);
        }
        return found;
    }

    QJsonObject recordOf(const QString &language, const QString &text)
    {
        return m_engine.extract(documentOf(text, language), language).record.toContractJson();
    }

    static void addRecordColumns()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("expected");
    }

    void checkRecordField()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QJsonValue, expected);
        const QJsonObject record = recordOf(language, text);
        const QString dump = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
        QVERIFY2(record.value(field) == expected, qPrintable(field + QStringLiteral(" in ") + dump));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_engine.load(&error), qPrintable(error));
    }

    /// A negation denies the list next to it in its clause, no more and no less.
    void negationScope_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("span");
        QTest::addColumn<bool>("denied");

        const QString listThenDenial = QStringLiteral(
            "Nach dem Datenleck seien Namen, Telefonnummern und Anschriften betroffen, Kontodaten seien dagegen nicht "
            "betroffen.");
        QTest::newRow("de list before a comma stays asserted")
            << QStringLiteral("de") << listThenDenial << QStringLiteral("data_category") << QStringLiteral("Namen")
            << false;
        QTest::newRow("de last item before the comma stays asserted")
            << QStringLiteral("de") << listThenDenial << QStringLiteral("data_category")
            << QStringLiteral("Anschriften") << false;
        QTest::newRow("de item after the comma is denied")
            << QStringLiteral("de") << listThenDenial << QStringLiteral("data_category") << QStringLiteral("Kontodaten")
            << true;
        const QString deniedList = QStringLiteral("Beim Hackerangriff wurden Namen erbeutet. Kontodaten, "
                                                  "Telefonnummern und Passwörter waren nicht betroffen.");
        QTest::newRow("de whole list before a denial")
            << QStringLiteral("de") << deniedList << QStringLiteral("data_category") << QStringLiteral("Kontodaten")
            << true;
        QTest::newRow("de earlier sentence untouched")
            << QStringLiteral("de") << deniedList << QStringLiteral("data_category") << QStringLiteral("Namen")
            << false;
        QTest::newRow("de negation after the subject")
            << QStringLiteral("de")
            << QStringLiteral("Nach dem Datenleck hieß es, Passwörter seien zu keinem Zeitpunkt einsehbar gewesen.")
            << QStringLiteral("data_category") << QStringLiteral("Passwörter") << true;
        QTest::newRow("de negation after the subject, other clause untouched")
            << QStringLiteral("de") << QStringLiteral("Die Täter kopierten Namen und die Polizei hat noch keine Spur.")
            << QStringLiteral("data_category") << QStringLiteral("Namen") << false;
        QTest::newRow("de separable verb rules out an attack")
            << QStringLiteral("de")
            << QStringLiteral("Nach dem Datenleck schließt die Stadt einen Hackerangriff inzwischen aus.")
            << QStringLiteral("attack") << QStringLiteral("Hackerangriff") << true;
        QTest::newRow("de forward list") << QStringLiteral(
            "de") << QStringLiteral("Bei dem Datenleck wurden keine Kontodaten, Passwörter oder Ausweisdaten kopiert.")
                                         << QStringLiteral("data_category") << QStringLiteral("Ausweisdaten") << true;
        QTest::newRow("de forward list ends at the comma after its conjunction")
            << QStringLiteral("de")
            << QStringLiteral(
                   "Bei dem Datenleck wurden keine Kontodaten oder Passwörter, wohl aber Namen und Adressen kopiert.")
            << QStringLiteral("data_category") << QStringLiteral("Namen") << false;
        QTest::newRow("en no payment data")
            << QStringLiteral("en")
            << QStringLiteral("After the breach the firm said no payment data was affected by the incident.")
            << QStringLiteral("data_category") << QStringLiteral("payment data") << true;
        QTest::newRow("en list before a comma stays asserted")
            << QStringLiteral("en")
            << QStringLiteral("The breach exposed names, phone numbers and addresses, but passwords were not affected.")
            << QStringLiteral("data_category") << QStringLiteral("addresses") << false;
        QTest::newRow("en item after the comma is denied")
            << QStringLiteral("en")
            << QStringLiteral("The breach exposed names, phone numbers and addresses, but passwords were not affected.")
            << QStringLiteral("data_category") << QStringLiteral("passwords") << true;
        QTest::newRow("en ruled out") << QStringLiteral("en")
                                      << QStringLiteral("After the data breach the school ruled out a cyberattack.")
                                      << QStringLiteral("attack") << QStringLiteral("cyberattack") << true;
        QTest::newRow("en no evidence that")
            << QStringLiteral("en")
            << QStringLiteral("There is no evidence that bank account numbers were accessed in the breach.")
            << QStringLiteral("data_category") << QStringLiteral("bank account numbers") << true;
    }

    void negationScope()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, span);
        QFETCH(bool, denied);
        const QList<Fact> facts = factsOf(language, text, type, span);
        QVERIFY(!facts.isEmpty());
        for (const Fact &fact : facts) {
            QCOMPARE(fact.polarity == Polarity::Negative, denied);
        }
    }

    /// "on May 12": the month is no hedge.
    void monthMayIsNoHedge()
    {
        const QList<Fact> facts
            = factsOf(QStringLiteral("en"), QStringLiteral("Names were exposed in the breach on May 12."),
                QStringLiteral("data_category"), QStringLiteral("Names"));
        QVERIFY(!facts.isEmpty());
        QCOMPARE(facts.first().certainty, Certainty::Certain);
    }

    /// A number's type from its syntax and unit: a year is never a count, digits grouped by
    /// spaces or apostrophes are one number, scales and approximations are read.
    void numberType_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QJsonValue>("value");

        const auto count = [](double n, const char *unit, const char *bound = nullptr) {
            QJsonObject value { { QStringLiteral("count"), n }, { QStringLiteral("unit"), QLatin1String(unit) } };
            if (bound) {
                value.insert(QLatin1String(bound), true);
            }
            return QJsonValue(value);
        };
        QTest::newRow("de approximate with two gender forms")
            << QStringLiteral("de") << QStringLiteral("Vom Datenleck sind rund 9.500 Kundinnen und Kunden betroffen.")
            << QStringLiteral("rund 9.500 Kundinnen und Kunden") << count(9500, "customers", "approximate");
        QTest::newRow("de lower bound in millions")
            << QStringLiteral("de") << QStringLiteral("Im Datenleck lagen mehr als 250 Millionen Datensätze offen.")
            << QStringLiteral("mehr als 250 Millionen Datensätze") << count(250000000, "records", "lower_bound");
        QTest::newRow("de abbreviated scale")
            << QStringLiteral("de") << QStringLiteral("Vom Datenleck sind 1,2 Mio. Kunden betroffen.")
            << QStringLiteral("1,2 Mio. Kunden") << count(1200000, "customers");
        QTest::newRow("de digits grouped by a space")
            << QStringLiteral("de") << QStringLiteral("Das Datenleck betrifft 18 000 Patienten der Klinik.")
            << QStringLiteral("18 000 Patienten") << count(18000, "patients");
        QTest::newRow("de digits grouped by an apostrophe")
            << QStringLiteral("de") << QStringLiteral("Das Datenleck betrifft 420'000 Versicherte der Kasse.")
            << QStringLiteral("420'000 Versicherte") << count(420000, "customers");
        QTest::newRow("de digits grouped by a typographic apostrophe")
            << QStringLiteral("de") << QStringLiteral("Das Datenleck betrifft rund 800\u2019000 Kunden.")
            << QStringLiteral("rund 800\u2019000 Kunden") << count(800000, "customers", "approximate");
        QTest::newRow("en approximate in millions")
            << QStringLiteral("en") << QStringLiteral("The breach exposed data of about 3 million customers.")
            << QStringLiteral("about 3 million customers") << count(3000000, "customers", "approximate");
        QTest::newRow("en digits grouped by a thin space")
            << QStringLiteral("en") << QStringLiteral("The breach exposed data of 12\u2009500 customers.")
            << QStringLiteral("12\u2009500 customers") << count(12500, "customers");
    }

    void numberType()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QJsonValue, value);
        const QList<Fact> facts = factsOf(language, text, QStringLiteral("count"), span);
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.first().value, value);
    }

    /// The year of a date counts nothing, and devices or other things are never the affected.
    void countOfTheRecord_data()
    {
        addRecordColumns();
        QTest::newRow("de year before a unit is no count")
            << QStringLiteral("de")
            << QStringLiteral("Bei der Beispiel GmbH haben sich Unbekannte am 17. Februar 2026 mit gestohlenen "
                              "Zugangsdaten angemeldet und Namen kopiert.")
            << QStringLiteral("affected_count") << QJsonValue(QJsonValue::Null);
        QTest::newRow("de servers are not the affected")
            << QStringLiteral("de")
            << QStringLiteral("Beim Hackerangriff auf die Beispiel GmbH wurden 300 Server verschlüsselt und Namen "
                              "kopiert.")
            << QStringLiteral("affected_count") << QJsonValue(QJsonValue::Null);
        QTest::newRow("de people win over devices named first")
            << QStringLiteral("de")
            << QStringLiteral("Beim Hackerangriff auf die Beispiel GmbH wurden 300 Server verschlüsselt und Namen von "
                              "4.000 Kunden kopiert.")
            << QStringLiteral("affected_count") << QJsonValue(4000);
        QTest::newRow("en devices are not the affected")
            << QStringLiteral("en")
            << QStringLiteral("Hackers encrypted 40 servers of the firm and stole names in the breach.")
            << QStringLiteral("affected_count") << QJsonValue(QJsonValue::Null);
    }

    void countOfTheRecord() { checkRecordField(); }

    /// Who discovered it, in a clause with a verb of noticing, and causes in other phrasings.
    void discoveryAndCause_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("value");

        QTest::newRow("de subject after its verb")
            << QStringLiteral("de")
            << QStringLiteral(
                   "Bemerkt hatten den Fehler zuerst die Mitglieder, die nach dem Datenleck fremde Namen sahen.")
            << QStringLiteral("discovery") << QStringLiteral("Mitglieder") << QStringLiteral("customer");
        QTest::newRow("de subject before its verb")
            << QStringLiteral("de") << QStringLiteral("Mehrere Kunden hatten das Datenleck am Montag entdeckt.")
            << QStringLiteral("discovery") << QStringLiteral("Kunden") << QStringLiteral("customer");
        QTest::newRow("de staff") << QStringLiteral("de")
                                  << QStringLiteral("Mitarbeiter hatten den Hackerangriff am Morgen bemerkt.")
                                  << QStringLiteral("discovery") << QStringLiteral("Mitarbeiter")
                                  << QStringLiteral("internal");
        QTest::newRow("de inflected misconfiguration")
            << QStringLiteral("de") << QStringLiteral("Ein falsch konfigurierter Server machte Namen öffentlich.")
            << QStringLiteral("cause") << QStringLiteral("falsch konfigurierter") << QStringLiteral("misconfiguration");
        QTest::newRow("de unsecured") << QStringLiteral("de")
                                      << QStringLiteral("Ein ungesicherter Speicher enthielt Namen der Kunden.")
                                      << QStringLiteral("cause") << QStringLiteral("ungesicherter")
                                      << QStringLiteral("misconfiguration");
        QTest::newRow("en noticed by") << QStringLiteral(
            "en") << QStringLiteral("The exposed names were first noticed by customers of the shop.")
                                       << QStringLiteral("discovery") << QStringLiteral("customers")
                                       << QStringLiteral("customer");
        QTest::newRow("en staff spotted")
            << QStringLiteral("en") << QStringLiteral("Employees spotted the breach of names on Monday.")
            << QStringLiteral("discovery") << QStringLiteral("Employees") << QStringLiteral("internal");
        QTest::newRow("en publicly accessible")
            << QStringLiteral("en") << QStringLiteral("The names were publicly accessible for weeks.")
            << QStringLiteral("cause") << QStringLiteral("publicly accessible") << QStringLiteral("misconfiguration");
    }

    void discoveryAndCause()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, span);
        QFETCH(QString, value);
        const QList<Fact> facts = factsOf(language, text, type, span);
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.first().value.toString(), value);
    }

    /// A finding clause says what was found, not who found it.
    void foundDataIsNoDiscoverer()
    {
        QVERIFY(factsOf(QStringLiteral("de"),
            QStringLiteral("Die Stadt hat festgestellt, dass Namen von 500 Kunden kopiert wurden."),
            QStringLiteral("discovery"), QStringLiteral("Kunden"))
                .isEmpty());
    }

    /// The organization: no generic word, outlet or abbreviation; a name on its own line.
    void organization_data()
    {
        addRecordColumns();
        QTest::newRow("de outlet quoted twice is no victim")
            << QStringLiteral("de")
            << QStringLiteral("Wie der NDR berichtet, wurden bei einem Hackerangriff auf die Hollmann Partner GmbH "
                              "Namen und Kontodaten kopiert. Dem NDR zufolge sind Kunden betroffen.")
            << QStringLiteral("organization") << QJsonValue(QStringLiteral("Hollmann Partner GmbH"));
        QTest::newRow("de abstract noun is no name")
            << QStringLiteral("de")
            << QStringLiteral("Bei der Migration wurden Namen und Adressen versehentlich öffentlich. Bei der "
                              "Migration war ein Fehler passiert.")
            << QStringLiteral("organization") << QJsonValue(QJsonValue::Null);
        QTest::newRow("de word also written in lower case is no name")
            << QStringLiteral("de")
            << QStringLiteral("Online standen Namen und Adressen der Kunden versehentlich offen. Die Daten waren "
                              "online einsehbar. Online zugänglich waren auch Telefonnummern.")
            << QStringLiteral("organization") << QJsonValue(QJsonValue::Null);
        QTest::newRow("de abbreviation of a technology is no name")
            << QStringLiteral("de")
            << QStringLiteral("Ein Fehler in der IT legte Namen und Adressen offen. Die IT hat den Fehler behoben.")
            << QStringLiteral("organization") << QJsonValue(QJsonValue::Null);
        QTest::newRow("de registered association")
            << QStringLiteral("de")
            << QStringLiteral("Beim Turnverein Lindenau e.V. wurden durch einen Hackerangriff Namen und Adressen "
                              "kopiert.")
            << QStringLiteral("organization") << QJsonValue(QStringLiteral("Turnverein Lindenau e.V."));
        QTest::newRow("de name ending a title")
            << QStringLiteral("de")
            << QStringLiteral("Datenleck bei der Beispiel Versand GmbH\n\nBei dem Hackerangriff wurden Namen und "
                              "Adressen kopiert.")
            << QStringLiteral("organization") << QJsonValue(QStringLiteral("Beispiel Versand GmbH"));
    }

    void organization() { checkRecordField(); }

    /// A name at the end of a title does not take the next line's first word.
    void nameStaysOnItsLine()
    {
        const QString text = QStringLiteral(
            "Datenleck bei der Beispiel GmbH\n\nBei der Beispiel GmbH wurden durch einen Hackerangriff Namen kopiert.");
        const ExtractionResult result = m_engine.extract(documentOf(text, QStringLiteral("de")), QStringLiteral("de"));
        for (const Fact &fact : result.facts) {
            if (fact.type == FactType::Organization) {
                QVERIFY2(!fact.text.contains(QLatin1Char('\n')), qPrintable(fact.text));
            }
        }
    }

    /// Incident dates in the forms articles use.
    void incidentDate_data()
    {
        addRecordColumns();
        QTest::newRow("de day") << QStringLiteral(
            "de") << QStringLiteral("Am 12. Mai 2026 wurden bei einem Hackerangriff Namen und Adressen kopiert.")
                                << QStringLiteral("incident_date") << QJsonValue(QStringLiteral("2026-05-12"));
        QTest::newRow("de range of days")
            << QStringLiteral("de")
            << QStringLiteral("Zwischen dem 3. und 5. März wurden bei einem Hackerangriff Namen und Adressen kopiert.")
            << QStringLiteral("incident_date") << QJsonValue(QStringLiteral("2026-03-03"));
        QTest::newRow("en day") << QStringLiteral("en")
                                << QStringLiteral("Hackers stole names and email addresses in a data breach on May 12.")
                                << QStringLiteral("incident_date") << QJsonValue(QStringLiteral("2026-05-12"));
    }

    void incidentDate() { checkRecordField(); }

    /// An article that repeats its paragraphs (a page saved with its print version) gives the
    /// record of one copy.
    void repeatedParagraphs()
    {
        const QString paragraph = QStringLiteral(
            "Bei der Beispiel GmbH wurden durch einen Hackerangriff Namen und Adressen von 900 Kunden kopiert.\n");
        const QJsonObject once = recordOf(QStringLiteral("de"), paragraph);
        const QJsonObject thrice = recordOf(QStringLiteral("de"), paragraph + paragraph + paragraph);
        QCOMPARE(once.value(QStringLiteral("affected_count")), QJsonValue(900));
        QCOMPARE(thrice, once);
    }
};

QTEST_GUILESS_MAIN(TestLanguageRules)
#include "tst_languagerules.moc"
