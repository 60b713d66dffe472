// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sources/recordmerge.h"
#include "sources/sourceconflicts.h"
#include "sources/sourcerecordbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Iwb;

namespace {

QJsonValue json(const QString &text)
{
    const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return wrapped.array().isEmpty() ? QJsonValue() : wrapped.array().first();
}

QList<qint64> ids(const QString &text)
{
    QList<qint64> list;
    for (const QJsonValue value : json(text).toArray()) {
        list.append(static_cast<qint64>(value.toDouble()));
    }
    return list;
}

/// A record that states only @p field (as contract JSON), with @p evidence for it.
IncidentRecord recordWith(const QString &field, const QString &value, const QString &evidence, qint64 documentId)
{
    IncidentRecord record = IncidentRecord::fromContractJson(QJsonObject { { field, json(value) } });
    if (!ids(evidence).isEmpty()) {
        record.evidence.insert(field, ids(evidence));
    }
    record.sourceDocumentIds = { documentId };
    return record;
}

Fact categoryFact(qint64 id, const QString &category)
{
    Fact fact;
    fact.id = id;
    fact.type = FactType::DataCategory;
    fact.value = category;
    fact.text = category;
    return fact;
}

Fact makeFact(const QString &text, const QString &covered, FactType type, const QJsonValue &value,
    Polarity polarity = Polarity::Positive, qsizetype from = 0)
{
    Fact fact;
    fact.type = type;
    fact.start = text.indexOf(covered, from);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.value = value;
    fact.polarity = polarity;
    fact.origin = QStringLiteral("test.rule");
    return fact;
}

} // namespace

