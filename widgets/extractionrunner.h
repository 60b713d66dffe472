// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "extraction/extractionengine.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>
#include <utility>

namespace Iwb {

/// What the window asked extraction for, handed back with the result.
struct ExtractionRequest
{
    qint64 documentId = 0;
    QString description; ///< the undo step's text, e.g. "Extract facts"
    bool firstLook = false; ///< the article's first extraction: a starting point, not an edit
};

/**
 * Runs extraction for the window without making it wait: an article that
 * extracts in a moment (shorter than backgroundThreshold characters, a few
 * tens of milliseconds) at once, a longer one on a worker thread while the
 * window stays responsive. One background run at a time: a request made while
 * one runs waits (only the latest waiting request is kept). finished() hands
 * back the request with its result; the receiver drops a result for an article
 * that is no longer open.
 *
 * Lives on the GUI thread; the engine's extract() is const and thread-safe.
 */
class ExtractionRunner : public QObject
{
    Q_OBJECT

public:
    /// Articles at least this long (UTF-16 characters) are extracted in the background.
    static constexpr qsizetype backgroundThreshold = 200000;

    explicit ExtractionRunner(std::shared_ptr<const ExtractionEngine> engine, QObject *parent = nullptr);
    ~ExtractionRunner() override;

    bool isAvailable() const { return m_engine != nullptr; }
    /// The engine to use from now on (the window gets it once the rules are loaded).
    void setEngine(std::shared_ptr<const ExtractionEngine> engine) { m_engine = std::move(engine); }
    bool isRunning() const { return m_watcher.isRunning(); }
    /// The learned model whose span tagger adds the names the rules miss (ExtractionEngine::addTaggedNames);
    /// null: the rules' facts alone.
    void setNameModel(std::shared_ptr<const FactClassifier> model) { m_nameModel = std::move(model); }

    /// Extracts @p document. A short article's finished() is emitted before this returns, unless a
    /// background run is going: then, like a long article, it waits for its turn.
    void run(const Document &document, const ExtractionRequest &request);

Q_SIGNALS:
    /// A background run began; finished() follows.
    void started(const ExtractionRequest &request);
    void finished(const ExtractionRequest &request, const ExtractionResult &result);

private:
    void start(const Document &document, const ExtractionRequest &request);
    static ExtractionResult extract(
        const ExtractionEngine &engine, const FactClassifier *nameModel, const Document &document);

    std::shared_ptr<const ExtractionEngine> m_engine;
    std::shared_ptr<const FactClassifier> m_nameModel;
    std::optional<std::pair<Document, ExtractionRequest>> m_waiting;
    QFutureWatcher<ExtractionResult> m_watcher;
    ExtractionRequest m_running;
};

} // namespace Iwb
