// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/recognizercatalog.h"
#include "normalizertesting.h"
#include "rulepacktesting.h"

#include <QJsonObject>
#include <QTest>

using namespace Iwb;

/// The recognizers built from the real rule packs: for each kind of fact, what a rule's regex
/// finds in phrases written for this test and the value it normalizes the match to.
class TestRecognizerCatalog : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<RulePack>> m_packs;
    std::map<QString, QList<Recognizer>> m_recognizers;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_packs = RulePackTesting::loadBuiltInPacks(&error);
        QVERIFY2(!m_packs.empty(), qPrintable(error));
        for (const auto &[language, pack] : m_packs) {
            auto recognizers = RecognizerCatalog::build(*pack, &error);
            QVERIFY2(recognizers, qPrintable(error));
            m_recognizers[language] = std::move(*recognizers);
        }
    }

    void order_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("rules");
        const QStringList notifications { QStringLiteral("notification.authority"),
            QStringLiteral("notification.authority"), QStringLiteral("notification.affected"),
            QStringLiteral("notification.affected") };
        const QStringList head { QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("duration"),
            QStringLiteral("count"), QStringLiteral("data_category"), QStringLiteral("data_category.generic") };
        const QStringList cues { QStringLiteral("cause"), QStringLiteral("attack"), QStringLiteral("discovery"),
            QStringLiteral("notification") };
        const QStringList discoveries { QStringLiteral("discovery.clause"), QStringLiteral("discovery.clause"),
            QStringLiteral("discovery.clause"), QStringLiteral("discovery.clause") };
        const QStringList organizations { QStringLiteral("organization.legal_form"),
            QStringLiteral("organization.prefix"), QStringLiteral("organization.compound"),
            QStringLiteral("organization.context") };
        const QStringList modifiers { QStringLiteral("negation.pre"), QStringLiteral("negation.post"),
            QStringLiteral("hedge") };
        // Only German has compound heads ("Kreditkartendaten"); German advice follows its data
        // ("Passwörter ändern"), English advice also comes first ("reset their passwords").
        QTest::newRow("de") << QStringLiteral("de")
                            << head
                + QStringList { QStringLiteral("data_category.compound"), QStringLiteral("data_category.coordination") }
                + cues + notifications + discoveries + organizations + modifiers
                + QStringList { QStringLiteral("advice.post"), QStringLiteral("incident") };
        QTest::newRow("en") << QStringLiteral("en")
                            << head + QStringList { QStringLiteral("data_category.coordination") } + cues
                + notifications + discoveries + organizations + modifiers
                + QStringList { QStringLiteral("advice.pre"), QStringLiteral("advice.post"),
                      QStringLiteral("incident") };
    }

    /// The order is part of the result: of two facts on one span, the earlier recognizer's is kept.
    void order()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, rules);
        QStringList ids;
        for (const Recognizer &recognizer : m_recognizers.at(language)) {
            QVERIFY(recognizer.ruleId.startsWith(language + QLatin1Char('.')));
            ids.append(recognizer.ruleId.mid(language.size() + 1));
        }
        QCOMPARE(ids, rules);
    }

    void triggers_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<bool>("follower");
        QTest::addColumn<bool>("partner");
        QTest::addColumn<bool>("nameFollows");

        QTest::newRow("date") << QStringLiteral("date") << true << false << false << false;
        QTest::newRow("count") << QStringLiteral("count") << true << true << false << false;
        QTest::newRow("data_category") << QStringLiteral("data_category") << true << false << false << false;
        QTest::newRow("coordination") << QStringLiteral("data_category.coordination") << false << false << false
                                      << false;
        QTest::newRow("attack") << QStringLiteral("attack") << true << false << false << false;
        QTest::newRow("notification clause")
            << QStringLiteral("notification.affected") << false << false << true << false;
        QTest::newRow("organization.context")
            << QStringLiteral("organization.context") << false << false << false << true;
        QTest::newRow("organization.legal_form")
            << QStringLiteral("organization.legal_form") << false << false << false << false;
        QTest::newRow("hedge") << QStringLiteral("hedge") << true << false << false << false;
    }

    /// How each rule is scanned for, in both languages.
    void triggers()
    {
        QFETCH(QString, rule);
        QFETCH(bool, exact);
        QFETCH(bool, follower);
        QFETCH(bool, partner);
        QFETCH(bool, nameFollows);
        for (const auto &[language, recognizers] : m_recognizers) {
            qsizetype found = 0;
            for (qsizetype r = 0; r < recognizers.size(); ++r) {
                const Recognizer &recognizer = recognizers.at(r);
                if (recognizer.ruleId != language + QLatin1Char('.') + rule) {
                    continue;
                }
                ++found;
                QCOMPARE(recognizer.exactTrigger, exact);
                QCOMPARE(!recognizer.anchored.pattern().isEmpty(), exact);
                QCOMPARE(!recognizer.follower.isEmpty(), follower);
                QCOMPARE(recognizer.nameFollows, nameFollows);
                QCOMPARE(recognizer.partner >= 0, partner);
                if (partner) {
                    // The two forms of a clause ("Kunden ... informiert", "informierte ... Kunden") pair up.
                    QCOMPARE(recognizers.at(recognizer.partner).partner, r);
                    QCOMPARE(recognizers.at(recognizer.partner).ruleId, recognizer.ruleId);
                }
            }
            QVERIFY2(found > 0, qPrintable(language + QLatin1Char('.') + rule));
        }
    }

    void matches_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span"); // the fact's text; empty: no match
        QTest::addColumn<QJsonValue>("value"); // undefined for cues, which have no value

        const QJsonValue cue(QJsonValue::Undefined);
        const auto count = [](double number, const char *unit, const char *flag = nullptr) {
            QJsonObject value { { QStringLiteral("count"), number }, { QStringLiteral("unit"), QLatin1String(unit) } };
            if (flag) {
                value.insert(QLatin1String(flag), true);
            }
            return QJsonValue(value);
        };
        // Dates, times, durations (relative ones count from 2026-01-16), with their preposition.
        QTest::newRow("de date") << QStringLiteral("de") << QStringLiteral("date")
                                 << QStringLiteral("Der Angriff begann am 9. Dezember 2025 nachts.")
                                 << QStringLiteral("am 9. Dezember 2025") << QJsonValue(QStringLiteral("2025-12-09"));
        QTest::newRow("de relative date")
            << QStringLiteral("de") << QStringLiteral("date") << QStringLiteral("Die Systeme fielen gestern aus.")
            << QStringLiteral("gestern") << QJsonValue(QStringLiteral("2026-01-15"));
        QTest::newRow("en date") << QStringLiteral("en") << QStringLiteral("date")
                                 << QStringLiteral("The breach happened on March 3, 2024, at night.")
                                 << QStringLiteral("on March 3, 2024") << QJsonValue(QStringLiteral("2024-03-03"));
        QTest::newRow("de time") << QStringLiteral("de") << QStringLiteral("time")
                                 << QStringLiteral("Der Zugriff erfolgte um 14:30 Uhr.")
                                 << QStringLiteral("um 14:30 Uhr") << QJsonValue(QStringLiteral("14:30"));
        QTest::newRow("en duration") << QStringLiteral("en") << QStringLiteral("duration")
                                     << QStringLiteral("The site was down for three hours.")
                                     << QStringLiteral("for three hours") << QJsonValue(180);
        // Counts: number, describing words, unit.
        QTest::newRow("de count") << QStringLiteral("de") << QStringLiteral("count")
                                  << QStringLiteral("Betroffen sind rund 9.500 App-Nutzer*innen.")
                                  << QStringLiteral("rund 9.500 App-Nutzer*innen")
                                  << count(9500, "users", "approximate");
        QTest::newRow("de count with describing word")
            << QStringLiteral("de") << QStringLiteral("count") << QStringLiteral("Es traf 1200 betroffene Kunden.")
            << QStringLiteral("1200 betroffene Kunden") << count(1200, "customers");
        QTest::newRow("en count lower bound")
            << QStringLiteral("en") << QStringLiteral("count")
            << QStringLiteral("It affected more than 2 million customers.")
            << QStringLiteral("more than 2 million customers") << count(2000000, "customers", "lower_bound");
        QTest::newRow("en count coordinated")
            << QStringLiteral("en") << QStringLiteral("count")
            << QStringLiteral("Data of 12,000 current and former students leaked.")
            << QStringLiteral("12,000 current and former students") << count(12000, "people");
        QTest::newRow("en count without unit") << QStringLiteral("en") << QStringLiteral("count")
                                               << QStringLiteral("It took 40 minutes.") << QString() << cue;
        // Data categories.
        QTest::newRow("de data category") << QStringLiteral("de") << QStringLiteral("data_category")
                                          << QStringLiteral("Namen und Adressen wurden kopiert.")
                                          << QStringLiteral("Namen") << QJsonValue(QStringLiteral("names"));
        QTest::newRow("en data category")
            << QStringLiteral("en") << QStringLiteral("data_category")
            << QStringLiteral("Their email addresses were exposed.") << QStringLiteral("email addresses")
            << QJsonValue(QStringLiteral("email_addresses"));
        QTest::newRow("en generic data") << QStringLiteral("en") << QStringLiteral("data_category.generic")
                                         << QStringLiteral("Some personal information was taken.")
                                         << QStringLiteral("personal information")
                                         << QJsonValue(QStringLiteral("other"));
        QTest::newRow("de compound") << QStringLiteral("de") << QStringLiteral("data_category.compound")
                                     << QStringLiteral("Auch Kundenadressen lagen offen.")
                                     << QStringLiteral("Kundenadressen")
                                     << QJsonValue(QStringLiteral("postal_addresses"));
        QTest::newRow("de coordination") << QStringLiteral("de") << QStringLiteral("data_category.coordination")
                                         << QStringLiteral("Karten- oder Bankdaten sind nicht betroffen.")
                                         << QStringLiteral("Karten-") << QJsonValue(QStringLiteral("payment_cards"));
        // Cue lists.
        QTest::newRow("de cause") << QStringLiteral("de") << QStringLiteral("cause")
                                  << QStringLiteral("Grund war eine Fehlkonfiguration des Servers.")
                                  << QStringLiteral("Fehlkonfiguration")
                                  << QJsonValue(QStringLiteral("misconfiguration"));
        QTest::newRow("de attack") << QStringLiteral("de") << QStringLiteral("attack")
                                   << QStringLiteral("Nach einem Hackerangriff war alles still.")
                                   << QStringLiteral("Hackerangriff") << QJsonValue(QStringLiteral("attack"));
        QTest::newRow("en discovery") << QStringLiteral("en") << QStringLiteral("discovery")
                                      << QStringLiteral("An internal investigation found the leak.")
                                      << QStringLiteral("internal investigation")
                                      << QJsonValue(QStringLiteral("internal"));
        QTest::newRow("de notification cue")
            << QStringLiteral("de") << QStringLiteral("notification")
            << QStringLiteral("Die Datenschutzbehörde prüft den Fall.") << QStringLiteral("Datenschutzbehörde")
            << QJsonValue(QStringLiteral("authority"));
        // Notification clauses: who was told, either way round.
        QTest::newRow("de authority told")
            << QStringLiteral("de") << QStringLiteral("notification.authority")
            << QStringLiteral("Die Datenschutzbehörde wurde informiert.") << QStringLiteral("Datenschutzbehörde")
            << QJsonValue(QStringLiteral("authority"));
        QTest::newRow("en told the authority")
            << QStringLiteral("en") << QStringLiteral("notification.authority")
            << QStringLiteral("The company notified the regulator on Friday.") << QStringLiteral("regulator")
            << QJsonValue(QStringLiteral("authority"));
        QTest::newRow("de affected told") << QStringLiteral("de") << QStringLiteral("notification.affected")
                                          << QStringLiteral("Alle Kunden wurden benachrichtigt.")
                                          << QStringLiteral("Kunden") << QJsonValue(QStringLiteral("affected"));
        QTest::newRow("de clause across a sentence")
            << QStringLiteral("de") << QStringLiteral("notification.affected")
            << QStringLiteral("Alle Kunden sind gewarnt. Danach wurde informiert.") << QString() << cue;
        // Organizations.
        QTest::newRow("de legal form") << QStringLiteral("de") << QStringLiteral("organization.legal_form")
                                       << QStringLiteral("Betroffen ist die Beispiel Reisen GmbH aus Ulm.")
                                       << QStringLiteral("Beispiel Reisen GmbH")
                                       << QJsonValue(QStringLiteral("Beispiel Reisen GmbH"));
        QTest::newRow("de legal form is case-sensitive")
            << QStringLiteral("de") << QStringLiteral("organization.legal_form")
            << QStringLiteral("Das sagte diese Beispiel ag.") << QString() << cue;
        QTest::newRow("de prefix") << QStringLiteral("de") << QStringLiteral("organization.prefix")
                                   << QStringLiteral("Die Stadtwerke Wiesenfurt melden einen Angriff.")
                                   << QStringLiteral("Stadtwerke Wiesenfurt")
                                   << QJsonValue(QStringLiteral("Stadtwerke Wiesenfurt"));
        // The quotes stay in the match; OrganizationNames::trim() takes them off.
        QTest::newRow("de context quoted") << QStringLiteral("de") << QStringLiteral("organization.context")
                                           << QStringLiteral("Der Anbieter \u201EBeispiel Reisen\u201C fehlt.")
                                           << QStringLiteral("\u201EBeispiel Reisen\u201C")
                                           << QJsonValue(QStringLiteral("\u201EBeispiel Reisen\u201C"));
        // ... and after "Beim" capitalized words, here another context word first, which trim() takes off.
        QTest::newRow("de context word after context word")
            << QStringLiteral("de") << QStringLiteral("organization.context")
            << QStringLiteral("Beim Anbieter Wolkenfeld fehlen Daten.") << QStringLiteral("Anbieter Wolkenfeld")
            << QJsonValue(QStringLiteral("Anbieter Wolkenfeld"));
        QTest::newRow("en context") << QStringLiteral("en") << QStringLiteral("organization.context")
                                    << QStringLiteral("Hackers broke in at Northwind Traders last week.")
                                    << QStringLiteral("Northwind Traders")
                                    << QJsonValue(QStringLiteral("Northwind Traders"));
        QTest::newRow("de no name after context")
            << QStringLiteral("de") << QStringLiteral("organization.context")
            << QStringLiteral("Das geschah beim ersten Versuch.") << QString() << cue;
        // Cues that modify facts, and incident language.
        QTest::newRow("de negation pre") << QStringLiteral("de") << QStringLiteral("negation.pre")
                                         << QStringLiteral("Es wurden keinerlei Kartendaten kopiert.")
                                         << QStringLiteral("keinerlei") << cue;
        QTest::newRow("de negation post")
            << QStringLiteral("de") << QStringLiteral("negation.post")
            << QStringLiteral("Kartendaten sind nicht betroffen.") << QStringLiteral("sind nicht betroffen") << cue;
        QTest::newRow("en negation post longest")
            << QStringLiteral("en") << QStringLiteral("negation.post")
            << QStringLiteral("Payment cards were not affected.") << QStringLiteral("were not affected") << cue;
        QTest::newRow("en hedge") << QStringLiteral("en") << QStringLiteral("hedge")
                                  << QStringLiteral("Names might have been copied.") << QStringLiteral("might have")
                                  << cue;
        QTest::newRow("en advice pre") << QStringLiteral("en") << QStringLiteral("advice.pre")
                                       << QStringLiteral("Users should reset their passwords.")
                                       << QStringLiteral("reset") << cue;
        QTest::newRow("de advice post") << QStringLiteral("de") << QStringLiteral("advice.post")
                                        << QStringLiteral("Kunden sollen ihre Passwörter ändern.")
                                        << QStringLiteral("ändern") << cue;
        QTest::newRow("de incident") << QStringLiteral("de") << QStringLiteral("incident")
                                     << QStringLiteral("Nach dem Datenleck bei der Bank.")
                                     << QStringLiteral("Datenleck") << cue;
        QTest::newRow("en incident inside a word")
            << QStringLiteral("en") << QStringLiteral("incident") << QStringLiteral("The unbreached vault stayed shut.")
            << QString() << cue;
    }

    /// The first match of the rule's recognizers in the text, its span (the "span" group, or the
    /// whole match) and its normalized value.
    void matches()
    {
        QFETCH(QString, language);
        QFETCH(QString, rule);
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QJsonValue, value);
        bool known = false;
        for (const Recognizer &recognizer : m_recognizers.at(language)) {
            if (recognizer.ruleId != language + QLatin1Char('.') + rule) {
                continue;
            }
            known = true;
            const QRegularExpressionMatch match = recognizer.regex.match(text);
            if (!match.hasMatch()) {
                continue;
            }
            QVERIFY2(!span.isEmpty(), qPrintable(QStringLiteral("unexpected match: ") + match.captured(0)));
            const int group = recognizer.spanGroup > 0 ? recognizer.spanGroup : 0;
            QCOMPARE(match.captured(group), span);
            // The anchored form finds the same match at the match's start.
            if (recognizer.exactTrigger) {
                const QRegularExpressionMatch anchored = recognizer.anchored.match(text, match.capturedStart(0));
                QVERIFY(anchored.hasMatch());
                QCOMPARE(anchored.capturedStart(0), match.capturedStart(0));
                QCOMPARE(anchored.capturedEnd(0), match.capturedEnd(0));
            }
            if (recognizer.cue != CueKind::None) {
                QVERIFY(value.isUndefined());
                QVERIFY(!recognizer.normalize);
                return;
            }
            const std::optional<QJsonValue> normalized = recognizer.normalize(match, QDate(2026, 1, 16));
            QVERIFY(normalized);
            QCOMPARE(NormalizerTesting::json(*normalized), NormalizerTesting::json(value));
            return;
        }
        QVERIFY2(known, qPrintable(QStringLiteral("no rule ") + rule));
        QVERIFY2(span.isEmpty(), qPrintable(QStringLiteral("no match, expected ") + span));
    }
};

QTEST_GUILESS_MAIN(TestRecognizerCatalog)
#include "tst_recognizercatalog.moc"
