// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/learning/reviewqueue.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QStatusBar;

namespace Iwb {

class ExtractionEngine;
class IncidentStore;

/**
 * Extraction → Review Next: opens the unreviewed article the learned model is
 * least sure about (ReviewQueue, active learning), so that the analyst's time
 * improves the model most. The first use ranks every unreviewed article on a
 * worker thread with its own connection to the store (the rules run again over
 * each); later uses take the next of that queue at once, passing over the
 * articles reviewed or removed since. A new model (after a training) makes the
 * queue stale: the next use ranks again. Offered once the store has a model.
 */
class ReviewNext : public QObject
{
    Q_OBJECT

public:
    ReviewNext(IncidentStore &store, QMenu *menu, QStatusBar *statusBar, QObject *parent = nullptr);
    /// Waits for a running ranking (the worker uses the engine and the model).
    ~ReviewNext() override;

    void setEngine(std::shared_ptr<const ExtractionEngine> engine);
    /// The model to rank with; the queue of an earlier model is dropped.
    void setModel(std::shared_ptr<const FactClassifier> model);
    QAction *action() const { return m_action; }
    bool isRanking() const { return m_watcher.isRunning(); }
    /// The articles still to review, most uncertain first (empty until the first ranking).
    const QList<ReviewCandidate> &queue() const { return m_queue; }

    /// Asks for the next article: reviewRequested() at once from the queue, or after a ranking.
    void next();

Q_SIGNALS:
    /// Open @p candidate's article.
    void reviewRequested(const ReviewCandidate &candidate);

private:
    void finishRanking();
    void takeNext();
    void updateAction();

    IncidentStore &m_store;
    QStatusBar *m_statusBar;
    QAction *m_action;
    std::shared_ptr<const ExtractionEngine> m_engine;
    std::shared_ptr<const FactClassifier> m_model;
    QFutureWatcher<ReviewQueueResult> m_watcher;
    QList<ReviewCandidate> m_queue;
    bool m_ranked = false; ///< m_queue belongs to m_model
    int m_generation = 0; ///< counts setModel(): a ranking of an earlier model is dropped when it ends
    int m_rankingGeneration = 0; ///< m_generation when the running ranking started
};

} // namespace Iwb
