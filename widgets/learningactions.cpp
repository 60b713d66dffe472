// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "learningactions.h"

#include "annotation/annotationsession.h"
#include "annotation/factconfidences.h"
#include "annotation/factlistmodel.h"
#include "extraction/extractionengine.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Iwb {

LearningActions::LearningActions(
    IncidentStore &store, AnnotationSession *session, QMenu *menu, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
    , m_statusBar(statusBar)
    , m_confidences(new FactConfidences(session, this))
    , m_retrain(menu->addAction(tr("Re&train Model")))
{
    m_retrain->setObjectName(QStringLiteral("retrainModel"));
    m_retrain->setToolTip(tr("Learn from the facts accepted and rejected in this store which of the rules' "
                             "proposals are facts; runs in the background"));
    connect(m_retrain, &QAction::triggered, this, &LearningActions::retrain);
    connect(&m_watcher, &QFutureWatcher<KeptModel>::finished, this, &LearningActions::finishTraining);
    QString error;
    m_confidences->setClassifier(CuratedTraining::latest(m_store, &error));
    if (!error.isEmpty()) {
        m_statusBar->showMessage(tr("The extraction model could not be read: %1").arg(error), 10000);
    }
    updateAction();
}

LearningActions::~LearningActions()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LearningActions::setEngine(std::shared_ptr<const ExtractionEngine> engine)
{
    m_engine = std::move(engine);
    updateAction();
}

std::shared_ptr<const FactClassifier> LearningActions::classifier() const
{
    return m_confidences->classifier();
}

void LearningActions::retrain()
{
    if (!m_engine) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_statusBar->showMessage(tr("Training the extraction model on the curated articles…"));
    m_watcher.setFuture(QtConcurrent::run([path = m_store.path(), author = m_store.author(), engine = m_engine] {
        return CuratedTraining::trainAndKeep(path, author, *engine);
    }));
    updateAction();
}

void LearningActions::noteSaved()
{
    const QList<Fact> facts = m_session->facts()->facts();
    if (std::any_of(facts.cbegin(), facts.cend(), [](const Fact &fact) { return fact.isDecided(); })) {
        retrain();
    }
}

void LearningActions::finishTraining()
{
    const KeptModel kept = m_watcher.result();
    if (kept.version > 0) {
        m_confidences->setClassifier(kept.classifier);
        m_statusBar->showMessage(
            tr("Extraction model version %1 trained on %n curated articles (%2 decisions).", nullptr, kept.articles)
                .arg(kept.version)
                .arg(kept.examples),
            10000);
    } else if (!kept.error.isEmpty()) {
        m_statusBar->showMessage(tr("The extraction model could not be trained: %1").arg(kept.error), 10000);
    } else {
        m_statusBar->showMessage(tr("Nothing to learn from yet: accept or reject some facts first."), 10000);
    }
    updateAction();
    Q_EMIT trainingFinished(kept);
    if (std::exchange(m_again, false)) {
        retrain();
    }
}

void LearningActions::updateAction()
{
    m_retrain->setEnabled(m_engine != nullptr && !m_watcher.isRunning() && !m_store.isReadOnly());
}

} // namespace Iwb
