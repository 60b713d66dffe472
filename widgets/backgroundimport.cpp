// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "backgroundimport.h"

#include "storage/incidentstore.h"

#include <QtConcurrent/QtConcurrentMap>

namespace Iwb {

/// The writer thread's side: a store connection opened there on the first file and closed there by close().
/// Every function runs on the writer thread.
class BackgroundImport::Writer
{
public:
    Writer(QString path, QString author)
        : m_path(std::move(path))
        , m_author(std::move(author))
    {
    }

    StoredFile store(ImportResult result)
    {
        StoredFile stored;
        if (!m_store) {
            m_store = std::make_unique<IncidentStore>();
            if (!m_store->open(m_path)) {
                m_openError = m_store->errorString();
            }
            m_store->setAuthor(m_author);
        }
        const auto take = [&](ImportResult &read) -> qint64 {
            if (!read.isValid()) {
                stored.failures.append(read.error);
                return 0;
            }
            if (!m_openError.isEmpty()) {
                stored.failures.append(
                    read.document.source() + QStringLiteral(": not stored (") + m_openError + QLatin1Char(')'));
                return 0;
            }
            const auto added = m_store->addDocument(read.document);
            if (!added) {
                stored.failures.append(m_store->errorString());
                return 0;
            }
            if (added->isDuplicate) {
                ++stored.duplicates;
            } else {
                stored.addedIds.append(added->id);
            }
            return added->id;
        };
        stored.firstId = take(result);
        // A mail's attachments that are articles are stored as documents of their own after it.
        for (ImportResult &attachment : result.attachments) {
            take(attachment);
        }
        return stored;
    }

    /// Closes the connection on the thread that opened it.
    void close() { m_store.reset(); }

private:
    QString m_path;
    QString m_author;
    std::unique_ptr<IncidentStore> m_store;
    QString m_openError;
};

BackgroundImport::BackgroundImport(const QString &storePath, const QString &author, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_author(author)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    m_writerThread.setObjectName(QStringLiteral("import writer"));
    connect(&m_watcher, &QFutureWatcherBase::resultReadyAt, this, &BackgroundImport::handOver);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundImport::finishWhenDone);
}

BackgroundImport::~BackgroundImport()
{
    *m_stop = true;
    m_watcher.cancel();
    m_watcher.waitForFinished();
    stopWriter();
    m_writerThread.wait();
}

void BackgroundImport::start(const QStringList &paths)
{
    Q_ASSERT(!m_writer); // one import per object
    m_files = DocumentImporter::expandPaths(paths);
    m_running = true;
    m_writer = std::make_shared<Writer>(m_storePath, m_author);
    m_writerContext = new QObject;
    m_writerContext->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writerContext, &QObject::deleteLater);
    m_writerThread.start();
    // DocumentImporter is a value with no shared state: safe to use from any thread.
    m_watcher.setFuture(
        QtConcurrent::mapped(m_files, [](const QString &file) { return DocumentImporter().importFile(file); }));
    Q_EMIT progressChanged(0, total());
}

void BackgroundImport::cancel()
{
    m_cancelled = true;
    *m_stop = true;
    m_watcher.cancel();
}

bool BackgroundImport::isRunning() const
{
    return m_running;
}

void BackgroundImport::handOver(int index)
{
    // The parsed file goes on to the writer thread; what it stored comes back to this thread.
    ++m_waitingForWriter;
    QMetaObject::invokeMethod(
        m_writerContext,
        [this, writer = m_writer, stop = m_stop, result = m_watcher.resultAt(index)]() mutable {
            const StoredFile stored = *stop ? StoredFile {} : writer->store(std::move(result));
            QMetaObject::invokeMethod(this, [this, stored] { takeStored(stored); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BackgroundImport::takeStored(const StoredFile &stored)
{
    --m_waitingForWriter;
    if (stored.firstId != 0) {
        m_lastId = stored.firstId; // the mail, not its last attachment, is shown
    }
    m_addedIds += stored.addedIds;
    m_duplicates += stored.duplicates;
    m_failures += stored.failures;
    ++m_filesDone;
    Q_EMIT progressChanged(done(), total());
    finishWhenDone();
}

void BackgroundImport::finishWhenDone()
{
    if (!m_running || !m_watcher.isFinished() || m_waitingForWriter > 0) {
        return;
    }
    m_running = false;
    stopWriter();
    Q_EMIT finished();
}

void BackgroundImport::stopWriter()
{
    if (!m_writerContext) {
        return;
    }
    // After the stores already queued: the connection is closed on its own thread, which then ends.
    QMetaObject::invokeMethod(
        m_writerContext,
        [writer = m_writer] {
            writer->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_writerContext = nullptr; // deleted on its thread when the thread ends
}

} // namespace Iwb
