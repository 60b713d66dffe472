// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "sources/recordmerge.h"
#include "sources/sourceconflicts.h"
#include "storage/incidentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

namespace {

Document makeDocument(const QString &text, const QString &title)
{
    Document document;
    document.setText(text);
    document.setTitle(title);
    document.setLanguage(QStringLiteral("de"));
    document.setPublished(QStringLiteral("2026-01-16"));
    document.setFormat(QStringLiteral("txt"));
    return document;
}

Fact makeFact(const QString &text, const QString &covered, FactType type, const QJsonValue &value)
{
    Fact fact;
    fact.type = type;
    fact.start = text.indexOf(covered);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.value = value;
    fact.origin = QStringLiteral("test.rule");
    return fact;
}

QJsonObject count(qint64 number)
{
    return { { QStringLiteral("count"), static_cast<double>(number) },
        { QStringLiteral("unit"), QStringLiteral("users") } };
}

/// A stored record as the second article's save sees it: every evidence fact is another article's, named by -id.
IncidentRecord asOtherArticlesEvidence(IncidentRecord record)
{
    for (auto it = record.evidence.begin(); it != record.evidence.end(); ++it) {
        for (qint64 &reference : it.value()) {
            reference = -reference;
        }
    }
    return record;
}

QJsonObject historyDetail(const HistoryEntry &entry)
{
    return QJsonDocument::fromJson(entry.detail.toUtf8()).object();
}

} // namespace

/// An incident told by two articles, stored: sources, evidence from both, the second article's own draft.
class TestMultiSourceStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    const QString firstText
        = QStringLiteral("Bei Beispiel Pay sahen 9.500 Nutzer fremde Namen nach einem Softwarefehler.");
    const QString secondText
        = QStringLiteral("Beispiel Pay: 4.100 Nutzer betroffen, Namen und E-Mail-Adressen sichtbar.");

    struct Setup
    {
        Document first;
        Document second;
        QList<Fact> firstFacts;
        QList<Fact> secondFacts;
        IncidentRecord incident; ///< told by the first article
        IncidentRecord draft; ///< the second article's own record
    };

    /// The first article with its record, the second with a draft record of its own.
    Setup setUp(IncidentStore &store)
    {
        Setup setup;
        setup.first = makeDocument(firstText, QStringLiteral("Erster Bericht"));
        setup.second = makeDocument(secondText, QStringLiteral("Zweiter Bericht"));
        if (!store.addDocument(setup.first) || !store.addDocument(setup.second)) {
            qFatal("cannot add the documents");
        }
        setup.firstFacts = { makeFact(firstText, QStringLiteral("9.500 Nutzer"), FactType::Count, count(9500)),
            makeFact(firstText, QStringLiteral("Namen"), FactType::DataCategory, QStringLiteral("names")) };
        setup.incident.organization = QStringLiteral("Beispiel Pay");
        setup.incident.affectedCount = 9500;
        setup.incident.affectedUnit = QStringLiteral("users");
        setup.incident.dataExposed = { QStringLiteral("names") };
        setup.incident.evidence.insert(QStringLiteral("affected_count"), { 0 });
        setup.incident.evidence.insert(QStringLiteral("data_exposed"), { 1 });
        if (!store.saveAnnotations(setup.first.id(), setup.firstFacts, setup.incident)) {
            qFatal("%s", qPrintable(store.errorString()));
        }
        setup.secondFacts = { makeFact(secondText, QStringLiteral("4.100 Nutzer"), FactType::Count, count(4100)),
            makeFact(secondText, QStringLiteral("Namen"), FactType::DataCategory, QStringLiteral("names")),
            makeFact(secondText, QStringLiteral("E-Mail-Adressen"), FactType::DataCategory,
                QStringLiteral("email_addresses")) };
        setup.draft.organization = QStringLiteral("Beispiel Pay");
        setup.draft.affectedCount = 4100;
        setup.draft.evidence.insert(QStringLiteral("affected_count"), { 0 });
        if (!store.saveAnnotations(setup.second.id(), setup.secondFacts, setup.draft)) {
            qFatal("%s", qPrintable(store.errorString()));
        }
        return setup;
    }

