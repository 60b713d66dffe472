// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "storage/incidentstore.h"
#include "storage/storetables.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

/// Bulk reads and writes of whole tables (exports, the snapshot): one consistent state, all or nothing.
class TestStoreTables : public QObject
{
    Q_OBJECT

private:
    static IncidentRecord recordOf(const QString &organization)
    {
        IncidentRecord record;
        record.organization = organization;
        record.cause = QStringLiteral("misconfiguration");
        return record;
    }

    static QStringList organizations(StoreTables &tables)
    {
        QStringList names;
        auto rows = tables.rows(StoredTable::Incidents);
        if (!rows) {
            return { tables.errorString() };
        }
        while (rows->next()) {
            names.append(rows->text(IncidentColumn::Organization));
        }
        return names;
    }

private Q_SLOTS:
    void aReadSeesOneStateWhileAnotherProcessSaves()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("consistent.sqlite"));
        IncidentStore reader;
        QVERIFY(reader.open(path));
        IncidentRecord first = recordOf(QStringLiteral("Nordlicht Bank"));
        QVERIFY(reader.saveIncident(first));

        // A second connection to the same file, as a second process (the CLI beside the workbench) would have.
        IncidentStore writer;
        QVERIFY(writer.open(path));

        {
            StoreTables tables(reader);
            QVERIFY2(tables.beginRead(), qPrintable(tables.errorString()));
            QCOMPARE(organizations(tables), QStringList { QStringLiteral("Nordlicht Bank") });
            IncidentRecord second = recordOf(QStringLiteral("Stadtwerke Ellmark"));
            QVERIFY2(writer.saveIncident(second), qPrintable(writer.errorString()));
            // Still the state the read began with.
            QCOMPARE(organizations(tables), QStringList { QStringLiteral("Nordlicht Bank") });
        }
        // The read has ended; a new one sees the save.
        StoreTables later(reader);
        QVERIFY(later.beginRead());
        QCOMPARE(organizations(later).size(), 2);
    }

    void insertAllIsAllOrNothing()
    {
        QTemporaryDir dir;
        IncidentStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("restore.sqlite"))));
        StoreTables tables(store);
        QCOMPARE(tables.isEmpty(), std::optional<bool>(true));
        const QVariantList history { 1, QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("ana"),
            QStringLiteral("incident"), 1, QStringLiteral("create"), QStringLiteral("{}") };
        QVariantList duplicate = history;
        const QList<TableRow> rows {
            { StoredTable::History, history, QStringLiteral("file.json: history[0]") },
            { StoredTable::History, duplicate, QStringLiteral("file.json: history[1]") },
        };
        QVERIFY(!tables.insertAll(rows));
        QVERIFY2(tables.errorString().startsWith(QLatin1String("file.json: history[1]: cannot be stored")),
            qPrintable(tables.errorString()));
        QCOMPARE(tables.isEmpty(), std::optional<bool>(true)); // the first row went with the rollback

        QVERIFY2(tables.insertAll({ rows.first() }), qPrintable(tables.errorString()));
        QCOMPARE(tables.isEmpty(), std::optional<bool>(false));
    }

    void documentReadsNameWhatIsMissing()
    {
        QTemporaryDir dir;
        IncidentStore store;
        const QString path = dir.filePath(QStringLiteral("documents.sqlite"));
        QVERIFY(store.open(path));
        ImportResult imported = DocumentImporter().importText(
            QStringLiteral("Ein Text über eine Datenpanne."), QStringLiteral("txt"), QStringLiteral("test"));
        QVERIFY(store.addDocument(imported.document));
        const qint64 id = imported.document.id();
        StoreTables tables(store);
        QCOMPARE(tables.documentText(id), std::optional<QString>(QStringLiteral("Ein Text über eine Datenpanne.")));
        QVERIFY(!tables.documentText(id + 1));
        QCOMPARE(tables.errorString(), path + QStringLiteral(": document %1 is not in the store").arg(id + 1));
        QVERIFY(!tables.documentReference(id + 1));
        QCOMPARE(tables.sourceDocumentsOf({ 1, 2 }), std::optional<QSet<qint64>>(QSet<qint64>()));
    }
};

QTEST_GUILESS_MAIN(TestStoreTables)
#include "tst_storetables.moc"
