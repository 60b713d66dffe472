// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storage/incidentstore.h"
#include "storage/schemamigrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Iwb;

namespace {

Document makeDocument(const QString &text, const QString &title = QStringLiteral("Titel"))
{
    Document document;
    document.setText(text);
    document.setTitle(title);
    document.setLanguage(QStringLiteral("de"));
    document.setPublished(QStringLiteral("2026-01-16"));
    document.setSource(QStringLiteral("/articles/a.txt"));
    document.setFormat(QStringLiteral("txt"));
    return document;
}

Fact makeFact(FactType type, qsizetype start, qsizetype end, const QString &text, const QJsonValue &value)
{
    Fact fact;
    fact.type = type;
    fact.start = start;
    fact.end = end;
    fact.text = text;
    fact.value = value;
    fact.origin = QStringLiteral("de.count.people");
    return fact;
}

} // namespace

class TestIncidentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void recordsWrittenByAnotherProgramAreCountedSortedAndFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            IncidentStore store;
            QVERIFY(store.open(path));
        }
        {
            // Another program (a script, the sqlite3 shell) adds rows without the library's keys.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery insert(db);
            for (const char *name : { "Zahlfalke GmbH", "Ärztekammer Nord", "Ölmühle Süd" }) {
                QVERIFY(insert.exec(QStringLiteral("INSERT INTO incidents (organization, created_at, modified_at) "
                                                   "VALUES ('%1', '2026-01-01T00:00:00.000Z', "
                                                   "'2026-01-01T00:00:00.000Z')")
                        .arg(QString::fromUtf8(name))));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

        IncidentStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.incidentCount(), 3); // counted by the triggers, not by reading the table
        IncidentQuery query;
        query.sortKey = IncidentQuery::SortKey::Organization;
        query.order = Qt::AscendingOrder;
        QStringList names;
        for (const IncidentSummary &summary : store.incidentPage(query, std::nullopt, 10)) {
            names.append(summary.organization);
        }
        QCOMPARE(names,
            (QStringList {
                QStringLiteral("Ärztekammer Nord"), QStringLiteral("Ölmühle Süd"), QStringLiteral("Zahlfalke GmbH") }));
        query.filterText = QStringLiteral("ÖLMÜHLE");
        const QList<IncidentSummary> found = store.incidentPage(query, std::nullopt, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().organization, QStringLiteral("Ölmühle Süd"));
        // A short text (no trigram) is found by reading in order.
        query.filterText = QStringLiteral("üd");
        QCOMPARE(store.incidentPage(query, std::nullopt, 10).size(), 1);

        QVERIFY(store.removeIncident(found.first().id));
        QCOMPARE(store.incidentCount(), 2);
        query.filterText = QStringLiteral("ölmühle");
        QVERIFY(store.incidentPage(query, std::nullopt, 10).isEmpty());
    }

    void opensWithWalForeignKeysAndLatestSchema()
    {
        IncidentStore store;
        const QString path = freshPath();
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
        QVERIFY(QFile::exists(path));

        // Look at the file with an independent connection.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), SchemaMigrations::latestVersion());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void extractionModelsAreVersioned()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("models.sqlite"))));
        const auto none = store.latestExtractionModel();
        QVERIFY(none);
        QCOMPARE(none->version, 0);
        StoredModel model;
        model.trainedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 30), QTimeZone::UTC);
        model.trainingArticles = 12;
        model.trainingExamples = 340;
        model.source = QStringLiteral("store");
        model.json = R"({"format":"incident-fact-classifier/1","weights":[["count|bias",-0.5]]})";
        const auto first = store.addExtractionModel(model);
        QVERIFY2(first, qPrintable(store.errorString()));
        model.trainingArticles = 13;
        const auto second = store.addExtractionModel(model);
        QVERIFY(second && *second > *first);
        const auto latest = store.latestExtractionModel();
        QVERIFY(latest);
        QCOMPARE(latest->version, *second);
        QCOMPARE(latest->trainingArticles, 13);
        QCOMPARE(latest->trainingExamples, 340);
        QCOMPARE(latest->trainedAt, model.trainedAt);
        QCOMPARE(latest->source, QStringLiteral("store"));
        QCOMPARE(latest->json, model.json);
        QCOMPARE(store.history(QStringLiteral("extraction_model"), *second).size(), 1);
    }

    void fts5IsAvailable()
    {
        // Debian's SQLite is built with FTS5; if this fails, search silently degrades.
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.isFullTextSearchAvailable());
        QVERIFY(store.fullTextSearchNotice().isEmpty());
    }

    void documentRoundTripAndDuplicates()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        Document document = makeDocument(QStringLiteral("Größte Panne: 9.500 Nutzer*innen \U0001F4F1 betroffen."));
        document.setRawSource(QStringLiteral("<p>raw</p>"));
        DocumentMetadata metadata;
        metadata.author = QStringLiteral("Erika Muster");
        metadata.fetchedUrl = QStringLiteral("https://lokalblatt.example/panne");
        metadata.fetchedAt = QDateTime(QDate(2026, 1, 16), QTime(9, 30), QTimeZone::UTC);
        metadata.pageStarts = { 0, 20 };
        document.setMetadata(metadata);
        const auto added = store.addDocument(document);
        QVERIFY2(added, qPrintable(store.errorString()));
        QVERIFY(!added->isDuplicate);
        QVERIFY(added->id > 0);
        QCOMPARE(document.id(), added->id);

        const auto loaded = store.document(added->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->text(), document.text());
        QCOMPARE(loaded->sha256(), document.sha256());
        QCOMPARE(loaded->title(), QStringLiteral("Titel"));
        QCOMPARE(loaded->language(), QStringLiteral("de"));
        QCOMPARE(loaded->published(), QStringLiteral("2026-01-16"));
        QCOMPARE(loaded->source(), QStringLiteral("/articles/a.txt"));
        QCOMPARE(loaded->rawSource(), QStringLiteral("<p>raw</p>"));
        QCOMPARE(loaded->metadata(), metadata);
        QCOMPARE(loaded->metadata().pageAt(25), 2);
        QCOMPARE(loaded->importedAt().toMSecsSinceEpoch(), document.importedAt().toMSecsSinceEpoch());

        // The same text from another file is recognised, not stored again.
        Document again = makeDocument(document.text(), QStringLiteral("Anderer Titel"));
        again.setSource(QStringLiteral("/elsewhere/copy.txt"));
        const auto duplicate = store.addDocument(again);
        QVERIFY(duplicate);
        QVERIFY(duplicate->isDuplicate);
        QCOMPARE(duplicate->id, added->id);
        QCOMPARE(store.documentCount(), 1);

        const QList<DocumentSummary> summaries = store.documentSummaries();
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().title, QStringLiteral("Titel"));
        QCOMPARE(summaries.first().length, document.codePointLength());
        QCOMPARE(summaries.first().factCount, 0);
    }

    void originalRoundTripIsReadOnlyOnDemand()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        // Bytes as a PDF has them: binary, with NUL bytes and high bytes; a few hundred kilobytes.
        QByteArray bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
        for (int i = 0; i < 100000; ++i) {
            bytes.append(char(i % 256)).append('\0').append(char(255 - i % 251));
        }
        Document pdf = makeDocument(QStringLiteral("Ein Bericht über Kundenkonten auf zwei Seiten."));
        pdf.setFormat(QStringLiteral("pdf"));
        pdf.setOriginal(bytes, QStringLiteral("application/pdf"));
        QVERIFY(pdf.hasOriginal());
        const auto added = store.addDocument(pdf);
        QVERIFY2(added, qPrintable(store.errorString()));

        // The document knows it has an original, without its bytes.
        const auto loaded = store.document(added->id);
        QVERIFY(loaded);
        QVERIFY(loaded->hasOriginal());
        QCOMPARE(loaded->originalMediaType(), QStringLiteral("application/pdf"));
        QVERIFY(loaded->original().isEmpty());
        const auto original = store.documentOriginal(added->id);
        QVERIFY2(original, qPrintable(store.errorString()));
        QCOMPARE(original->mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(original->bytes.size(), bytes.size());
        QVERIFY(original->bytes == bytes);

        // A text document has none, and says so.
        Document text = makeDocument(QStringLiteral("Nur Text, keine Datei."));
        QVERIFY(!text.hasOriginal());
        const auto textId = store.addDocument(text);
        QVERIFY(textId);
        QVERIFY(!store.document(textId->id)->hasOriginal());
        const auto none = store.documentOriginal(textId->id);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        QVERIFY(none->bytes.isEmpty());

        // A duplicate of the PDF's text adds no second original.
        Document again = makeDocument(pdf.text());
        again.setOriginal(QByteArray("%PDF-1.4 other"), QStringLiteral("application/pdf"));
        QVERIFY(store.addDocument(again)->isDuplicate);
        QVERIFY(store.documentOriginal(added->id)->bytes == bytes);
    }

    void originalGoesWithItsDocument()
    {
        const QString path = freshPath();
        IncidentStore store;
        QVERIFY(store.open(path));
        Document pdf = makeDocument(QStringLiteral("Ein Bericht, der gelöscht wird."));
        pdf.setOriginal(QByteArray("%PDF-1.7 bytes"), QStringLiteral("application/pdf"));
        const auto added = store.addDocument(pdf);
        QVERIFY(added);
        QVERIFY2(store.removeDocument(added->id), qPrintable(store.errorString()));
        QVERIFY(store.documentOriginal(added->id)->isEmpty());
        // No row is left behind (ON DELETE CASCADE with foreign keys on).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek-originals"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery count(db);
            QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM document_originals")));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek-originals"));
    }

    void factsRoundTripKeepIdsAndDecisions()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        store.setAuthor(QStringLiteral("maria"));
        Document document = makeDocument(QStringLiteral("Rund 9.500 Kund:innen sahen 31 Minuten lang fremde Daten."));
        QVERIFY(store.addDocument(document));

        QList<Fact> facts {
            makeFact(FactType::Count, 5, 21, QStringLiteral("9.500 Kund:innen"),
                QJsonObject {
                    { QStringLiteral("count"), 9500 }, { QStringLiteral("unit"), QStringLiteral("customers") } }),
            makeFact(FactType::Duration, 28, 38, QStringLiteral("31 Minuten"), 31),
        };
        facts[1].status = FactStatus::Accepted;
        facts[1].certainty = Certainty::Uncertain;
        QVERIFY2(store.saveFacts(document.id(), facts), qPrintable(store.errorString()));
        QVERIFY(facts[0].id > 0);
        QVERIFY(facts[1].id > facts[0].id);

        auto loaded = store.facts(document.id());
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).type, FactType::Count);
        QCOMPARE(loaded->at(0).value.toObject().value(QStringLiteral("count")).toInt(), 9500);
        QCOMPARE(loaded->at(0).value.toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("customers"));
        QCOMPARE(loaded->at(0).author, QStringLiteral("maria"));
        QCOMPARE(loaded->at(0).origin, QStringLiteral("de.count.people"));
        QCOMPARE(loaded->at(1).value.toInt(), 31);
        QCOMPARE(loaded->at(1).status, FactStatus::Accepted);
        QCOMPARE(loaded->at(1).certainty, Certainty::Uncertain);
        QCOMPARE(loaded->at(1).polarity, Polarity::Positive);

        // Update one, drop one, add one: ids of kept facts stay.
        QList<Fact> next = *loaded;
        next[1].polarity = Polarity::Negative;
        next.removeFirst();
        Fact handMade = makeFact(FactType::Organization, 0, 4, QStringLiteral("Rund"), QJsonValue());
        handMade.origin = Fact::analystOrigin();
        handMade.status = FactStatus::Edited;
        next.append(handMade);
        QVERIFY(store.saveFacts(document.id(), next));
        loaded = store.facts(document.id());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).origin, Fact::analystOrigin());
        QVERIFY(loaded->at(0).isDecided());
        QCOMPARE(loaded->at(0).value, QJsonValue());
        QCOMPARE(loaded->at(1).id, facts[1].id);
        QCOMPARE(loaded->at(1).polarity, Polarity::Negative);
        QCOMPARE(store.documentSummaries().first().factCount, 2);

        const QList<HistoryEntry> history = store.history(QStringLiteral("facts"), document.id());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().author, QStringLiteral("maria"));
        const QJsonObject detail = QJsonDocument::fromJson(history.first().detail.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(detail.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(detail.value(QStringLiteral("removed")).toInt(), 1);
    }

    void invalidFactSpanChangesNothing()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        Document document = makeDocument(QStringLiteral("Ein kurzer Text über 40 Minuten."));
        QVERIFY(store.addDocument(document));
        QList<Fact> good { makeFact(FactType::Duration, 21, 31, QStringLiteral("40 Minuten"), 40) };
        QVERIFY(store.saveFacts(document.id(), good));
        QList<Fact> bad { good.first(), makeFact(FactType::Count, 10, 3, QStringLiteral("x"), 1) };
        QVERIFY(!store.saveFacts(document.id(), bad));
        QVERIFY2(store.errorString().contains(QLatin1String("invalid span")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().startsWith(store.path()));
        const auto facts = store.facts(document.id());
        QCOMPARE(facts->size(), 1);
        QCOMPARE(facts->first().text, QStringLiteral("40 Minuten"));
    }

    void incidentRoundTripWithSourcesEvidenceAndHistory()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        store.setAuthor(QStringLiteral("jonas"));
        Document first = makeDocument(QStringLiteral("Erster Bericht über die Panne."));
        Document second = makeDocument(QStringLiteral("Zweiter Bericht über dieselbe Panne."));
        QVERIFY(store.addDocument(first));
        QVERIFY(store.addDocument(second));
        QList<Fact> facts { makeFact(FactType::Organization, 0, 6, QStringLiteral("Erster"), QJsonValue()) };
        QVERIFY(store.saveFacts(first.id(), facts));

        IncidentRecord record;
        record.organization = QStringLiteral("Lumera Pay");
        record.incidentDate = QStringLiteral("2026-01-15");
        record.startTime = QStringLiteral("10:49");
        record.endTime = QStringLiteral("11:20");
        record.durationMinutes = 31;
        record.affectedCount = 9500;
        record.affectedUnit = QStringLiteral("users");
        record.dataExposed = { QStringLiteral("names"), QStringLiteral("financial_data") };
        record.dataNotExposed = { QStringLiteral("payment_cards"), QStringLiteral("bank_accounts") };
        record.cause = QStringLiteral("human_error");
        record.externalAttack = QStringLiteral("no");
        record.discoveredBy = QStringLiteral("internal");
        record.authorityNotified = true;
        record.reviewStatus = ReviewStatus::FirstPass;
        record.analyst = QStringLiteral("jonas");
        record.notes = QStringLiteral("Zwei Quellen.");
        record.sourceDocumentIds = { first.id(), second.id() };
        record.evidence.insert(QStringLiteral("organization"), { facts.first().id });
        QVERIFY2(store.saveIncident(record), qPrintable(store.errorString()));
        QVERIFY(record.id > 0);
        QVERIFY(record.createdAt.isValid());

        const auto loaded = store.incident(record.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->organization, record.organization);
        QCOMPARE(loaded->durationMinutes, std::optional<int>(31));
        QCOMPARE(loaded->affectedCount, std::optional<qint64>(9500));
        QCOMPARE(loaded->dataNotExposed, record.dataNotExposed);
        QCOMPARE(loaded->authorityNotified, std::optional<bool>(true));
        QCOMPARE(loaded->affectedNotified, std::nullopt);
        QCOMPARE(loaded->reviewStatus, ReviewStatus::FirstPass);
        QCOMPARE(loaded->sourceDocumentIds, QList<qint64>({ first.id(), second.id() }));
        QCOMPARE(loaded->evidence.value(QStringLiteral("organization")), QList<qint64> { facts.first().id });
        QCOMPARE(loaded->toContractJson(), record.toContractJson());
        QCOMPARE(store.incidentIdsForDocument(second.id()), QList<qint64> { record.id });

        // An update records exactly the changed fields with old and new values.
        IncidentRecord changed = *loaded;
        changed.affectedCount = 9600;
        changed.reviewStatus = ReviewStatus::Reviewed;
        QVERIFY(store.saveIncident(changed));
        const QList<HistoryEntry> history = store.history(QStringLiteral("incident"), record.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).action, QStringLiteral("update"));
        QCOMPARE(history.at(1).action, QStringLiteral("create"));
        QCOMPARE(history.at(0).author, QStringLiteral("jonas"));
        const QJsonObject detail = QJsonDocument::fromJson(history.at(0).detail.toUtf8()).object();
        QCOMPARE(detail.keys(), QStringList({ QStringLiteral("affected_count"), QStringLiteral("review_status") }));
        QCOMPARE(detail.value(QStringLiteral("affected_count")).toArray(), QJsonArray({ 9500, 9600 }));

        // Deleting the fact removes it from the evidence but keeps the record.
        QList<Fact> none;
        QVERIFY(store.saveFacts(first.id(), none));
        QVERIFY(store.incident(record.id)->evidence.isEmpty());
        QVERIFY(store.removeDocument(second.id()));
        QCOMPARE(store.incident(record.id)->sourceDocumentIds, QList<qint64> { first.id() });
    }

    void annotationsAndRecordSaveTogetherOrNotAtAll()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        Document document = makeDocument(QStringLiteral("Bei Beispiel AG sahen 4.100 Logins fremde Konten."));
        QVERIFY(store.addDocument(document));
        QList<Fact> facts {
            makeFact(FactType::Organization, 4, 15, QStringLiteral("Beispiel AG"), QStringLiteral("Beispiel AG")),
            makeFact(FactType::Count, 22, 34, QStringLiteral("4.100 Logins"),
                QJsonObject { { QStringLiteral("count"), 4100 }, { QStringLiteral("unit"), QStringLiteral("logins") } })
        };
        IncidentRecord record;
        record.organization = QStringLiteral("Beispiel AG");
        record.affectedCount = 4100;
        record.evidence.insert(QStringLiteral("organization"), { 0 });
        record.evidence.insert(QStringLiteral("affected_count"), { 1 });
        QVERIFY2(store.saveAnnotations(document.id(), facts, record), qPrintable(store.errorString()));
        QVERIFY(facts.at(1).id > 0);
        QCOMPARE(record.evidence.value(QStringLiteral("affected_count")), QList<qint64> { facts.at(1).id });
        QCOMPARE(record.sourceDocumentIds, QList<qint64> { document.id() });
        QCOMPARE(store.incident(record.id)->evidence.value(QStringLiteral("organization")),
            QList<qint64> { facts.at(0).id });

        // A bad evidence reference rolls back the facts written in the same save.
        QList<Fact> more = facts;
        more.append(makeFact(FactType::Duration, 0, 3, QStringLiteral("Bei"), 1));
        IncidentRecord broken = record;
        broken.evidence.insert(QStringLiteral("duration_minutes"), { 7 });
        QVERIFY(!store.saveAnnotations(document.id(), more, broken));
        QVERIFY2(store.errorString().contains(QLatin1String("names fact 7 of 3")), qPrintable(store.errorString()));
        QCOMPARE(store.facts(document.id())->size(), 2);
        QCOMPARE(more.last().id, qint64(0));
    }

    void invalidRecordIsRefusedAndNothingChanges()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        IncidentRecord record;
        record.organization = QStringLiteral("Beispiel AG");
        QVERIFY(store.saveIncident(record));

        IncidentRecord bad = record;
        bad.organization = QStringLiteral("Geändert");
        bad.cause = QStringLiteral("gremlins");
        QVERIFY(!store.saveIncident(bad));
        QVERIFY2(store.errorString().contains(QLatin1String("cause 'gremlins' is not one of")),
            qPrintable(store.errorString()));
        QCOMPARE(store.incident(record.id)->organization, QStringLiteral("Beispiel AG"));

        IncidentRecord badEvidence = record;
        badEvidence.organization = QStringLiteral("Geändert");
        badEvidence.evidence.insert(QStringLiteral("no_such_field"), { 1 });
        QVERIFY(!store.saveIncident(badEvidence));
        QCOMPARE(store.incident(record.id)->organization, QStringLiteral("Beispiel AG"));
        QCOMPARE(store.incidents().size(), 1);
    }

    void fullTextSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");

        QTest::newRow("one word") << QStringLiteral("Lastverteiler") << QStringList { QStringLiteral("App") };
        QTest::newRow("prefix finds compounds") << QStringLiteral("Kunden") << QStringList { QStringLiteral("Portal") };
        QTest::newRow("two words, both needed")
            << QStringLiteral("laptop stolen") << QStringList { QStringLiteral("Laptop") };
        QTest::newRow("diacritics ignored") << QStringLiteral("waren") << QStringList { QStringLiteral("Portal") };
        QTest::newRow("title is searched") << QStringLiteral("Portal") << QStringList { QStringLiteral("Portal") };
        QTest::newRow("fts syntax is just text") << QStringLiteral("\"NEAR( OR *") << QStringList {};
        QTest::newRow("no match") << QStringLiteral("Vulkanausbruch") << QStringList {};
    }

    void fullTextSearch()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        Document a
            = makeDocument(QStringLiteral("Ein Fehler im Lastverteiler zeigte fremde Daten."), QStringLiteral("App"));
        Document b = makeDocument(QStringLiteral("Kundenkonten wären sichtbar."), QStringLiteral("Portal"));
        Document c = makeDocument(QStringLiteral("The laptop was stolen from a car."), QStringLiteral("Laptop"));
        QVERIFY(store.addDocument(a) && store.addDocument(b) && store.addDocument(c));
        QStringList found;
        const QList<SearchHit> hits = store.search(query);
        for (const SearchHit &hit : hits) {
            found.append(hit.title);
        }
        QCOMPARE(found, titles);
        if (!hits.isEmpty()) {
            QVERIFY2(hits.first().snippet.contains(QLatin1Char('[')), qPrintable(hits.first().snippet));
        }
    }

    void refusesFilesThatAreNotDatabases()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content("Meine Notizen zu Vorfällen, kein SQLite. ");
        file.write(content.repeated(200));
        file.close();

        IncidentStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().startsWith(path + QStringLiteral(": ")), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QLatin1String("not an Incident Workbench database")),
            qPrintable(store.errorString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content.repeated(200));
    }

    void refusesNewerSchema()
    {
        const QString path = freshPath();
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            Document document = makeDocument(QStringLiteral("Bleibt erhalten."));
            QVERIFY(store.addDocument(document));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 5)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        IncidentStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(
            store.errorString().contains(QLatin1String("newer Incident Workbench")), qPrintable(store.errorString()));
    }

    void twoStoresOnOneFileSeeEachOther()
    {
        const QString path = freshPath();
        IncidentStore writer;
        IncidentStore reader;
        QVERIFY(writer.open(path));
        QVERIFY(reader.open(path));
        Document document = makeDocument(QStringLiteral("Gleichzeitig geöffnet."));
        QVERIFY(writer.addDocument(document));
        QCOMPARE(reader.documentCount(), 1);
        QCOMPARE(reader.document(document.id())->text(), document.text());
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
