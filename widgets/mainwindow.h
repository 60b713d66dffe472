// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;
class QMessageBox;
class QStackedWidget;
class QSplitter;
class QTimer;
class QUndoView;

namespace Iwb {

class AnnotationSession;
class ArticleView;
class ExtractionEngine;
class ExtractionRunner;
struct ExtractionRequest;
struct ExtractionResult;
class FactPanel;
class IncidentStore;
class LearningActions;
class ReviewNext;
class LibraryPanel;
class RecordForm;
class DeadlineReminders;
class RegisterActions;
struct ImportResult;

/**
 * The workbench window: the library on the left, the article with its
 * highlighted facts in the centre, the facts and the incident record on the
 * right. Owns the store; shares the extraction engine.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Takes ownership of an open @p store. Without an @p engine, extraction is not offered.
    explicit MainWindow(std::unique_ptr<IncidentStore> store, std::shared_ptr<const ExtractionEngine> engine = {},
        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths (files or folders) and shows a summary; returns the number of new documents.
    /// Synchronous (start-up, tests): a PDF may take up to its reader's time limit; the menu and drops
    /// use importInBackground().
    int importPaths(const QStringList &paths, bool quiet = false);
    /// The folder of sample articles the welcome panel offers on an empty store; empty: none offered.
    void setSamplesFolder(const QString &folder);
    /// The panel an empty store shows in place of the library, article and record.
    class WelcomePanel *welcomePanel() const { return m_welcome; }
    /// Imports @p paths on worker threads with a cancellable progress dialog; returns at once.
    /// The import object reports when it is finished; it lives until the next one starts.
    class BackgroundImport *importInBackground(const QStringList &paths);
    /// Opens a stored document for annotation; false when the user cancelled (unsaved changes).
    bool showDocument(qint64 documentId);
    bool save();
    /// Runs extraction on the open article; keeps the analyst's decisions.
    void rerunExtraction();
    /// Loads and compiles the rule packs on a worker thread (seconds on a first start, when the pattern
    /// databases are compiled; a fraction of one from the cache) while the window is usable; then offers
    /// extraction and extracts the open article if it has not been looked at. extractionReady() tells.
    void loadRulesInBackground(const QString &rulesRoot = {});
    /// Takes @p engine for extraction from now on (the constructor's, or the background load's).
    void setEngine(std::shared_ptr<const ExtractionEngine> engine);
    /// Switches the highlighting theme (a KSyntaxHighlighting theme name) for this window.
    void setTheme(const QString &name) { setThemeByName(name); }

    IncidentStore &store() const { return *m_store; }
    AnnotationSession *session() const { return m_session; }
    LibraryPanel *library() const { return m_library; }
    ArticleView *articleView() const { return m_article; }
    FactPanel *factPanel() const { return m_facts; }
    RecordForm *recordForm() const { return m_record; }
    /// The learned model: the facts' confidences and Extraction → Retrain Model.
    LearningActions *learning() const { return m_learning; }
    ReviewNext *reviewNext() const { return m_reviewNext; }
    /// The breach register: Register → Breach Register and Mark Incident as Breach….
    RegisterActions *registerActions() const { return m_register; }
    /// Reminders of the register's deadlines while the window is open (desktop notifications, status bar).
    DeadlineReminders *deadlineReminders() const { return m_reminders; }

    /// Adds text from the clipboard as a new article; returns its id, or 0.
    qint64 pasteAsNewArticle();
    /// File → Open URL…: shows the dialog (window-modal, returns at once), with @p address filled in when
    /// given (and fetched at once with @p fetch); a fetched page is stored (or found stored: same text or
    /// same address) and opened.
    class OpenUrlDialog *openUrl(const QString &address = {}, bool fetch = false);
    /// Stores a fetched page and opens it; returns its id (also when it was already stored), or 0.
    qint64 addFetchedPage(const ImportResult &result);

Q_SIGNALS:
    /// The rules of loadRulesInBackground() are ready (@p error empty) or could not be loaded.
    void extractionReady(const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void importFiles();
    void importFolder();
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    /// Opens the article a stored fact belongs to (after asking about unsaved changes) and shows the fact.
    void showFactOfAnotherArticle(qint64 factId);
    void writeRecoveryDraft();
    /// Takes an extraction's result into the session, if its article is still the open one.
    void applyExtraction(const ExtractionRequest &request, const ExtractionResult &result);
    void updateTitle();
    /// The message about files that were refused, each with its reason.
    QMessageBox *failureBox(const QStringList &failures);
    /// File → Recent Articles: the articles of this store opened last.
    void fillRecentMenu();
    /// Reloads the library and shows the welcome panel instead of it while the store is empty.
    void reloadLibrary();
    void updateEmptyState();
    void showSettings();
    void setThemeByName(const QString &name);
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<IncidentStore> m_store;
    std::shared_ptr<const ExtractionEngine> m_engine;
    AnnotationSession *m_session;
    ExtractionRunner *m_extraction;
    QAction *m_rerunAction = nullptr;
    LearningActions *m_learning = nullptr;
    ReviewNext *m_reviewNext = nullptr;
    RegisterActions *m_register = nullptr;
    DeadlineReminders *m_reminders = nullptr;
    QSplitter *m_splitter;
    QSplitter *m_sideSplitter;
    LibraryPanel *m_library;
    ArticleView *m_article;
    FactPanel *m_facts;
    RecordForm *m_record;
    QUndoView *m_undoView = nullptr;
    QMenu *m_compareMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QStackedWidget *m_central = nullptr;
    class WelcomePanel *m_welcome = nullptr;
    QString m_samplesFolder;
    QTimer *m_recoveryTimer;
    class BackgroundImport *m_backgroundImport = nullptr;
    bool m_switching = false;
};

} // namespace Iwb
