// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
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
 */
class ComparisonActions : public QObject
{
    Q_OBJECT

public:
    ComparisonActions(
        IncidentStore &store, LibraryPanel *library, AnnotationSession *session, QMenu *menu, QWidget *window);

    QAction *compareSelectedAction() const { return m_compareSelected; }
    QAction *findSimilarAction() const { return m_findSimilar; }

    /// Opens a compare window for @p incidentIds; nullptr (after telling the analyst why) when it cannot.
    CompareWindow *compare(const QList<qint64> &incidentIds);
    /// Shows the records similar to @p incidentId and compares the one the analyst picks.
    void findSimilar(qint64 incidentId);

private:
    void updateActions();

    IncidentStore &m_store;
    LibraryPanel *m_library;
    AnnotationSession *m_session;
    QWidget *m_window;
    QAction *m_compareSelected;
    QAction *m_findSimilar;
};

} // namespace Iwb
