// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/learning/curatedtraining.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QStatusBar;

namespace Iwb {

class AnnotationSession;
class ExtractionEngine;
class FactConfidences;
class IncidentStore;

/**
 * The workbench side of learning (docs/extraction.md#in-the-workbench): the
 * store's newest model judges the open article's facts (FactConfidences: the
 * facts panel's Confidence column, the reasons in its tool tips, the doubtful
 * ones shown as suggestions), and Extraction → Retrain Model trains a new one
 * from the store's curated articles.
 *
 * Training reads every curated article and runs the rules over it again, so
 * it runs on a worker thread with its own connection to the store
 * (CuratedTraining::trainAndKeep()), which keeps the model in the store as
 * the newest version, like `incident-cli learn --db`. It starts by itself
 * after a save that kept decided facts (the training data changed). One
 * training at a time; asked again meanwhile, it trains once more afterwards.
 */
class LearningActions : public QObject
{
    Q_OBJECT

public:
    /// Reads the store's newest model (a small row) at once; adds its action to @p menu.
    LearningActions(IncidentStore &store, AnnotationSession *session, QMenu *menu, QStatusBar *statusBar,
        QObject *parent = nullptr);
    /// Waits for a running training (a worker must not outlive the engine's users' window).
    ~LearningActions() override;

    /// The rules to train with; training is offered once they are there.
    void setEngine(std::shared_ptr<const ExtractionEngine> engine);
    QAction *retrainAction() const { return m_retrain; }
    FactConfidences *confidences() const { return m_confidences; }
    /// The model the facts are judged with; null before the first training.
    std::shared_ptr<const FactClassifier> classifier() const;

    /// Starts training on a worker thread and returns at once; trainingFinished() follows.
    void retrain();
    /// The open article was saved: retrains when it holds decisions to learn from.
    void noteSaved();
    bool isTraining() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// A training ended: @p model.version is the new model's version, 0 when none was made (@p model.error).
    void trainingFinished(const KeptModel &model);

private:
    void finishTraining();
    void updateAction();

    IncidentStore &m_store;
    AnnotationSession *m_session;
    QStatusBar *m_statusBar;
    std::shared_ptr<const ExtractionEngine> m_engine;
    FactConfidences *m_confidences;
    QAction *m_retrain;
    QFutureWatcher<KeptModel> m_watcher;
    bool m_again = false; ///< asked to train while training
};

} // namespace Iwb
