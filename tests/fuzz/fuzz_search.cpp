// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The store's search entry points on arbitrary query text: the article search (Enter in the
// library's filter field, made into FTS5 prefix terms) and the incident library's filter (a trigram
// phrase for rare texts, a substring test otherwise). No query text reaches SQL or FTS5 syntax: no
// statement fails, hits are stored articles, and the filter's count is what paging through the
// filtered register finds.

#include "document/document.h"
#include "fuzzinput.h"
#include "incident/incidentrecord.h"
#include "storage/incidentstore.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

using namespace Iwb;

namespace {

QTemporaryDir *folder = nullptr; // kept here: reachable, so LeakSanitizer does not count it
IncidentStore *store = nullptr;
QSet<qint64> documentIds;

void addArticle(const QString &title, const QString &text)
{
    Document document;
    document.setTitle(title);
    document.setText(text);
    document.setFormat(QStringLiteral("txt"));
    const auto added = store->addDocument(document);
    FUZZ_REQUIRE(added.has_value() && !added->isDuplicate);
    documentIds.insert(added->id);
}

void addIncident(const QString &organization, const QString &date, const QString &cause, qint64 affected)
{
    IncidentRecord record;
    record.organization = organization;
    record.incidentDate = date;
    record.cause = cause;
    record.affectedCount = affected;
    record.affectedUnit = QStringLiteral("customers");
    FUZZ_REQUIRE(store->saveIncident(record));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL finds its driver plugins through the application object. The application, the folder and
    // the store live until the process ends, never destroyed: the store's connection must not outlive
    // the application at exit.
    new QCoreApplication(*argc, *argv);
    folder = new QTemporaryDir;
    store = new IncidentStore;
    FUZZ_REQUIRE(store->open(folder->filePath(QStringLiteral("search.sqlite"))));
    addArticle(QStringLiteral("Datenpanne im Kundenportal"),
        QStringLiteral("Die Stadtwerke Nordheim haben am 27. Februar 2026 einen Fehler im Kundenportal bemerkt. "
                       "Rund 1.200 Kunden konnten \"fremde\" Rechnungen sehen (Kunden-Nr. 4711*)."));
    addArticle(QStringLiteral("Ransomware at a clinic"),
        QStringLiteral("Attackers encrypted the servers of a clinic in Oststadt; patient records: not affected. "
                       "NEAR AND OR NOT ^ col:value"));
    addArticle(QStringLiteral("Offene Datenbank"), QStringLiteral("Eine Elasticsearch-Datenbank war öffentlich."));
    addIncident(
        QStringLiteral("Stadtwerke Nordheim"), QStringLiteral("2026-02-27"), QStringLiteral("software_error"), 1200);
    addIncident(QStringLiteral("Klinik Oststadt"), QStringLiteral("2026-01"), QStringLiteral("attack"), 0);
    addIncident(
        QStringLiteral("Müller & Söhne \"GmbH\""), QStringLiteral("2025"), QStringLiteral("misconfiguration"), 42);
    FUZZ_REQUIRE(store->errorString().isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QString query = QString::fromUtf8(input.bytes());

    for (const SearchHit &hit : store->search(query)) {
        FUZZ_REQUIRE(documentIds.contains(hit.documentId));
    }
    FUZZ_REQUIRE(store->errorString().isEmpty());

    const int count = store->incidentMatchCount(query);
    FUZZ_REQUIRE(count >= 0 && count <= 3);
    IncidentQuery filtered;
    filtered.filterText = query;
    filtered.sortKey
        = static_cast<IncidentQuery::SortKey>(input.bytes().isEmpty() ? 0 : uint8_t(input.bytes().at(0)) % 6);
    const QList<IncidentSummary> page = store->incidentPage(filtered, std::nullopt, 10);
    FUZZ_REQUIRE(page.size() == count);
    FUZZ_REQUIRE(store->errorString().isEmpty());
    return 0;
}
