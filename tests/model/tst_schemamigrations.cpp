// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storage/incidentstore.h"
#include "storage/schemamigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

/**
 * Every older schema version must migrate to the latest one with its data
 * intact. Each row builds a database at one old version with the raw SQL of
 * that time, fills it, and opens it with the current store.
 */
class TestSchemaMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning() << query.lastError().text() << sql;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < SchemaMigrations::latestVersion(); ++version) {
            QTest::addRow("from version %d", version) << version;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        const QString path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(fromVersion));
        const QString connection = QStringLiteral("old-%1").arg(fromVersion);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(SchemaMigrations::migrate(db, &error, fromVersion), qPrintable(error));
            QCOMPARE(SchemaMigrations::currentVersion(db), fromVersion);
            if (fromVersion >= 1) {
                QVERIFY(exec(db,
                    QStringLiteral("INSERT INTO documents (id, sha256, title, text, imported_at) VALUES "
                                   "(7, 'abc', 'Altbestand', 'Ein alter Bericht über Kundenkonten.', "
                                   "'2025-01-01T00:00:00.000Z')")));
                QVERIFY(exec(db,
                    QStringLiteral(
                        "INSERT INTO facts (id, document_id, type, start_utf16, end_utf16, text, value_json, origin) "
                        "VALUES (3, 7, 'data_category', 25, 36, 'Kundenkonten', '\"account_data\"', "
                        "'de.data.account')")));
                QVERIFY(exec(db,
                    QStringLiteral(
                        "INSERT INTO incidents (id, organization, affected_count, created_at, modified_at) "
                        "VALUES (5, 'Altfirma', 4100, '2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z')")));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO incident_sources VALUES (5, 7)")));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO field_evidence VALUES (5, 'data_exposed', 3)")));
            }
        }
        QSqlDatabase::removeDatabase(connection);

        IncidentStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
        if (fromVersion == 0) {
            QCOMPARE(store.documentCount(), 0);
            return;
        }
        QCOMPARE(store.document(7)->title(), QStringLiteral("Altbestand"));
        const auto facts = store.facts(7);
        QCOMPARE(facts->size(), 1);
        QCOMPARE(facts->first().value.toString(), QStringLiteral("account_data"));
        QCOMPARE(facts->first().author, QString()); // added by version 2, empty for old rows
        const auto record = store.incident(5);
        QCOMPARE(record->organization, QStringLiteral("Altfirma"));
        QCOMPARE(record->affectedCount, std::optional<qint64>(4100));
        QCOMPARE(record->evidence.value(QStringLiteral("data_exposed")), QList<qint64> { 3 });
        // Documents stored before the full-text index existed are found by it.
        const QList<SearchHit> hits = store.search(QStringLiteral("Kundenkonten"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().documentId, qint64(7));
        // A document from before version 6 has no original; a new one gets one (version 6).
        QVERIFY(!store.document(7)->hasOriginal());
        QVERIFY(store.documentOriginal(7)->isEmpty());
        Document pdf;
        pdf.setText(QStringLiteral("Ein neuer Bericht nach der Migration."));
        pdf.setFormat(QStringLiteral("pdf"));
        pdf.setOriginal(QByteArray("%PDF-1.7\n\0\xff", 11), QStringLiteral("application/pdf"));
        const auto added = store.addDocument(pdf);
        QVERIFY2(added, qPrintable(store.errorString()));
        QCOMPARE(store.documentOriginal(added->id)->bytes, QByteArray("%PDF-1.7\n\0\xff", 11));
        // And the history works on migrated data.
        IncidentRecord changed = *record;
        changed.notes = QStringLiteral("nach Migration bearbeitet");
        QVERIFY2(store.saveIncident(changed), qPrintable(store.errorString()));
        QCOMPARE(store.history(QStringLiteral("incident"), 5).size(), 1);
    }

    void failedMigrationLeavesLastGoodVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY(SchemaMigrations::migrate(db, &error, 1));
            // Sabotage version 2: the table it creates is already there.
            QVERIFY(exec(db, QStringLiteral("CREATE TABLE edit_history (x)")));
            QVERIFY(!SchemaMigrations::migrate(db, &error));
            QVERIFY2(error.contains(QLatin1String("schema version 2")), qPrintable(error));
            QCOMPARE(SchemaMigrations::currentVersion(db), 1);
            // Version 2's first step (a new column on facts) was rolled back too.
            QSqlQuery columns(db);
            QVERIFY(
                columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('facts') WHERE name = 'author'")));
            QVERIFY(columns.next());
            QCOMPARE(columns.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("broken"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "tst_schemamigrations.moc"
