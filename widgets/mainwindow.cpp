// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "mainwindow.h"

#include "agreement/agreementdialog.h"
#include "annotation/annotationsession.h"
#include "annotation/factconfidences.h"
#include "annotation/factlistmodel.h"
#include "annotation/recoverydrafts.h"
#include "articleview.h"
#include "backgroundimport.h"
#include "comparison/comparisonactions.h"
#include "document/documentimporter.h"
#include "exchange/exportdialog.h"
#include "exchange/storesnapshot.h"
#include "extraction/extractionengine.h"
#include "extractionrunner.h"
#include "factpanel.h"
#include "helpdialogs.h"
#include "learningactions.h"
#include "librarypanel.h"
#include "openurldialog.h"
#include "recentplaces.h"
#include "recordform.h"
#include "register/deadlinereminders.h"
#include "register/registeractions.h"
#include "reviewnext.h"
#include "settingsdialog.h"
#include "sources/sourcelinker.h"
#include "sources/sourcesbar.h"
#include "storage/incidentstore.h"
#include "storebackupaction.h"
#include "welcomepanel.h"
#include "workbenchsettings.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemModel>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QWhatsThis>
#include <QtConcurrent/QtConcurrentRun>

namespace Iwb {

namespace {

    const QString geometryKey = QStringLiteral("mainWindow/geometry");
    const QString stateKey = QStringLiteral("mainWindow/state");
    const QString splitterKey = QStringLiteral("mainWindow/splitter");
    const QString sideSplitterKey = QStringLiteral("mainWindow/sideSplitter");
    const QString themeKey = QStringLiteral("appearance/theme");

