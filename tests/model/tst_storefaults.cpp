// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The store under faults (docs/reliability.md): a full disk, a lock held by another program, the file
// deleted or replaced while open, random bytes in the file, a store from a newer version; and backups made
// with SQLite's online backup API while another connection writes, restored, and rotated before migrations.
// Each fault: a message that names the file and what to do, nothing saved lost, the session still holding
// the unsaved work, and a save that works once the fault is gone.

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "rawstore.h"
#include "storage/incidentstore.h"
#include "storage/schemamigrations.h"
#include "storage/storebackup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Iwb;
using IwbTest::RawStore;

namespace {

QString articleText(int number)
{
    return QStringLiteral("Meldung %1: Die Stadtwerke Alpha haben einen Angriff auf ihre Kundendatenbank gemeldet. "
                          "Betroffen seien Namen und Bankverbindungen von %2 Haushalten.")
        .arg(number)
        .arg(1000 + number);
}

qint64 addArticle(IncidentStore &store, int number)
{
    Document document;
    document.setTitle(QStringLiteral("Meldung %1").arg(number));
    document.setText(articleText(number));
    const auto added = store.addDocument(document);
    return added ? added->id : 0;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Overwrites @p count bytes at @p offset of @p path with bytes from a generator seeded with @p seed.
void overwriteWithRandomBytes(const QString &path, qint64 offset, qint64 count, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes) {
        byte = static_cast<char>(random.bounded(256));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), count);
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_storeNumber = 0;

