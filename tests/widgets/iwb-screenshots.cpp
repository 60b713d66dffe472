// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// iwb-screenshots OUTDIR [LANGUAGE]: the pictures in the README, taken the way an analyst sees the program:
// the sample articles imported and extracted into a fresh store, then the main window on one of them, two
// incidents compared, the settings and the export dialog, each saved as OUTDIR/<LANGUAGE>-<name>.png.
// packaging/screenshots.sh runs it under Xvfb; it is no test and asserts nothing.

#include "comparison/comparewindow.h"
#include "document/documentimporter.h"
#include "exchange/exportdialog.h"
#include "extraction/extractionengine.h"
#include "librarypanel.h"
#include "localization.h"
#include "mainwindow.h"
#include "register/registeractions.h"
#include "register/registerentryeditor.h"
#include "register/registerimportdialog.h"
#include "register/registerwindow.h"
#include "settingsdialog.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Iwb;

namespace {

bool save(QWidget *widget, const QString &file)
{
    QTest::qWait(400); // let layouts, highlights and the timeline settle
    const bool saved = widget->grab().save(file, "PNG");
    std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "cannot write", qPrintable(file));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings of its own, never the analyst's
    QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchScreenshots"));
    QApplication::setApplicationName(QStringLiteral("incident-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Incident Workbench"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: iwb-screenshots OUTDIR [LANGUAGE [dark]]\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    const QString language = arguments.value(2, QStringLiteral("de"));
    Localization::apply(Localization::localeFor(language));
    // "dark": the same windows in the dark scheme, as <LANGUAGE>-dark-*.png (to look at, not for the README).
    const bool dark = arguments.value(3) == QLatin1String("dark");
    if (dark) {
        WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::Dark);
    }
    const QString prefix = dark ? language + QStringLiteral("-dark") : language;

    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("screenshots.sqlite"));
    auto engine = std::make_shared<ExtractionEngine>();
    QString error;
    if (!engine->load(&error)) {
        std::fprintf(stderr, "rules: %s\n", qPrintable(error));
        return 1;
    }
    QList<qint64> incidents;
    {
        IncidentStore store;
        if (!store.open(storePath)) {
            return 1;
        }
        const DocumentImporter importer;
        const QDir samples(QStringLiteral(IWB_SOURCE_DIR "/resources/samples"));
        for (const QString &name : samples.entryList({ QStringLiteral("*.txt"), QStringLiteral("*.html") })) {
            ImportResult imported = importer.importFile(samples.filePath(name));
            if (!imported.isValid() || !store.addDocument(imported.document)) {
                continue;
            }
            ExtractionResult result = engine->extract(imported.document);
            if (result.record.organization.isEmpty()
                || !store.saveAnnotations(imported.document.id(), result.facts, result.record)) {
                continue;
            }
            incidents.append(result.record.id);
        }
    }

    auto store = std::make_unique<IncidentStore>();
    store->open(storePath);
    MainWindow window(std::move(store), engine);
    window.resize(1600, 950);
    window.show();
    window.library()->reload();
    for (const DocumentSummary &summary : window.store().documentSummaries()) {
        if (summary.title.startsWith(QStringLiteral("Fehlerhaftes Update"))) {
            window.library()->selectDocument(summary.id);
        }
    }
    bool ok = save(&window, out.filePath(prefix + QStringLiteral("-workbench.png")));

    CompareWindow compare(window.store(), &window);
    if (incidents.size() >= 2 && compare.load(incidents.mid(0, 2))) {
        compare.resize(1600, 1000);
        compare.show();
        compare.table()->selectRow(5);
        ok = save(&compare, out.filePath(prefix + QStringLiteral("-compare.png"))) && ok;
        compare.close();
    }

    SettingsDialog settings(QStringLiteral("Erika Muster"), &window);
    settings.show();
    ok = save(&settings, out.filePath(prefix + QStringLiteral("-settings.png"))) && ok;
    settings.close();

    ExportDialog exportDialog(window.store(), QString(), {}, &window);
    exportDialog.show();
    ok = save(&exportDialog, out.filePath(prefix + QStringLiteral("-export.png"))) && ok;

    // The breach register: the open incident marked as a breach of its controller, aware 50 hours ago, so the
    // clock runs; the form shows the values taken from the article.
    BreachRegister breachRegister;
    breachRegister.controllerName = QStringLiteral("Lumera Pay GmbH");
    breachRegister.contactName = QStringLiteral("Dr. Jana Beispiel");
    breachRegister.authority = QStringLiteral("LfD Niedersachsen");
    RegisterStore registers(window.store());
    if (registers.saveRegister(breachRegister)) {
        const qint64 entryId = window.registerActions()->markOpenIncident(breachRegister.id);
        if (RegisterWindow *registerWindow = window.findChild<RegisterWindow *>(); registerWindow && entryId != 0) {
            const QDateTime aware = QDateTime::currentDateTimeUtc().addSecs(qint64(-50) * 3600);
            registerWindow->editor()->setFieldText(QStringLiteral("became_aware"),
                ZonedTime::fromUtc(aware, breachRegister.timeZone)
                    .local()
                    .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            registerWindow->save();
            registerWindow->resize(1600, 1000);
            ok = save(registerWindow, out.filePath(prefix + QStringLiteral("-register.png"))) && ok;

            // Bringing a spreadsheet register in: the mapping as guessed, what will come in and what not.
            const QString sheet = dir.filePath(QStringLiteral("meldungen.csv"));
            QFile csv(sheet);
            if (csv.open(QIODevice::WriteOnly)) {
                csv.write(
                    "Lfd. Nr.;Datum der Kenntnisnahme;Beschreibung;Anzahl Betroffene;Datenkategorien;Risiko;"
                    "Datum der Meldung;Aktenzeichen\r\n"
                    "1;15.01.2026 14:30;Fehlversand von Lohnabrechnungen;ca. 1.200;Namen, Bankverbindung;hoch;"
                    "16.01.2026 10:00;LfD-2026-0042\r\n"
                    "2;gestern;Ein Zettel am Drucker;viele;Namen;mittel;;\r\n"
                    "3;03.02.2026;Laptop im Zug verloren;40;Gesundheitsdaten;hoch;04.02.2026 09:00;LfD-2026-0051\r\n"
                    "4;15.01.2026 14:30;Fehlversand von Lohnabrechnungen;1200;Namen;hoch;;\r\n");
                csv.close();
                RegisterImportDialog *importDialog = registerWindow->importSpreadsheet(sheet);
                QElapsedTimer waited;
                waited.start();
                while (!importDialog->isLoaded() && waited.elapsed() < 30000) {
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                }
                ok = save(importDialog, out.filePath(prefix + QStringLiteral("-register-import.png"))) && ok;
                importDialog->reject();
            }
        }
    }
    return ok ? 0 : 1;
}
