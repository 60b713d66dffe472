// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-cli under store faults, end to end (docs/reliability.md): a disk that refuses to grow the file
// (RLIMIT_FSIZE), a read-only store file and folder (the program runs as an unprivileged user when the
// test runs as root, who may write anything), a store locked by another program, the workbench and the CLI
// on one store at once, a damaged store restored from a backup, a store of a newer version; and backups
// taken while another program imports.

#include "annotation/annotationsession.h"
#include "programrun.h"
#include "rawstore.h"
#include "storage/incidentstore.h"
#include "storage/schemamigrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Iwb;
using IwbTest::RawStore;

namespace {

constexpr uid_t unprivileged = 65534; // nobody

/// How the program is started: as it is, under a file-size limit, or as an unprivileged user.
struct Limits
{
    qint64 fileSizeLimit = 0;
    bool dropPrivileges = false;
};

IwbTest::ProgramRun runCliWith(const QStringList &arguments, const Limits &limits)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([limits] {
        if (limits.fileSizeLimit > 0) {
            // A write past the limit fails with EFBIG, as on a full disk, instead of killing the program.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit { static_cast<rlim_t>(limits.fileSizeLimit), static_cast<rlim_t>(limits.fileSizeLimit) };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (limits.dropPrivileges && ::geteuid() == 0) {
            // Root may write any file; as nobody, permissions count.
            if (::setgroups(0, nullptr) != 0 || ::setgid(unprivileged) != 0 || ::setuid(unprivileged) != 0) {
                ::_exit(99);
            }
        }
    });
    process.start(QStringLiteral(IWB_CLI), arguments);
    if (!process.waitForFinished(120000)) {
        qFatal("incident-cli did not finish");
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString writeArticle(const QString &path, int number, int repeat = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    QByteArray text = QStringLiteral("Datenleck Nummer %1\n\n").arg(number).toUtf8();
    for (int i = 0; i < repeat; ++i) {
        text += QStringLiteral("Absatz %1 von Meldung %2: Die Gemeinde Epsilon hat den Verlust von %3 Datensätzen "
                               "gemeldet; betroffen sind Namen und Anschriften.\n")
                    .arg(i)
                    .arg(number)
                    .arg(100 + i)
                    .toUtf8();
    }
    file.write(text);
    return path;
}

int documentCount(const QString &store)
{
    return RawStore(store).value(QStringLiteral("SELECT count(*) FROM documents")).toInt();
}

} // namespace

class TestStoreFaultsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_number = 0;

