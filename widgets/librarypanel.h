// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace Iwb {

class DocumentListModel;
class IncidentListModel;
class IncidentStore;

/**
 * The library: the store's articles and incident records, each in a sortable,
 * filterable table. In the articles tab, typing filters by title and Enter runs
 * a full-text search over the articles' text; the incidents tab loads lazily
 * and filters on every column.
 */
class LibraryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    /// Shows the documents of @p store, read at once; the store must outlive the panel's use of it.
    void setStore(const IncidentStore *store);
    /// Reads everything again (after a snapshot was restored): the incidents' page at once, the articles'
    /// summaries on a worker thread (documentsLoaded() when they are shown).
    void reload();
    /// After a save or an import: re-reads only the articles @p ids (updated, added or removed rows) and the
    /// incidents' page.
    void refreshDocuments(const QList<qint64> &ids);
    /// True while reload() is reading the articles' summaries.
    bool isLoading() const;
    void selectDocument(qint64 id);
    qint64 currentDocumentId() const;

    QTableView *view() const { return m_view; }
    QTableView *incidentView() const { return m_incidentView; }
    QLineEdit *searchField() const { return m_search; }
    DocumentListModel *model() const { return m_model; }
    IncidentListModel *incidentModel() const { return m_incidentModel; }
    void showIncidents();

    /// The ids of the incident records selected in the incidents tab, in view order.
    QList<qint64> selectedIncidentIds() const;
    /// The ids of the incident records the incidents tab shows: the loaded pages of the filtered register.
    QList<qint64> visibleIncidentIds() const;
    /// What the analyst typed into the incidents tab's filter field.
    QString incidentFilterText() const;

Q_SIGNALS:
    void documentActivated(qint64 documentId);
    /// The articles' summaries that reload() read are shown.
    void documentsLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void takeLoadedDocuments(const QString &error);
    void resizeDocumentColumns();
    void fitDocumentColumns();
    void updateDocumentStatus();
    void runFullTextSearch();
    void showAllDocuments();

    const IncidentStore *m_store = nullptr;
    QLineEdit *m_search;
    QLabel *m_status;
    QTableView *m_view;
    DocumentListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QLineEdit *m_incidentFilter;
    QTableView *m_incidentView;
    IncidentListModel *m_incidentModel;
    QTimer *m_incidentFilterDelay;
    std::array<int, 3> m_shortColumnWidths {}; ///< the published, facts and language columns' widths, as measured
    qint64 m_currentBeforeReset = 0; ///< the current article when the list was last reset
};

} // namespace Iwb
