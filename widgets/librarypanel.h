// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Iwb {

class DocumentListModel;
class IncidentStore;

/**
 * The library: the store's documents in a sortable table with a search field.
 * Typing filters by title; pressing Enter runs a full-text search over the
 * articles' text through the store.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    /// Shows the documents of @p store; the store must outlive the panel's use of it.
    void setStore(const IncidentStore *store);
    void reload();
    void selectDocument(qint64 id);
    qint64 currentDocumentId() const;

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    DocumentListModel *model() const { return m_model; }

Q_SIGNALS:
    void documentActivated(qint64 documentId);

private:
    void runFullTextSearch();
    void showAllDocuments();

    const IncidentStore *m_store = nullptr;
    QLineEdit *m_search;
    QLabel *m_status;
    QTableView *m_view;
    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Iwb
