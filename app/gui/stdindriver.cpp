// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "stdindriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace Iwb {

namespace {

    /// The widget whose object name or accessible name is @p name, in any window; a visible one first (a
    /// command may come while the window is still being shown).
    QWidget *namedWidget(const QString &name)
    {
        QWidget *hidden = nullptr;
        const QList<QWidget *> tops = QApplication::topLevelWidgets();
        for (QWidget *top : tops) {
            const QList<QWidget *> candidates = top->findChildren<QWidget *>();
            for (QWidget *widget : candidates) {
                if (widget->objectName() != name && widget->accessibleName() != name) {
                    continue;
                }
                if (widget->isVisible()) {
                    return widget;
                }
                hidden = hidden ? hidden : widget;
            }
        }
        return hidden;
    }

    QString textOf(const QWidget *widget)
    {
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget)) {
            return plain->toPlainText();
        }
        if (const auto *line = qobject_cast<const QLineEdit *>(widget)) {
            return line->text();
        }
        return {};
    }

} // namespace

StdinDriver::StdinDriver(QObject *parent)
    : QObject(parent)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinDriver::readInput);
    // Message boxes are modal and may open before the window is shown (the recovery question).
    qApp->installEventFilter(this);
}

bool StdinDriver::isRequested()
{
    return qEnvironmentVariableIntValue("IWB_STDIN_DRIVER") == 1;
}

void StdinDriver::setWindow(QMainWindow *window)
{
    m_window = window;
}

void StdinDriver::reportExtractionReady()
{
    print(QStringLiteral("extraction-ready"));
}

bool StdinDriver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        if (auto *box = qobject_cast<QMessageBox *>(watched)) {
            print(QStringLiteral("dialog %1: %2").arg(box->windowTitle(), box->text()));
        }
    }
    return QObject::eventFilter(watched, event);
}

void StdinDriver::readInput()
{
    char buffer[4096];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got <= 0) {
        m_notifier->setEnabled(false); // the test closed its end; nothing more will come
        return;
    }
    m_pending.append(buffer, got);
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
        const QByteArray line = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (!line.isEmpty()) {
            run(line);
        }
    }
}

void StdinDriver::run(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line);
    const QString command = text.section(QLatin1Char(' '), 0, 0);
    const QString argument = text.section(QLatin1Char(' '), 1);
    QString error;
    if (command == QLatin1String("type")) {
        error = type(argument.section(QLatin1Char(' '), 0, 0), argument.section(QLatin1Char(' '), 1));
    } else if (command == QLatin1String("trigger")) {
        error = trigger(argument);
    } else if (command == QLatin1String("answer")) {
        error = answer(argument);
    } else if (command == QLatin1String("read")) {
        if (const QWidget *widget = namedWidget(argument)) {
            print(QStringLiteral("text %1: %2").arg(argument, textOf(widget).replace(u'\n', QLatin1String("\\n"))));
        } else {
            error = QStringLiteral("no widget named %1").arg(argument);
        }
    } else if (command == QLatin1String("modified")) {
        if (m_window) {
            print(QStringLiteral("modified %1").arg(m_window->isWindowModified() ? 1 : 0));
        } else {
            error = QStringLiteral("no window yet");
        }
    } else if (command == QLatin1String("quit")) {
        print(QStringLiteral("ok quit"));
        QCoreApplication::exit(0);
        return;
    } else {
        error = QStringLiteral("unknown command");
    }
    print(error.isEmpty() ? QStringLiteral("ok ") + command : QStringLiteral("error %1: %2").arg(command, error));
}

QString StdinDriver::type(const QString &name, const QString &text) const
{
    QWidget *widget = namedWidget(name);
    if (!widget) {
        return QStringLiteral("no widget named %1").arg(name);
    }
    widget->setFocus(Qt::OtherFocusReason);
    for (const QChar character : text) {
        // Printable ASCII has the key code of its upper-case letter; the text is what an editor inserts.
        const int key = character.unicode() < 0x80 ? int(character.toUpper().unicode()) : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(character));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(character));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
    return {};
}

QString StdinDriver::trigger(const QString &keys) const
{
    if (!m_window) {
        return QStringLiteral("no window yet");
    }
    const QKeySequence sequence(keys);
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(sequence)) {
            action->trigger();
            return {};
        }
    }
    return QStringLiteral("no enabled action has the shortcut %1").arg(keys);
}

QString StdinDriver::answer(const QString &button)
{
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog) {
        return QStringLiteral("no dialog is open");
    }
    const QList<QAbstractButton *> buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *candidate : buttons) {
        if (candidate->text().remove(u'&') == button) {
            candidate->click();
            return {};
        }
    }
    return QStringLiteral("the dialog has no button %1").arg(button);
}

void StdinDriver::print(const QString &line)
{
    fprintf(stdout, "%s\n", line.toUtf8().constData());
    fflush(stdout);
}

} // namespace Iwb