    /// A folder of its own, which the unprivileged user may enter.
    QString newFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("case-%1").arg(++m_number));
        QDir().mkpath(folder);
        QFile::setPermissions(folder,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup);
        return folder;
    }

    /// A store with one imported article, made by incident-cli.
    QString storeWithOneArticle(const QString &folder)
    {
        const QString store = folder + QStringLiteral("/store.sqlite");
        const auto run = IwbTest::runCli({ QStringLiteral("import"), QStringLiteral("--db"), store,
            writeArticle(folder + QStringLiteral("/first.txt"), 1) });
        if (run.exitCode != 0) {
            qFatal("%s", qPrintable(run.err));
        }
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    }

    void diskFull()
    {
        const QString folder = newFolder();
        const QString store = storeWithOneArticle(folder);
        const QString big = writeArticle(folder + QStringLiteral("/big.txt"), 2, 20000); // about 2.5 MB
        const qint64 limit = QFileInfo(store).size() + qint64(64) * 1024;
        const auto full
            = runCliWith({ QStringLiteral("import"), QStringLiteral("--db"), store, big }, { limit, false });
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(store + QLatin1String(": ")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QLatin1String("The disk is full, or the file may not grow")), qPrintable(full.err));
        QVERIFY2(full.err.contains(QLatin1String("what was saved before is intact")), qPrintable(full.err));
        QCOMPARE(RawStore(store).integrityCheck(), QStringList { QStringLiteral("ok") });
        QCOMPARE(documentCount(store), 1);
        // With room again, the same import works.
        const auto roomy = IwbTest::runCli({ QStringLiteral("import"), QStringLiteral("--db"), store, big });
        QVERIFY2(roomy.exitCode == 0, qPrintable(roomy.err));
        QCOMPARE(documentCount(store), 2);
    }

    void readOnly_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnly()
    {
        QFETCH(bool, folderReadOnly);
        const QString folder = newFolder();
        const QString store = storeWithOneArticle(folder);
        const QString article = writeArticle(folder + QStringLiteral("/second.txt"), 3);
        // The unprivileged user owns both; one of them loses its write permission.
        QVERIFY(::chown(qPrintable(folder), unprivileged, unprivileged) == 0 || ::geteuid() != 0);
        QVERIFY(::chown(qPrintable(store), unprivileged, unprivileged) == 0 || ::geteuid() != 0);
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(store, folderReadOnly ? readable | QFile::WriteOwner : readable));
        QVERIFY(QFile::setPermissions(folder, folderReadOnly ? enterable : enterable | QFile::WriteOwner));
        const QByteArray before = fileHash(store);

        const auto run = runCliWith({ QStringLiteral("import"), QStringLiteral("--db"), store, article }, { 0, true });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(store + QLatin1String(": ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
        QCOMPARE(fileHash(store), before);

        if (!folderReadOnly) {
            // The read-only run left the -shm file beside the store, made with the store's permissions (0444),
            // which kept every later connection read-only until the store restores its side files' permissions.
            QVERIFY(QFileInfo::exists(store + QStringLiteral("-shm")));
            QVERIFY(!(QFileInfo(store + QStringLiteral("-shm")).permissions() & QFile::WriteOwner));
        }
        QVERIFY(QFile::setPermissions(folder, enterable | QFile::WriteOwner));
        QVERIFY(QFile::setPermissions(store, readable | QFile::WriteOwner));
        const auto writable
            = runCliWith({ QStringLiteral("import"), QStringLiteral("--db"), store, article }, { 0, true });
        QVERIFY2(writable.exitCode == 0, qPrintable(writable.err));
        QCOMPARE(documentCount(store), 2);
    }

    /// Another program holds the write lock past the busy timeout (5 s): a clear message, nothing written.
    void lockedByAnotherProgram()
    {
        const QString folder = newFolder();
        const QString store = storeWithOneArticle(folder);
        const QString article = writeArticle(folder + QStringLiteral("/second.txt"), 4);
        {
            const RawStore other(store);
            QSqlQuery begin(other.database());
            QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const auto run = IwbTest::runCli({ QStringLiteral("import"), QStringLiteral("--db"), store, article });
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(store + QLatin1String(": ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("Another program (a second workbench or incident-cli)")),
                qPrintable(run.err));
            QVERIFY(begin.exec(QStringLiteral("COMMIT")));
        }
        const auto run = IwbTest::runCli({ QStringLiteral("import"), QStringLiteral("--db"), store, article });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(documentCount(store), 2);
    }

    /// The workbench's session saves again and again while incident-cli imports into the same store.
    void workbenchAndCliAtOnce()
    {
        const QString folder = newFolder();
        const QString path = storeWithOneArticle(folder);
        QStringList articles;
        for (int i = 0; i < 15; ++i) {
            articles.append(writeArticle(folder + QStringLiteral("/many-%1.txt").arg(i), 100 + i, 50));
        }
        IncidentStore store;
        QVERIFY(store.open(path));
        AnnotationSession session(store);
        QVERIFY(session.load(store.documentSummaries().constFirst().id));
        QProcess cli;
        cli.start(
            QStringLiteral(IWB_CLI), QStringList { QStringLiteral("import"), QStringLiteral("--db"), path } + articles);
        QVERIFY(cli.waitForStarted());
        int saves = 0;
        while (cli.state() != QProcess::NotRunning || saves < 5) {
            IncidentRecord record = session.record();
            record.affectedCount = ++saves;
            record.notes = QStringLiteral("save %1").arg(saves);
            session.editRecord(record, QStringLiteral("Edit"));
            QVERIFY2(session.save(), qPrintable(session.errorString()));
            cli.waitForFinished(5);
        }
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QCOMPARE(documentCount(path), 16);
        QCOMPARE(store.incident(session.record().id)->notes, QStringLiteral("save %1").arg(saves));
    }

    void damagedStoreIsRefusedAndRestored()
    {
        const QString folder = newFolder();
        const QString store = storeWithOneArticle(folder);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(IwbTest::runCli({ QStringLiteral("import"), QStringLiteral("--db"), store,
                                         writeArticle(folder + QStringLiteral("/a%1.txt").arg(i), 200 + i, 10) })
                         .exitCode,
                0);
        }
        const QString backup = folder + QStringLiteral("/store-backup.sqlite");
        const auto backedUp = IwbTest::runCli(
            { QStringLiteral("backup"), QStringLiteral("--db"), store, QStringLiteral("--to"), backup });
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY2(backedUp.out.contains(QLatin1String("31 documents")), qPrintable(backedUp.out));
        {
            // Random bytes over pages 2 to 5.
            QFile file(store);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QRandomGenerator random(7);
            QByteArray bytes(qsizetype(4) * 4096, Qt::Uninitialized);
            for (char &byte : bytes) {
                byte = static_cast<char>(random.bounded(256));
            }
            QVERIFY(file.seek(4096));
            file.write(bytes);
        }
        const QByteArray damaged = fileHash(store);
        const auto refused = IwbTest::runCli({ QStringLiteral("list"), QStringLiteral("--db"), store });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(store + QLatin1String(": the store file is damaged")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("incident-cli restore --db")), qPrintable(refused.err));
        QCOMPARE(fileHash(store), damaged);

        const auto restored = IwbTest::runCli(
            { QStringLiteral("restore"), QStringLiteral("--db"), store, QStringLiteral("--from"), backup });
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY2(restored.out.contains(QLatin1String("is kept as")), qPrintable(restored.out));
        const auto listed = IwbTest::runCli({ QStringLiteral("list"), QStringLiteral("--db"), store });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(documentCount(store), 31);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString folder = newFolder();
        const QString store = storeWithOneArticle(folder);
        {
            const RawStore raw(store);
            QSqlQuery query(raw.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
        }
        const QByteArray before = fileHash(store);
        const auto run = IwbTest::runCli({ QStringLiteral("import"), QStringLiteral("--db"), store,
            writeArticle(folder + QStringLiteral("/second.txt"), 5) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(store + QLatin1String(": was written by a newer Incident Workbench")),
            qPrintable(run.err));
        QCOMPARE(fileHash(store), before);
    }

    /// incident-cli backup while another incident-cli imports: each backup one committed state.
    void backupWhileAnotherProgramImports()
    {
        const QString folder = newFolder();
        const QString store = storeWithOneArticle(folder);
        QStringList articles;
        for (int i = 0; i < 40; ++i) {
            articles.append(writeArticle(folder + QStringLiteral("/b%1.txt").arg(i), 300 + i, 30));
        }
        QProcess importer;
        importer.start(QStringLiteral(IWB_CLI),
            QStringList { QStringLiteral("import"), QStringLiteral("--db"), store } + articles);
        QVERIFY(importer.waitForStarted());
        QList<int> counts;
        for (int i = 0; importer.state() != QProcess::NotRunning || i < 3; ++i) {
            const QString backup = folder + QStringLiteral("/backup-%1.sqlite").arg(i);
            const auto run = IwbTest::runCli(
                { QStringLiteral("backup"), QStringLiteral("--db"), store, QStringLiteral("--to"), backup });
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const RawStore copy(backup);
            QCOMPARE(copy.integrityCheck(), QStringList { QStringLiteral("ok") });
            const int documents = copy.value(QStringLiteral("SELECT count(*) FROM documents")).toInt();
            QCOMPARE(copy.value(QStringLiteral("SELECT count(*) FROM edit_history WHERE entity = 'document'")).toInt(),
                documents);
            counts.append(documents);
            importer.waitForFinished(1); // lets QProcess notice the importer's end
        }
        QCOMPARE(importer.exitCode(), 0);
        QCOMPARE(documentCount(store), 41);
        QVERIFY(counts.constLast() <= 41 && counts.constFirst() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreFaultsCli)
#include "tst_storefaults_cli.moc"
