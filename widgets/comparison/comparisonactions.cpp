// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparisonactions.h"

#include "annotation/annotationsession.h"
#include "comparewindow.h"
#include "comparison/similarincidents.h"
#include "librarypanel.h"
#include "similarincidentsdialog.h"
#include "storage/incidentstore.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QSettings>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace Iwb {

namespace {

    /// The article theme the analyst chose in View → Theme (MainWindow keeps it under this key), for the compare panes.
    KSyntaxHighlighting::Theme chosenTheme(const QWidget *window)
    {
        static KSyntaxHighlighting::Repository repository;
        const KSyntaxHighlighting::Theme theme
            = repository.theme(QSettings().value(QStringLiteral("appearance/theme")).toString());
        if (theme.isValid()) {
            return theme;
        }
        return repository.defaultTheme(window->palette().color(QPalette::Base).lightness() < 128
                ? KSyntaxHighlighting::Repository::DarkTheme
                : KSyntaxHighlighting::Repository::LightTheme);
    }

} // namespace

ComparisonActions::ComparisonActions(
    IncidentStore &store, LibraryPanel *library, AnnotationSession *session, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_library(library)
    , m_session(session)
    , m_window(window)
    , m_compareSelected(new QAction(tr("Compare Selected &Incidents"), this))
    , m_findSimilar(new QAction(tr("Find &Similar Incidents…"), this))
{
    m_compareSelected->setObjectName(QStringLiteral("compareSelectedIncidents"));
    m_compareSelected->setStatusTip(tr("Compare the records selected in the library's Incidents tab side by side"));
    m_findSimilar->setObjectName(QStringLiteral("findSimilarIncidents"));
    m_findSimilar->setStatusTip(
        tr("Rank the other records by how much they have in common with the open article's record"));
    connect(m_compareSelected, &QAction::triggered, this, [this] { compare(m_library->selectedIncidentIds()); });
    connect(m_findSimilar, &QAction::triggered, this, [this] { findSimilar(m_session->record().id); });
    menu->addAction(m_compareSelected);
    menu->addAction(m_findSimilar);

    // The same two on the incidents table's context menu (and the Menu key), next to what other parts add there.
    QTableView *incidents = m_library->incidentView();
    incidents->setContextMenuPolicy(Qt::ActionsContextMenu);
    incidents->addAction(m_compareSelected);
    incidents->addAction(m_findSimilar);

    connect(
        incidents->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComparisonActions::updateActions);
    connect(incidents->model(), &QAbstractItemModel::modelReset, this, &ComparisonActions::updateActions);
    connect(m_session, &AnnotationSession::documentLoaded, this, &ComparisonActions::updateActions);
    connect(m_session, &AnnotationSession::saved, this, &ComparisonActions::updateActions);
    updateActions();
}

ComparisonActions::~ComparisonActions()
{
    // The workers have their own connections and copies of everything they read; they stop at the next check.
    const auto searches = findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase *search : searches) {
        search->cancel();
        search->waitForFinished();
    }
}

void ComparisonActions::updateActions()
{
    const qsizetype selected = m_library->selectedIncidentIds().size();
    m_compareSelected->setEnabled(selected >= 2);
    m_compareSelected->setText(selected > CompareWindow::maximumIncidents
            ? tr("Compare First %1 Selected &Incidents").arg(CompareWindow::maximumIncidents)
            : tr("Compare Selected &Incidents"));
    // A record that is not saved yet has no id, and nothing in the store to be compared with.
    m_findSimilar->setEnabled(m_session->hasDocument() && m_session->record().id > 0);
}

CompareWindow *ComparisonActions::compare(const QList<qint64> &incidentIds)
{
    auto *window = new CompareWindow(m_store, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->load(incidentIds)) {
        QMessageBox::warning(
            m_window, tr("Compare Incidents"), tr("The incidents cannot be compared:\n%1").arg(window->errorString()));
        delete window;
        return nullptr;
    }
    window->setTheme(chosenTheme(m_window));
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ComparisonActions::findSimilar(qint64 incidentId)
{
    if (m_search) {
        // The newer question wins: the running search stops at its next check and its answer is dropped.
        m_search->cancel();
    }
    auto *search = new QFutureWatcher<SimilarSearch>(this);
    m_search = search;
    if (!m_searchProgress) {
        m_searchProgress = new QProgressDialog(m_window);
        m_searchProgress->setObjectName(QStringLiteral("similarProgress"));
        m_searchProgress->setWindowTitle(tr("Find Similar Incidents"));
        m_searchProgress->setAutoClose(false);
        m_searchProgress->setAutoReset(false);
        m_searchProgress->cancel(); // no showing before a search starts it
    }
    QProgressDialog *progress = m_searchProgress;
    progress->setLabelText(tr("Comparing every record with incident %1…").arg(incidentId));
    progress->setRange(0, 0);
    // Shown only when the search takes longer than a moment (QProgressDialog counts from setValue(0)).
    progress->setMinimumDuration(400);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, search, &QFutureWatcherBase::cancel);
    connect(search, &QFutureWatcherBase::progressRangeChanged, progress, &QProgressDialog::setRange);
    connect(search, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(search, &QFutureWatcherBase::finished, this, [this, search, incidentId] {
        search->deleteLater();
        if (search != m_search) {
            return; // superseded by a newer search, which has the progress dialog now
        }
        m_search = nullptr;
        if (m_searchProgress) {
            m_searchProgress->reset();
            m_searchProgress->hide();
        }
        if (!search->isCanceled() && search->future().resultCount() > 0) {
            const SimilarSearch found = search->result();
            if (!found.cancelled) {
                showSimilar(incidentId, found);
            }
        }
        Q_EMIT searchFinished();
    });
    const QString path = m_store.path();
    search->setFuture(QtConcurrent::run([path, incidentId](QPromise<SimilarSearch> &promise) {
        promise.addResult(SimilarIncidents::findInStore(path, incidentId, 20, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        }));
    }));
}

void ComparisonActions::showSimilar(qint64 incidentId, const SimilarSearch &search)
{
    if (!search.target || !search.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Find Similar Incidents"), search.error);
        return;
    }
    auto *dialog = new SimilarIncidentsDialog(*search.target, search.similar, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, incidentId] {
        if (const qint64 other = dialog->selectedIncidentId(); other > 0) {
            compare({ incidentId, other });
        }
    });
    dialog->open();
}

} // namespace Iwb
