// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "extractiontesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Iwb;
using ExtractionTesting::describe;
using ExtractionTesting::documentOf;

namespace {

const Fact *findFact(const QList<Fact> &facts, FactType type, const QString &text)
{
    for (const Fact &fact : facts) {
        if (fact.type == type && fact.text == text) {
            return &fact;
        }
    }
    return nullptr;
}

} // namespace

/// The whole pipeline on texts written for these tests: which facts, with which values, polarity and certainty.
class TestExtractionEngine : public QObject
{
    Q_OBJECT

private:
    ExtractionEngine m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_engine.load(&error), qPrintable(error));
    }

    void facts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("negative");
        QTest::addColumn<bool>("uncertain");

        const QJsonValue any(QJsonValue::Undefined); // not checked
        QTest::newRow("de count with gender star")
            << QStringLiteral("de") << QStringLiteral("Betroffen waren rund 9.500 App-Nutzer*innen des Dienstes.")
            << QStringLiteral("count") << QStringLiteral("rund 9.500 App-Nutzer*innen")
            << QJsonValue(QJsonObject { { QStringLiteral("count"), 9500 },
                   { QStringLiteral("unit"), QStringLiteral("users") }, { QStringLiteral("approximate"), true } })
            << false << false;
        QTest::newRow("de count in millions")
            << QStringLiteral("de") << QStringLiteral("Offen lagen 250 Millionen Datensätze im Netz.")
            << QStringLiteral("count") << QStringLiteral("250 Millionen Datensätze")
            << QJsonValue(QJsonObject {
                   { QStringLiteral("count"), 250000000 }, { QStringLiteral("unit"), QStringLiteral("records") } })
            << false << false;
        QTest::newRow("de denied coordination, first part")
            << QStringLiteral("de") << QStringLiteral("Es seien keinerlei Karten- oder Bankdaten einsehbar gewesen.")
            << QStringLiteral("data_category") << QStringLiteral("Karten-")
            << QJsonValue(QStringLiteral("payment_cards")) << true << true;
        QTest::newRow("de denied coordination, second part")
            << QStringLiteral("de") << QStringLiteral("Es seien keinerlei Karten- oder Bankdaten einsehbar gewesen.")
            << QStringLiteral("data_category") << QStringLiteral("Bankdaten")
            << QJsonValue(QStringLiteral("bank_accounts")) << true << true;
        QTest::newRow("de attack denied at the end")
            << QStringLiteral("de") << QStringLiteral("Für einen Hackerangriff gibt es keinerlei Anzeichen.")
            << QStringLiteral("attack") << QStringLiteral("Hackerangriff") << any << true << false;
        QTest::newRow("de hedged theft") << QStringLiteral("de")
                                         << QStringLiteral("Die Täter könnten Gesundheitsdaten erbeutet haben.")
                                         << QStringLiteral("data_category") << QStringLiteral("Gesundheitsdaten")
                                         << QJsonValue(QStringLiteral("health_data")) << false << true;
        QTest::newRow("de time range") << QStringLiteral("de")
                                       << QStringLiteral("Die Störung dauerte von 16:08 bis 16:40 Uhr.")
                                       << QStringLiteral("time") << QStringLiteral("von 16:08 bis 16:40 Uhr")
                                       << QJsonValue(QJsonObject { { QStringLiteral("from"), QStringLiteral("16:08") },
                                              { QStringLiteral("to"), QStringLiteral("16:40") } })
                                       << false << false;
        QTest::newRow("de relative date")
            << QStringLiteral("de") << QStringLiteral("Der Fehler trat gestern auf.") << QStringLiteral("date")
            << QStringLiteral("gestern") << QJsonValue(QStringLiteral("2026-01-15")) << false << false;
        QTest::newRow("de duration") << QStringLiteral("de")
                                     << QStringLiteral("Für 31 Minuten sahen Kunden fremde Daten.")
                                     << QStringLiteral("duration") << QStringLiteral("Für 31 Minuten") << QJsonValue(31)
                                     << false << false;
        QTest::newRow("de organization with legal form")
            << QStringLiteral("de") << QStringLiteral("Die Beispiel Versand GmbH bestätigte den Vorfall.")
            << QStringLiteral("organization") << QStringLiteral("Beispiel Versand GmbH") << any << false << false;
        QTest::newRow("en count with thousands comma")
            << QStringLiteral("en") << QStringLiteral("The breach affected 1,200 customers of the broker.")
            << QStringLiteral("count") << QStringLiteral("1,200 customers")
            << QJsonValue(QJsonObject {
                   { QStringLiteral("count"), 1200 }, { QStringLiteral("unit"), QStringLiteral("customers") } })
            << false << false;
        // Characters of two, three and four UTF-8 bytes before the fact: the offsets still fit.
        QTest::newRow("de duration after umlauts, a dash and an emoji")
            << QStringLiteral("de")
            << QStringLiteral("\U0001F512 Größte Datenpanne des Jahres \u2013 für Äußerst viele Kunden: Für 31 Minuten "
                              "sahen Kunden fremde Daten.")
            << QStringLiteral("duration") << QStringLiteral("Für 31 Minuten") << QJsonValue(31) << false << false;
        // The unit comes words after the number's first digit: the scan must still try the number.
        QTest::newRow("en count with words before its unit")
            << QStringLiteral("en")
            << QStringLiteral("The breach exposed more than 1,350,000 unsuspecting longstanding customers.")
            << QStringLiteral("count") << QStringLiteral("more than 1,350,000 unsuspecting longstanding customers")
            << QJsonValue(QJsonObject { { QStringLiteral("count"), 1350000 },
                   { QStringLiteral("unit"), QStringLiteral("customers") }, { QStringLiteral("lower_bound"), true } })
            << false << false;
        QTest::newRow("de count with words and a compound before its unit")
            << QStringLiteral("de")
            << QStringLiteral("Vom Datenleck betroffen sind 2,5 Millionen langjährige treue Bonus-Programm-Mitglieder.")
            << QStringLiteral("count") << QStringLiteral("2,5 Millionen langjährige treue Bonus-Programm-Mitglieder")
            << QJsonValue(QJsonObject {
                   { QStringLiteral("count"), 2500000 }, { QStringLiteral("unit"), QStringLiteral("members") } })
            << false << false;
        QTest::newRow("en no evidence of access")
            << QStringLiteral("en") << QStringLiteral("There is no evidence that payment card numbers were accessed.")
            << QStringLiteral("data_category") << QStringLiteral("payment card numbers")
            << QJsonValue(QStringLiteral("payment_cards")) << true << false;
        QTest::newRow("en may have been")
            << QStringLiteral("en") << QStringLiteral("Email addresses may have been exposed to the attackers.")
            << QStringLiteral("data_category") << QStringLiteral("Email addresses")
            << QJsonValue(QStringLiteral("email_addresses")) << false << true;
        QTest::newRow("en pm time") << QStringLiteral(
            "en") << QStringLiteral("The message exposing the records went out at 4:08 p.m. on Tuesday.")
                                    << QStringLiteral("time") << QStringLiteral("at 4:08 p.m.")
                                    << QJsonValue(QStringLiteral("16:08")) << false << false;
    }

    void facts()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, span);
        QFETCH(QJsonValue, value);
        QFETCH(bool, negative);
        QFETCH(bool, uncertain);

        const ExtractionResult result = m_engine.extract(documentOf(text, language));
        QCOMPARE(result.language, language);
        const Fact *fact = findFact(result.facts, *factTypeFromName(type), span);
        QVERIFY2(fact, qPrintable(QStringLiteral("not found; facts: ") + describe(result.facts)));
        QCOMPARE(text.mid(fact->start, fact->end - fact->start), span);
        if (!value.isUndefined()) {
            QCOMPARE(fact->value, value);
        }
        QCOMPARE(fact->polarity == Polarity::Negative, negative);
        QCOMPARE(fact->certainty == Certainty::Uncertain, uncertain);
        QVERIFY(fact->origin.startsWith(language + QLatin1Char('.')));
    }

    void textWithoutIncidentGivesEmptyRecord()
    {
        const ExtractionResult result = m_engine.extract(
            documentOf(QStringLiteral("Der Gemeinderat beschloss am Montag mit 14 Stimmen den Bau einer neuen "
                                      "Turnhalle für 2,5 Millionen Euro. "
                                      "Die Arbeiten sollen im Frühjahr beginnen und rund 18 Monate dauern."),
                QStringLiteral("de")));
        QCOMPARE(result.record.toContractJson(), IncidentRecord().toContractJson());
    }

    void discoveryAloneIsNoIncidentLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dateIsFact");

        // News reports routine checks of every kind: without incident language nothing is a fact.
        QTest::newRow("discovery only") << QStringLiteral("Bei einer routinemäßigen Überprüfung am 3. März 2021 fanden "
                                                          "die Prüfer in der Kantine abgelaufene Joghurts.")
                                        << false;
        // With incident language elsewhere, the discovery's sentence belongs to the incident.
        QTest::newRow("discovery in an incident article") << QStringLiteral(
            "Bei einer routinemäßigen Überprüfung am 3. März 2021 fielen den Prüfern Unregelmäßigkeiten auf.\n\n"
            "Der Versandhändler meldete danach ein Datenleck.")
                                                          << true;
    }

    void discoveryAloneIsNoIncidentLanguage()
    {
        QFETCH(QString, text);
        QFETCH(bool, dateIsFact);

        const ExtractionResult result = m_engine.extract(documentOf(text, QStringLiteral("de")));
        QVERIFY2((findFact(result.facts, FactType::Date, QStringLiteral("am 3. März 2021")) != nullptr) == dateIsFact,
            qPrintable(describe(result.facts)));
        if (!dateIsFact) {
            QVERIFY2(result.facts.isEmpty(), qPrintable(describe(result.facts)));
        }
    }

    void factsOutsideTheIncidentAreNotReported_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("span");

        QTest::newRow("de date without incident")
            << QStringLiteral("de")
            << QStringLiteral("Der Gemeinderat tagte am 9. Dezember 2019 im Rathaus. Danach gab es Kuchen. Auf den "
                              "Servern lagen Kundendaten ungeschützt im Netz.")
            << QStringLiteral("date") << QStringLiteral("am 9. Dezember 2019");
        QTest::newRow("en count far from the breach")
            << QStringLiteral("en")
            << QStringLiteral(
                   "The chain employs 1,200 people in its stores. Hackers stole payment card numbers last week.")
            << QStringLiteral("count") << QStringLiteral("1,200 people");
        QTest::newRow("en data word that names the incident")
            << QStringLiteral("en") << QStringLiteral("The data breach was reported on Friday.")
            << QStringLiteral("data_category") << QStringLiteral("data");
        QTest::newRow("en advice") << QStringLiteral("en")
                                   << QStringLiteral("After the breach, customers should reset their passwords.")
                                   << QStringLiteral("data_category") << QStringLiteral("passwords");
        QTest::newRow("de advice") << QStringLiteral("de")
                                   << QStringLiteral("Nach dem Datenleck sollten Kunden ihre Passwörter ändern.")
                                   << QStringLiteral("data_category") << QStringLiteral("Passwörter");
        QTest::newRow("en security firm")
            << QStringLiteral("en")
            << QStringLiteral("Researchers at Kaspersky Lab said the stolen data was posted online.")
            << QStringLiteral("organization") << QStringLiteral("Kaspersky Lab");
    }

    void factsOutsideTheIncidentAreNotReported()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, span);

        const ExtractionResult result = m_engine.extract(documentOf(text, language));
        QVERIFY2(!findFact(result.facts, *factTypeFromName(type), span), qPrintable(describe(result.facts)));
    }

    void longOrganizationNameIsNotCutShort()
    {
        // The name after the context word runs past the confirmation window of its hit.
        const QString name = QStringLiteral("Nordwestdeutsche Zahlungsverkehrsabwicklungsgesellschaft Holtenbrück");
        const ExtractionResult result = m_engine.extract(documentOf(QStringLiteral("Beim Zahlungsdienstleister ") + name
                + QStringLiteral(
                    " haben Hacker Kundendaten gestohlen. Betroffen sind Namen und Kontonummern von 4.000 Kunden."),
            QStringLiteral("de")));
        QCOMPARE(result.record.organization, name);
        QVERIFY2(findFact(result.facts, FactType::Organization, name), qPrintable(describe(result.facts)));
    }

    void emptyText()
    {
        const ExtractionResult result = m_engine.extract(documentOf(QString(), QStringLiteral("de")));
        QVERIFY(result.facts.isEmpty());
        QCOMPARE(result.record.toContractJson(), IncidentRecord().toContractJson());
    }

    void recordsOfTheSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("date");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QString>("exposed");
        QTest::addColumn<QString>("notExposed");
        QTest::addColumn<QString>("attack");

        QTest::newRow("session mix-up") << QStringLiteral("de-kundenportal-sitzungsverwechslung.txt")
                                        << QStringLiteral("Sternpunkte") << QStringLiteral("2025-12-09") << qint64(3200)
                                        << QStringLiteral("loyalty_points") << QStringLiteral("payment_cards")
                                        << QStringLiteral("no");
        QTest::newRow("app update") << QStringLiteral("de-app-update-fremde-daten.txt")
                                    << QStringLiteral("Lumera Pay|Zahlfalke") << QStringLiteral("2026-01-15")
                                    << qint64(9500) << QStringLiteral("names") << QStringLiteral("bank_accounts")
                                    << QStringLiteral("no");
        QTest::newRow("support database")
            << QStringLiteral("en-unprotected-support-database.txt") << QStringLiteral("Quillstone") << QString()
            << qint64(250000000) << QStringLiteral("email_addresses") << QStringLiteral("payment_cards") << QString();
        QTest::newRow("lost laptop") << QStringLiteral("en-lost-laptop.txt") << QStringLiteral("Harwick & Doyle")
                                     << QStringLiteral("2026-02-03") << qint64(1200) << QStringLiteral("dates_of_birth")
                                     << QStringLiteral("bank_accounts") << QString();
    }

    void recordsOfTheSamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, organization);
        QFETCH(QString, date);
        QFETCH(qint64, count);
        QFETCH(QString, exposed);
        QFETCH(QString, notExposed);
        QFETCH(QString, attack);

        const ImportResult imported
            = DocumentImporter().importFile(QStringLiteral(IWB_SOURCE_DIR "/resources/samples/") + file);
        QVERIFY2(imported.isValid(), qPrintable(imported.error));
        const ExtractionResult result = m_engine.extract(imported.document);
        const IncidentRecord &record = result.record;
        const QString dump = QString::fromUtf8(QJsonDocument(record.toContractJson()).toJson(QJsonDocument::Compact));
        const QStringList acceptable = organization.split(QLatin1Char('|'));
        QVERIFY2(std::any_of(acceptable.cbegin(), acceptable.cend(),
                     [&record](const QString &name) { return record.organization.contains(name); }),
            qPrintable(dump));
        if (!date.isEmpty()) {
            QVERIFY2(record.incidentDate == date, qPrintable(dump));
        }
        QVERIFY2(record.affectedCount == count, qPrintable(dump));
        QVERIFY2(record.dataExposed.contains(exposed), qPrintable(dump));
        QVERIFY2(record.dataNotExposed.contains(notExposed), qPrintable(dump));
        if (!attack.isEmpty()) {
            QVERIFY2(record.externalAttack == attack, qPrintable(dump));
        }
        // Every evidence index points at a fact.
        for (const QList<qint64> &indices : record.evidence) {
            for (const qint64 index : indices) {
                QVERIFY(index >= 0 && index < result.facts.size());
            }
        }
    }
    /// Articles in other styles than the samples (written for these tests, each a kind of
    /// incident the rules had not been written against): the record fields that matter most.
    void recordsOfMoreArticles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected"); // contract fields that must have these values

        const auto fields = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("open cloud storage")
            << QStringLiteral("de-stadtwerke-cloudspeicher.txt")
            << fields(R"({"organization": "Stadtwerke Ellmark", "incident_date": "2025-10", "affected_count": 14000,
                                                         "cause": "misconfiguration", "external_attack": "no", "discovered_by": "researcher",
                                                         "authority_notified": true, "data_not_exposed": ["credentials"]})");
        QTest::newRow("open mailing list")
            << QStringLiteral("de-jobcenter-offener-verteiler.txt")
            << fields(R"({"organization": "Jobcenter Brakenfeld", "incident_date": "2026-05-04", "affected_count": 870,
                                                        "affected_unit": "people", "cause": "human_error", "external_attack": "no",
                                                        "data_not_exposed": ["names", "account_data"]})");
        QTest::newRow("account takeovers")
            << QStringLiteral("de-streaming-kontouebernahmen.txt")
            << fields(R"({"incident_date": "2026-03-03", "affected_count": 5600, "affected_unit": "accounts",
                                                        "cause": "attack", "external_attack": "yes", "authority_notified": true})");
        QTest::newRow("vendor ransomware")
            << QStringLiteral("en-school-district-ransomware.txt")
            << fields(R"({"organization": "Marlow County Public Schools", "incident_date": "2026-10-14",
                                                        "affected_count": 48000, "cause": "attack", "external_attack": "yes",
                                                        "duration_minutes": null, "discovered_by": "unknown", "authority_notified": true})");
        QTest::newRow("app bug") << QStringLiteral("en-fitness-app-bug.txt")
                                 << fields(
                                        R"({"organization": "Stridely", "affected_count": 3100, "duration_minutes": 120,
                                              "cause": "software_error", "external_attack": "no", "data_not_exposed": ["financial_data"]})");
        QTest::newRow("insider")
            << QStringLiteral("en-hospital-insider.txt")
            << fields(
                   R"({"organization": "Ashgrove General Hospital", "affected_count": 312, "affected_unit": "patients",
                                              "cause": "insider_misuse", "discovered_by": "internal", "authority_notified": true})");
        QTest::newRow("letters to wrong customers")
            << QStringLiteral("de-versicherer-fehlversand.txt")
            << fields(R"({"organization": "Nordlicht", "cause": "human_error", "external_attack": "no",
                                                                 "data_not_exposed": ["bank_accounts"], "authority_notified": true})");
        QTest::newRow("stolen laptop")
            << QStringLiteral("de-praxis-laptop.txt")
            << fields(R"({"incident_date": "2026-04-21", "affected_count": 1800, "affected_unit": "patients",
                                                    "cause": "loss_or_theft", "authority_notified": true})");
        QTest::newRow("spreadsheet emailed")
            << QStringLiteral("en-council-email-error.txt")
            << fields(R"({"organization": "Hollins Borough Council", "affected_count": 1150, "cause": "human_error",
                                                          "data_not_exposed": ["bank_accounts"], "authority_notified": true})");
        QTest::newRow("card skimming")
            << QStringLiteral("en-retailer-skimming.txt")
            << fields(R"({"organization": "Greenmoss", "external_attack": "yes", "data_not_exposed": ["credentials"],
                                                    "authority_notified": true})");
    }

    void recordsOfMoreArticles()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        QVERIFY(!expected.isEmpty()); // the table's JSON parsed

        const ImportResult imported
            = DocumentImporter().importFile(QStringLiteral(IWB_SOURCE_DIR "/tests/model/data/articles/") + file);
        QVERIFY2(imported.isValid(), qPrintable(imported.error));
        const QJsonObject record = m_engine.extract(imported.document).record.toContractJson();
        const QString dump = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            QVERIFY2(record.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(record.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" in ") + dump));
        }
    }
};

QTEST_GUILESS_MAIN(TestExtractionEngine)
#include "tst_extractionengine.moc"
