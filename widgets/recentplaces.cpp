// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "recentplaces.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QVariant>
#include <QWidget>

namespace Iwb {

namespace {

    const QString lastFolderKey = QStringLiteral("paths/lastFolder");

    /// One settings key per store, named by a hash of its path (a path is no valid key).
    QString articlesKey(const QString &storePath)
    {
        const QByteArray hash
            = QCryptographicHash::hash(QFileInfo(storePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
        return QStringLiteral("recentArticles/") + QString::fromLatin1(hash.toHex().left(16));
    }

} // namespace

QString RecentPlaces::lastFolder()
{
    QString folder = QSettings().value(lastFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() || !QFileInfo(documents).isDir() ? QDir::homePath() : documents;
}

void RecentPlaces::rememberFolder(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    const QFileInfo info(path);
    QSettings().setValue(lastFolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QList<RecentPlaces::Article> RecentPlaces::recentArticles(const QString &storePath)
{
    // Stored as "id<TAB>title" strings: readable in the settings file, and no custom QVariant type.
    QList<Article> articles;
    for (const QString &entry : QSettings().value(articlesKey(storePath)).toStringList()) {
        const qsizetype tab = entry.indexOf(QLatin1Char('\t'));
        bool ok = false;
        const qint64 id = entry.left(tab).toLongLong(&ok);
        if (ok && tab > 0) {
            articles.append({ id, entry.mid(tab + 1) });
        }
    }
    return articles;
}

void RecentPlaces::rememberArticle(const QString &storePath, const Article &article)
{
    QStringList stored { QString::number(article.id) + QLatin1Char('\t') + article.title.simplified() };
    for (const Article &earlier : recentArticles(storePath)) {
        if (earlier.id != article.id && stored.size() < maxRecentArticles) {
            stored.append(QString::number(earlier.id) + QLatin1Char('\t') + earlier.title);
        }
    }
    QSettings().setValue(articlesKey(storePath), stored);
}

QRect RecentPlaces::availableArea(const QWidget *widget)
{
    QScreen *screen = nullptr;
    for (const QWidget *w = widget; w && !screen; w = w->parentWidget()) {
        if (w->isVisible()) {
            screen = w->screen();
        }
    }
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
}

QSize RecentPlaces::fittingSize(const QWidget *widget, QSize wanted)
{
    // The frame the window manager adds is not part of the size; leave room for it.
    constexpr int frameMargin = 48;
    const QRect area = availableArea(widget);
    return wanted.boundedTo(QSize(area.width() - frameMargin, area.height() - frameMargin));
}

} // namespace Iwb
