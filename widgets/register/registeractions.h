// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Iwb {

class AnnotationSession;
class IncidentStore;
class RegisterWindow;

/**
 * The main window's way into the breach register (docs/register.md): Register → Breach Register opens the
 * register's window; Register → Mark Incident as Breach… makes the open article's incident record an entry of
 * a register (creating the first register when there is none, asking which one when there are several),
 * pre-filled from the record with its evidence, and shows it in the register's window.
 *
 * A register entry belongs to a stored incident record, so marking saves the article first (through
 * @p saveArticle, the main window's save with its messages).
 */
class RegisterActions : public QObject
{
    Q_OBJECT

public:
    RegisterActions(IncidentStore &store, AnnotationSession *session, std::function<bool()> saveArticle, QMenu *menu,
        QWidget *window);
    ~RegisterActions() override;

    QAction *showRegisterAction() const { return m_showRegister; }
    QAction *markAction() const { return m_mark; }

    /// Shows the register's window (made on first use), read afresh, with entry @p entryId selected.
    RegisterWindow *showRegister(qint64 entryId = 0);
    /// Marks the open article's record as a breach of register @p registerId (0: ask, or create the first);
    /// returns the entry's id (also when the record was already in that register), or 0.
    qint64 markOpenIncident(qint64 registerId = 0);

Q_SIGNALS:
    /// The store's registers changed (an incident marked, an entry saved or logged).
    void registerChanged();

private:
    void updateActions();
    /// The register to mark into: the only one, the one the analyst picks, or a new one; 0 when cancelled.
    qint64 chooseRegister();

    IncidentStore &m_store;
    AnnotationSession *m_session;
    std::function<bool()> m_saveArticle;
    QWidget *m_window;
    QAction *m_showRegister;
    QAction *m_mark;
    QPointer<RegisterWindow> m_registerWindow;
};

} // namespace Iwb
