// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sources/sourcelinking.h"
#include "sources/sourcerecordbuilder.h"

#include <QTest>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {

Fact categoryFact(qint64 id, const QString &category)
{
    Fact fact;
    fact.id = id;
    fact.type = FactType::DataCategory;
    fact.value = category;
    fact.text = category;
    return fact;
}

Fact makeFact(const QString &text, const QString &covered, FactType type, const QJsonValue &value, qsizetype from = 0)
{
    Fact fact;
    fact.type = type;
    fact.start = text.indexOf(covered, from);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.value = value;
    fact.origin = u"test.rule"_s;
    return fact;
}

/// The incident record: the first article (document 1) says 9,500 affected at Lumera Pay, a software error.
IncidentRecord incident()
{
    IncidentRecord record;
    record.id = 3;
    record.organization = u"Lumera Pay"_s;
    record.affectedCount = 9500;
    record.cause = u"software_error"_s;
    record.dataExposed = { u"names"_s };
    record.analyst = u"anna"_s;
    record.sourceDocumentIds = { 1 };
    record.evidence = { { u"organization"_s, { 1 } }, { u"affected_count"_s, { 2 } }, { u"cause"_s, { 3 } },
        { u"data_exposed"_s, { 4 } } };
    return record;
}

/// The second article (document 5) on its own: same organization, 4,100 affected, silent on the cause,
/// names and e-mail addresses exposed, the affected were told.
IncidentRecord articleSide()
{
    IncidentRecord record;
    record.id = 8;
    record.organization = u"Lumera Pay"_s;
    record.affectedCount = 4100;
    record.dataExposed = { u"names"_s, u"email_addresses"_s };
    record.affectedNotified = true;
    record.sourceDocumentIds = { 5 };
    record.evidence = { { u"organization"_s, { 11 } }, { u"affected_count"_s, { 12 } },
        { u"data_exposed"_s, { 14, 15 } }, { u"affected_notified"_s, { 16 } } };
    return record;
}

EvidenceFactLookup lookup()
{
    return [](qint64 reference) -> std::optional<Fact> {
        switch (reference) {
        case 4:
        case 14:
            return categoryFact(reference, u"names"_s);
        case 15:
            return categoryFact(reference, u"email_addresses"_s);
        default:
            return std::nullopt;
        }
    };
}

} // namespace

