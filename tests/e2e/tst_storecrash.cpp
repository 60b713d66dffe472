// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The store survives crashes: programs that save are killed with SIGKILL at random points (a seeded
// generator picks them, IWB_CRASH_SEED overrides the seed), and after each kill SQLite's integrity check
// passes, every save the program reported is there in full, and no half-save is visible. Three savers:
// the workbench's save path (AnnotationSession, in iwb-store-crash-child), incident-cli import and
// incident-cli extract --db. docs/reliability.md has the figures.

#include "document/document.h"
#include "rawstore.h"
#include "storage/incidentstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Iwb;
using IwbTest::RawStore;

namespace {

/// What a killed program printed, and whether the kill met it still running.
struct KilledRun
{
    QStringList lines;
    QString err;
    bool killed = false; ///< false: it ended on its own before the kill
    int exitCode = 0;
};

/// Starts @p program, waits for its first line when @p waitForLine (a child that has opened its store),
/// sleeps @p delayUs and kills it with SIGKILL.
KilledRun runAndKill(const QString &program, const QStringList &arguments, qint64 delayUs, bool waitForLine)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        qFatal("cannot start %s", qPrintable(program));
    }
    if (waitForLine) {
        while (!process.canReadLine() && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
        }
    }
    QThread::usleep(static_cast<unsigned long>(delayUs));
    KilledRun run;
    run.killed = process.state() == QProcess::Running;
    process.kill(); // SIGKILL: no destructor, no rollback, no flush runs
    process.waitForFinished();
    run.killed = run.killed && process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Articles the tests wrote: each names an organization, a date, a count and a cause.