/// Conflicts between an incident record and a further source, and merging them field by field.
class TestRecordMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsConflictsAndFills_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("expected"); // none, fill, conflict

        QTest::newRow("9,500 vs 4,100 affected") << "affected_count" << "9500" << "4100" << "conflict";
        QTest::newRow("null vs a count is a fill") << "affected_count" << "null" << "4100" << "fill";
        QTest::newRow("an article silent on the count") << "affected_count" << "9500" << "null" << "none";
        QTest::newRow("same count") << "affected_count" << "4100" << "4100" << "none";
        QTest::newRow("31 vs 40 minutes") << "duration_minutes" << "31" << "40" << "conflict";
        QTest::newRow("categories in another order") << "data_exposed" << R"(["names","email_addresses"])"
                                                     << R"(["email_addresses","names"])" << "none";
        QTest::newRow("one more category")
            << "data_exposed" << R"(["names"])" << R"(["names","email_addresses"])" << "conflict";
        QTest::newRow("empty list filled") << "data_not_exposed" << "[]" << R"(["bank_accounts"])" << "fill";
        QTest::newRow("empty organization filled") << "organization" << R"("")" << R"("Lumera Pay")" << "fill";
        QTest::newRow("organization spelled differently")
            << "organization" << R"("Lumera Pay")" << R"("Lumera Pay GmbH")"
            << "conflict";
        QTest::newRow("notified: no vs yes") << "authority_notified" << "false" << "true" << "conflict";
        QTest::newRow("notified: unknown vs no is a fill") << "authority_notified" << "null" << "false" << "fill";
        QTest::newRow("cause") << "cause" << R"("software_error")" << R"("human_error")" << "conflict";
        QTest::newRow("same start time") << "start_time" << R"("10:49")" << R"("10:49")" << "none";
    }

    void findsConflictsAndFills()
    {
        QFETCH(QString, field);
        QFETCH(QString, current);
        QFETCH(QString, incoming);
        QFETCH(QString, expected);
        const IncidentRecord record = recordWith(field, current, QStringLiteral("[11]"), 1);
        const IncidentRecord other = recordWith(field, incoming, QStringLiteral("[22]"), 2);
        const QList<FieldConflict> conflicts = SourceConflicts::find(record, other);
        if (expected == QLatin1String("none")) {
            QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.value(0).field));
            return;
        }
        QCOMPARE(conflicts.size(), 1);
        const FieldConflict &conflict = conflicts.first();
        QCOMPARE(conflict.field, field);
        QCOMPARE(
            conflict.kind, expected == QLatin1String("fill") ? SourceDifference::Fill : SourceDifference::Conflict);
        QCOMPARE(conflict.incoming, json(incoming));
        QCOMPARE(conflict.current, expected == QLatin1String("fill") ? QJsonValue() : json(current));
        QCOMPARE(conflict.currentEvidence, QList<qint64> { 11 });
        QCOMPARE(conflict.incomingEvidence, QList<qint64> { 22 });
        QCOMPARE(RecordMerge::defaultResolution(conflict),
            expected == QLatin1String("fill") ? FieldResolution::Take : FieldResolution::Keep);
    }

    void conflictsFollowTheContractOrder()
    {
        IncidentRecord record;
        record.organization = QStringLiteral("Lumera Pay");
        record.affectedCount = 9500;
        record.cause = QStringLiteral("software_error");
        IncidentRecord other;
        other.organization = QStringLiteral("Stadtwerke Wiesenfurt");
        other.affectedCount = 4100;
        other.cause = QStringLiteral("software_error");
        other.authorityNotified = true;
        QStringList fields;
        for (const FieldConflict &conflict : SourceConflicts::find(record, other)) {
            fields.append(conflict.field);
        }
        QCOMPARE(fields,
            QStringList({ QStringLiteral("organization"), QStringLiteral("affected_count"),
                QStringLiteral("authority_notified") }));
    }

    void mergesFieldByField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("currentEvidence");
        QTest::addColumn<QString>("incoming");
        QTest::addColumn<QString>("incomingEvidence");
        QTest::addColumn<QString>("choice"); // keep, take, both, none (no choice given)
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("evidence");

        QTest::newRow("keep 9,500") << "affected_count" << "9500" << "[1]" << "4100" << "[2]" << "keep" << "9500"
                                    << "[1]";
        QTest::newRow("take 4,100") << "affected_count" << "9500" << "[1]" << "4100" << "[2]" << "take" << "4100"
                                    << "[2]";
        QTest::newRow("no choice keeps") << "affected_count" << "9500" << "[1]" << "4100" << "[2]" << "none" << "9500"
                                         << "[1]";
        QTest::newRow("both of a single value keeps")
            << "affected_count" << "9500" << "[1]" << "4100" << "[2]" << "both" << "9500"
            << "[1]";
        QTest::newRow("fill taken") << "duration_minutes" << "null" << "[]" << "31" << "[2]" << "take" << "31" << "[2]";
        QTest::newRow("fill left empty") << "duration_minutes" << "null" << "[]" << "31" << "[2]" << "keep" << "null"
                                         << "[]";
        QTest::newRow("agreement joins the evidence")
            << "duration_minutes" << "31" << "[1]" << "31" << "[2]" << "keep" << "31"
            << "[1,2]";
        QTest::newRow("silent article changes nothing")
            << "affected_count" << "9500" << "[1]" << "null" << "[]" << "take" << "9500"
            << "[1]";
        QTest::newRow("bool conflict taken")
            << "authority_notified" << "false" << "[1]" << "true" << "[2]" << "take" << "true" << "[2]";
        // Facts 1, 3: names, financial_data (first article); 2, 4: names, email_addresses (second).
        QTest::newRow("categories kept; the other's 'names' supports them")
            << "data_exposed" << R"(["names","financial_data"])" << "[1,3]" << R"(["names","email_addresses"])"
            << "[2,4]" << "keep"
            << R"(["names","financial_data"])" << "[1,3,2]";
        QTest::newRow("categories taken; our 'names' supports them")
            << "data_exposed" << R"(["names","financial_data"])" << "[1,3]" << R"(["names","email_addresses"])"
            << "[2,4]" << "take"
            << R"(["names","email_addresses"])" << "[2,4,1]";
        QTest::newRow("categories: union of both") << "data_exposed" << R"(["names","financial_data"])" << "[1,3]"
                                                   << R"(["names","email_addresses"])" << "[2,4]" << "both"
                                                   << R"(["names","financial_data","email_addresses"])" << "[1,3,2,4]";
        QTest::newRow("categories filled by both")
            << "data_exposed" << "[]" << "[]" << R"(["email_addresses"])" << "[4]" << "both"
            << R"(["email_addresses"])" << "[4]";
    }

    void mergesFieldByField()
    {
        QFETCH(QString, field);
        QFETCH(QString, current);
        QFETCH(QString, currentEvidence);
        QFETCH(QString, incoming);
        QFETCH(QString, incomingEvidence);
        QFETCH(QString, choice);
        QFETCH(QString, value);
        QFETCH(QString, evidence);

        IncidentRecord record = recordWith(field, current, currentEvidence, 1);
        record.id = 7;
        record.reviewStatus = ReviewStatus::FirstPass;
        record.notes = QStringLiteral("Erste Quelle.");
        const IncidentRecord other = recordWith(field, incoming, incomingEvidence, 2);
        const QHash<qint64, Fact> facts { { 1, categoryFact(1, QStringLiteral("names")) },
            { 2, categoryFact(2, QStringLiteral("names")) }, { 3, categoryFact(3, QStringLiteral("financial_data")) },
            { 4, categoryFact(4, QStringLiteral("email_addresses")) } };
        QHash<QString, FieldResolution> choices;
        if (choice == QLatin1String("keep")) {
            choices.insert(field, FieldResolution::Keep);
        } else if (choice == QLatin1String("take")) {
            choices.insert(field, FieldResolution::Take);
        } else if (choice == QLatin1String("both")) {
            choices.insert(field, FieldResolution::Both);
        }
        const IncidentRecord merged = RecordMerge::apply(record, other, choices, facts);
        QCOMPARE(merged.toContractJson().value(field), json(value));
        QCOMPARE(merged.evidence.value(field), ids(evidence));
        QCOMPARE(merged.evidence.contains(field), !ids(evidence).isEmpty());
        // The record stays the record: its id and curation, now told by both articles.
        QCOMPARE(merged.id, qint64(7));
        QCOMPARE(merged.reviewStatus, ReviewStatus::FirstPass);
        QCOMPARE(merged.notes, QStringLiteral("Erste Quelle."));
        QCOMPARE(merged.sourceDocumentIds, QList<qint64>({ 1, 2 }));
    }

    void summaryNamesWhatChanges()
    {
        IncidentRecord record;
        record.affectedCount = 9500;
        record.dataExposed = { QStringLiteral("names") };
        record.cause = QStringLiteral("software_error");
        IncidentRecord other;
        other.affectedCount = 4100;
        other.dataExposed = { QStringLiteral("email_addresses") };
        other.cause = QStringLiteral("attack");
        other.durationMinutes = 40;
        const QList<FieldConflict> conflicts = SourceConflicts::find(record, other);
        QCOMPARE(conflicts.size(), 4);
        const QHash<QString, FieldResolution> choices { { QStringLiteral("affected_count"), FieldResolution::Take },
            { QStringLiteral("data_exposed"), FieldResolution::Both },
            { QStringLiteral("cause"), FieldResolution::Keep },
            { QStringLiteral("duration_minutes"), FieldResolution::Take } };
        // Field names as words, the count as the interface's locale writes it (the ids stay in the record).
        QCOMPARE(RecordMerge::summary(conflicts, choices),
            QStringLiteral("take duration 40, take affected count %1, both data exposed")
                .arg(QLocale().toString(4100)));
        QCOMPARE(RecordMerge::summary(conflicts, {}), QString());
        const IncidentRecord merged = RecordMerge::apply(record, other, choices);
        QCOMPARE(merged.affectedCount, std::optional<qint64>(4100));
        QCOMPARE(merged.durationMinutes, std::optional<int>(40));
        QCOMPARE(merged.dataExposed, QStringList({ QStringLiteral("names"), QStringLiteral("email_addresses") }));
        QCOMPARE(merged.cause, QStringLiteral("software_error"));
    }

    void displayTextReadsLikeTheForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("count") << "9500" << "9500";
        QTest::newRow("list") << R"(["names","financial_data"])" << "names, financial_data";
        QTest::newRow("true") << "true" << "yes";
        QTest::newRow("false") << "false" << "no";
        QTest::newRow("null") << "null" << "\u2014";
        QTest::newRow("empty list") << "[]" << "\u2014";
        QTest::newRow("text") << R"("Lumera Pay")" << "Lumera Pay";
    }

    void displayTextReadsLikeTheForm()
    {
        QFETCH(QString, value);
        QFETCH(QString, text);
        QCOMPARE(SourceConflicts::displayText(json(value)), text);
    }

    void builderAssemblesTheCuratedFactsOnly()
    {
        SourceRecordBuilder builder;
        QString error;
        QVERIFY2(builder.load(&error), qPrintable(error));

        // A made-up article: the rejected 9.500 comes first and would otherwise be the count.
        const QString text
            = QStringLiteral("Datenleck bei Beispiel Energie\ndate 2026-01-28\n\n"
                             "Zunächst war von 9.500 Kunden die Rede. Die Beispiel Energie meldet nun, dass "
                             "E-Mail-Adressen von 4.100 Kunden "
                             "nach einem Phishing-Angriff kopiert wurden. Kontodaten seien nicht betroffen.");
        Document document;
        document.setId(42);
        document.setText(text);
        document.setTitle(QStringLiteral("Datenleck bei Beispiel Energie"));
        document.setLanguage(QStringLiteral("de"));
        document.setPublished(QStringLiteral("2026-01-28"));

        const QJsonObject rejectedCount { { QStringLiteral("count"), 9500 },
            { QStringLiteral("unit"), QStringLiteral("customers") } };
        const QJsonObject count { { QStringLiteral("count"), 4100 },
            { QStringLiteral("unit"), QStringLiteral("customers") } };
        QList<Fact> facts {
            makeFact(
                text, QStringLiteral("Beispiel Energie"), FactType::Organization, QStringLiteral("Beispiel Energie")),
            makeFact(text, QStringLiteral("9.500 Kunden"), FactType::Count, rejectedCount),
            makeFact(text, QStringLiteral("Beispiel Energie"), FactType::Organization,
                QStringLiteral("Beispiel Energie"), Polarity::Positive, 40),
            makeFact(
                text, QStringLiteral("E-Mail-Adressen"), FactType::DataCategory, QStringLiteral("email_addresses")),
            makeFact(text, QStringLiteral("4.100 Kunden"), FactType::Count, count),
            makeFact(text, QStringLiteral("Phishing-Angriff"), FactType::Cause, QStringLiteral("attack")),
            makeFact(text, QStringLiteral("Phishing-Angriff"), FactType::Attack, QStringLiteral("yes")),
            makeFact(text, QStringLiteral("Kontodaten"), FactType::DataCategory, QStringLiteral("bank_accounts"),
                Polarity::Negative),
        };
        facts[1].status = FactStatus::Rejected;
        // Keys as the session would give them (101 for facts[0], ...), handed over out of text order: the builder
        // sorts.
        QList<Fact> shuffled { facts.at(4), facts.at(0), facts.at(7), facts.at(1), facts.at(2), facts.at(3),
            facts.at(5), facts.at(6) };
        const QList<qint64> shuffledKeys { 105, 101, 108, 102, 103, 104, 106, 107 };

        const IncidentRecord record = builder.build(document, shuffled, shuffledKeys);
        QCOMPARE(record.organization, QStringLiteral("Beispiel Energie"));
        QCOMPARE(record.affectedCount, std::optional<qint64>(4100));
        QCOMPARE(record.affectedUnit, QStringLiteral("customers"));
        QCOMPARE(record.dataExposed, QStringList { QStringLiteral("email_addresses") });
        QCOMPARE(record.dataNotExposed, QStringList { QStringLiteral("bank_accounts") });
        QCOMPARE(record.cause, QStringLiteral("attack"));
        QCOMPARE(record.externalAttack, QStringLiteral("yes"));
        QCOMPARE(record.evidence.value(QStringLiteral("affected_count")), QList<qint64> { 105 });
        QCOMPARE(record.evidence.value(QStringLiteral("data_exposed")), QList<qint64> { 104 });
        QCOMPARE(record.evidence.value(QStringLiteral("data_not_exposed")), QList<qint64> { 108 });
        QVERIFY(record.evidence.value(QStringLiteral("organization")).contains(101));
        QCOMPARE(record.sourceDocumentIds, QList<qint64> { 42 });
        QCOMPARE(record.id, qint64(0));

        // Without the rejection the first count wins: the analyst's review is what the builder follows.
        shuffled[3].status = FactStatus::Suggested;
        QCOMPARE(builder.build(document, shuffled, shuffledKeys).affectedCount, std::optional<qint64>(9500));
    }
};

QTEST_GUILESS_MAIN(TestRecordMerge)
#include "tst_recordmerge.moc"
