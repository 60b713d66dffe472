// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QMainWindow>

#include <memory>

class QSplitter;

namespace Iwb {

class ArticleView;
class IncidentStore;
class LibraryPanel;

/**
 * The workbench window: the library on the left, the selected article in the
 * centre. Owns the store it works on.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Takes ownership of an open @p store.
    explicit MainWindow(std::unique_ptr<IncidentStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths (files or folders) and shows a summary; returns the number of new documents.
    int importPaths(const QStringList &paths, bool quiet = false);
    void showDocument(qint64 documentId);

    IncidentStore &store() const { return *m_store; }
    LibraryPanel *library() const { return m_library; }
    ArticleView *articleView() const { return m_article; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void importFiles();
    void importFolder();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<IncidentStore> m_store;
    QSplitter *m_splitter;
    LibraryPanel *m_library;
    ArticleView *m_article;
};

} // namespace Iwb
