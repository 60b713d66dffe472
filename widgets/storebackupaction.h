// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace Iwb {

/**
 * File → Back Up Store…: asks for a file and copies the store there with SQLite's online backup API
 * (StoreBackup) on a worker thread with a connection of its own, so the window goes on while a large
 * store is copied, and a save made meanwhile is either in the backup or not, never half.
 */
class StoreBackupAction : public QObject
{
    Q_OBJECT

public:
    /// Backs up the store file at @p storePath; messages go to @p window (its status bar or a box).
    StoreBackupAction(const QString &storePath, QWidget *window);

    QAction *action() const { return m_action; }
    /// Starts a backup to @p target without asking; finished() tells how it went.
    void backUpTo(const QString &target);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// @p message names the backup file, or says why there is none.
    void finished(bool ok, const QString &message);

private:
    void ask();

    QString m_storePath;
    QWidget *m_window;
    QAction *m_action;
    bool m_running = false;
};

} // namespace Iwb
