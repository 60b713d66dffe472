// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/documentimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace Iwb {

class IncidentStore;

/**
 * Imports many files without blocking the window: files are read, decoded and
 * parsed on worker threads (QtConcurrent), and each result is handed back to
 * the GUI thread, which stores it (the store belongs to the GUI thread).
 * Cancelling stops at the next file; what was imported stays. A mail's
 * attachments that are articles are stored after the mail, as documents of
 * their own.
 */
class BackgroundImport : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundImport(IncidentStore &store, QObject *parent = nullptr);
    ~BackgroundImport() override;

    /// Starts importing @p paths (folders are searched for supported files).
    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }

    int total() const { return static_cast<int>(m_files.size()); }
    /// Files done; a mail and its attachments are one file.
    int done() const { return m_filesDone; }
    /// Documents added, attachments of mails included.
    int added() const { return m_added; }
    int duplicates() const { return m_duplicates; }
    /// "file: reason" for each file that could not be imported.
    QStringList failures() const { return m_failures; }
    qint64 lastDocumentId() const { return m_lastId; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished();

private:
    void takeResult(int index);

    IncidentStore &m_store;
    QFutureWatcher<ImportResult> m_watcher;
    QStringList m_files;
    int m_added = 0;
    int m_duplicates = 0;
    int m_filesDone = 0;
    QStringList m_failures;
    qint64 m_lastId = 0;
    bool m_cancelled = false;
};

} // namespace Iwb
