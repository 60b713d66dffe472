// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "backgroundimport.h"

#include "storage/incidentstore.h"

#include <QtConcurrent/QtConcurrentMap>

namespace Iwb {

BackgroundImport::BackgroundImport(IncidentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &BackgroundImport::takeResult);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundImport::finished);
}

BackgroundImport::~BackgroundImport()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BackgroundImport::start(const QStringList &paths)
{
    m_files = DocumentImporter::expandPaths(paths);
    m_added = 0;
    m_duplicates = 0;
    m_failures.clear();
    m_lastId = 0;
    m_cancelled = false;
    // DocumentImporter is a value with no shared state: safe to use from any thread.
    m_watcher.setFuture(
        QtConcurrent::mapped(m_files, [](const QString &file) { return DocumentImporter().importFile(file); }));
    Q_EMIT progressChanged(0, total());
}

void BackgroundImport::cancel()
{
    m_cancelled = true;
    m_watcher.cancel();
}

bool BackgroundImport::isRunning() const
{
    return m_watcher.isRunning();
}

void BackgroundImport::takeResult(int index)
{
    ImportResult result = m_watcher.resultAt(index);
    if (!result.isValid()) {
        m_failures.append(result.error);
    } else if (const auto stored = m_store.addDocument(result.document)) {
        stored->isDuplicate ? ++m_duplicates : ++m_added;
        m_lastId = stored->id;
    } else {
        m_failures.append(m_store.errorString());
    }
    Q_EMIT progressChanged(done(), total());
}

} // namespace Iwb