private Q_SLOTS:
    void twoSourceIncidentRoundTripsWithEvidenceFromBoth()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-sources.sqlite"));
        qint64 incidentId = 0;
        qint64 draftId = 0;
        Setup setup;
        {
            IncidentStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            setup = setUp(store);
            incidentId = setup.incident.id;
            draftId = setup.draft.id;
            QCOMPARE(store.incidentCount(), 2);

            // The second article joins the incident: the count is taken from it, the categories of both kept.
            // Evidence names the second article's facts by index, the first article's by -id.
            IncidentRecord linked = asOtherArticlesEvidence(*store.incident(incidentId));
            linked.sourceDocumentIds.append(setup.second.id());
            linked.affectedCount = 4100;
            linked.dataExposed = { QStringLiteral("names"), QStringLiteral("email_addresses") };
            linked.evidence.insert(QStringLiteral("affected_count"), { 0 });
            linked.evidence.insert(QStringLiteral("data_exposed"), { -setup.firstFacts.at(1).id, 1, 2 });
            QVERIFY2(store.saveAnnotations(
                         setup.second.id(), setup.secondFacts, linked, IncidentStore::OtherIncidents::Release),
                qPrintable(store.errorString()));
            QCOMPARE(linked.id, incidentId);
            QCOMPARE(linked.evidence.value(QStringLiteral("data_exposed")),
                QList<qint64>({ setup.firstFacts.at(1).id, setup.secondFacts.at(1).id, setup.secondFacts.at(2).id }));

            // The second article's own draft is not left behind: deleted in the same save, with its history entry.
            QVERIFY(!store.incident(draftId));
            const QList<HistoryEntry> draftHistory = store.history(QStringLiteral("incident"), draftId);
            QCOMPARE(draftHistory.first().action, QStringLiteral("delete"));
            QCOMPARE(
                historyDetail(draftHistory.first()).value(QStringLiteral("now_source_of")).toInteger(), incidentId);
            const QJsonObject update = historyDetail(store.history(QStringLiteral("incident"), incidentId).first());
            QCOMPARE(update.value(QStringLiteral("affected_count")).toArray(), QJsonArray({ 9500, 4100 }));
            QCOMPARE(update.value(QStringLiteral("source_document_ids")).toArray(),
                QJsonArray({ QJsonArray { static_cast<double>(setup.first.id()) },
                    QJsonArray { static_cast<double>(setup.first.id()), static_cast<double>(setup.second.id()) } }));
        }

        IncidentStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.incidentCount(), 1);
        const auto record = reopened.incident(incidentId);
        QVERIFY(record);
        QCOMPARE(record->sourceDocumentIds, QList<qint64>({ setup.first.id(), setup.second.id() }));
        QCOMPARE(record->affectedCount, std::optional<qint64>(4100));
        QCOMPARE(record->dataExposed, QStringList({ QStringLiteral("names"), QStringLiteral("email_addresses") }));
        QList<qint64> documentsOfEvidence;
        for (const qint64 factId : record->evidence.value(QStringLiteral("data_exposed"))) {
            const auto fact = reopened.fact(factId);
            QVERIFY(fact);
            documentsOfEvidence.append(fact->documentId);
        }
        QCOMPARE(documentsOfEvidence, QList<qint64>({ setup.first.id(), setup.second.id(), setup.second.id() }));
        QCOMPARE(reopened.fact(record->evidence.value(QStringLiteral("affected_count")).first())->text,
            QStringLiteral("4.100 Nutzer"));
        QCOMPARE(reopened.incidentIdsForDocument(setup.second.id()), QList<qint64> { incidentId });
        QCOMPARE(reopened.incidentIdsForDocument(setup.first.id()), QList<qint64> { incidentId });

        // All records at once (one query per table) are the same as each one read alone.
        const QList<IncidentRecord> all = reopened.incidents();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first() == *record);
        QCOMPARE(all.first().sourceDocumentIds, record->sourceDocumentIds);
        QCOMPARE(all.first().evidence, record->evidence);
    }

    void mergedRecordFromTheModelStoresAsIs()
    {
        // RecordMerge's result, with evidence as the session holds it, is what the store keeps.
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("merge.sqlite"))));
        Setup setup = setUp(store);
        const IncidentRecord current = asOtherArticlesEvidence(*store.incident(setup.incident.id));
        IncidentRecord incoming;
        incoming.organization = QStringLiteral("Beispiel Pay");
        incoming.affectedCount = 4100;
        incoming.affectedUnit = QStringLiteral("users");
        incoming.dataExposed = { QStringLiteral("names"), QStringLiteral("email_addresses") };
        incoming.evidence.insert(QStringLiteral("affected_count"), { 0 });
        incoming.evidence.insert(QStringLiteral("data_exposed"), { 1, 2 });
        incoming.sourceDocumentIds = { setup.second.id() };
        const QList<FieldConflict> conflicts = SourceConflicts::find(current, incoming);
        QCOMPARE(conflicts.size(), 2);
        IncidentRecord merged = RecordMerge::apply(current, incoming,
            { { QStringLiteral("affected_count"), FieldResolution::Keep },
                { QStringLiteral("data_exposed"), FieldResolution::Both } });
        QVERIFY(store.saveAnnotations(
            setup.second.id(), setup.secondFacts, merged, IncidentStore::OtherIncidents::Release));
        const auto stored = store.incident(setup.incident.id);
        QCOMPARE(stored->affectedCount, std::optional<qint64>(9500));
        QCOMPARE(stored->evidence.value(QStringLiteral("affected_count")), QList<qint64> { setup.firstFacts.at(0).id });
        QCOMPARE(stored->evidence.value(QStringLiteral("data_exposed")),
            QList<qint64>({ setup.firstFacts.at(1).id, setup.secondFacts.at(1).id, setup.secondFacts.at(2).id }));
        QCOMPARE(store.incidentCount(), 1);
    }

    void unlinkingLeavesTheIncidentWithItsOtherSource()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("unlink.sqlite"))));
        Setup setup = setUp(store);
        IncidentRecord linked = asOtherArticlesEvidence(*store.incident(setup.incident.id));
        linked.sourceDocumentIds.append(setup.second.id());
        linked.evidence.insert(QStringLiteral("data_exposed"), { -setup.firstFacts.at(1).id, 1 });
        QVERIFY(store.saveAnnotations(
            setup.second.id(), setup.secondFacts, linked, IncidentStore::OtherIncidents::Release));

        // Unlinked: the second article gets a new record of its own and leaves the incident with its evidence.
        IncidentRecord own;
        own.organization = QStringLiteral("Beispiel Pay");
        own.affectedCount = 4100;
        own.sourceDocumentIds = { setup.second.id() };
        own.evidence.insert(QStringLiteral("affected_count"), { 0 });
        QVERIFY(
            store.saveAnnotations(setup.second.id(), setup.secondFacts, own, IncidentStore::OtherIncidents::Release));
        QVERIFY(own.id != setup.incident.id);
        QCOMPARE(store.incidentCount(), 2);
        const auto left = store.incident(setup.incident.id);
        QCOMPARE(left->sourceDocumentIds, QList<qint64> { setup.first.id() });
        QCOMPARE(left->evidence.value(QStringLiteral("data_exposed")), QList<qint64> { setup.firstFacts.at(1).id });
        QCOMPARE(store.incidentIdsForDocument(setup.second.id()), QList<qint64> { own.id });
        const HistoryEntry entry = store.history(QStringLiteral("incident"), setup.incident.id).first();
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(historyDetail(entry).value(QStringLiteral("source_document_ids")).toArray().at(1).toArray(),
            QJsonArray { static_cast<double>(setup.first.id()) });
    }

    void keepingOtherIncidentsIsTheDefault()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("keep.sqlite"))));
        Setup setup = setUp(store);
        IncidentRecord linked = asOtherArticlesEvidence(*store.incident(setup.incident.id));
        linked.sourceDocumentIds.append(setup.second.id());
        QVERIFY(store.saveAnnotations(setup.second.id(), setup.secondFacts, linked));
        QCOMPARE(store.incidentCount(), 2);
        QCOMPARE(store.incidentIdsForDocument(setup.second.id()), QList<qint64>({ setup.incident.id, setup.draft.id }));
    }

    void evidenceOfAVanishedFactIsDroppedAndBadReferencesRollBack()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("vanished.sqlite"))));
        Setup setup = setUp(store);
        const qint64 goneId = setup.firstFacts.at(0).id;
        QList<Fact> kept { setup.firstFacts.at(1) };
        QVERIFY(store.saveFacts(setup.first.id(), kept));
        QVERIFY(!store.fact(goneId));
        QVERIFY(store.errorString().contains(QStringLiteral("no fact with id %1").arg(goneId)));

        IncidentRecord linked = asOtherArticlesEvidence(*store.incident(setup.incident.id));
        linked.sourceDocumentIds.append(setup.second.id());
        linked.evidence.insert(QStringLiteral("affected_count"), { -goneId, 0 });
        QVERIFY2(
            store.saveAnnotations(setup.second.id(), setup.secondFacts, linked, IncidentStore::OtherIncidents::Release),
            qPrintable(store.errorString()));
        QCOMPARE(store.incident(setup.incident.id)->evidence.value(QStringLiteral("affected_count")),
            QList<qint64> { setup.secondFacts.at(0).id });

        // A bad index rolls everything back, the release of the other record included.
        IncidentRecord own;
        own.affectedCount = 1;
        own.evidence.insert(QStringLiteral("affected_count"), { 9 });
        QVERIFY(
            !store.saveAnnotations(setup.second.id(), setup.secondFacts, own, IncidentStore::OtherIncidents::Release));
        QVERIFY(store.errorString().contains(QLatin1String("names fact 9 of 3")));
        QCOMPARE(store.incident(setup.incident.id)->sourceDocumentIds,
            QList<qint64>({ setup.first.id(), setup.second.id() }));
        QCOMPARE(store.incidentCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMultiSourceStore)
#include "tst_multisourcestore.moc"
