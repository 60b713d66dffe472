// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "helpdialogs.h"

#include "recentplaces.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Iwb {

namespace {

    QDialog *windowWith(QWidget *parent, const QString &title, QWidget *content, QSize size)
    {
        auto *dialog = new QDialog(parent);
        dialog->setWindowTitle(title);
        content->setParent(dialog);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(content, 1);
        layout->addWidget(buttons);
        dialog->resize(RecentPlaces::fittingSize(parent, size));
        return dialog;
    }

    /// "&Import Files…" → "Import Files".
    QString plainText(const QAction *action)
    {
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QChar(0x2026));
        return text.trimmed();
    }

    /// The menu an action is in ("File", "Edit"), found through the menu bar; empty for other actions.
    QHash<const QAction *, QString> menusOf(QWidget *window)
    {
        QHash<const QAction *, QString> menus;
        const std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &name) {
            for (QAction *action : menu->actions()) {
                if (action->menu()) {
                    walk(action->menu(), name);
                } else {
                    menus.insert(action, name);
                }
            }
        };
        if (auto *bar = window->findChild<QMenuBar *>()) {
            for (QAction *top : bar->actions()) {
                if (top->menu()) {
                    walk(top->menu(), plainText(top));
                }
            }
        }
        return menus;
    }

} // namespace

QList<QKeySequence> HelpDialogs::redoShortcuts()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}

QDialog *HelpDialogs::handbook(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("handbook"));
    browser->setOpenExternalLinks(true);
    browser->setAccessibleName(QApplication::translate("Iwb::HelpDialogs", "Handbook"));
    QFile file(QStringLiteral(":/docs/usage.md"));
    if (file.open(QIODevice::ReadOnly)) {
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    }
    return windowWith(
        parent, QApplication::translate("Iwb::HelpDialogs", "Incident Workbench Handbook"), browser, QSize(900, 900));
}

QDialog *HelpDialogs::keyboardShortcuts(QWidget *window)
{
    const QHash<const QAction *, QString> menus = menusOf(window);
    struct Row
    {
        QString menu;
        QString action;
        QString keys;
    };
    QList<Row> rows;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || plainText(action).isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        const QString menu = menus.value(action, QApplication::translate("Iwb::HelpDialogs", "In the window"));
        const Row row { menu, plainText(action), keys.join(QStringLiteral(", ")) };
        const bool known = std::any_of(rows.cbegin(), rows.cend(),
            [&row](const Row &other) { return other.action == row.action && other.keys == row.keys; });
        if (!known) {
            rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.menu < b.menu; });

    auto *table = new QTableWidget(static_cast<int>(rows.size()), 3);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(QApplication::translate("Iwb::HelpDialogs", "Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ QApplication::translate("Iwb::HelpDialogs", "Menu"),
        QApplication::translate("Iwb::HelpDialogs", "Command"), QApplication::translate("Iwb::HelpDialogs", "Keys") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).menu));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).action));
        table->setItem(i, 2, new QTableWidgetItem(rows.at(i).keys));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    return windowWith(
        window, QApplication::translate("Iwb::HelpDialogs", "Keyboard Shortcuts"), table, QSize(760, 700));
}

QString HelpDialogs::aboutText(const QString &storePath)
{
    return QApplication::translate("Iwb::HelpDialogs",
        "<h3>Incident Workbench %1</h3>"
        "<p>Turns articles about data incidents into curated, comparable incident records.</p>"
        "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
        "<p>Built with Qt %2 (Widgets, SQL, Network, PDF), KDE Frameworks Syntax Highlighting %3, SQLite, "
        "Hyperscan, ICU, gumbo, uchardet, Poppler, GMime, libgsf, libzip and libxlsxwriter.</p>"
        "<p>Store: %4</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), storePath.toHtmlEscaped());
}

} // namespace Iwb
