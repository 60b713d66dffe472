// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "reviewnext.h"

#include "extraction/extractionengine.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Iwb {

ReviewNext::ReviewNext(IncidentStore &store, QMenu *menu, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_statusBar(statusBar)
    , m_action(menu->addAction(tr("Review &Next")))
{
    m_action->setObjectName(QStringLiteral("reviewNext"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_action->setToolTip(tr("Open the unreviewed article the learned model is least sure about: deciding its "
                            "facts teaches the model most"));
    m_action->setWhatsThis(m_action->toolTip());
    connect(m_action, &QAction::triggered, this, &ReviewNext::next);
    connect(&m_watcher, &QFutureWatcher<ReviewQueueResult>::finished, this, &ReviewNext::finishRanking);
    updateAction();
}

ReviewNext::~ReviewNext()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void ReviewNext::setEngine(std::shared_ptr<const ExtractionEngine> engine)
{
    m_engine = std::move(engine);
    updateAction();
}

void ReviewNext::setModel(std::shared_ptr<const FactClassifier> model)
{
    m_model = std::move(model);
    m_queue.clear();
    m_ranked = false;
    ++m_generation;
    updateAction();
}

void ReviewNext::next()
{
    if (!m_engine || !m_model || m_watcher.isRunning()) {
        return;
    }
    if (m_ranked) {
        takeNext();
        return;
    }
    m_statusBar->showMessage(tr("Finding the unreviewed articles the model is least sure about…"));
    m_rankingGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([path = m_store.path(), engine = m_engine, model = m_model] {
        return ReviewQueue::rankStore(path, *engine, *model);
    }));
    updateAction();
}

void ReviewNext::finishRanking()
{
    const ReviewQueueResult result = m_watcher.result();
    updateAction();
    if (m_rankingGeneration != m_generation) {
        next(); // ranked with a model that has been replaced meanwhile: again, with the new one
        return;
    }
    if (!result.error.isEmpty()) {
        m_statusBar->showMessage(tr("The articles to review could not be read: %1").arg(result.error), 10000);
        return;
    }
    m_queue = result.candidates;
    m_ranked = true;
    takeNext();
}

void ReviewNext::takeNext()
{
    // Passed over: what was removed or got a decision since the ranking (one small query each).
    while (!m_queue.isEmpty()) {
        const qint64 id = m_queue.first().documentId;
        const auto exists = m_store.documentSummaries({ id }, IncidentStore::SummaryLength::Skip);
        const auto facts = m_store.facts(id);
        const bool reviewed
            = facts && std::any_of(facts->cbegin(), facts->cend(), [](const Fact &fact) { return fact.isDecided(); });
        if (exists && !exists->isEmpty() && !reviewed) {
            break;
        }
        m_queue.removeFirst();
    }
    if (m_queue.isEmpty()) {
        m_statusBar->showMessage(tr("Every article has been reviewed."), 10000);
        return;
    }
    const ReviewCandidate candidate = m_queue.takeFirst();
    m_statusBar->showMessage(
        tr("Review next: the model doubts %1 of the %n facts it judged here (uncertainty %2); %3 more to review.",
            nullptr, candidate.judgedFacts)
            .arg(candidate.doubtfulFacts)
            .arg(QLocale().toString(candidate.uncertainty, 'f', 2))
            .arg(m_queue.size()),
        10000);
    Q_EMIT reviewRequested(candidate);
}

void ReviewNext::updateAction()
{
    m_action->setEnabled(m_engine != nullptr && m_model != nullptr && !m_watcher.isRunning());
}

} // namespace Iwb
