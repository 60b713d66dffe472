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
#include <QSettings>
#include <QTableView>

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
    QString error;
    const auto target = m_store.incident(incidentId);
    const auto similar = target ? SimilarIncidents::find(m_store, incidentId, 20, &error) : std::nullopt;
    if (!target || !similar) {
        QMessageBox::warning(m_window, tr("Find Similar Incidents"), target ? error : m_store.errorString());
        return;
    }
    auto *dialog = new SimilarIncidentsDialog(*target, *similar, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, incidentId] {
        if (const qint64 other = dialog->selectedIncidentId(); other > 0) {
            compare({ incidentId, other });
        }
    });
    dialog->open();
}

} // namespace Iwb
