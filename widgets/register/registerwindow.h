// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/sentnotification.h"

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Iwb {

class IncidentStore;
class RegisterEntryEditor;
class RegisterImportDialog;
class RegisterFilterModel;
class RegisterTableModel;

/**
 * The breach register (GDPR Art. 33(5)): every entry of the store's registers with its status, risk and the
 * 72-hour countdown (red once it has passed with nothing sent), filtered by controller, status or words; the
 * selected entry's form beside it, with undo; the notification report for the authority as PDF; the log of
 * what was sent. The countdown moves on every half minute while the window is open.
 *
 * Works on the main window's store (the same connection, on the GUI thread: a register is small).
 */
class RegisterWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit RegisterWindow(IncidentStore &store, QWidget *parent = nullptr);
    ~RegisterWindow() override;

    /// Reads the registers again (after the main window marked an incident) and selects entry @p entryId.
    void reload(qint64 entryId = 0);
    /// Opens the import dialog (window-modal) for the spreadsheet register at @p path; Register → Import
    /// Spreadsheet Register… asks for the file first.
    RegisterImportDialog *importSpreadsheet(const QString &path);
    /// Selects entry @p entryId (asking about unsaved changes of the one shown); false when not shown.
    bool selectEntry(qint64 entryId);
    /// Saves the shown entry; false (with a message) when the store refuses.
    bool save();
    /// Writes the notification report of the shown entry to @p path; false with the reason in @p error when
    /// the entry is not ready (required fields, unconfirmed values) or the file cannot be written.
    bool writeReport(const QString &path, QString *error);
    /// Logs the report of the shown entry as sent at @p sentAt to @p authority under @p reference, with the
    /// report as it is now attached; the first is the initial notification, later ones follow it up.
    bool logSent(const ZonedTime &sentAt, const QString &authority, const QString &reference, QString *error);
    /// Writes the follow-up report of the shown entry (Art. 33(4): what changed since the last notification
    /// sent) to @p path; false with the reason when nothing was sent or nothing changed.
    bool writeFollowUp(const QString &path, QString *error);
    /// Writes the Art. 34 letter to the data subjects of the shown entry (or the documented reason not to
    /// inform them) to @p path: PDF, or plain text for a mail merge when @p path ends in .txt.
    bool writeLetter(const QString &path, QString *error);
    /// Writes the open deadlines of every entry as an iCalendar file with alarms to @p path.
    bool writeCalendar(const QString &path, QString *error);

    RegisterTableModel *model() const { return m_model; }
    RegisterFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    RegisterEntryEditor *editor() const { return m_editor; }
    QComboBox *registerFilter() const { return m_registerFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    /// An entry, a register or the notification log changed in the store (views of incidents re-read clocks).
    void registerChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void fillRegisterFilter();
    void showSelectedEntry();
    /// Asks what to do with unsaved changes of the shown entry; false when the analyst cancels.
    bool maybeSave();
    void createReport();
    void logSentDialog();
    /// Asks where to save a document of the shown entry (suggesting @p name) and writes it with @p write.
    void saveDocument(const QString &title, const QString &name, const QString &filters,
        const std::function<bool(const QString &, QString *)> &write);
    void editRegister(bool create);
    void removeEntry();
    void updateActions();
    void updateSummary();

    IncidentStore &m_store;
    RegisterTableModel *m_model;
    RegisterFilterModel *m_filter;
    QTableView *m_view;
    RegisterEntryEditor *m_editor;
    QComboBox *m_registerFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    QTimer *m_clock;
    QLabel *m_summary = nullptr; ///< "12 entries, 1 overdue"
    QAction *m_saveAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_sentAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QAction *m_letterAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_settingsAction = nullptr;
    qint64 m_shownEntryId = 0;
    bool m_selecting = false;
};

} // namespace Iwb
