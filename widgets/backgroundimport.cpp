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
    m_filesDone = 0;
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
    const auto take = [this](ImportResult &read) -> qint64 {
        if (!read.isValid()) {
            m_failures.append(read.error);
            return 0;
        }
        const auto stored = m_store.addDocument(read.document);
        if (!stored) {
            m_failures.append(m_store.errorString());
            return 0;
        }
        stored->isDuplicate ? ++m_duplicates : ++m_added;
        return stored->id;
    };
    if (const qint64 id = take(result); id != 0) {
        m_lastId = id; // the mail, not its last attachment, is shown
    }
    // A mail's attachments that are articles are stored as documents of their own after it.
    for (ImportResult &attachment : result.attachments) {
        take(attachment);
    }
    ++m_filesDone;
    Q_EMIT progressChanged(done(), total());
}

} // namespace Iwb
