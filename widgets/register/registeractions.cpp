// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/registeractions.h"

#include "annotation/annotationsession.h"
#include "register/breachregisterdialog.h"
#include "register/registerprefill.h"
#include "register/registerwindow.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Iwb {

RegisterActions::RegisterActions(
    IncidentStore &store, AnnotationSession *session, std::function<bool()> saveArticle, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_session(session)
    , m_saveArticle(std::move(saveArticle))
    , m_window(window)
{
    m_showRegister = menu->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), tr("&Breach Register"),
        this, [this] { showRegister(); });
    m_showRegister->setObjectName(QStringLiteral("showBreachRegister"));
    m_showRegister->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_mark = menu->addAction(QIcon::fromTheme(QStringLiteral("security-medium")), tr("&Mark Incident as Breach…"), this,
        [this] { markOpenIncident(); });
    m_mark->setObjectName(QStringLiteral("markAsBreach"));
    m_mark->setToolTip(tr("Make the open article's incident a breach of a controller's register (GDPR Art. 33), "
                          "with the 72-hour clock and the fields pre-filled from the record"));
    connect(session, &AnnotationSession::documentLoaded, this, &RegisterActions::updateActions);
    connect(menu, &QMenu::aboutToShow, this, &RegisterActions::updateActions);
    updateActions();
}

RegisterActions::~RegisterActions() = default;

void RegisterActions::updateActions()
{
    m_mark->setEnabled(m_session->hasDocument());
}

RegisterWindow *RegisterActions::showRegister(qint64 entryId)
{
    if (!m_registerWindow) {
        m_registerWindow = new RegisterWindow(m_store, m_window);
        m_registerWindow->setWindowFlag(Qt::Window);
        m_registerWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_registerWindow, &RegisterWindow::registerChanged, this, &RegisterActions::registerChanged);
    }
    m_registerWindow->reload(entryId);
    m_registerWindow->show();
    m_registerWindow->raise();
    m_registerWindow->activateWindow();
    return m_registerWindow;
}

qint64 RegisterActions::chooseRegister()
{
    RegisterStore registers(m_store);
    const auto list = registers.registers();
    if (!list) {
        QMessageBox::warning(m_window, tr("Breach Register"), registers.errorString());
        return 0;
    }
    if (list->size() == 1) {
        return list->constFirst().id;
    }
    if (list->isEmpty()) {
        // The first register: whose breaches are kept, and where they are reported.
        BreachRegisterDialog dialog(BreachRegister {}, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            return 0;
        }
        BreachRegister created = dialog.breachRegister();
        if (!registers.saveRegister(created)) {
            QMessageBox::warning(m_window, tr("Breach Register"), registers.errorString());
            return 0;
        }
        return created.id;
    }
    QStringList names;
    for (const BreachRegister &breachRegister : *list) {
        names.append(breachRegister.controllerName);
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        m_window, tr("Mark Incident as Breach"), tr("The breach of which controller?"), names, 0, false, &ok);
    return ok ? list->at(names.indexOf(picked)).id : 0;
}

qint64 RegisterActions::markOpenIncident(qint64 registerId)
{
    if (!m_session->hasDocument()) {
        return 0;
    }
    if ((m_session->isModified() || m_session->record().id == 0) && !m_saveArticle()) {
        return 0;
    }
    if (m_session->record().id == 0) {
        QMessageBox::information(m_window, tr("Mark Incident as Breach"),
            tr("The article has no incident record yet. Fill in the record (at least the organization) and "
               "mark it then."));
        return 0;
    }
    const qint64 target = registerId != 0 ? registerId : chooseRegister();
    if (target == 0) {
        return 0;
    }
    // The stored record: its evidence names stored facts (the session's names the open article's by key).
    const auto record = m_store.incident(m_session->record().id);
    if (!record) {
        QMessageBox::warning(m_window, tr("Mark Incident as Breach"), m_store.errorString());
        return 0;
    }
    RegisterStore registers(m_store);
    const auto breachRegister = registers.breachRegister(target);
    const auto existing = breachRegister ? registers.entryForIncident(target, record->id) : std::nullopt;
    if (!existing) {
        QMessageBox::warning(m_window, tr("Mark Incident as Breach"), registers.errorString());
        return 0;
    }
    if (existing->id != 0) {
        showRegister(existing->id);
        return existing->id;
    }
    RegisterEntry entry = RegisterPrefill::fromRecord(*record, *breachRegister);
    if (!registers.saveEntry(entry)) {
        QMessageBox::warning(m_window, tr("Mark Incident as Breach"), registers.errorString());
        return 0;
    }
    Q_EMIT registerChanged();
    showRegister(entry.id);
    return entry.id;
}

} // namespace Iwb
