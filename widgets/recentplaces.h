// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

class QWidget;

namespace Iwb {

/**
 * What the workbench remembers between runs about where the analyst works
 * (QSettings): the folder a file dialog was last used in, and the articles
 * opened last, per store (an article id means nothing in another store).
 * Also the size a new window gets on the screen it opens on.
 */
class RecentPlaces
{
public:
    /// How many articles File → Recent Articles lists.
    static constexpr int maxRecentArticles = 8;

    /// The folder the last file dialog was used in; the documents folder (or home) before the first.
    static QString lastFolder();
    /// Remembers the folder of @p path (a file) or @p path itself (a folder) for the next dialog.
    static void rememberFolder(const QString &path);

    struct Article
    {
        qint64 id = 0;
        QString title; ///< as it was when opened, so the menu needs no store query
    };
    /// The articles of @p storePath opened last, most recent first.
    static QList<Article> recentArticles(const QString &storePath);
    /// Puts @p article first in @p storePath's list.
    static void rememberArticle(const QString &storePath, const Article &article);

    /// @p wanted, or less where the screen of @p widget (its parent's, or the primary one) has less room
    /// than that: the available geometry, without panels and docks, less a margin.
    static QSize fittingSize(const QWidget *widget, QSize wanted);
    /// The screen area a window of @p widget can use (without panels and docks).
    static QRect availableArea(const QWidget *widget);
};

} // namespace Iwb
