// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// incident-workbench: the analyst's GUI.

#include "document/urlimporter.h"
#include "installation/installedfiles.h"
#include "librarypanel.h"
#include "localization.h"
#include "mainwindow.h"
#include "stdindriver.h"
#include "storage/incidentstore.h"
#include "storage/storebackup.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Iwb;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IncidentWorkbench"));
    QApplication::setApplicationName(QStringLiteral("incident-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Incident Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The installed .desktop file's name: desktops match the window to its menu entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(IWB_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(IWB_APP_ID)));
    // The interface's language before any text is made: the system's, or the one chosen in the settings
    // (--language overrides both for one run, e.g. for screenshots).
    QString language = Localization::chosenLanguage();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0) {
            language = QString::fromLocal8Bit(argv[i + 1]);
        }
    }
    Localization::apply(Localization::localeFor(language));
    WorkbenchSettings::applyColorScheme(WorkbenchSettings::colorScheme());
    // The store: --db, else the one opened last, else the one chosen in the settings, else the default in
    // the user's data folder.
    const QString defaultStore = WorkbenchSettings::storeToOpen(IncidentStore::defaultPath());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Turn articles about data incidents into curated incident records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "The SQLite database (default: %1).").arg(defaultStore), QStringLiteral("FILE"),
        defaultStore);
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
        QApplication::translate("main", "Import the articles in DIR that the library does not have yet."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to FILE (PNG) once it is shown, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
        QApplication::translate("main", "Use dark windows and the dark highlighting theme for this run."));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "The interface's language for this run (de, en), instead of the settings'."),
        QStringLiteral("CODE"));
    parser.addOptions({ dbOption, samplesOption, screenshotOption, darkOption, languageOption });
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "Articles to import and open (files, or http:// and https:// addresses)."),
        QStringLiteral("[files...]"));
    parser.process(app);
    if (parser.isSet(darkOption)) {
        // The whole window dark, before any widget is made (the settings keep their scheme).
        WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::Dark);
    }

    auto store = std::make_unique<IncidentStore>();
    const QString storePath = parser.value(dbOption);
    bool opened = store->open(storePath);
    // A damaged store: offer its newest automatic backup; the damaged file is kept beside it.
    if (!opened && store->failure() == StoreFailure::Damaged && !parser.isSet(screenshotOption)
        && !StoreBackup::automaticBackups(storePath).isEmpty()) {
        const QString backup = StoreBackup::automaticBackups(storePath).constFirst();
        const auto answer = QMessageBox::question(nullptr, QStringLiteral("Incident Workbench"),
            QApplication::translate("main",
                "%1\n\nRestore the newest backup, %2? The damaged file is kept beside it; what was saved after the "
                "backup is not in it.")
                .arg(store->errorString(), backup));
        QString error;
        QString keptAs;
        if (answer == QMessageBox::Yes) {
            if (StoreBackup::restore(backup, storePath, &error, &keptAs)) {
                opened = store->open(storePath);
            } else {
                QMessageBox::critical(nullptr, QStringLiteral("Incident Workbench"), error);
            }
        }
    }
    if (!opened) {
        fprintf(stderr, "incident-workbench: %s\n", qPrintable(store->errorString()));
        if (!parser.isSet(screenshotOption)) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                QApplication::translate("main", "The database could not be opened:\n%1").arg(store->errorString()));
        }
        return 1;
    }

    WorkbenchSettings::setLastStore(storePath);

    // The window comes first; the rules load on a worker thread (seconds on a first start, when the
    // pattern databases are compiled) and the open article is extracted when they are ready.
    // End-to-end tests drive the program through its widgets from standard input (IWB_STDIN_DRIVER=1); made
    // before the window, since the recovery question may open while the first article is shown.
    std::unique_ptr<StdinDriver> driver;
    if (StdinDriver::isRequested()) {
        driver = std::make_unique<StdinDriver>();
    }
    MainWindow window(std::move(store));
    if (driver) {
        driver->setWindow(&window);
        QObject::connect(&window, &MainWindow::extractionReady, driver.get(), &StdinDriver::reportExtractionReady);
    }
    if (parser.isSet(samplesOption)) {
        window.importPaths({ parser.value(samplesOption) }, true);
    } else {
        // An empty library shows a welcome panel; it offers the bundled sample articles when they are there.
        QString samples = InstalledFiles::dataFolder(QStringLiteral("samples"));
        if (samples.isEmpty() && InstalledFiles::runsFromBuildFolder()
            && QFileInfo(QStringLiteral(IWB_SAMPLES_DIR)).isDir()) {
            samples = QStringLiteral(IWB_SAMPLES_DIR);
        }
        window.setSamplesFolder(samples);
    }
    // Files are imported; web addresses are fetched in the Open URL dialog once the window is up.
    QStringList files;
    QStringList addresses;
    for (const QString &argument : parser.positionalArguments()) {
        (UrlImporter::isWebAddress(argument) ? addresses : files).append(argument);
    }
    if (!files.isEmpty()) {
        window.importPaths(files);
    }
    if (window.library()->currentDocumentId() == 0) {
        window.library()->view()->selectRow(0);
    }
    if (parser.isSet(darkOption)) {
        window.setTheme(QStringLiteral("Breeze Dark"));
    }
    window.show();
    for (const QString &address : addresses) {
        window.openUrl(address, true);
    }

    QObject::connect(&window, &MainWindow::extractionReady, &window, [](const QString &error) {
        if (!error.isEmpty()) {
            fprintf(stderr, "incident-workbench: extraction is off: %s\n", qPrintable(error));
        }
    });
    if (parser.isSet(screenshotOption)) {
        // The picture shows the article with its facts: taken once the rules are ready and the first
        // extraction is in.
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &MainWindow::extractionReady, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                if (!saved) {
                    fprintf(stderr, "incident-workbench: cannot write the screenshot %s\n", qPrintable(file));
                }
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    window.loadRulesInBackground(WorkbenchSettings::rulesFolder());
    return QApplication::exec();
}
