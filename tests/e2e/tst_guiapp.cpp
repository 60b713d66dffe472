// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/document.h"
#include "storage/incidentstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

/// The real workbench, started offscreen with IWB_STDIN_DRIVER=1 (app/gui/stdindriver.h): the test types
/// commands on its standard input and reads what it reports, line by line.
class DrivenWorkbench
{
public:
    DrivenWorkbench(const QString &home, const QString &store)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("IWB_STDIN_DRIVER"), QStringLiteral("1"));
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(IWB_GUI),
            { QStringLiteral("--db"), store, QStringLiteral("--language"), QStringLiteral("en") });
    }
    ~DrivenWorkbench()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    DrivenWorkbench(const DrivenWorkbench &) = delete;
    DrivenWorkbench &operator=(const DrivenWorkbench &) = delete;

    QProcess &process() { return m_process; }

    /// The next line the program reports that starts with one of @p starts (earlier ones are passed over);
    /// empty when the program ended first or said nothing of the kind for @p timeoutMs (generous: under ASan
    /// the first start compiles the extraction rules for minutes). A bound on a hang, not on speed.
    QString waitFor(const QStringList &starts, int timeoutMs = 240000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).chopped(1);
                m_seen.append(line);
                for (const QString &start : starts) {
                    if (line.startsWith(start)) {
                        return line;
                    }
                }
            }
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
                return {};
            }
            m_process.waitForReadyRead(static_cast<int>(std::min<qint64>(deadline.remainingTime(), 1000)));
        }
    }

    /// Sends @p command and returns its answer ("ok …" or "error …"), passing over what came before it.
    QString send(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        const QString name = command.section(QLatin1Char(' '), 0, 0);
        return waitFor({ QStringLiteral("ok ") + name, QStringLiteral("error ") + name });
    }

    /// Sends @p command and returns the line it reports that starts with @p start ("modified ", "text NAME: ").
    QString ask(const QString &command, const QString &start)
    {
        m_process.write(command.toUtf8() + '\n');
        return waitFor({ start, QStringLiteral("error ") });
    }

    /// All lines read so far, and the error output: what a failed check shows.
    QByteArray transcript()
    {
        m_errors += m_process.readAllStandardError();
        return m_seen.join(QLatin1Char('\n')).toUtf8() + "\n--- standard error:\n" + m_errors;
    }

private:
    QProcess m_process;
    QStringList m_seen;
    QByteArray m_errors;
};

} // namespace

