// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storage/incidentstore.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// Starts the real incident-workbench on the samples, as `dev.sh run` does (under
/// Xvfb when xvfb-run exists), and has it render its window to a PNG in the build
/// folder: build/dev/screenshots/workbench-samples.png.
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
};

QTEST_GUILESS_MAIN(TestGuiApp)
#include "tst_guiapp.moc"