    KSyntaxHighlighting::Repository &themeRepository()
    {
        static KSyntaxHighlighting::Repository repository;
        return repository;
    }

} // namespace

MainWindow::MainWindow(
    std::unique_ptr<IncidentStore> store, std::shared_ptr<const ExtractionEngine> engine, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_engine(std::move(engine))
    , m_session(new AnnotationSession(*m_store, this))
    , m_extraction(new ExtractionRunner(m_engine, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, m_splitter))
    , m_library(new LibraryPanel(m_splitter))
    , m_article(new ArticleView(m_splitter))
    , m_facts(new FactPanel(m_session, m_sideSplitter))
    , m_record(new RecordForm(m_session, m_sideSplitter))
    , m_recoveryTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    const QSettings settings;
    m_session->setAnalyst(WorkbenchSettings::analystName(m_store->author()));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_article);
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    m_sideSplitter->addWidget(m_facts);
    m_sideSplitter->addWidget(m_record);
    // An empty store shows what to do instead of empty tables (updateEmptyState()).
    m_welcome = new WelcomePanel(this);
    connect(m_welcome, &WelcomePanel::importRequested, this, &MainWindow::importFiles);
    connect(m_welcome, &WelcomePanel::openUrlRequested, this, [this] { openUrl(); });
    connect(m_welcome, &WelcomePanel::samplesRequested, this, [this] {
        if (!m_samplesFolder.isEmpty()) {
            importInBackground({ m_samplesFolder });
        }
    });
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);
    m_article->setSession(m_session);

    connect(m_extraction, &ExtractionRunner::started, this, [this] {
        statusBar()->showMessage(tr("Finding facts in this long article; you can read and label meanwhile…"));
    });
    connect(m_extraction, &ExtractionRunner::finished, this, &MainWindow::applyExtraction);
    createActions();
    m_library->setStore(m_store.get());
    // Whatever fills or empties the library (an import, a restored snapshot, a test's own reload) decides
    // between the welcome panel and the library.
    connect(m_library->view()->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_library->view()->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_library, &LibraryPanel::documentActivated, this, [this](qint64 id) {
        if (!m_switching && id != m_session->document().id() && !showDocument(id)) {
            m_switching = true;
            m_library->selectDocument(m_session->document().id());
            m_switching = false;
        }
    });
    connect(m_article, &ArticleView::currentFactChanged, this, [this](qint64 key) {
        m_facts->selectFact(key);
        m_record->setCurrentFact(key);
    });
    connect(m_facts, &FactPanel::factActivated, this, [this](qint64 key) {
        m_article->showFact(key);
        m_record->setCurrentFact(key);
    });
    connect(m_record, &RecordForm::evidenceRequested, this, [this](qint64 key) {
        if (key < 0) {
            showFactOfAnotherArticle(-key);
            return;
        }
        m_article->showFact(key);
        m_facts->selectFact(key);
    });
    connect(m_session, &AnnotationSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &AnnotationSession::documentLoaded, this, &MainWindow::updateTitle);

    m_recoveryTimer->setInterval(WorkbenchSettings::autosaveSeconds() * 1000);
    connect(m_recoveryTimer, &QTimer::timeout, this, &MainWindow::writeRecoveryDraft);
    m_recoveryTimer->start();

    statusBar()->showMessage(m_store->isReadOnly()
            ? tr("Database: %1 (read-only: make the file and its folder writable to save changes)").arg(m_store->path())
            : tr("Database: %1").arg(m_store->path()));
    setThemeByName(settings.value(themeKey).toString());
    restoreLayout();
    updateTitle();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importFilesAction = fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import Files…"), this, &MainWindow::importFiles);
    importFilesAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder…"), this, &MainWindow::importFolder);
    QAction *openUrlAction = fileMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-open-remote")), tr("Open &URL…"), this, [this] { openUrl(); });
    openUrlAction->setObjectName(QStringLiteral("openUrlAction"));
    openUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_recentMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Recent &Articles"));
    m_recentMenu->setObjectName(QStringLiteral("recentArticlesMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *pasteAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-paste")),
        tr("&Paste as New Article"), this, &MainWindow::pasteAsNewArticle);
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    // Export and snapshot import (widgets/exchange/, model/exchange/; docs/exchange.md).
    QAction *importSnapshotAction = fileMenu->addAction(tr("Import Store &Snapshot…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Store Snapshot"), RecentPlaces::lastFolder(), tr("Store snapshots (*.json)"));
        StoreSnapshot snapshot;
        if (path.isEmpty()) {
            return;
        }
        RecentPlaces::rememberFolder(path);
        if (!snapshot.importFile(*m_store, path)) {
            QMessageBox::warning(this, tr("Import Store Snapshot"), snapshot.errorString());
            return;
        }
        reloadLibrary();
        statusBar()->showMessage(tr("Restored %1 articles and %2 incident records from %3")
                .arg(snapshot.importedCounts().documents)
                .arg(snapshot.importedCounts().incidents)
                .arg(path));
    });
    importSnapshotAction->setObjectName(QStringLiteral("importSnapshotAction"));
    QAction *exportAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this, [this] {
              auto *dialog
                  = new ExportDialog(*m_store, m_library->incidentFilterText(), m_library->selectedIncidentIds(), this);
              dialog->setAttribute(Qt::WA_DeleteOnClose);
              connect(dialog, &QDialog::accepted, this,
                  [this, dialog] { statusBar()->showMessage(dialog->resultMessage()); });
              dialog->open();
          });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    fileMenu->addAction((new StoreBackupAction(m_store->path(), this))->action());
    fileMenu->addSeparator();
    QAction *saveAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    QAction *quitAction
        = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys (Ctrl+Shift+Z on KDE and GNOME) once each, and Ctrl+Y, which people coming
    // from Windows and office programs press; a key in the list twice makes Qt call it ambiguous.
    redo->setShortcuts(HelpDialogs::redoShortcuts());
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction *findAction
        = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find in Library"), this, [this] {
              m_library->searchField()->setFocus(Qt::ShortcutFocusReason);
              m_library->searchField()->selectAll();
          });
    findAction->setShortcut(QKeySequence::Find);
    editMenu->addSeparator();
    // Several articles, one incident: link the open article to an existing record, or unlink it.
    QMenu *incidentMenu = editMenu->addMenu(tr("&Incident"));
    incidentMenu->addAction(m_record->sourcesBar()->linker()->linkAction());
    incidentMenu->addAction(m_record->sourcesBar()->linker()->unlinkAction());

    QMenu *extractionMenu = menuBar()->addMenu(tr("E&xtraction"));
    QAction *rerun = extractionMenu->addAction(
        QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Re-run Extraction"), this, &MainWindow::rerunExtraction);
    rerun->setShortcut(QKeySequence(Qt::Key_F5));
    rerun->setEnabled(m_engine != nullptr);
    m_rerunAction = rerun;
    extractionMenu->addSeparator();
    m_learning = new LearningActions(*m_store, m_session, extractionMenu, statusBar(), this);
    m_learning->setEngine(m_engine);
    connect(m_learning->confidences(), &FactConfidences::judged, this,
        [this] { m_facts->setConfidenceShown(m_learning->classifier() != nullptr); });
    m_facts->setConfidenceShown(m_learning->classifier() != nullptr);
    // The store's model also proposes the names the rules miss (its span tagger), from the next extraction.
    m_extraction->setNameModel(m_learning->classifier());
    // Review Next: the unreviewed article the model is least sure about.
    m_reviewNext = new ReviewNext(*m_store, extractionMenu, statusBar(), this);
    m_reviewNext->setEngine(m_engine);
    m_reviewNext->setModel(m_learning->classifier());
    connect(m_reviewNext, &ReviewNext::reviewRequested, this, [this](const ReviewCandidate &candidate) {
        // Opened directly (the library's filter may hide it), then selected where the library shows it.
        m_central->setCurrentWidget(m_splitter);
        if (candidate.documentId == m_session->document().id() || showDocument(candidate.documentId)) {
            m_library->selectDocument(candidate.documentId);
        }
    });
    connect(m_learning, &LearningActions::trainingFinished, this, [this] {
        m_extraction->setNameModel(m_learning->classifier());
        m_reviewNext->setModel(m_learning->classifier());
    });

    // Comparing incidents side by side and annotation versions against each other.
    m_compareMenu = menuBar()->addMenu(tr("&Compare"));
    // Annotation versions (docs/agreement.md): this article against extraction or another analyst's database.
    QAction *agreementAction = m_compareMenu->addAction(tr("Compare &Annotation Versions…"), this, [this] {
        auto *dialog = new AgreementDialog(m_session, m_engine, m_article, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    agreementAction->setObjectName(QStringLiteral("compareAnnotationVersions"));
    // Incidents side by side (docs/comparison.md): the library's selection, or the records most like the open one's.
    m_compareMenu->addSeparator();
    new ComparisonActions(*m_store, m_library, m_session, m_compareMenu, this);

    // The GDPR breach register (docs/register.md): for a DPO, the open incident as a breach with its clock.
    QMenu *registerMenu = menuBar()->addMenu(tr("&Register"));
    m_register = new RegisterActions(*m_store, m_session, [this] { return save(); }, registerMenu, this);
    connect(m_register, &RegisterActions::registerChanged, this, [this] { m_library->refreshDocuments({}); });
    // The deadlines remind while the workbench runs: on the desktop, and here in the status bar.
    m_reminders = new DeadlineReminders(*m_store, this);
    connect(m_reminders, &DeadlineReminders::reminded, this,
        [this](qint64, const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_reminders, &DeadlineReminders::activated, this,
        [this](qint64 entryId) { m_register->showRegister(entryId); });
    m_reminders->start();
    incidentMenu->addSeparator();
    incidentMenu->addAction(m_register->markAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    for (const KSyntaxHighlighting::Theme &theme : themeRepository().themes()) {
        QAction *action = themeMenu->addAction(theme.translatedName());
        action->setCheckable(true);
        action->setData(theme.name());
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = theme.name()] {
            setThemeByName(name);
            QSettings().setValue(themeKey, name);
        });
    }
    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoHistory"));
    m_undoView = new QUndoView(m_session->undoStack(), undoDock);
    m_undoView->setEmptyLabel(tr("<opened>"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();
    viewMenu->addAction(undoDock->toggleViewAction());

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configure = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
        tr("&Configure Incident Workbench…"), this, &MainWindow::showSettings);
    configure->setObjectName(QStringLiteral("configureAction"));
    configure->setShortcut(QKeySequence::Preferences);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = helpMenu->addAction(
        QIcon::fromTheme(QStringLiteral("help-contents")), tr("Incident Workbench &Handbook"), this, [this] {
            QDialog *dialog = HelpDialogs::handbook(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    handbook->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = helpMenu->addAction(
        QIcon::fromTheme(QStringLiteral("configure-shortcuts")), tr("&Keyboard Shortcuts"), this, [this] {
            QDialog *dialog = HelpDialogs::keyboardShortcuts(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    helpMenu->addAction(QWhatsThis::createAction(this));
    helpMenu->addSeparator();
    helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Incident Workbench"), this,
        [this] { QMessageBox::about(this, tr("About Incident Workbench"), HelpDialogs::aboutText(m_store->path())); });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setThemeByName(const QString &name)
{
    KSyntaxHighlighting::Theme theme = themeRepository().theme(name);
    if (!theme.isValid()) {
        theme = themeRepository().defaultTheme(palette().color(QPalette::Base).lightness() < 128
                ? KSyntaxHighlighting::Repository::DarkTheme
                : KSyntaxHighlighting::Repository::LightTheme);
    }
    // A palette change that keeps the theme (a second event of one scheme switch) re-highlights nothing.
    if (theme.name() != m_article->themeName()) {
        m_article->setTheme(theme);
    }
}

void MainWindow::updateTitle()
{
    // "Article title* — Incident Workbench": Qt adds the program's name and shows [*] as "*" when there are
    // unsaved changes. Without an article the title is the program's name alone (Qt adds nothing then).
    const QString article = m_session->hasDocument() ? m_session->document().title().simplified() : QString();
    setWindowTitle(article.isEmpty() ? QApplication::applicationDisplayName() : article + QStringLiteral("[*]"));
    setWindowModified(m_session->isModified());
}

int MainWindow::importPaths(const QStringList &paths, bool quiet)
{
    const DocumentImporter importer;
    int added = 0;
    int duplicates = 0;
    QStringList failures;
    qint64 lastId = 0;
    QList<qint64> addedIds;
    for (const QString &file : DocumentImporter::expandPaths(paths)) {
        const ImportResult result = importer.importFile(file);
        // A mail's attachments that are articles are stored after it, as documents of their own.
        QList<ImportResult> reads { result };
        reads += result.attachments;
        for (qsizetype i = 0; i < reads.size(); ++i) {
            ImportResult &read = reads[i];
            if (!read.isValid()) {
                failures.append(read.error);
                continue;
            }
            const auto stored = m_store->addDocument(read.document);
            if (!stored) {
                failures.append(m_store->errorString());
                continue;
            }
            stored->isDuplicate ? ++duplicates : ++added;
            if (!stored->isDuplicate) {
                addedIds.append(stored->id);
            }
            lastId = i == 0 ? stored->id : lastId;
        }
    }
    m_library->refreshDocuments(addedIds);
    updateEmptyState();
    if (lastId > 0 && !quiet) {
        m_library->selectDocument(lastId);
    }
    statusBar()->showMessage(tr("%n new articles, %1 already in the library, %2 failed", nullptr, added)
                                 .arg(duplicates)
                                 .arg(failures.size()),
        10000);
    if (!failures.isEmpty() && !quiet) {
        QMessageBox *box = failureBox(failures);
        box->exec();
        delete box;
    }
    return added;
}

bool MainWindow::showDocument(qint64 documentId)
{
    if (!maybeSave()) {
        return false;
    }
    if (!m_session->load(documentId)) {
        statusBar()->showMessage(m_session->errorString(), 10000);
        m_session->clear();
        return true;
    }
    RecentPlaces::rememberArticle(m_store->path(), { documentId, m_session->document().title() });
    const RecoveryDrafts drafts;
    if (const auto draft = drafts.read(m_session->document().sha256())) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Work Found"),
            tr("There is unsaved work on this article from an earlier session that "
               "ended unexpectedly. Restore it?"),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes && m_session->restoreFromRecoveryJson(*draft)) {
            statusBar()->showMessage(tr("Unsaved work restored; save it with Ctrl+S."), 10000);
            return true;
        }
        drafts.remove(m_session->document().sha256());
    }
    if (m_session->isUnannotated() && m_engine) {
        // A first look: the found facts are the starting point, not an edit to be saved.
        m_extraction->run(m_session->document(), { documentId, tr("Extract facts"), true });
    }
    return true;
}

void MainWindow::applyExtraction(const ExtractionRequest &request, const ExtractionResult &result)
{
    if (!m_session->hasDocument() || m_session->document().id() != request.documentId) {
        return; // the analyst has moved on to another article
    }
    // On a first look the facts are the starting point, unless the analyst already edited while a long
    // article was being read: then the extraction is one more undoable step after theirs.
    const bool untouched = m_session->undoStack()->count() == 0;
    m_session->applyExtraction(result, request.description);
    if (request.firstLook && untouched) {
        m_session->undoStack()->clear();
    }
    if (!request.firstLook) {
        statusBar()->showMessage(tr("Extraction re-run; your accepted, rejected and hand-made facts were kept."), 8000);
    } else if (result.facts.size() > 0
        && m_session->document().text().size() >= ExtractionRunner::backgroundThreshold) {
        statusBar()->showMessage(tr("%n facts found.", nullptr, static_cast<int>(result.facts.size())), 8000);
    }
}

bool MainWindow::save()
{
    if (!m_session->hasDocument()) {
        return true;
    }
    // A store that was read-only when it was opened stays so until it is opened again: the user who made
    // it writable after a refused save expects the next save to work.
    if (m_store->isReadOnly()) {
        m_store->reopenIfWritable();
    }
    if (!m_session->save()) {
        // The work stays in the session (still modified), and on disk in case the window goes next.
        writeRecoveryDraft();
        QMessageBox::critical(this, tr("Save"),
            tr("The annotations could not be saved.\n\n%1\n\nYour changes are kept, unsaved, in this window and in "
               "a recovery draft: save again once the problem is solved.")
                .arg(m_session->errorString()));
        return false;
    }
    RecoveryDrafts().remove(m_session->document().sha256());
    m_learning->noteSaved();
    // Only this article's row changed (its fact count); the incidents' page is read again.
    m_library->refreshDocuments({ m_session->document().id() });
    updateEmptyState();
    statusBar()->showMessage(tr("Saved."), 5000);
    return true;
}

void MainWindow::showFactOfAnotherArticle(qint64 factId)
{
    // Evidence from another source article of the incident: open that article at the fact.
    const auto fact = m_store->fact(factId);
    if (!fact) {
        statusBar()->showMessage(m_store->errorString(), 8000);
        return;
    }
    if (fact->documentId != m_session->document().id()) {
        if (!showDocument(fact->documentId)) {
            return;
        }
        m_switching = true;
        m_library->selectDocument(fact->documentId);
        m_switching = false;
    }
    for (const qint64 key : m_session->facts()->keys()) {
        if (m_session->facts()->fact(key).id == factId) {
            m_article->showFact(key);
            m_facts->selectFact(key);
            m_record->setCurrentFact(key);
            break;
        }
    }
}

void MainWindow::loadRulesInBackground(const QString &rulesRoot)
{
    statusBar()->showMessage(tr("Preparing the extraction rules…"));
    auto *watcher = new QFutureWatcher<std::pair<std::shared_ptr<const ExtractionEngine>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto [engine, error] = watcher->result();
        watcher->deleteLater();
        if (engine) {
            setEngine(engine);
            statusBar()->showMessage(tr("Extraction rules ready."), 3000);
        } else {
            statusBar()->showMessage(tr("Extraction is off: %1").arg(error));
        }
        Q_EMIT extractionReady(error);
    });
    watcher->setFuture(QtConcurrent::run([rulesRoot] {
        auto engine = std::make_shared<ExtractionEngine>();
        QString error;
        if (!engine->load(&error, rulesRoot)) {
            return std::pair<std::shared_ptr<const ExtractionEngine>, QString>({}, error);
        }
        return std::pair<std::shared_ptr<const ExtractionEngine>, QString>(std::move(engine), QString());
    }));
}

void MainWindow::setEngine(std::shared_ptr<const ExtractionEngine> engine)
{
    m_engine = std::move(engine);
    m_extraction->setEngine(m_engine);
    if (m_rerunAction) {
        m_rerunAction->setEnabled(m_engine != nullptr);
    }
    if (m_learning) {
        m_learning->setEngine(m_engine);
        m_reviewNext->setEngine(m_engine);
    }
    // The article opened while the rules were loading gets its first look now.
    if (m_engine && m_session->hasDocument() && m_session->isUnannotated() && m_session->facts()->factCount() == 0
        && m_session->undoStack()->count() == 0) {
        m_extraction->run(m_session->document(), { m_session->document().id(), tr("Extract facts"), true });
    }
}

void MainWindow::rerunExtraction()
{
    if (!m_engine || !m_session->hasDocument()) {
        return;
    }
    m_extraction->run(m_session->document(), { m_session->document().id(), tr("Re-run extraction"), false });
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
        tr("The annotations of “%1” have changed. Save them?").arg(m_session->document().title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    if (answer == QMessageBox::Save) {
        return save();
    }
    RecoveryDrafts().remove(m_session->document().sha256());
    m_session->undoStack()->setClean();
    return true;
}

void MainWindow::writeRecoveryDraft()
{
    if (m_session->hasDocument() && m_session->isModified()) {
        RecoveryDrafts().write(m_session->document().sha256(), m_session->toRecoveryJson());
    }
}

qint64 MainWindow::pasteAsNewArticle()
{
    const QString text = QApplication::clipboard()->text();
    ImportResult result = DocumentImporter().importText(
        text, QStringLiteral("txt"), tr("clipboard, %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    if (!result.isValid()) {
        statusBar()->showMessage(tr("Nothing to paste: %1").arg(result.error), 8000);
        return 0;
    }
    const auto stored = m_store->addDocument(result.document);
    if (!stored) {
        QMessageBox::warning(this, tr("Paste"), m_store->errorString());
        return 0;
    }
    m_library->refreshDocuments({ stored->id });
    updateEmptyState();
    m_library->selectDocument(stored->id);
    statusBar()->showMessage(
        stored->isDuplicate ? tr("This text is already in the library.") : tr("Pasted text added as an article."),
        8000);
    return stored->id;
}

OpenUrlDialog *MainWindow::openUrl(const QString &address, bool fetch)
{
    auto *dialog = new OpenUrlDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addressField()->setText(address);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addFetchedPage(dialog->result()); });
    dialog->open();
    if (fetch && !address.isEmpty()) {
        dialog->fetch();
    }
    return dialog;
}

qint64 MainWindow::addFetchedPage(const ImportResult &fetched)
{
    Document document = fetched.document;
    const auto stored = m_store->addDocument(document);
    if (!stored) {
        QMessageBox::warning(this, tr("Open URL"), m_store->errorString());
        return 0;
    }
    m_library->refreshDocuments({ stored->id });
    updateEmptyState();
    m_library->selectDocument(stored->id);
    const QString address = document.metadata().fetchedUrl;
    if (!stored->isDuplicate) {
        statusBar()->showMessage(tr("Fetched %1").arg(address), 8000);
    } else if (stored->sameAddress) {
        statusBar()->showMessage(
            tr("This page is already in the library (fetched from %1 before); the stored copy is shown.").arg(address),
            10000);
    } else {
        statusBar()->showMessage(
            tr("The text of this page is already in the library; the stored article is shown."), 10000);
    }
    return stored->id;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importInBackground(paths);
    }
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Articles"), RecentPlaces::lastFolder(),
        tr("Articles (*.txt *.md *.markdown *.html *.htm *.pdf *.eml *.msg *.docx);;E-mails (*.eml *.msg);;Word "
           "documents "
           "(*.docx);;All files (*)"));
    if (!files.isEmpty()) {
        RecentPlaces::rememberFolder(files.first());
        // A PDF is read by a helper process that may take a while: never on the GUI thread.
        importInBackground(files);
    }
}

void MainWindow::importFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"), RecentPlaces::lastFolder());
    if (!folder.isEmpty()) {
        RecentPlaces::rememberFolder(folder);
        importInBackground({ folder });
    }
}

BackgroundImport *MainWindow::importInBackground(const QStringList &paths)
{
    delete m_backgroundImport;
    m_backgroundImport = new BackgroundImport(m_store->path(), m_store->author(), this);
    auto *progress = new QProgressDialog(tr("Importing articles…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    BackgroundImport *import = m_backgroundImport;
    connect(import, &BackgroundImport::progressChanged, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
        progress->setLabelText(tr("Imported %1 of %2 files").arg(done).arg(total));
    });
    connect(progress, &QProgressDialog::canceled, import, &BackgroundImport::cancel);
    connect(import, &BackgroundImport::finished, this, [this, import, progress] {
        progress->close();
        m_library->refreshDocuments(import->addedIds());
        updateEmptyState();
        if (import->lastDocumentId() > 0) {
            m_library->selectDocument(import->lastDocumentId());
        }
        statusBar()->showMessage(tr("%n new articles, %1 already in the library, %2 failed%3", nullptr, import->added())
                                     .arg(import->duplicates())
                                     .arg(import->failures().size())
                                     .arg(import->wasCancelled() ? tr(" (cancelled)") : QString()),
            10000);
        if (!import->failures().isEmpty()) {
            QMessageBox *box = failureBox(import->failures());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    import->start(paths);
    return import;
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    // First start: most of the screen's free area (85 %), centred, the three panes as 3 : 5 : 4 and the
    // facts over the record as 4 : 5. Later starts: as the analyst left it.
    const QRect area = RecentPlaces::availableArea(this);
    const bool restored = restoreGeometry(settings.value(geometryKey).toByteArray());
    if (!restored) {
        const QSize size(area.width() * 85 / 100, area.height() * 85 / 100);
        resize(size);
        move(area.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray())) {
        const int width = restored ? this->width() : area.width() * 85 / 100;
        m_splitter->setSizes({ width * 3 / 12, width * 5 / 12, width * 4 / 12 });
    }
    if (!m_sideSplitter->restoreState(settings.value(sideSplitterKey).toByteArray())) {
        const int height = restored ? this->height() : area.height() * 85 / 100;
        m_sideSplitter->setSizes({ height * 4 / 9, height * 5 / 9 });
    }
}

void MainWindow::reloadLibrary()
{
    m_library->reload();
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    // The library may show no rows because of its filter; only a store without articles is empty.
    const bool empty = m_library->view()->model()->rowCount() == 0 && m_store->documentCount() == 0;
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

void MainWindow::setSamplesFolder(const QString &folder)
{
    m_samplesFolder = folder;
    m_welcome->setSamplesAvailable(!folder.isEmpty());
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_session->analyst(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // What can change at once does; the language, the store and the rules wait for the next start.
        m_session->setAnalyst(WorkbenchSettings::analystName(m_store->author()));
        m_recoveryTimer->setInterval(WorkbenchSettings::autosaveSeconds() * 1000);
        WorkbenchSettings::applyColorScheme(WorkbenchSettings::colorScheme());
        setThemeByName(QSettings().value(themeKey).toString());
        statusBar()->showMessage(tr("Settings saved. A new language, store or rule folder takes effect at the next "
                                    "start."),
            10000);
    });
    dialog->open();
}

QMessageBox *MainWindow::failureBox(const QStringList &failures)
{
    // The reasons are what the analyst needs: in the message itself, not behind "Show Details…"; a long
    // list shows its first lines there and all of them in the details.
    constexpr qsizetype shownReasons = 8;
    const int count = static_cast<int>(failures.size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"),
        tr("%n files could not be imported. The others were imported.", nullptr, count), QMessageBox::Ok, this);
    QStringList shown = failures.mid(0, shownReasons);
    if (failures.size() > shownReasons) {
        shown.append(tr("… and %n more (see the details)", nullptr, static_cast<int>(failures.size() - shownReasons)));
        box->setDetailedText(failures.join(QLatin1Char('\n')));
    }
    box->setInformativeText(shown.join(QLatin1Char('\n')));
    box->setObjectName(QStringLiteral("importFailures"));
    return box;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const RecentPlaces::Article &article : RecentPlaces::recentArticles(m_store->path())) {
        const qint64 id = article.id;
        QAction *action = m_recentMenu->addAction(article.title, this, [this, id] {
            if (showDocument(id)) {
                m_switching = true;
                m_library->selectDocument(id);
                m_switching = false;
            }
        });
        action->setData(id);
    }
    if (m_recentMenu->isEmpty()) {
        m_recentMenu->addAction(tr("No articles opened yet"))->setEnabled(false);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(sideSplitterKey, m_sideSplitter->saveState());
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new palette (the colour setting, or the desktop switching between light and dark while the program
    // runs) gives the article the matching highlighting theme, unless the analyst chose one by name.
    if (event->type() == QEvent::PaletteChange) {
        setThemeByName(QSettings().value(themeKey).toString());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace Iwb