    QString newStorePath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_storeNumber)); }

    /// The stored notes of the record of @p documentId, as another connection reads them.
    static QString storedNotes(const QString &path, qint64 documentId)
    {
        return RawStore(path)
            .value(QStringLiteral("SELECT i.notes FROM incidents i JOIN incident_sources s ON s.incident_id = i.id "
                                  "WHERE s.document_id = ?"),
                { documentId })
            .toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void diskFullKeepsTheSessionAndTheStore()
    {
        const QString path = newStorePath();
        IncidentStore store;
        QVERIFY(store.open(path));
        const qint64 id = addArticle(store, 1);
        AnnotationSession session(store);
        QVERIFY(session.load(id));
        IncidentRecord record = session.record();
        record.notes = QStringLiteral("saved before");
        record.affectedCount = 1;
        session.editRecord(record, QStringLiteral("Edit notes"));
        QVERIFY(session.save());

        // The file may not grow: a record with 200 KB of notes does not fit.
        QVERIFY(store.setSizeLimit(1));
        record = session.record();
        record.notes = QString(200000, QLatin1Char('x'));
        session.editRecord(record, QStringLiteral("Edit notes"));
        QVERIFY(!session.save());
        QCOMPARE(store.failure(), StoreFailure::DiskFull);
        QVERIFY2(session.errorString().startsWith(path + QLatin1String(": ")), qPrintable(session.errorString()));
        QVERIFY2(session.errorString().contains(QLatin1String("The disk is full")), qPrintable(session.errorString()));
        QVERIFY2(session.errorString().contains(QLatin1String("save again")), qPrintable(session.errorString()));
        // The unsaved work stays in the session, the saved work in the store.
        QVERIFY(session.isModified());
        QCOMPARE(session.record().notes.size(), 200000);
        QCOMPARE(storedNotes(path, id), QStringLiteral("saved before"));
        QCOMPARE(RawStore(path).integrityCheck(), QStringList { QStringLiteral("ok") });

        QVERIFY(store.setSizeLimit(0));
        QVERIFY2(session.save(), qPrintable(session.errorString()));
        QVERIFY(!session.isModified());
        QCOMPARE(storedNotes(path, id).size(), 200000);
    }

    void lockHeldByAnotherProgramFailsClearlyAndPasses()
    {
        const QString path = newStorePath();
        IncidentStore store;
        QVERIFY(store.open(path));
        const qint64 id = addArticle(store, 2);
        AnnotationSession session(store);
        QVERIFY(session.load(id));
        IncidentRecord record = session.record();
        record.notes = QStringLiteral("waited for the lock");
        record.affectedCount = 2;
        session.editRecord(record, QStringLiteral("Edit notes"));
        {
            // Another program writes and holds its transaction open past the busy timeout (5 s).
            const RawStore other(path);
            QSqlQuery begin(other.database());
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(!session.save());
            QCOMPARE(store.failure(), StoreFailure::Busy);
            QVERIFY2(session.errorString().startsWith(path), qPrintable(session.errorString()));
            QVERIFY2(
                session.errorString().contains(QLatin1String("Another program")), qPrintable(session.errorString()));
            QVERIFY(session.isModified());
            QVERIFY(begin.exec(QStringLiteral("COMMIT")));
        }
        QVERIFY2(session.save(), qPrintable(session.errorString()));
        QCOMPARE(storedNotes(path, id), QStringLiteral("waited for the lock"));
    }

    void storeDeletedOrReplacedWhileOpen_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("deleted") << false;
        QTest::newRow("replaced by another file") << true;
    }

    void storeDeletedOrReplacedWhileOpen()
    {
        QFETCH(bool, replace);
        const QString path = newStorePath();
        IncidentStore store;
        QVERIFY(store.open(path));
        const qint64 id = addArticle(store, 3);
        AnnotationSession session(store);
        QVERIFY(session.load(id));
        IncidentRecord record = session.record();
        record.notes = QStringLiteral("not lost");
        record.affectedCount = 3;
        session.editRecord(record, QStringLiteral("Edit notes"));
        const QString other = newStorePath();
        if (replace) {
            {
                IncidentStore otherStore;
                QVERIFY(otherStore.open(other));
            }
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::rename(other, path));
        } else {
            QVERIFY(QFile::remove(path));
        }
        // SQLite would write on into the -wal of the vanished file, and lose it all at close.
        QVERIFY(!session.save());
        QCOMPARE(store.failure(), StoreFailure::Moved);
        QVERIFY2(session.errorString().startsWith(path), qPrintable(session.errorString()));
        QVERIFY2(session.errorString().contains(QLatin1String("deleted, moved or replaced")),
            qPrintable(session.errorString()));
        QVERIFY(session.isModified());
        QCOMPARE(session.record().notes, QStringLiteral("not lost"));
        Document another;
        another.setText(articleText(33));
        QVERIFY(!store.addDocument(another));
        QCOMPARE(store.failure(), StoreFailure::Moved);
    }

    void damagedStoreIsRefusedAtOpenAndRestoredFromItsBackup_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("count");
        QTest::newRow("the header after its magic string") << qint64(16) << qint64(84);
        QTest::newRow("pages 2 to 4") << qint64(4096) << qint64(3 * 4096);
        QTest::newRow("the last page") << qint64(-4096) << qint64(4096);
    }

    void damagedStoreIsRefusedAtOpenAndRestoredFromItsBackup()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, count);
        const QString path = newStorePath();
        QString backup;
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < 40; ++i) {
                QVERIFY(addArticle(store, 100 + i) > 0);
            }
            QString error;
            backup = StoreBackup::backUpBeforeMigration(
                QSqlDatabase::database(store.connectionName(), false), path, store.schemaVersion(), &error);
            QVERIFY2(!backup.isEmpty(), qPrintable(error));
            QVERIFY(addArticle(store, 200) > 0); // after the backup
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))); // all in the file, checkpointed at close
        const qint64 size = QFileInfo(path).size();
        overwriteWithRandomBytes(path, offset < 0 ? size + offset : offset, count, 20261207);
        const QByteArray damaged = fileHash(path);

        IncidentStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.failure(), StoreFailure::Damaged);
        QVERIFY2(store.errorString().startsWith(path + QLatin1String(": the store file is damaged")),
            qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QLatin1String("Nothing was changed")), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(backup), qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), damaged); // refused untouched

        QString error;
        QString keptAs;
        QVERIFY2(StoreBackup::restore(backup, path, &error, &keptAs), qPrintable(error));
        QCOMPARE(fileHash(keptAs), damaged); // the damaged file is kept beside it, not deleted
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.documentCount(), 40);
        QCOMPARE(store.failure(), StoreFailure::None);
    }

    void storeOfANewerVersionIsRefusedUntouched()
    {
        const QString path = newStorePath();
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            QVERIFY(addArticle(store, 4) > 0);
        }
        {
            const RawStore raw(path);
            QSqlQuery query(raw.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
        }
        const QByteArray before = fileHash(path);
        IncidentStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.failure(), StoreFailure::NewerSchema);
        QVERIFY2(store.errorString().startsWith(path), qPrintable(store.errorString()));
        QVERIFY2(
            store.errorString().contains(QLatin1String("newer Incident Workbench")), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(QLatin1String("left untouched")), qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(StoreBackup::automaticBackups(path).isEmpty()); // never "downgraded", not even backed up
    }

    /// A backup while another connection writes in a loop is one committed state: every document it
    /// holds has its history row, and it passes the integrity check.
    void backupWhileAnotherConnectionWrites()
    {
        const QString path = newStorePath();
        IncidentStore store;
        QVERIFY(store.open(path));
        QVERIFY(addArticle(store, 5) > 0);
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QThread *writer = QThread::create([&] {
            IncidentStore other;
            if (!other.open(path)) {
                return;
            }
            for (int i = 0; !stop; ++i) {
                written += addArticle(other, 1000 + i) > 0 ? 1 : 0;
            }
        });
        writer->start();
        QList<int> counts;
        for (int i = 0; i < 8; ++i) {
            while (written < (i + 1) * 5) {
                QThread::msleep(1);
            }
            const QString target = m_dir.filePath(QStringLiteral("concurrent-%1.sqlite").arg(i));
            QString error;
            QVERIFY2(StoreBackup::backUp(store, target, &error), qPrintable(error));
            QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
            const RawStore copy(target);
            QCOMPARE(copy.integrityCheck(), QStringList { QStringLiteral("ok") });
            QCOMPARE(copy.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
            const int documents = copy.value(QStringLiteral("SELECT count(*) FROM documents")).toInt();
            QCOMPARE(copy.value(QStringLiteral("SELECT count(*) FROM edit_history WHERE entity = 'document'")).toInt(),
                documents);
            counts.append(documents);
        }
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(counts.constLast() > counts.constFirst(), "the writer did not write between the backups");
        // The newest backup opens as a store with what it holds.
        IncidentStore restored;
        QVERIFY(restored.open(m_dir.filePath(QStringLiteral("concurrent-7.sqlite"))));
        QCOMPARE(restored.documentCount(), counts.constLast());
    }

    void backupRefusesToOverwriteTheStore()
    {
        const QString path = newStorePath();
        IncidentStore store;
        QVERIFY(store.open(path));
        QString error;
        QVERIFY(!StoreBackup::backUp(store, path, &error));
        QVERIFY2(error.contains(QLatin1String("is the store itself")), qPrintable(error));
        QVERIFY(store.documentCount() == 0);
    }

    void restoreRefusesADamagedBackup()
    {
        const QString path = newStorePath();
        const QString backup = m_dir.filePath(QStringLiteral("not-a-backup.sqlite"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x7f'));
        file.close();
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            QVERIFY(addArticle(store, 6) > 0);
        }
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!StoreBackup::restore(backup, path, &error));
        QVERIFY2(error.startsWith(backup), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    /// Opening a store of an older schema backs it up first (the date and the old version in the name, next
    /// to the store); of several, the newest StoreBackup::keptBackups stay.
    void migrationBacksUpAndRotates()
    {
        const QString path = newStorePath();
        const int older = SchemaMigrations::latestVersion() - 1;
        QStringList made;
        for (int round = 0; round < StoreBackup::keptBackups + 2; ++round) {
            QFile::remove(path);
            {
                const RawStore raw(path);
                QSqlDatabase database = raw.database();
                QString error;
                QVERIFY2(SchemaMigrations::migrate(database, &error, older), qPrintable(error));
                QSqlQuery insert(database);
                QVERIFY(insert.exec(QStringLiteral("INSERT INTO documents (sha256, text, imported_at) "
                                                   "VALUES ('round%1', 'Text %1', '2026-12-07T10:00:00.000Z')")
                        .arg(round)));
            }
            IncidentStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), SchemaMigrations::latestVersion());
            const QStringList backups = StoreBackup::automaticBackups(path);
            QVERIFY(!backups.isEmpty());
            made.prepend(backups.constFirst());
            QVERIFY2(QFileInfo(backups.constFirst()).fileName().endsWith(QStringLiteral("-v%1.sqlite").arg(older)),
                qPrintable(backups.constFirst()));
            QCOMPARE(QFileInfo(backups.constFirst()).absolutePath(), StoreBackup::folderFor(path));
            // The backup is the store as it was: the old version, with this round's article.
            const RawStore copy(backups.constFirst());
            QCOMPARE(copy.value(QStringLiteral("PRAGMA user_version")).toInt(), older);
            QCOMPARE(copy.value(QStringLiteral("SELECT text FROM documents")).toString(),
                QStringLiteral("Text %1").arg(round));
            QThread::msleep(2); // names are to the millisecond
        }
        QCOMPARE(StoreBackup::automaticBackups(path), made.mid(0, StoreBackup::keptBackups));
        // A store at the latest version is not backed up again on open.
        IncidentStore store;
        QVERIFY(store.open(path));
        QCOMPARE(StoreBackup::automaticBackups(path).size(), StoreBackup::keptBackups);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
