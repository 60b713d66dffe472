// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "mainwindow.h"

#include "articleview.h"
#include "document/documentimporter.h"
#include "librarypanel.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace Iwb {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");

} // namespace

MainWindow::MainWindow(std::unique_ptr<IncidentStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(store))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_library(new LibraryPanel(m_splitter))
    , m_article(new ArticleView(m_splitter))
{
    setWindowTitle(tr("Incident Workbench"));
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_article);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createActions();
    m_library->setStore(m_store.get());
    connect(m_library, &LibraryPanel::documentActivated, this, &MainWindow::showDocument);
    statusBar()->showMessage(tr("Database: %1").arg(m_store->path()));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importFilesAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import Files…"),
                                                     this, &MainWindow::importFiles);
    importFilesAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import &Folder…"), this, &MainWindow::importFolder);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *findAction = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find in Library"), this, [this] {
        m_library->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_library->searchField()->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Incident Workbench"), this, [this] {
        QMessageBox::about(this, tr("About Incident Workbench"),
                           tr("<h3>Incident Workbench %1</h3><p>Turns articles about data incidents into curated, "
                              "comparable incident records.</p><p>Database: %2</p>")
                               .arg(QApplication::applicationVersion(), m_store->path().toHtmlEscaped()));
    });
}

int MainWindow::importPaths(const QStringList &paths, bool quiet)
{
    const DocumentImporter importer;
    int added = 0;
    int duplicates = 0;
    QStringList failures;
    qint64 lastId = 0;
    for (const QString &file : DocumentImporter::expandPaths(paths)) {
        ImportResult result = importer.importFile(file);
        if (!result.isValid()) {
            failures.append(result.error);
            continue;
        }
        const auto stored = m_store->addDocument(result.document);
        if (!stored) {
            failures.append(m_store->errorString());
            continue;
        }
        stored->isDuplicate ? ++duplicates : ++added;
        lastId = stored->id;
    }
    m_library->reload();
    if (lastId > 0 && !quiet) {
        m_library->selectDocument(lastId);
    }
    statusBar()->showMessage(tr("%n new articles, %1 already in the library, %2 failed", nullptr, added)
                                 .arg(duplicates)
                                 .arg(failures.size()),
                             10000);
    if (!failures.isEmpty() && !quiet) {
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        tr("%n files could not be imported. The others were imported.", nullptr, static_cast<int>(failures.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(failures.join(QLatin1Char('\n')));
        box.exec();
    }
    return added;
}

void MainWindow::showDocument(qint64 documentId)
{
    const auto document = m_store->document(documentId);
    if (!document) {
        statusBar()->showMessage(m_store->errorString(), 10000);
        m_article->clear();
        return;
    }
    m_article->setDocument(*document);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(),
                                                            tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (!files.isEmpty()) {
        importPaths(files);
    }
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray())) {
        m_splitter->setSizes({480, 800});
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Iwb