/// The steps of linking an article to an incident and unlinking it, shared by the workbench and incident-cli.
class TestSourceLinkingSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkMergesAgreementsAndListsTheDifferences()
    {
        const LinkedRecord linked = SourceLinking::link(incident(), articleSide(), 5, lookup());
        QCOMPARE(linked.record.sourceDocumentIds, (QList<qint64> { 1, 5 }));
        QCOMPARE(linked.record.id, 3);
        QCOMPARE(linked.record.analyst, u"anna"_s);
        // Agreement: the article's fact joins the evidence at once. Differences: nothing changes yet.
        QCOMPARE(linked.record.evidence.value(u"organization"_s), (QList<qint64> { 1, 11 }));
        QCOMPARE(linked.record.affectedCount, std::optional<qint64>(9500));
        QCOMPARE(linked.record.evidence.value(u"affected_count"_s), QList<qint64> { 2 });
        QCOMPARE(linked.record.affectedNotified, std::nullopt);

        QStringList fields;
        for (const FieldConflict &difference : linked.differences) {
            fields.append(difference.field);
        }
        QCOMPARE(fields, (QStringList { u"affected_count"_s, u"data_exposed"_s, u"affected_notified"_s }));
        QCOMPARE(linked.differences.at(0).kind, SourceDifference::Conflict);
        QCOMPARE(linked.differences.at(2).kind, SourceDifference::Fill);

        const QHash<QString, FieldResolution> choices = SourceLinking::defaultChoices(linked.differences);
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.value(u"affected_count"_s), FieldResolution::Keep);
        QCOMPARE(choices.value(u"data_exposed"_s), FieldResolution::Keep);
        QCOMPARE(choices.value(u"affected_notified"_s), FieldResolution::Take);
    }

    void resolveTakesAndJoinsWithTheEvidenceOfBoth()
    {
        const LinkedRecord linked = SourceLinking::link(incident(), articleSide(), 5, lookup());
        QHash<QString, FieldResolution> choices = SourceLinking::defaultChoices(linked.differences);
        choices.insert(u"affected_count"_s, FieldResolution::Take);
        choices.insert(u"data_exposed"_s, FieldResolution::Both);
        const IncidentRecord resolved = SourceLinking::resolve(linked.record, linked.articleSide, choices, lookup());
        QCOMPARE(resolved.affectedCount, std::optional<qint64>(4100));
        QCOMPARE(resolved.evidence.value(u"affected_count"_s), QList<qint64> { 12 });
        QCOMPARE(resolved.dataExposed, (QStringList { u"names"_s, u"email_addresses"_s }));
        QCOMPARE(resolved.evidence.value(u"data_exposed"_s), (QList<qint64> { 4, 14, 15 }));
        QCOMPARE(resolved.affectedNotified, std::optional<bool>(true));
        QCOMPARE(resolved.cause, u"software_error"_s); // the article is silent: the record's stays
        QCOMPARE(resolved.sourceDocumentIds, (QList<qint64> { 1, 5 }));
    }

    void keepingTheRecordsListStillCountsTheArticlesSupportingFacts()
    {
        const LinkedRecord linked = SourceLinking::link(incident(), articleSide(), 5, lookup());
        const IncidentRecord kept = SourceLinking::resolve(linked.record, linked.articleSide, {}, lookup());
        QCOMPARE(kept.dataExposed, QStringList { u"names"_s });
        // The second article's "names" fact supports the record's list; its e-mail fact does not.
        QCOMPARE(kept.evidence.value(u"data_exposed"_s), (QList<qint64> { 4, 14 }));
        // Without the facts behind the references the categories are unknown: only the record's evidence.
        const auto nothing = [](qint64) -> std::optional<Fact> { return std::nullopt; };
        const IncidentRecord blind = SourceLinking::resolve(
            SourceLinking::link(incident(), articleSide(), 5, nothing).record, articleSide(), {}, nothing);
        QCOMPARE(blind.evidence.value(u"data_exposed"_s), QList<qint64> { 4 });
    }

    void theArticlesOwnDraftIsItsSide()
    {
        SourceRecordBuilder builder;
        Document document;
        document.setId(5);
        IncidentRecord own = articleSide();
        own.sourceDocumentIds.clear(); // a draft never saved has no sources yet
        QString error;
        const auto side = SourceLinking::articleSide(own, document, {}, {}, builder, &error);
        QVERIFY2(side, qPrintable(error));
        QCOMPARE(side->affectedCount, std::optional<qint64>(4100));
        QCOMPARE(side->sourceDocumentIds, QList<qint64> { 5 });
        QVERIFY(!builder.isLoaded()); // nothing assembled
        QVERIFY(SourceLinking::isOwnRecord(own, 5));
        QVERIFY(!SourceLinking::isOwnRecord(incident(), 5));
    }

    void aSharedRecordsArticleSideIsAssembledFromItsFacts()
    {
        const QString text
            = u"Datenleck bei Beispiel Energie\n\nDie Beispiel Energie meldet, dass E-Mail-Adressen von 4.100 Kunden "
              u"nach einem Phishing-Angriff kopiert wurden."_s;
        Document document;
        document.setId(5);
        document.setText(text);
        document.setTitle(u"Datenleck bei Beispiel Energie"_s);
        document.setLanguage(u"de"_s);
        // An incident report: data named and what happened to it (RecordAssembler assembles nothing otherwise).
        const QList<Fact> facts {
            makeFact(text, u"Beispiel Energie"_s, FactType::Organization, u"Beispiel Energie"_s),
            makeFact(text, u"E-Mail-Adressen"_s, FactType::DataCategory, u"email_addresses"_s),
            makeFact(text, u"4.100 Kunden"_s, FactType::Count,
                QJsonObject { { u"count"_s, 4100 }, { u"unit"_s, u"customers"_s } }),
            makeFact(text, u"Phishing-Angriff"_s, FactType::Cause, u"attack"_s),
        };
        // The article shows an incident it shares with document 1: that record is not what this article says.
        IncidentRecord shared = incident();
        shared.sourceDocumentIds = { 1, 5 };
        SourceRecordBuilder builder;
        QString error;
        const auto side = SourceLinking::articleSide(shared, document, facts, { 71, 72, 73, 74 }, builder, &error);
        QVERIFY2(side, qPrintable(error));
        QVERIFY(builder.isLoaded());
        QCOMPARE(side->organization, u"Beispiel Energie"_s);
        QCOMPARE(side->affectedCount, std::optional<qint64>(4100));
        QCOMPARE(side->evidence.value(u"affected_count"_s), QList<qint64> { 73 });
        QCOMPARE(side->dataExposed, QStringList { u"email_addresses"_s });
        QCOMPARE(side->evidence.value(u"data_exposed"_s), QList<qint64> { 72 });
        QCOMPARE(side->sourceDocumentIds, QList<qint64> { 5 });

        const auto own = SourceLinking::ownRecord(document, facts, { 71, 72, 73, 74 }, u"ben"_s, builder, &error);
        QVERIFY2(own, qPrintable(error));
        QCOMPARE(own->id, 0);
        QCOMPARE(own->analyst, u"ben"_s);
        QCOMPARE(own->organization, u"Beispiel Energie"_s);
        QCOMPARE(own->sourceDocumentIds, QList<qint64> { 5 });
    }
};

QTEST_GUILESS_MAIN(TestSourceLinkingSteps)
#include "tst_sourcelinkingsteps.moc"
