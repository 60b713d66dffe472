// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "storebackupaction.h"

#include "storage/storebackup.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Iwb {

StoreBackupAction::StoreBackupAction(const QString &storePath, QWidget *window)
    : QObject(window)
    , m_storePath(storePath)
    , m_window(window)
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Back Up Store…"), this))
{
    m_action->setObjectName(QStringLiteral("backUpStoreAction"));
    connect(m_action, &QAction::triggered, this, &StoreBackupAction::ask);
    connect(this, &StoreBackupAction::finished, this, [this](bool ok, const QString &message) {
        if (ok) {
            if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
                main->statusBar()->showMessage(message, 10000);
            }
        } else {
            QMessageBox::warning(m_window, tr("Back Up Store"), message);
        }
    });
}

void StoreBackupAction::ask()
{
    const QFileInfo store(m_storePath);
    const QString suggested = store.absolutePath() + QLatin1Char('/') + store.completeBaseName()
        + QStringLiteral("-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString target
        = QFileDialog::getSaveFileName(m_window, tr("Back Up Store"), suggested, tr("Store backups (*.sqlite)"));
    if (!target.isEmpty()) {
        backUpTo(target);
    }
}

void StoreBackupAction::backUpTo(const QString &target)
{
    if (m_running) {
        Q_EMIT finished(false, tr("A backup is already being made; try again when it is done."));
        return;
    }
    m_running = true;
    m_action->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_action->setEnabled(true);
        Q_EMIT finished(error.isEmpty(),
            error.isEmpty() ? tr("The store was backed up to %1.").arg(target)
                            : tr("The store was not backed up: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([storePath = m_storePath, target] {
        QString error;
        return StoreBackup::backUpFile(storePath, target, &error) ? QString() : error;
    }));
}

} // namespace Iwb
