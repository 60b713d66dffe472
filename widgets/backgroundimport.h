// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/documentimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace Iwb {

/**
 * Imports files without the window's thread waiting for any of it: files are
 * read, decoded and parsed on worker threads (QtConcurrent), and stored, each
 * with its full-text index, by one writer thread with a store connection of
 * its own (a Qt SQL connection belongs to the thread that opened it; one
 * writer keeps the documents of one import in order and finds a file that is
 * there twice a duplicate). The window's thread only counts what comes back.
 *
 * Cancelling stops at the next file; what was stored stays. A mail's
 * attachments that are articles are stored after the mail, as documents of
 * their own. Deleting the object cancels and waits for the file being stored.
 */
class BackgroundImport : public QObject
{
    Q_OBJECT

public:
    /// Stores into the database file at @p storePath, recording @p author in its history.
    BackgroundImport(const QString &storePath, const QString &author, QObject *parent = nullptr);
    ~BackgroundImport() override;

    /// Starts importing @p paths (folders are searched for supported files).
    void start(const QStringList &paths);
    void cancel();
    /// True until finished() was emitted.
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

    int total() const { return static_cast<int>(m_files.size()); }
    /// Files done (stored, found stored before, failed or skipped after Cancel); a mail and its attachments are
    /// one file.
    int done() const { return m_filesDone; }
    /// Documents added, attachments of mails included.
    int added() const { return static_cast<int>(m_addedIds.size()); }
    /// The ids of the documents added, in the order they were stored.
    QList<qint64> addedIds() const { return m_addedIds; }
    int duplicates() const { return m_duplicates; }
    /// "file: reason" for each file that could not be imported.
    QStringList failures() const { return m_failures; }
    qint64 lastDocumentId() const { return m_lastId; }

    /// What the writer reports for one file.
    struct StoredFile
    {
        qint64 firstId = 0; ///< the file's document (a mail, not its attachments), added or found; 0 if none
        QList<qint64> addedIds;
        int duplicates = 0;
        QStringList failures;
    };

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    class Writer;

    void handOver(int index);
    void takeStored(const StoredFile &stored);
    void finishWhenDone();
    void stopWriter();

    QString m_storePath;
    QString m_author;
    QFutureWatcher<ImportResult> m_watcher;
    QThread m_writerThread;
    QObject *m_writerContext = nullptr; ///< lives in m_writerThread: what stores run in
    std::shared_ptr<Writer> m_writer;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QStringList m_files;
    QList<qint64> m_addedIds;
    int m_duplicates = 0;
    int m_filesDone = 0;
    int m_waitingForWriter = 0;
    QStringList m_failures;
    qint64 m_lastId = 0;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace Iwb
