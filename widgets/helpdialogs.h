// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QDialog;
class QWidget;

namespace Iwb {

/**
 * The Help menu's windows: the handbook (docs/usage.md, built in and shown
 * as rendered Markdown, its links to the web opened in the browser), the
 * keyboard shortcut overview (read from the window's own actions, so it
 * cannot go stale), and About (version, licence, the libraries used).
 */
class HelpDialogs
{
public:
    /// Help → Handbook: the built-in handbook in a window of its own.
    static QDialog *handbook(QWidget *parent);
    /// Help → Keyboard Shortcuts: every action of @p window (and its children) that has keys, by menu.
    static QDialog *keyboardShortcuts(QWidget *window);
    /// Help → About: version, licence, libraries, and the open store's path.
    static QString aboutText(const QString &storePath);

    /// The keys of Redo: the platform's (Ctrl+Shift+Z on KDE and GNOME) once each, and Ctrl+Y.
    static QList<QKeySequence> redoShortcuts();
};

} // namespace Iwb