/// Starts the real incident-workbench on the samples, as `dev.sh run` does (under
/// Xvfb when xvfb-run exists), and has it render its window to a PNG in the build
/// folder: build/dev/screenshots/workbench-samples.png. Kills it with unsaved work and
/// finds the work offered again on the next start.
class TestGuiApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheSamplesAndRendersAScreenshot()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("gui.sqlite"));
        const QString png = QStringLiteral(IWB_BINARY_DIR "/screenshots/workbench-samples.png");
        QDir().mkpath(QFileInfo(png).absolutePath());
        QFile::remove(png);

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        const QStringList arguments { QStringLiteral("--db"), db, QStringLiteral("--samples"),
            QStringLiteral(IWB_SOURCE_DIR "/resources/samples"), QStringLiteral("--screenshot"), png };
        // A real X server (Xvfb) where there is one, as a user's display would be; offscreen otherwise.
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (!xvfbRun.isEmpty()) {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            process.setProcessEnvironment(environment);
            process.start(xvfbRun,
                QStringList { QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1920x1080x24"),
                    QStringLiteral(IWB_GUI) }
                    + arguments);
        } else {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(IWB_GUI), arguments);
        }
        // Generous: the first start on a new machine compiles the extraction rules (seconds; minutes under ASan).
        QVERIFY(process.waitForFinished(240000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);

        Iwb::IncidentStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.documentCount(), 8);
    }

    // Issue 17: a store opened with --db is opened again on the next start without it; the default store
    // in the user's data folder is not made.
    void reopensTheLastStoreOnTheNextStart()
    {
        QTemporaryDir home;
        const QString chosen = home.filePath(QStringLiteral("register-2026.sqlite"));
        const auto runWorkbench = [&home](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(IWB_GUI),
                arguments + QStringList { QStringLiteral("--screenshot"), home.filePath(QStringLiteral("x.png")) });
            // Generous: a first start compiles the extraction rules (seconds; minutes under ASan).
            return process.waitForFinished(240000) && process.exitCode() == 0;
        };
        const QString samples = QStringLiteral(IWB_SOURCE_DIR "/resources/samples/");
        QVERIFY(runWorkbench({ QStringLiteral("--db"), chosen, samples + QStringLiteral("en-lost-laptop.txt") }));
        QVERIFY(runWorkbench({ samples + QStringLiteral("de-app-update-fremde-daten.txt") }));

        Iwb::IncidentStore store;
        QVERIFY(store.open(chosen));
        QCOMPARE(store.documentCount(), 2);
        QVERIFY(!QFileInfo::exists(
            home.filePath(QStringLiteral("data/IncidentWorkbench/incident-workbench/incidents.sqlite"))));
    }

    void reportsADatabaseItCannotOpen()
    {
        QTemporaryDir home;
        const QString notDb = home.filePath(QStringLiteral("bad.sqlite"));
        QFile file(notDb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database at all ").repeated(100));
        file.close();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IWB_GUI),
            { QStringLiteral("--db"), notDb, QStringLiteral("--screenshot"), home.filePath(QStringLiteral("x.png")) });
        // Generous: the first start on a new machine compiles the extraction rules (seconds; minutes under ASan).
        QVERIFY(process.waitForFinished(240000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                .contains(notDb + QStringLiteral(": is not an Incident Workbench database")));
    }

    /// Issue 20: the window's recovery draft is offered and restores the unsaved work after a kill. The real
    /// program gets an edit typed into its notes field, is killed (SIGKILL) once its timer has written the
    /// draft, and on the next start on the same store asks "Unsaved Work Found"; Yes brings the edit back,
    /// unsaved, and Ctrl+S stores it.
    void recoveryDraftRestoresTheEditAfterAKill()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("recovery.sqlite"));
        Iwb::Document article;
        article.setTitle(QStringLiteral("Datenpanne bei den Stadtwerken Gamma"));
        article.setLanguage(QStringLiteral("de"));
        article.setText(QStringLiteral(
            "Datenpanne bei den Stadtwerken Gamma\n\nDie Stadtwerke Gamma haben am 3. März 2026 gemeldet, dass "
            "Unbekannte auf ihre Kundendatenbank zugegriffen haben. Betroffen sind Namen und Anschriften von "
            "rund 4.200 Kunden. Die Landesdatenschutzbeauftragte wurde informiert."));
        qint64 id = 0;
        {
            Iwb::IncidentStore store;
            QVERIFY2(store.open(db), qPrintable(store.errorString()));
            const auto added = store.addDocument(article);
            QVERIFY(added);
            id = added->id;
        }
        const QString draftFile = home.filePath(QStringLiteral("data/IncidentWorkbench/incident-workbench/recovery/"));
        const QString notes = QStringLiteral("Callback from the authority on Tuesday");

        {
            DrivenWorkbench workbench(home.path(), db);
            // The first look's extraction is in (and is no edit); then the analyst types.
            QVERIFY2(!workbench.waitFor({ QStringLiteral("extraction-ready") }).isEmpty(),
                workbench.transcript().constData());
            QCOMPARE(
                workbench.ask(QStringLiteral("modified"), QStringLiteral("modified ")), QStringLiteral("modified 0"));
            QCOMPARE(workbench.send(QStringLiteral("type Notes ") + notes), QStringLiteral("ok type"));
            QCOMPARE(
                workbench.ask(QStringLiteral("modified"), QStringLiteral("modified ")), QStringLiteral("modified 1"));
            // The timer writes the draft (every 3 s by default); the test waits for the file with the edit.
            const auto draftHasTheEdit = [&] {
                const QStringList drafts = QDir(draftFile).entryList({ QStringLiteral("*.json") }, QDir::Files);
                if (drafts.size() != 1) {
                    return false;
                }
                QFile file(draftFile + drafts.constFirst());
                return file.open(QIODevice::ReadOnly) && file.readAll().contains(notes.toUtf8());
            };
            QTRY_VERIFY_WITH_TIMEOUT(draftHasTheEdit(), 60000);
            workbench.process().kill(); // SIGKILL: no close event, no question, nothing saved
            QVERIFY(workbench.process().waitForFinished());
            QCOMPARE(workbench.process().exitStatus(), QProcess::CrashExit);
        }
        {
            Iwb::IncidentStore store;
            QVERIFY(store.open(db));
            QCOMPARE(store.incidentIdsForDocument(id), QList<qint64>()); // nothing of the edit was saved
        }

        DrivenWorkbench workbench(home.path(), db);
        const QString question = workbench.waitFor({ QStringLiteral("dialog ") });
        QVERIFY2(question.startsWith(QLatin1String("dialog Unsaved Work Found: There is unsaved work on this article")),
            workbench.transcript().constData());
        QCOMPARE(workbench.send(QStringLiteral("answer Yes")), QStringLiteral("ok answer"));
        // The edit is back in the notes field, unsaved.
        QCOMPARE(workbench.ask(QStringLiteral("read Notes"), QStringLiteral("text Notes: ")),
            QStringLiteral("text Notes: ") + notes);
        QCOMPARE(workbench.ask(QStringLiteral("modified"), QStringLiteral("modified ")), QStringLiteral("modified 1"));
        QCOMPARE(workbench.send(QStringLiteral("trigger Ctrl+S")), QStringLiteral("ok trigger"));
        QCOMPARE(workbench.ask(QStringLiteral("modified"), QStringLiteral("modified ")), QStringLiteral("modified 0"));
        QCOMPARE(workbench.send(QStringLiteral("quit")), QStringLiteral("ok quit"));
        QVERIFY(workbench.process().waitForFinished(60000));
        QCOMPARE(workbench.process().exitCode(), 0);

        // Stored, and the draft is gone with the save.
        Iwb::IncidentStore store;
        QVERIFY(store.open(db));
        const QList<qint64> incidents = store.incidentIdsForDocument(id);
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(store.incident(incidents.constFirst())->notes, notes);
        QCOMPARE(QDir(draftFile).entryList({ QStringLiteral("*.json") }, QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
