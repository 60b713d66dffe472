// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "comparison/similarincidents.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace Iwb {

class AnnotationSession;
class CompareWindow;
class IncidentStore;
class LibraryPanel;

/**
 * The main window's way into comparing incidents: Compare → Compare Selected
 * Incidents (enabled with two or more records selected in the library's
 * incidents tab; also on that table's context menu) and Compare → Find Similar
 * Incidents… (for the open article's record: a ranked list with reasons; the
 * one picked is compared with it).
 *
 * Compare windows are top-level windows owned by @p window and deleted when closed.
 *
 * "Find similar" reads every record and its articles' text (about a second
 * for 20,000 records), so it runs on a worker thread with its own connection
 * to the store (SimilarIncidents::findInStore()); a progress dialog with
 * Cancel shows after a moment, and the result comes back by signal. Starting
 * another search cancels the running one, whose answer is then dropped.
 */
class ComparisonActions : public QObject
{
    Q_OBJECT

public:
    ComparisonActions(
        IncidentStore &store, LibraryPanel *library, AnnotationSession *session, QMenu *menu, QWidget *window);
    ~ComparisonActions() override;

    QAction *compareSelectedAction() const { return m_compareSelected; }
    QAction *findSimilarAction() const { return m_findSimilar; }

    /// Opens a compare window for @p incidentIds; nullptr (after telling the analyst why) when it cannot.
    CompareWindow *compare(const QList<qint64> &incidentIds);
    /// Looks for the records similar to @p incidentId on a worker thread and returns at once; then shows
    /// them (SimilarIncidentsDialog) and compares the one the analyst picks. A search still running is
    /// cancelled. searchFinished() tells when the answer is shown (or the search failed or was cancelled).
    void findSimilar(qint64 incidentId);
    /// Whether a "find similar" search is running.
    bool isSearching() const { return m_search != nullptr; }

Q_SIGNALS:
    void searchFinished();

private:
    void updateActions();
    void showSimilar(qint64 incidentId, const SimilarSearch &search);

    IncidentStore &m_store;
    LibraryPanel *m_library;
    AnnotationSession *m_session;
    QWidget *m_window;
    QAction *m_compareSelected;
    QAction *m_findSimilar;
    QPointer<QFutureWatcher<SimilarSearch>> m_search; ///< the search whose answer is wanted
    QPointer<QProgressDialog> m_searchProgress;
};

} // namespace Iwb
