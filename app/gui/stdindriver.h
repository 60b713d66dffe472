// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QSocketNotifier;

namespace Iwb {

/**
 * Drives the real workbench from commands on standard input, one a line, for the end-to-end tests that
 * start the program, kill it and start it again (tests/e2e/tst_guiapp). Off unless the environment has
 * IWB_STDIN_DRIVER=1 (isRequested()); never shown in --help.
 *
 * Input goes through the widgets as a user's would: typed keys into a named widget, a menu action by
 * its shortcut, a click on a message box's button. Commands, each answered with "ok COMMAND" or
 * "error COMMAND: REASON" on standard output:
 *
 *   type NAME TEXT   key presses for TEXT into the widget whose object or accessible name is NAME
 *   trigger KEYS     the enabled action of the window with the shortcut KEYS (e.g. Ctrl+S)
 *   answer BUTTON    clicks BUTTON (its text without the mnemonic) in the open modal dialog
 *   read NAME        prints "text NAME: TEXT" (line breaks as \n) of a text widget
 *   modified         prints "modified 1" or "modified 0": the window's unsaved-changes marker
 *   quit             ends the program at once (no questions about unsaved work)
 *
 * and tells without being asked: "dialog TITLE: TEXT" when a message box opens, "extraction-ready"
 * when the window's extraction rules are loaded.
 */
class StdinDriver : public QObject
{
    Q_OBJECT

public:
    explicit StdinDriver(QObject *parent = nullptr);

    static bool isRequested();
    /// The window whose actions `trigger` and `modified` use; dialogs are watched from construction on.
    void setWindow(QMainWindow *window);
    /// Tells "extraction-ready" on the output; connected to MainWindow::extractionReady.
    void reportExtractionReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readInput();
    void run(const QByteArray &line);
    QString type(const QString &name, const QString &text) const;
    QString trigger(const QString &keys) const;
    static QString answer(const QString &button);
    static void print(const QString &line);

    QSocketNotifier *m_notifier;
    QByteArray m_pending;
    QPointer<QMainWindow> m_window;
};

} // namespace Iwb