QStringList writeArticles(const QString &folder, int count)
{
    static const QStringList organizations { QStringLiteral("Stadtwerke Alpha"), QStringLiteral("Klinikum Beta"),
        QStringLiteral("Versandhaus Gamma"), QStringLiteral("Sparkasse Delta"), QStringLiteral("Gemeinde Epsilon"),
        QStringLiteral("Hochschule Zeta") };
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/article-%2.txt").arg(folder).arg(i, 2, 10, QLatin1Char('0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        const QString &organization = organizations.at(i % organizations.size());
        file.write(QStringLiteral("%1 meldet Datenleck (Meldung %2)\n\n"
                                  "Die %1 hat am %3. März 2025 einen Cyberangriff gemeldet. Unbekannte hatten sich "
                                  "Zugang zu einem Server verschafft und die Daten von %4 Kundinnen und Kunden "
                                  "kopiert, darunter Namen, Anschriften und Bankverbindungen. Die Behörde wurde "
                                  "informiert. Gesundheitsdaten seien nicht betroffen, teilte die %1 mit.\n")
                .arg(organization)
                .arg(i)
                .arg(1 + i % 28)
                .arg(1000 + 37 * i)
                .toUtf8());
        paths.append(path);
    }
    return paths;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    quint32 m_seed = 20261207;
    int m_kills = 0;
    int m_lostSaves = 0;
    int m_corruptions = 0;
    int m_checkedSaves = 0;

    /// Integrity after a kill, counted and asserted by the caller.
    bool intact(const QString &storePath)
    {
        const QStringList check = RawStore(storePath).integrityCheck();
        if (check != QStringList { QStringLiteral("ok") }) {
            ++m_corruptions;
            qWarning("integrity check of %s: %s", qPrintable(storePath), qPrintable(check.join(QLatin1Char(';'))));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("IWB_CRASH_SEED")) {
            m_seed = qEnvironmentVariableIntValue("IWB_CRASH_SEED");
        }
        m_random.seed(m_seed);
        qInfo("crash test seed %u (set IWB_CRASH_SEED to repeat a run's kill points)", m_seed);
    }

    /// The workbench's save: facts and record of one article in one transaction, saved again and again.
    void sessionSavesSurviveKills()
    {
        const QString storePath = m_dir.filePath(QStringLiteral("session.sqlite"));
        qint64 documentId = 0;
        {
            IncidentStore store;
            QVERIFY2(store.open(storePath), qPrintable(store.errorString()));
            Document document;
            document.setTitle(QStringLiteral("Kill test"));
            document.setLanguage(QStringLiteral("de"));
            document.setText(QStringLiteral(
                "Die Stadtwerke Alpha haben am Montag einen Angriff auf ihre Kundendatenbank gemeldet. Betroffen "
                "seien Namen, Anschriften, Zählernummern und Bankverbindungen von rund zwölftausend Haushalten. "
                "Der Landesbeauftragte für den Datenschutz wurde informiert, die Polizei ermittelt wegen "
                "Erpressung, und die Kundinnen werden in den kommenden Tagen schriftlich benachrichtigt."));
            const auto added = store.addDocument(document);
            QVERIFY(added);
            documentId = added->id;
        }
        qint64 reported = 0; // the newest save a child reported
        constexpr int kills = 70;
        for (int attempt = 0; attempt < kills * 2 && m_kills < kills; ++attempt) {
            // Kill points spread over the child's first dozens of saves (each a few milliseconds).
            const KilledRun run = runAndKill(QStringLiteral(IWB_CRASH_CHILD),
                { QStringLiteral("save"), storePath, QString::number(documentId) }, m_random.bounded(60000), true);
            QVERIFY2(run.killed || run.exitCode == 0, qPrintable(run.err));
            m_kills += run.killed ? 1 : 0;
            for (const QString &line : run.lines) {
                if (line.startsWith(QLatin1String("saved "))) {
                    reported = line.section(QLatin1Char(' '), 1, 1).toLongLong();
                    ++m_checkedSaves;
                }
            }
            QVERIFY(intact(storePath));
            const RawStore raw(storePath);
            const QList<QVariantList> records
                = raw.rows(QStringLiteral("SELECT i.notes, i.affected_count FROM incidents i JOIN incident_sources s "
                                          "ON s.incident_id = i.id WHERE s.document_id = ?"),
                    { documentId });
            if (reported == 0 && records.isEmpty()) {
                continue; // killed before its first save
            }
            QCOMPARE(records.size(), 1);
            const QString notes = records.constFirst().at(0).toString();
            const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("^save (\\d+) facts=(\\d+)$")).match(notes);
            QVERIFY2(match.hasMatch(), qPrintable(notes));
            const qint64 stored = match.captured(1).toLongLong();
            if (stored < reported) {
                ++m_lostSaves;
            }
            // Every reported save is there; at most the one after it committed before it could be reported.
            QVERIFY2(
                stored >= reported, qPrintable(QStringLiteral("reported %1, stored %2").arg(reported).arg(stored)));
            QVERIFY(stored <= reported + 1);
            reported = stored;
            // No half-save: the facts are those the record's own save wrote.
            QCOMPARE(records.constFirst().at(1).toLongLong(), stored);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM facts WHERE document_id = ?"), { documentId })
                         .toLongLong(),
                match.captured(2).toLongLong());
        }
        QCOMPARE(m_kills, kills);
        QVERIFY2(reported > kills, "the children saved too little between the kills to test anything");
        IncidentStore reopened;
        QVERIFY2(reopened.open(storePath), qPrintable(reopened.errorString()));
    }

    /// incident-cli import: each article one transaction; every article it reported is there whole.
    void cliImportSurvivesKills()
    {
        const QString folder = m_dir.filePath(QStringLiteral("import"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList articles = writeArticles(folder, 24);
        // The texts as an uninterrupted import stores them.
        const QString referencePath = m_dir.filePath(QStringLiteral("import-reference.sqlite"));
        QProcess reference;
        QElapsedTimer timer;
        timer.start();
        reference.start(QStringLiteral(IWB_CLI),
            QStringList { QStringLiteral("import"), QStringLiteral("--db"), referencePath } + articles);
        QVERIFY(reference.waitForFinished(120000));
        QCOMPARE(reference.exitCode(), 0);
        const qint64 fullRunUs = timer.nsecsElapsed() / 1000;
        QHash<QString, QString> referenceText;
        {
            const RawStore raw(referencePath);
            for (const QVariantList &row : raw.rows(QStringLiteral("SELECT source, text FROM documents"))) {
                referenceText.insert(row.at(0).toString(), row.at(1).toString());
            }
        }
        QCOMPARE(referenceText.size(), articles.size());

        const int killsBefore = m_kills;
        constexpr int kills = 20;
        QString storePath;
        QSet<QString> reported;
        for (int attempt = 0; attempt < kills * 3 && m_kills - killsBefore < kills; ++attempt) {
            if (attempt % 4 == 0) { // a fresh store now and then, so kills meet new articles
                storePath = m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(attempt));
                reported.clear();
            }
            const KilledRun run = runAndKill(QStringLiteral(IWB_CLI),
                QStringList { QStringLiteral("import"), QStringLiteral("--db"), storePath } + articles,
                m_random.bounded(fullRunUs), false);
            m_kills += run.killed ? 1 : 0;
            if (!QFileInfo::exists(storePath)) {
                continue; // killed before it created the store
            }
            QVERIFY(intact(storePath));
            if (RawStore(storePath)
                    .value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'documents'"))
                    .toInt()
                == 0) {
                continue; // killed before its schema was committed: an empty, intact file
            }
            static const QRegularExpression line(QStringLiteral("^(?:imported document \\d+ .*\\((.*)\\)|already "
                                                                "stored as document \\d+: (.*))$"));
            for (const QString &text : run.lines) {
                if (const QRegularExpressionMatch match = line.match(text); match.hasMatch()) {
                    reported.insert(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
                }
            }
            const RawStore raw(storePath);
            QHash<QString, QString> stored;
            for (const QVariantList &row : raw.rows(QStringLiteral("SELECT source, text FROM documents"))) {
                stored.insert(row.at(0).toString(), row.at(1).toString());
            }
            for (const QString &path : std::as_const(reported)) {
                m_lostSaves += stored.contains(path) ? 0 : 1;
                QVERIFY2(stored.contains(path), qPrintable(path));
                ++m_checkedSaves;
            }
            // Whatever is stored, reported or not, is whole: its text, and its history row.
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                QCOMPARE(it.value(), referenceText.value(it.key()));
            }
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM edit_history WHERE entity = 'document'")).toInt(),
                stored.size());
        }
        QCOMPARE(m_kills - killsBefore, kills);
    }

    /// incident-cli extract --db: the article, then its facts and record in one transaction.
    void cliExtractSurvivesKills()
    {
        const QString folder = m_dir.filePath(QStringLiteral("extract"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList articles = writeArticles(folder, 6);
        const QString referencePath = m_dir.filePath(QStringLiteral("extract-reference.sqlite"));
        QProcess reference;
        QElapsedTimer timer;
        timer.start();
        reference.start(QStringLiteral(IWB_CLI),
            QStringList { QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral("--db"), referencePath }
                + articles);
        QVERIFY(reference.waitForFinished(120000));
        QCOMPARE(reference.exitCode(), 0);
        const qint64 fullRunUs = timer.nsecsElapsed() / 1000;
        // Per article: its facts and whether it has a record, as the uninterrupted run stored them.
        const auto annotations = [](const RawStore &raw) {
            QHash<QString, std::pair<qint64, qint64>> result;
            for (const QVariantList &row : raw.rows(QStringLiteral(
                     "SELECT d.source, (SELECT count(*) FROM facts f WHERE f.document_id = d.id), "
                     "(SELECT count(*) FROM incident_sources s WHERE s.document_id = d.id) FROM documents d"))) {
                result.insert(row.at(0).toString(), { row.at(1).toLongLong(), row.at(2).toLongLong() });
            }
            return result;
        };
        const auto expected = annotations(RawStore(referencePath));
        QCOMPARE(expected.size(), articles.size());
        for (const auto &[facts, records] : expected) {
            QVERIFY(facts > 0);
            QCOMPARE(records, 1);
        }

        const int killsBefore = m_kills;
        constexpr int kills = 15;
        QString storePath;
        for (int attempt = 0; attempt < kills * 3 && m_kills - killsBefore < kills; ++attempt) {
            if (attempt % 3 == 0) {
                storePath = m_dir.filePath(QStringLiteral("extract-%1.sqlite").arg(attempt));
            }
            const KilledRun run = runAndKill(QStringLiteral(IWB_CLI),
                QStringList { QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral("--db"), storePath }
                    + articles,
                m_random.bounded(fullRunUs), false);
            m_kills += run.killed ? 1 : 0;
            if (!QFileInfo::exists(storePath)) {
                continue;
            }
            QVERIFY2(!run.err.contains(QLatin1String("not stored")), qPrintable(run.err));
            QVERIFY(intact(storePath));
            if (RawStore(storePath)
                    .value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'documents'"))
                    .toInt()
                == 0) {
                continue;
            }
            const auto stored = annotations(RawStore(storePath));
            // A JSON line is printed before its article is stored: the line after it proves it stored.
            const qsizetype provenStored = run.killed ? std::max<qsizetype>(0, run.lines.size() - 1) : articles.size();
            for (qsizetype i = 0; i < provenStored; ++i) {
                const auto found = stored.constFind(articles.at(i));
                m_lostSaves += found != stored.cend() && *found == expected.value(articles.at(i)) ? 0 : 1;
                QVERIFY2(found != stored.cend(), qPrintable(articles.at(i)));
                QCOMPARE(*found, expected.value(articles.at(i)));
                ++m_checkedSaves;
            }
            // No half-save: extract stores the article, its facts and its record in three transactions; each
            // is there whole or not at all (all facts or none, the record or none, no record without facts),
            // and the next extract of the file completes what a kill cut short.
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                const auto [facts, records] = it.value();
                const auto [expectedFacts, expectedRecords] = expected.value(it.key());
                QVERIFY2(facts == 0 || facts == expectedFacts, qPrintable(it.key()));
                QVERIFY2(records == 0 || (records == expectedRecords && facts == expectedFacts), qPrintable(it.key()));
            }
        }
        QCOMPARE(m_kills - killsBefore, kills);
        // The last store, extracted once more without a kill, has everything the reference has.
        QProcess complete;
        complete.start(QStringLiteral(IWB_CLI),
            QStringList { QStringLiteral("extract"), QStringLiteral("--json"), QStringLiteral("--db"), storePath }
                + articles);
        QVERIFY(complete.waitForFinished(120000));
        QCOMPARE(complete.exitCode(), 0);
        QCOMPARE(annotations(RawStore(storePath)), expected);
    }

    void cleanupTestCase()
    {
        qInfo("crash test (seed %u): %d kills, %d reported saves checked, %d lost saves, %d corruptions", m_seed,
            m_kills, m_checkedSaves, m_lostSaves, m_corruptions);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
