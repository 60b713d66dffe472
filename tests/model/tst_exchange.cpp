// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exchange/csvexporter.h"
#include "exchange/incidentfilter.h"
#include "exchange/registerveris.h"
#include "exchange/storesnapshot.h"
#include "exchange/verisexporter.h"
#include "exchange/verismapper.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include "../common/csvreading.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {

/// An original file in binary, with a NUL inside, as a PDF is.
QByteArray binaryOriginal()
{
    static const char bytes[] = "%PDF-1.7\n\0\x01\xff\xfe binary";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

QString cell(const QList<QStringList> &rows, int row, const QString &column)
{
    return rows.at(row).at(rows.first().indexOf(column));
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath(const QString &suffix = QStringLiteral(".sqlite"))
    {
        return m_dir.filePath(QStringLiteral("exchange-%1%2").arg(++m_counter).arg(suffix));
    }

    /// Two articles, facts (one after an astral character), three records with sources, evidence and history.
    static void fill(IncidentStore &store)
    {
        Document first;
        first.setText(
            QStringLiteral("\U0001F512 Bei der Müller & Söhne GmbH waren 9.500 Kundendaten 31 Minuten lang sichtbar."));
        first.setTitle(QStringLiteral("Datenpanne | Müller & Söhne"));
        first.setLanguage(QStringLiteral("de"));
        first.setPublished(QStringLiteral("2026-01-16"));
        first.setSource(QStringLiteral("/articles/mueller.txt"));
        first.setFormat(QStringLiteral("txt"));
        QVERIFY(store.addDocument(first));
        Document second;
        second.setText(QStringLiteral("A laptop with records of 1,200 customers was stolen."));
        second.setTitle(QStringLiteral("Stolen laptop"));
        second.setLanguage(QStringLiteral("en"));
        second.setPublished(QStringLiteral("2025-11"));
        second.setSource(QStringLiteral("https://example.org/laptop"));
        second.setFormat(QStringLiteral("html"));
        second.setRawSource(QStringLiteral("<p>A laptop with records of 1,200 customers was stolen.</p>"));
        DocumentMetadata metadata;
        metadata.siteName = QStringLiteral("Example News");
        metadata.canonicalUrl = QStringLiteral("https://example.org/laptop");
        second.setMetadata(metadata);
        // An original file in binary, as a PDF is (the snapshot carries it in base64).
        second.setOriginal(binaryOriginal(), QStringLiteral("application/pdf"));
        QVERIFY(store.addDocument(second));

        const QString text = first.text();
        const qsizetype org = text.indexOf(QStringLiteral("Müller"));
        QList<Fact> facts;
        Fact organization;
        organization.type = FactType::Organization;
        organization.start = org;
        organization.end = org + QStringLiteral("Müller & Söhne GmbH").size();
        organization.text = text.mid(organization.start, organization.length());
        organization.value = QStringLiteral("Müller & Söhne GmbH");
        organization.origin = QStringLiteral("de.organization.suffix");
        organization.status = FactStatus::Accepted;
        facts.append(organization);
        Fact count;
        count.type = FactType::Count;
        count.start = text.indexOf(QStringLiteral("9.500"));
        count.end = count.start + 5;
        count.text = QStringLiteral("9.500");
        count.value = QJsonObject { { QStringLiteral("count"), 9500 },
            { QStringLiteral("unit"), QStringLiteral("customers") } };
        count.origin = QStringLiteral("de.count.people");
        count.certainty = Certainty::Uncertain;
        facts.append(count);

        IncidentRecord record;
        record.organization = QStringLiteral("Müller & Söhne GmbH");
        record.incidentDate = QStringLiteral("2026-01-15");
        record.startTime = QStringLiteral("10:49");
        record.endTime = QStringLiteral("11:20");
        record.durationMinutes = 31;
        record.affectedCount = 9500;
        record.affectedUnit = QStringLiteral("customers");
        record.dataExposed = { QStringLiteral("names"), QStringLiteral("credentials") };
        record.dataNotExposed = { QStringLiteral("payment_cards") };
        record.cause = QStringLiteral("software_error");
        record.externalAttack = QStringLiteral("no");
        record.discoveredBy = QStringLiteral("customer");
        record.authorityNotified = true;
        record.reviewStatus = ReviewStatus::Reviewed;
        record.analyst = QStringLiteral("Jana");
        record.notes = QStringLiteral("=HYPERLINK(\"http://evil\")\nzweite Zeile, mit \"Zitat\"");
        record.evidence.insert(QStringLiteral("organization"), { 0 });
        record.evidence.insert(QStringLiteral("affected_count"), { 1 });
        QVERIFY2(store.saveAnnotations(first.id(), facts, record), qPrintable(store.errorString()));
        record.reviewStatus = ReviewStatus::Reviewed;
        record.notes += QStringLiteral(" (geprüft)");
        QVERIFY(store.saveIncident(record));

        IncidentRecord laptop;
        laptop.organization = QStringLiteral("Northwind Insurance");
        laptop.incidentDate = QStringLiteral("2025-11");
        laptop.affectedCount = 1200;
        laptop.affectedUnit = QStringLiteral("customers");
        laptop.cause = QStringLiteral("loss_or_theft");
        laptop.externalAttack = QStringLiteral("yes");
        laptop.affectedNotified = false;
        laptop.reviewStatus = ReviewStatus::FirstPass;
        laptop.notes = QStringLiteral("-5 Geräte? @team prüfen");
        laptop.sourceDocumentIds = { second.id(), first.id() };
        QVERIFY(store.saveIncident(laptop));

        IncidentRecord empty;
        QVERIFY(store.saveIncident(empty));
    }

    static QByteArray snapshotOf(const IncidentStore &store)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        StoreSnapshot snapshot;
        if (!snapshot.write(store, buffer)) {
            qWarning().noquote() << snapshot.errorString();
        }
        return bytes;
    }

private Q_SLOTS:
    void filterParse_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("cause and review")
            << QStringList { QStringLiteral("cause=software_error"), QStringLiteral("review=reviewed") } << QString();
        QTest::newRow("review with a space") << QStringList { QStringLiteral("review=first pass") } << QString();
        QTest::newRow("dates") << QStringList { QStringLiteral("from=2025"), QStringLiteral("to=2026-01-31") }
                               << QString();
        QTest::newRow("unknown key") << QStringList { QStringLiteral("colour=red") }
                                     << QStringLiteral("KEY one of: cause, review");
        QTest::newRow("no equals") << QStringList { QStringLiteral("software_error") }
                                   << QStringLiteral("is not KEY=VALUE");
        QTest::newRow("empty value") << QStringList { QStringLiteral("cause=") } << QStringLiteral("has no value");
        QTest::newRow("unknown cause") << QStringList { QStringLiteral("cause=aliens") }
                                       << QStringLiteral("the cause is not one of: misconfiguration");
        QTest::newRow("unknown review") << QStringList { QStringLiteral("review=done") }
                                        << QStringLiteral("review status is not one of");
        QTest::newRow("bad date") << QStringList { QStringLiteral("from=15.01.2026") }
                                  << QStringLiteral("is not YYYY-MM-DD");
    }

    void filterParse()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, error);
        QString message;
        const auto filter = IncidentFilter::parse(terms, &message);
        QCOMPARE(bool(filter), error.isEmpty());
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void filterMatches_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("expected");
        const QString date = QStringLiteral("2026-01-15");
        QTest::newRow("no filter") << QStringList {} << date << true;
        QTest::newRow("cause matches") << QStringList { QStringLiteral("cause=software_error") } << date << true;
        QTest::newRow("cause differs") << QStringList { QStringLiteral("cause=attack") } << date << false;
        QTest::newRow("review matches") << QStringList { QStringLiteral("review=first_pass") } << date << true;
        QTest::newRow("review differs") << QStringList { QStringLiteral("review=reviewed") } << date << false;
        QTest::newRow("organization contains, any case")
            << QStringList { QStringLiteral("organization=müller") } << date << true;
        QTest::newRow("organization absent")
            << QStringList { QStringLiteral("organization=Northwind") } << date << false;
        QTest::newRow("from before") << QStringList { QStringLiteral("from=2026-01-01") } << date << true;
        QTest::newRow("from after") << QStringList { QStringLiteral("from=2026-01-16") } << date << false;
        QTest::newRow("to the same day") << QStringList { QStringLiteral("to=2026-01-15") } << date << true;
        QTest::newRow("to earlier") << QStringList { QStringLiteral("to=2025") } << date << false;
        QTest::newRow("partial date overlaps from")
            << QStringList { QStringLiteral("from=2026-01-20") } << QStringLiteral("2026-01") << true;
        QTest::newRow("partial date before from")
            << QStringList { QStringLiteral("from=2026-02") } << QStringLiteral("2026-01") << false;
        QTest::newRow("no date fails a date filter")
            << QStringList { QStringLiteral("from=2000") } << QString() << false;
        QTest::newRow("free text: cause as shown")
            << QStringList { QStringLiteral("text=software err") } << date << true;
        QTest::newRow("free text: review as shown")
            << QStringList { QStringLiteral("text=first pass") } << date << true;
        QTest::newRow("free text: unit") << QStringList { QStringLiteral("text=customers") } << date << true;
        QTest::newRow("free text: date") << QStringList { QStringLiteral("text=2026-01") } << date << true;
        QTest::newRow("free text: nothing") << QStringList { QStringLiteral("text=ransom") } << date << false;
        QTest::newRow("all must hold") << QStringList { QStringLiteral("cause=software_error"),
            QStringLiteral("review=reviewed") }
                                       << date << false;
    }

    void filterMatches()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, date);
        QFETCH(bool, expected);
        IncidentSummary summary;
        summary.id = 1;
        summary.organization = QStringLiteral("Müller & Söhne GmbH");
        summary.incidentDate = date;
        summary.cause = QStringLiteral("software_error");
        summary.affectedCount = 9500;
        summary.affectedUnit = QStringLiteral("customers");
        summary.reviewStatus = ReviewStatus::FirstPass;
        QString error;
        const auto filter = IncidentFilter::parse(terms, &error);
        QVERIFY2(filter, qPrintable(error));
        QCOMPARE(filter->matches(summary), expected);
    }

    void incidentsCsvHasEveryColumnAndNeutralizesText()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        fill(store);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(store);
        const auto rows = exporter.writeIncidents(buffer);
        QVERIFY2(rows, qPrintable(exporter.errorString()));
        QCOMPARE(*rows, 3);

        const QList<QStringList> csv = parseCsv(bytes);
        QCOMPARE(csv.size(), 4);
        QCOMPARE(csv.first(), CsvExporter::incidentColumns());
        for (const QStringList &row : csv) {
            QCOMPARE(row.size(), CsvExporter::incidentColumns().size());
        }
        QCOMPARE(cell(csv, 1, QStringLiteral("id")), QStringLiteral("1"));
        QCOMPARE(cell(csv, 1, QStringLiteral("organization")), QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(cell(csv, 1, QStringLiteral("duration_minutes")), QStringLiteral("31"));
        QCOMPARE(cell(csv, 1, QStringLiteral("affected_count")), QStringLiteral("9500"));
        QCOMPARE(cell(csv, 1, QStringLiteral("data_exposed")), QStringLiteral("names|credentials"));
        QCOMPARE(cell(csv, 1, QStringLiteral("data_not_exposed")), QStringLiteral("payment_cards"));
        QCOMPARE(cell(csv, 1, QStringLiteral("authority_notified")), QStringLiteral("true"));
        QCOMPARE(cell(csv, 1, QStringLiteral("affected_notified")), QString());
        QCOMPARE(cell(csv, 1, QStringLiteral("review_status")), QStringLiteral("reviewed"));
        QCOMPARE(cell(csv, 1, QStringLiteral("notes")),
            QStringLiteral("'=HYPERLINK(\"http://evil\")\nzweite Zeile, mit \"Zitat\" (geprüft)"));
        QCOMPARE(cell(csv, 1, QStringLiteral("source_document_ids")), QStringLiteral("1"));
        QCOMPARE(cell(csv, 1, QStringLiteral("source_titles")), QStringLiteral("Datenpanne \\| Müller & Söhne"));
        QVERIFY(cell(csv, 1, QStringLiteral("created_at")).endsWith(QLatin1Char('Z')));
        QCOMPARE(cell(csv, 2, QStringLiteral("notes")), QStringLiteral("'-5 Geräte? @team prüfen"));
        QCOMPARE(cell(csv, 2, QStringLiteral("affected_notified")), QStringLiteral("false"));
        QCOMPARE(cell(csv, 2, QStringLiteral("source_document_ids")), QStringLiteral("1|2"));
        QCOMPARE(cell(csv, 2, QStringLiteral("source_titles")),
            QStringLiteral("Datenpanne \\| Müller & Söhne|Stolen laptop"));
        QCOMPARE(cell(csv, 3, QStringLiteral("organization")), QString());
        QCOMPARE(cell(csv, 3, QStringLiteral("duration_minutes")), QString());
        QCOMPARE(cell(csv, 3, QStringLiteral("data_exposed")), QString());
        QCOMPARE(cell(csv, 3, QStringLiteral("source_titles")), QString());
        // The raw bytes: a quoted cell with a newline, CRLF only between records.
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\nzweite Zeile"));
        QCOMPARE(bytes.count("\r\n"), 4);
    }

    void incidentsCsvScopes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << int(ExportScope::Kind::All) << QStringList {} << QList<qint64> {}
                             << QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") };
        QTest::newRow("cause") << int(ExportScope::Kind::Filtered)
                               << QStringList { QStringLiteral("cause=loss_or_theft") } << QList<qint64> {}
                               << QStringList { QStringLiteral("2") };
        QTest::newRow("review") << int(ExportScope::Kind::Filtered) << QStringList { QStringLiteral("review=draft") }
                                << QList<qint64> {} << QStringList { QStringLiteral("3") };
        QTest::newRow("free text") << int(ExportScope::Kind::Filtered)
                                   << QStringList { QStringLiteral("text=customers") } << QList<qint64> {}
                                   << QStringList { QStringLiteral("1"), QStringLiteral("2") };
        QTest::newRow("selected, unknown id dropped")
            << int(ExportScope::Kind::Selected) << QStringList {} << QList<qint64> { 3, 1, 99 }
            << QStringList { QStringLiteral("1"), QStringLiteral("3") };
        QTest::newRow("nothing") << int(ExportScope::Kind::Selected) << QStringList {} << QList<qint64> {}
                                 << QStringList {};
    }

    void incidentsCsvScopes()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, terms);
        QFETCH(QList<qint64>, ids);
        QFETCH(QStringList, expected);
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        fill(store);
        QString error;
        ExportScope scope { ExportScope::Kind(kind), *IncidentFilter::parse(terms, &error), ids };
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(store, CsvOptions { ';', true });
        const auto rows = exporter.writeIncidents(buffer, scope);
        QVERIFY2(rows, qPrintable(exporter.errorString()));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "id;organization;"));
        const QList<QStringList> csv = parseCsv(bytes, ';');
        QStringList got;
        for (qsizetype i = 1; i < csv.size(); ++i) {
            got.append(csv.at(i).first());
        }
        QCOMPARE(got, expected);
        QCOMPARE(*rows, expected.size());
    }

    void factsCsvCountsCodePoints()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        fill(store);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(store, CsvOptions { '\t', false });
        const auto rows = exporter.writeFacts(buffer);
        QVERIFY2(rows, qPrintable(exporter.errorString()));
        QCOMPARE(*rows, 2);
        const QList<QStringList> csv = parseCsv(bytes, '\t');
        QCOMPARE(csv.first(), CsvExporter::factColumns());
        QCOMPARE(csv.size(), 3);
        // "🔒 Bei der Müller": the lock is two UTF-16 units but one code point.
        QCOMPARE(cell(csv, 1, QStringLiteral("type")), QStringLiteral("organization"));
        QCOMPARE(cell(csv, 1, QStringLiteral("start")), QStringLiteral("10"));
        QCOMPARE(cell(csv, 1, QStringLiteral("end")), QStringLiteral("29"));
        QCOMPARE(cell(csv, 1, QStringLiteral("text")), QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(cell(csv, 1, QStringLiteral("value")), QStringLiteral("\"Müller & Söhne GmbH\""));
        QCOMPARE(cell(csv, 1, QStringLiteral("status")), QStringLiteral("accepted"));
        QCOMPARE(cell(csv, 1, QStringLiteral("document_title")), QStringLiteral("Datenpanne | Müller & Söhne"));
        QCOMPARE(cell(csv, 2, QStringLiteral("value")), QStringLiteral("{\"count\":9500,\"unit\":\"customers\"}"));
        QCOMPARE(cell(csv, 2, QStringLiteral("certainty")), QStringLiteral("uncertain"));

        // Facts of the selected record's sources only: record 3 has none.
        QByteArray none;
        QBuffer noneBuffer(&none);
        noneBuffer.open(QIODevice::WriteOnly);
        QCOMPARE(exporter.writeFacts(noneBuffer, ExportScope::selected({ 3 })).value_or(-1), 0);
    }

    void snapshotRoundTripIsByteIdentical()
    {
        IncidentStore original;
        QVERIFY(original.open(freshPath()));
        fill(original);
        const QString file = freshPath(QStringLiteral(".json"));
        StoreSnapshot snapshot;
        QVERIFY2(snapshot.writeFile(original, file), qPrintable(snapshot.errorString()));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("{\n\"format\": \"incident-workbench-snapshot\",\n\"format_version\": 1,\n"));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QStringLiteral("documents")).toArray().size(), 2);
        QCOMPARE(
            root.value(QStringLiteral("facts")).toArray().first().toObject().value(QStringLiteral("start")).toInt(),
            10);

        IncidentStore restored;
        QVERIFY(restored.open(freshPath()));
        QVERIFY2(snapshot.importFile(restored, file), qPrintable(snapshot.errorString()));
        QCOMPARE(snapshot.importedCounts().documents, 2);
        QCOMPARE(snapshot.importedCounts().facts, 2);
        QCOMPARE(snapshot.importedCounts().incidents, 3);
        QCOMPARE(snapshot.importedCounts().history, qint64(original.history().size()));
        QCOMPARE(snapshotOf(restored), bytes);

        // Nothing lost: the same records, facts, documents and history through the store's own API.
        QCOMPARE(restored.incidents(), original.incidents());
        QCOMPARE(restored.facts(1), original.facts(1));
        QCOMPARE(restored.document(2)->rawSource(), original.document(2)->rawSource());
        QCOMPARE(restored.document(2)->metadata(), original.document(2)->metadata());
        QCOMPARE(restored.document(2)->metadata().siteName, QStringLiteral("Example News"));
        QCOMPARE(restored.documentOriginal(2)->bytes, original.documentOriginal(2)->bytes);
        QCOMPARE(restored.documentOriginal(2)->mediaType, QStringLiteral("application/pdf"));
        QVERIFY(restored.documentOriginal(1)->isEmpty());
        const QJsonObject second = root.value(QStringLiteral("documents")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("original")).toObject().value(QStringLiteral("base64")).toString(),
            QString::fromLatin1(binaryOriginal().toBase64()));
        QVERIFY(
            !root.value(QStringLiteral("documents")).toArray().at(0).toObject().contains(QStringLiteral("original")));
        QCOMPARE(restored.document(1)->importedAt(), original.document(1)->importedAt());
        const auto before = original.history();
        const auto after = restored.history();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).at, before.at(i).at);
            QCOMPARE(after.at(i).detail, before.at(i).detail);
        }
        // Full-text search works on the restored articles.
        QCOMPARE(restored.search(QStringLiteral("Kundendaten")).size(), 1);
    }

    void snapshotRefusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray head
            = "{\"format\":\"incident-workbench-snapshot\",\"format_version\":1,\"schema_version\":3,";
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON at byte");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not an Incident Workbench store snapshot");
        QTest::newRow("other format") << QByteArray("{\"format\":\"veris\"}")
                                      << QStringLiteral("not an Incident Workbench store snapshot");
        QTest::newRow("newer format version")
            << QByteArray("{\"format\":\"incident-workbench-snapshot\",\"format_version\":2}")
            << QStringLiteral("format version 2 is not supported");
        QTest::newRow("newer schema") << QByteArray(
            "{\"format\":\"incident-workbench-snapshot\",\"format_version\":1,\"schema_version\":99}")
                                      << QStringLiteral("schema version 99");
        QTest::newRow("missing table") << head + "\"documents\":[]}"
                                       << QStringLiteral("\"facts\" is missing or not an array");
        QTest::newRow("wrong type") << head
                + "\"documents\":[{\"id\":\"one\"}],\"facts\":[],\"incidents\":[],\"history\":[]}"
                                    << QStringLiteral("documents[0]: 'id' is not an integer");
        QTest::newRow("hash does not match") << head
                + "\"documents\":[{\"id\":1,\"sha256\":\"00\",\"title\":\"\",\"language\":\"\",\"published\":\"\","
                  "\"source\":\"\","
                  "\"format\":\"txt\",\"text\":\"abc\",\"raw_source\":\"\",\"imported_at\":\"2026-01-01T00:00:00."
                  "000Z\"}],"
                  "\"facts\":[],\"incidents\":[],\"history\":[]}"
                                             << QStringLiteral("'sha256' does not match the document's text");
        QTest::newRow("original not base64") << head
                + "\"documents\":[{\"id\":1,\"sha256\":"
                  "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\",\"title\":\"\",\"language\":"
                  "\"\",\"published\":\"\",\"source\":\"\",\"format\":\"pdf\",\"text\":\"abc\",\"raw_source\":\"\","
                  "\"imported_at\":\"2026-01-01T00:00:00.000Z\",\"original\":{\"media_type\":\"application/pdf\","
                  "\"base64\":\"%PDF!\"}}],\"facts\":[],\"incidents\":[],\"history\":[]}"
                                             << QStringLiteral("documents[0].original: 'base64' is not base64");
        QTest::newRow("fact without its document") << head
                + "\"documents\":[],\"facts\":[{\"id\":1,\"document_id\":4,\"start\":0,\"end\":1}],\"incidents\":[],"
                  "\"history\":[]}" << QStringLiteral("facts[0]: 'document_id' names document 4");
        QTest::newRow("unknown cause") << head
                + "\"documents\":[],\"facts\":[],\"incidents\":[{\"id\":1,\"organization\":\"\",\"incident_date\":\"\","
                  "\"start_time\":\"\","
                  "\"end_time\":\"\",\"duration_minutes\":null,\"affected_count\":null,\"affected_unit\":\"\",\"data_"
                  "exposed\":[],"
                  "\"data_not_exposed\":[],\"cause\":\"aliens\"}],\"history\":[]}"
                                       << QStringLiteral("incidents[0]: 'cause' is 'aliens'");
    }

    void snapshotRefusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = freshPath(QStringLiteral(".json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        StoreSnapshot snapshot;
        QVERIFY(!snapshot.importFile(store, file));
        QVERIFY2(snapshot.errorString().startsWith(file), qPrintable(snapshot.errorString()));
        QVERIFY2(snapshot.errorString().contains(reason), qPrintable(snapshot.errorString()));
        QCOMPARE(store.documentCount(), 0);
        QCOMPARE(store.incidentCount(), 0);
        QVERIFY(store.history().isEmpty());
    }

    void snapshotRefusesANonEmptyStoreAndLeavesItAlone()
    {
        IncidentStore original;
        QVERIFY(original.open(freshPath()));
        fill(original);
        const QString file = freshPath(QStringLiteral(".json"));
        StoreSnapshot snapshot;
        QVERIFY(snapshot.writeFile(original, file));
        const QByteArray before = snapshotOf(original);
        QVERIFY(!snapshot.importFile(original, file));
        QVERIFY(snapshot.errorString().startsWith(file));
        QVERIFY2(snapshot.errorString().contains(QLatin1String("is not empty")), qPrintable(snapshot.errorString()));
        QCOMPARE(snapshotOf(original), before);
    }

    void snapshotFailingInTheMiddleWritesNothing()
    {
        // Two incidents with the same id pass the checks but fail in SQL: the transaction must roll back.
        IncidentStore original;
        QVERIFY(original.open(freshPath()));
        IncidentRecord record;
        record.organization = QStringLiteral("Doppelt AG");
        QVERIFY(original.saveIncident(record));
        QJsonObject root = QJsonDocument::fromJson(snapshotOf(original)).object();
        QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
        incidents.append(incidents.first());
        root.insert(QStringLiteral("incidents"), incidents);
        const QString file = freshPath(QStringLiteral(".json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();

        IncidentStore target;
        QVERIFY(target.open(freshPath()));
        StoreSnapshot snapshot;
        QVERIFY(!snapshot.importFile(target, file));
        QVERIFY2(snapshot.errorString().contains(QLatin1String("incidents[1]: cannot be stored")),
            qPrintable(snapshot.errorString()));
        QCOMPARE(target.incidentCount(), 0);
        QVERIFY(target.history().isEmpty());
    }

    void verisMapping_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("discoveredBy");
        QTest::addColumn<QStringList>("exposed");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("review");
        QTest::addColumn<QString>("expectedActions"); // action keys with their first variety
        QTest::addColumn<QString>("expectedActors");
        QTest::addColumn<QString>("expectedDiscovery");
        QTest::addColumn<QString>("expectedData"); // varieties, data_total, data_victim
        QTest::addColumn<QString>("expectedStatus"); // analysis_status / confidence

        QTest::newRow("software error, found by a customer")
            << QStringLiteral("software_error") << QStringLiteral("no") << QStringLiteral("customer")
            << QStringList { QStringLiteral("names"), QStringLiteral("financial_data"),
                   QStringLiteral("email_addresses") }
            << QStringLiteral("users") << int(ReviewStatus::Reviewed) << QStringLiteral("error:Programming error")
            << QStringLiteral("internal") << QStringLiteral("external:Customer")
            << QStringLiteral("Yes Personal,Bank total=9500 victim=Customer") << QStringLiteral("Reviewed/High");
        QTest::newRow("misconfiguration exploited by an attacker")
            << QStringLiteral("misconfiguration") << QStringLiteral("yes") << QStringLiteral("researcher")
            << QStringList { QStringLiteral("health_data") } << QStringLiteral("patients")
            << int(ReviewStatus::FirstPass) << QStringLiteral("error:Misconfiguration hacking:Exploit misconfig")
            << QStringLiteral("external internal") << QStringLiteral("external:Security researcher")
            << QStringLiteral("Yes Medical total=9500 victim=Patient") << QStringLiteral("First pass/Medium");
        QTest::newRow("human error") << QStringLiteral("human_error") << QString() << QStringLiteral("internal")
                                     << QStringList { QStringLiteral("id_documents") } << QStringLiteral("people")
                                     << int(ReviewStatus::Draft) << QStringLiteral("error:Unknown")
                                     << QStringLiteral("internal") << QStringLiteral("internal:Unknown")
                                     << QStringLiteral("Yes Sensitive Personal total=9500 victim=")
                                     << QStringLiteral("Needs review/Low");
        QTest::newRow("attack, told by the attacker")
            << QStringLiteral("attack") << QStringLiteral("yes") << QStringLiteral("attacker")
            << QStringList { QStringLiteral("credentials") } << QStringLiteral("accounts") << int(ReviewStatus::Draft)
            << QStringLiteral("hacking:Unknown") << QStringLiteral("external")
            << QStringLiteral("external:Actor disclosure")
            << QStringLiteral("Yes Credentials total=9500 victim=Customer") << QStringLiteral("Needs review/Low");
        QTest::newRow("insider") << QStringLiteral("insider_misuse") << QStringLiteral("no")
                                 << QStringLiteral("authority")
                                 << QStringList { QStringLiteral("bank_accounts"), QStringLiteral("payment_cards") }
                                 << QStringLiteral("employees") << int(ReviewStatus::Draft)
                                 << QStringLiteral("misuse:Unknown") << QStringLiteral("internal")
                                 << QStringLiteral("external:Other")
                                 << QStringLiteral("Yes Bank,Payment total=9500 victim=Employee")
                                 << QStringLiteral("Needs review/Low");
        QTest::newRow("theft") << QStringLiteral("loss_or_theft") << QStringLiteral("unknown") << QString()
                               << QStringList {} << QStringLiteral("customers") << int(ReviewStatus::Draft)
                               << QStringLiteral("physical:Theft") << QStringLiteral("external")
                               << QStringLiteral("unknown") << QStringLiteral("Unknown  total=9500 victim=Customer")
                               << QStringLiteral("Needs review/Low");
        QTest::newRow("loss") << QStringLiteral("loss_or_theft") << QStringLiteral("no") << QStringLiteral("unknown")
                              << QStringList {} << QStringLiteral("devices") << int(ReviewStatus::Draft)
                              << QStringLiteral("error:Loss") << QStringLiteral("internal") << QStringLiteral("unknown")
                              << QStringLiteral("none") << QStringLiteral("Needs review/Low");
        QTest::newRow("nothing known") << QString() << QString() << QString()
                                       << QStringList { QStringLiteral("loyalty_points") } << QString()
                                       << int(ReviewStatus::Draft) << QStringLiteral("unknown:")
                                       << QStringLiteral("unknown") << QStringLiteral("unknown")
                                       << QStringLiteral("Yes Other victim=") << QStringLiteral("Needs review/Low");
    }

    void verisMapping()
    {
        QFETCH(QString, cause);
        QFETCH(QString, attack);
        QFETCH(QString, discoveredBy);
        QFETCH(QStringList, exposed);
        QFETCH(QString, unit);
        QFETCH(int, review);
        QFETCH(QString, expectedActions);
        QFETCH(QString, expectedActors);
        QFETCH(QString, expectedDiscovery);
        QFETCH(QString, expectedData);
        QFETCH(QString, expectedStatus);

        IncidentRecord record;
        record.id = 4;
        record.organization = QStringLiteral("Lumera Pay");
        record.cause = cause;
        record.externalAttack = attack;
        record.discoveredBy = discoveredBy;
        record.dataExposed = exposed;
        record.affectedCount = 9500;
        record.affectedUnit = unit;
        record.reviewStatus = ReviewStatus(review);
        record.createdAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::UTC);
        const QJsonObject veris = VerisMapper::toVeris(record, {});

        QStringList actions;
        const QJsonObject action = veris.value(QStringLiteral("action")).toObject();
        for (auto it = action.begin(); it != action.end(); ++it) {
            actions.append(it.key() + QLatin1Char(':') + it.value()[QStringLiteral("variety")][0].toString());
        }
        QCOMPARE(actions.join(QLatin1Char(' ')), expectedActions);
        QCOMPARE(veris.value(QStringLiteral("actor")).toObject().keys().join(QLatin1Char(' ')), expectedActors);

        const QJsonObject discovery = veris.value(QStringLiteral("discovery_method")).toObject();
        const QString discoveryKey = discovery.keys().first();
        const QString discoveryText = discovery.value(discoveryKey).isBool()
            ? discoveryKey
            : discoveryKey + QLatin1Char(':') + discovery.value(discoveryKey)[QStringLiteral("variety")][0].toString();
        QCOMPARE(discoveryText, expectedDiscovery);

        QString data = QStringLiteral("none");
        if (veris.contains(QStringLiteral("attribute"))) {
            const QJsonObject confidentiality
                = veris[QStringLiteral("attribute")][QStringLiteral("confidentiality")].toObject();
            QStringList varieties;
            for (const QJsonValue item : confidentiality.value(QStringLiteral("data")).toArray()) {
                varieties.append(item[QStringLiteral("variety")].toString());
            }
            data = confidentiality.value(QStringLiteral("data_disclosure")).toString() + QLatin1Char(' ')
                + varieties.join(QLatin1Char(','));
            if (confidentiality.contains(QStringLiteral("data_total"))) {
                data
                    += QStringLiteral(" total=%1").arg(confidentiality.value(QStringLiteral("data_total")).toInteger());
            }
            data += QStringLiteral(" victim=") + confidentiality.value(QStringLiteral("data_victim"))[0].toString();
        }
        QCOMPARE(data, expectedData);
        QCOMPARE(veris[QStringLiteral("plus")][QStringLiteral("analysis_status")].toString() + QLatin1Char('/')
                + veris.value(QStringLiteral("confidence")).toString(),
            expectedStatus);

        // Always there, whatever the record knows.
        for (const char *required : { "actor", "action", "discovery_method", "schema_version", "asset", "timeline",
                 "incident_id", "security_incident", "summary" }) {
            QVERIFY2(veris.contains(QLatin1String(required)), required);
        }
        QCOMPARE(veris[QStringLiteral("victim")][QStringLiteral("victim_id")].toString(), QStringLiteral("Lumera Pay"));
    }

    void verisTimelineIdAndReference()
    {
        IncidentRecord record;
        record.id = 12;
        record.incidentDate = QStringLiteral("2026-01-15");
        record.startTime = QStringLiteral("17:05");
        record.createdAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::UTC);
        const QList<VerisSource> sources { { QStringLiteral("Datenpanne"), QStringLiteral("/a/b.txt"),
            QStringLiteral("2026-01-16") } };
        const QJsonObject veris = VerisMapper::toVeris(record, sources);
        const QJsonObject incident = veris[QStringLiteral("timeline")][QStringLiteral("incident")].toObject();
        QCOMPARE(incident.value(QStringLiteral("year")).toInt(), 2026);
        QCOMPARE(incident.value(QStringLiteral("month")).toInt(), 1);
        QCOMPARE(incident.value(QStringLiteral("day")).toInt(), 15);
        QCOMPARE(incident.value(QStringLiteral("time")).toString(), QStringLiteral("05:05:00 PM"));
        QCOMPARE(veris.value(QStringLiteral("reference")).toString(), QStringLiteral("Datenpanne (/a/b.txt)"));
        QCOMPARE(veris.value(QStringLiteral("schema_version")).toString(), QStringLiteral("1.4.0"));
        // Stable: the same record gives the same id; another creation time another one.
        QCOMPARE(VerisMapper::toVeris(record, sources).value(QStringLiteral("incident_id")),
            veris.value(QStringLiteral("incident_id")));
        QCOMPARE(QUuid::fromString(veris.value(QStringLiteral("incident_id")).toString()).version(), QUuid::Sha1);
        IncidentRecord later = record;
        later.createdAt = later.createdAt.addSecs(1);
        QVERIFY(VerisMapper::incidentId(later) != VerisMapper::incidentId(record));

        // Without an incident date: the article's year and month.
        record.incidentDate.clear();
        const QJsonObject fallback
            = VerisMapper::toVeris(record, { { QString(), QString(), QStringLiteral("2025-11") } });
        QCOMPARE(fallback[QStringLiteral("timeline")][QStringLiteral("incident")].toObject(),
            (QJsonObject { { QStringLiteral("year"), 2025 }, { QStringLiteral("month"), 11 } }));
    }

    void twelveHourTimes_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("midnight") << QStringLiteral("00:15") << QStringLiteral("12:15:00 AM");
        QTest::newRow("morning") << QStringLiteral("10:49") << QStringLiteral("10:49:00 AM");
        QTest::newRow("noon") << QStringLiteral("12:00") << QStringLiteral("12:00:00 PM");
        QTest::newRow("evening") << QStringLiteral("23:59") << QStringLiteral("11:59:00 PM");
        QTest::newRow("not a time") << QStringLiteral("25:00") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void twelveHourTimes()
    {
        QFETCH(QString, time);
        QFETCH(QString, expected);
        QCOMPARE(VerisMapper::twelveHourTime(time), expected);
    }

    void verisExportIsAnArrayInIdOrder()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        fill(store);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        VerisExporter exporter(store);
        QCOMPARE(exporter.write(buffer, ExportScope::selected({ 2, 1 })).value_or(-1), 2);
        const QJsonArray incidents = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(incidents.size(), 2);
        QCOMPARE(incidents.at(0)[QStringLiteral("victim")][QStringLiteral("victim_id")].toString(),
            QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE(incidents.at(0)[QStringLiteral("reference")].toString(),
            QStringLiteral("Datenpanne | Müller & Söhne (/articles/mueller.txt)"));
        QCOMPARE(incidents.at(1)[QStringLiteral("action")][QStringLiteral("physical")][QStringLiteral("variety")][0]
                     .toString(),
            QStringLiteral("Theft"));
        QCOMPARE(bytes.count('\n'), 4);
    }

    void registerVerisSpans_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("value");
        QTest::newRow("same moment") << qint64(0) << u"Seconds"_s << 0.0;
        QTest::newRow("40 s") << qint64(40) << u"Seconds"_s << 40.0;
        QTest::newRow("40 min (the loyalty programme)") << qint64(40 * 60) << u"Minutes"_s << 40.0;
        QTest::newRow("31 min 40 s rounds") << qint64(31 * 60 + 40) << u"Minutes"_s << 32.0;
        QTest::newRow("an hour") << qint64(3600) << u"Hours"_s << 1.0;
        QTest::newRow("47 h") << qint64(47 * 3600) << u"Hours"_s << 47.0;
        QTest::newRow("two days") << qint64(48 * 3600) << u"Days"_s << 2.0;
        QTest::newRow("55 days") << qint64(55) * 86400 << u"Days"_s << 55.0;
        QTest::newRow("90 days") << qint64(90) * 86400 << u"Months"_s << 3.0;
        QTest::newRow("three years") << qint64(3 * 365 + 1) * 86400 << u"Years"_s << 3.0;
        QTest::newRow("negative (discovered before it began)") << qint64(-600) << u"Seconds"_s << 0.0;
    }

    void registerVerisSpans()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, unit);
        QFETCH(double, value);
        const QJsonObject span = RegisterVeris::span(seconds);
        QCOMPARE(span[u"unit"_s].toString(), unit);
        QCOMPARE(span[u"value"_s].toDouble(), value);
    }

    void verisExportAddsTheRegisterEntry()
    {
        IncidentStore store;
        QVERIFY(store.open(freshPath()));
        fill(store);
        RegisterStore registers(store);
        BreachRegister own;
        own.controllerName = u"Müller & Söhne GmbH"_s;
        QVERIFY2(registers.saveRegister(own), qPrintable(registers.errorString()));
        RegisterEntry entry;
        entry.registerId = own.id;
        entry.incidentId = 2;
        // Happened at 14:10 Berlin time on 28 March 2026, the day before the clocks go forward; found 40 min
        // later; over at 16:00 Berlin time the next day, in summer time.
        entry.occurredStart = ZonedTime::fromLocal(QDate(2026, 3, 28), QTime(14, 10), "Europe/Berlin");
        entry.discovered = ZonedTime::fromLocal(QDate(2026, 3, 28), QTime(14, 50), "Europe/Berlin");
        entry.becameAware = ZonedTime::fromLocal(QDate(2026, 3, 28), QTime(16, 0), "Europe/Berlin");
        entry.occurredEnd = ZonedTime::fromLocal(QDate(2026, 3, 29), QTime(16, 0), "Europe/Berlin");
        entry.confidentiality = true;
        entry.availability = true;
        entry.dataCategories = { u"contact"_s, u"credentials"_s };
        entry.specialCategories = { u"health"_s };
        entry.recordsCount = 1200;
        entry.subjectCategories = { u"patients"_s, u"employees"_s };
        entry.discoveredHow = u"customer"_s;
        QVERIFY2(registers.saveEntry(entry), qPrintable(registers.errorString()));

        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        VerisExporter exporter(store);
        QCOMPARE(exporter.write(buffer, ExportScope::selected({ 1, 2 })).value_or(-1), 2);
        const QJsonArray incidents = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(incidents.size(), 2);
        // Incident 1 is in no register: the record's mapping alone.
        QVERIFY(!incidents.at(0)[u"timeline"_s].toObject().contains(u"discovery"_s));

        const QJsonObject veris = incidents.at(1).toObject();
        const QJsonObject timeline = veris[u"timeline"_s].toObject();
        QCOMPARE(timeline[u"incident"_s][u"year"_s].toInt(), 2026);
        QCOMPARE(timeline[u"incident"_s][u"month"_s].toInt(), 3);
        QCOMPARE(timeline[u"incident"_s][u"day"_s].toInt(), 28);
        QCOMPARE(timeline[u"incident"_s][u"time"_s].toString(), u"02:10:00 PM"_s);
        QCOMPARE(timeline[u"discovery"_s][u"unit"_s].toString(), u"Minutes"_s);
        QCOMPARE(timeline[u"discovery"_s][u"value"_s].toDouble(), 40.0);
        // 14:50 on the 28th to 16:00 on the 29th across the change to summer time: 24 h 10 min elapsed.
        QCOMPARE(timeline[u"containment"_s][u"unit"_s].toString(), u"Hours"_s);
        QCOMPARE(timeline[u"containment"_s][u"value"_s].toDouble(), 24.0);

        const QJsonObject confidentiality = veris[u"attribute"_s][u"confidentiality"_s].toObject();
        QCOMPARE(confidentiality[u"data_disclosure"_s].toString(), u"Yes"_s);
        QCOMPARE(confidentiality[u"data_total"_s].toInteger(), 1200);
        QStringList varieties;
        const QJsonArray data = confidentiality[u"data"_s].toArray();
        for (const auto &item : data) {
            varieties.append(item[u"variety"_s].toString());
        }
        QVERIFY2(varieties.contains(u"Medical"_s) && varieties.contains(u"Credentials"_s)
                && varieties.contains(u"Personal"_s) && varieties.removeDuplicates() == 0,
            qPrintable(varieties.join(u", "_s)));
        QCOMPARE(confidentiality[u"data_victim"_s].toArray(), (QJsonArray { u"Patient"_s, u"Employee"_s }));
        QCOMPARE(veris[u"attribute"_s][u"availability"_s][u"variety"_s].toArray(), QJsonArray { u"Unknown"_s });
        QVERIFY(!veris[u"attribute"_s].toObject().contains(u"integrity"_s));
        QCOMPARE(veris[u"discovery_method"_s][u"external"_s][u"variety"_s].toArray(), QJsonArray { u"Customer"_s });
    }
};

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
