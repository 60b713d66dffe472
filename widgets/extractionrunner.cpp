// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extractionrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Iwb {

ExtractionRunner::ExtractionRunner(std::shared_ptr<const ExtractionEngine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
{
    connect(&m_watcher, &QFutureWatcher<ExtractionResult>::finished, this, [this] {
        if (m_watcher.future().isValid() && m_watcher.future().resultCount() > 0) {
            Q_EMIT finished(m_running, m_watcher.result());
        }
        if (m_waiting && !m_watcher.isRunning()) {
            const auto [document, request] = *std::exchange(m_waiting, std::nullopt);
            run(document, request);
        }
    });
}

ExtractionRunner::~ExtractionRunner()
{
    // The worker holds its own copies of the engine and the document; nothing here must outlive it,
    // but a result must not arrive at a window that is gone.
    m_watcher.disconnect(this);
}

void ExtractionRunner::run(const Document &document, const ExtractionRequest &request)
{
    if (!m_engine) {
        return;
    }
    if (m_watcher.isRunning()) {
        m_waiting.emplace(document, request);
        return;
    }
    if (document.text().size() < backgroundThreshold) {
        Q_EMIT finished(request, extract(*m_engine, m_nameModel.get(), document));
        return;
    }
    start(document, request);
}

void ExtractionRunner::start(const Document &document, const ExtractionRequest &request)
{
    m_running = request;
    Q_EMIT started(request);
    m_watcher.setFuture(QtConcurrent::run([engine = m_engine, nameModel = m_nameModel, document] {
        return extract(*engine, nameModel.get(), document);
    }));
}

ExtractionResult ExtractionRunner::extract(
    const ExtractionEngine &engine, const FactClassifier *nameModel, const Document &document)
{
    ExtractionResult result = engine.extract(document);
    if (nameModel) {
        ExtractionEngine::addTaggedNames(result, *nameModel, document.text());
    }
    return result;
}

} // namespace Iwb
