// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/registerwindow.h"

#include "register/breachregisterdialog.h"
#include "register/entryclock.h"
#include "register/entryfieldtext.h"
#include "register/followupreport.h"
#include "register/notificationreport.h"
#include "register/registercalendar.h"
#include "register/registerentryeditor.h"
#include "register/registerfiltermodel.h"
#include "register/registertablemodel.h"
#include "register/registertexts.h"
#include "register/reportcheck.h"
#include "register/subjectletter.h"
#include "registerimportdialog.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace Iwb {

namespace {

    /// How often the countdown moves on: a minute is the finest unit it shows.
    constexpr int clockIntervalMs = 30 * 1000;

    /// "Es fehlen: …" in the interface's language: the labels of the missing and unconfirmed fields.
    QString readinessText(const ReportReadiness &readiness)
    {
        auto labels = [](const QStringList &fields) {
            QStringList words;
            for (const QString &field : fields) {
                words.append(RegisterTexts::fieldLabel(field));
            }
            return words.join(QStringLiteral(", "));
        };
        QStringList parts;
        if (!readiness.missing.isEmpty()) {
            parts.append(RegisterWindow::tr("Missing: %1.").arg(labels(readiness.missing)));
        }
        if (!readiness.unconfirmed.isEmpty()) {
            parts.append(RegisterWindow::tr("Taken from the article and not confirmed yet: %1.")
                    .arg(labels(readiness.unconfirmed)));
        }
        return parts.join(QLatin1Char('\n'));
    }

} // namespace

RegisterWindow::RegisterWindow(IncidentStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new RegisterTableModel(this))
    , m_filter(new RegisterFilterModel(this))
    , m_view(new QTableView(this))
    , m_editor(new RegisterEntryEditor(this))
    , m_registerFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_clock(new QTimer(this))
{
    setWindowTitle(tr("Breach Register"));
    setObjectName(QStringLiteral("RegisterWindow"));
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegisterTableModel::TimeLeftColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RegisterTableModel::IncidentColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);

    m_registerFilter->setObjectName(QStringLiteral("registerFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("Overdue"), RegisterFilterModel::overdueFilter);
    for (EntryStatus status :
        { EntryStatus::Assessing, EntryStatus::Notified, EntryStatus::DocumentedOnly, EntryStatus::Closed }) {
        m_statusFilter->addItem(RegisterTexts::statusText(status), entryStatusId(status));
    }
    m_search->setPlaceholderText(tr("Filter"));
    m_search->setClearButtonEnabled(true);
    connect(m_registerFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setRegisterId(m_registerFilter->currentData().toLongLong()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &RegisterFilterModel::setText);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    // The table's eight columns need some 680 pixels; the form, with its checkboxes two to a row, the rest.
    splitter->setSizes({ 680, 920 });
    setCentralWidget(splitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addPermanentWidget(m_summary);
    createActions();
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterWindow::showSelectedEntry);
    connect(m_editor, &RegisterEntryEditor::entryChanged, this, &RegisterWindow::updateActions);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &RegisterWindow::updateActions);
    connect(m_editor, &RegisterEntryEditor::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        updateSummary();
    });
    m_clock->start(clockIntervalMs);
    resize(1280, 800);
    reload();
}

RegisterWindow::~RegisterWindow()
{
    // Closing a window with focus in a field ends its editing: that edit must not reach this half-destroyed
    // window.
    disconnect(m_editor, nullptr, this, nullptr);
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
}

void RegisterWindow::createActions()
{
    QMenu *registerMenu = menuBar()->addMenu(tr("&Register"));
    m_saveAction = registerMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Entry"), this, [this] { save(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    registerMenu->addSeparator();
    m_reportAction = registerMenu->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
        tr("Create &Notification Report…"), this, &RegisterWindow::createReport);
    m_followUpAction = registerMenu->addAction(tr("Create &Follow-up Report…"), this, [this] {
        saveDocument(tr("Save Follow-up Report"), tr("Follow-up notification"), tr("PDF (*.pdf)"),
            [this](const QString &path, QString *error) { return writeFollowUp(path, error); });
    });
    m_sentAction = registerMenu->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Log Sent Notification…"),
        this, &RegisterWindow::logSentDialog);
    m_letterAction = registerMenu->addAction(tr("Create Letter to &Data Subjects…"), this, [this] {
        saveDocument(tr("Save Letter to the Data Subjects"), tr("Letter to data subjects"),
            tr("PDF (*.pdf);;Text for a mail merge (*.txt)"),
            [this](const QString &path, QString *error) { return writeLetter(path, error); });
    });
    registerMenu->addSeparator();
    registerMenu->addAction(
        QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Export Deadlines to &Calendar…"), this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export Deadlines"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                    + QStringLiteral("/incident-workbench-deadlines.ics"),
                tr("iCalendar (*.ics)"));
            if (path.isEmpty()) {
                return;
            }
            QString error;
            if (!writeCalendar(path, &error)) {
                QMessageBox::warning(this, tr("Deadlines Not Exported"), error);
                return;
            }
            statusBar()->showMessage(tr("Deadlines written to %1").arg(path), 10000);
        });
    registerMenu->addAction(
        QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Spreadsheet Register…"), this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Import Spreadsheet Register"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                tr("Spreadsheets (*.csv *.xlsx *.tsv)"));
            if (!path.isEmpty()) {
                importSpreadsheet(path);
            }
        });
    registerMenu->addSeparator();
    registerMenu->addAction(tr("&New Register…"), this, [this] { editRegister(true); });
    m_settingsAction = registerMenu->addAction(tr("Register &Settings…"), this, [this] { editRegister(false); });
    m_removeAction = registerMenu->addAction(QIcon::fromTheme(QStringLiteral("list-remove")),
        tr("&Take Out of the Register"), this, &RegisterWindow::removeEntry);
    registerMenu->addSeparator();
    registerMenu->addAction(QIcon::fromTheme(QStringLiteral("window-close")), tr("&Close"), this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QToolBar *toolBar = addToolBar(tr("Register"));
    toolBar->setObjectName(QStringLiteral("registerToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(new QLabel(tr("Controller:"), toolBar));
    toolBar->addWidget(m_registerFilter);
    toolBar->addWidget(new QLabel(tr(" Status:"), toolBar));
    toolBar->addWidget(m_statusFilter);
    toolBar->addWidget(m_search);
    toolBar->addSeparator();
    toolBar->addAction(m_saveAction);
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(m_reportAction);
    toolBar->addAction(m_sentAction);
}

RegisterImportDialog *RegisterWindow::importSpreadsheet(const QString &path)
{
    auto *dialog = new RegisterImportDialog(m_store, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterImportDialog::imported, this, [this](int count) {
        reload();
        Q_EMIT registerChanged();
        statusBar()->showMessage(tr("%n rows imported into the register", nullptr, count), 10000);
    });
    dialog->open();
    return dialog;
}

void RegisterWindow::reload(qint64 entryId)
{
    const qint64 keep = entryId != 0 ? entryId : m_shownEntryId;
    m_selecting = true;
    if (!m_model->reload(m_store)) {
        statusBar()->showMessage(m_model->errorString(), 10000);
    }
    fillRegisterFilter();
    // One controller (a DPO's own register): its name in every row says nothing.
    m_view->setColumnHidden(RegisterTableModel::RegisterColumn, m_model->registers().size() <= 1);
    m_selecting = false;
    const int row = m_model->rowForEntry(keep);
    if (row >= 0 && (keep != m_shownEntryId || !m_editor->isModified())) {
        m_shownEntryId = 0;
        selectEntry(keep);
    } else if (row < 0) {
        m_shownEntryId = 0;
        m_editor->clear();
    }
    updateSummary();
    updateActions();
}

void RegisterWindow::fillRegisterFilter()
{
    const qint64 current = m_registerFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_registerFilter);
    m_registerFilter->clear();
    m_registerFilter->addItem(tr("All controllers"), qint64(0));
    for (const BreachRegister &breachRegister : m_model->registers()) {
        m_registerFilter->addItem(breachRegister.controllerName, breachRegister.id);
    }
    m_registerFilter->setCurrentIndex(qMax(0, m_registerFilter->findData(current)));
    m_filter->setRegisterId(m_registerFilter->currentData().toLongLong());
}

bool RegisterWindow::selectEntry(qint64 entryId)
{
    const int row = m_model->rowForEntry(entryId);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: show every entry so the one asked for can be selected.
        m_registerFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return m_shownEntryId == entryId;
}

void RegisterWindow::showSelectedEntry()
{
    if (m_selecting) {
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return; // the entry shown was filtered out of the table: the form keeps it, edits and all
    }
    const qint64 entryId = current.data(RegisterTableModel::EntryIdRole).toLongLong();
    if (entryId == m_shownEntryId) {
        return;
    }
    if (!maybeSave()) {
        // Back to the entry with the unsaved changes.
        m_selecting = true;
        const int row = m_model->rowForEntry(m_shownEntryId);
        m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
        m_selecting = false;
        return;
    }
    m_shownEntryId = entryId;
    const int row = m_model->rowForEntry(entryId);
    if (row < 0) {
        m_editor->clear();
    } else {
        m_editor->setEntry(m_model->entryAt(row), m_model->registerAt(row), &m_store);
    }
    updateActions();
}

bool RegisterWindow::maybeSave()
{
    if (!m_editor->isModified()) {
        return true;
    }
    const auto answer
        = QMessageBox::question(this, tr("Unsaved Changes"), tr("The register entry has unsaved changes. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel) {
        return false;
    }
    return answer == QMessageBox::Discard || save();
}

bool RegisterWindow::save()
{
    if (!m_editor->hasEntry()) {
        return true;
    }
    // A time or a count typed but not yet left is part of what is saved.
    if (QWidget *focused = focusWidget(); focused && m_editor->isAncestorOf(focused)) {
        focused->clearFocus();
    }
    RegisterEntry entry = m_editor->entry();
    RegisterStore registers(m_store);
    if (!registers.saveEntry(entry)) {
        QMessageBox::warning(this, tr("Register Entry Not Saved"), registers.errorString());
        return false;
    }
    m_editor->markSaved(entry);
    reload(entry.id);
    Q_EMIT registerChanged();
    statusBar()->showMessage(tr("Register entry saved."), 5000);
    return true;
}

bool RegisterWindow::writeReport(const QString &path, QString *error)
{
    const int row = m_model->rowForEntry(m_shownEntryId);
    if (row < 0) {
        *error = tr("No register entry is selected.");
        return false;
    }
    const RegisterEntry &entry = m_editor->entry();
    const BreachRegister &breachRegister = m_model->registerAt(row);
    const ReportReadiness readiness = ReportCheck::check(entry, breachRegister, QDateTime::currentDateTimeUtc());
    if (!readiness.isReady()) {
        *error = readinessText(readiness);
        return false;
    }
    const auto record = m_store.incident(entry.incidentId);
    const auto sent = RegisterStore(m_store).notifications(entry.id);
    if (!record || !sent) {
        *error = record ? RegisterStore(m_store).errorString() : m_store.errorString();
        return false;
    }
    const NotificationReport report(breachRegister, entry, *record, *sent, QDateTime::currentDateTimeUtc());
    return report.writePdf(path, error);
}

void RegisterWindow::createReport()
{
    if (m_editor->isModified() && !save()) {
        return;
    }
    const int row = m_model->rowForEntry(m_shownEntryId);
    if (row < 0) {
        return;
    }
    const ReportReadiness readiness
        = ReportCheck::check(m_editor->entry(), m_model->registerAt(row), QDateTime::currentDateTimeUtc());
    if (!readiness.isReady()) {
        QMessageBox::information(this, tr("The Report Is Not Ready"),
            tr("The notification report for the authority needs every point of Art. 33(3) GDPR, and every value "
               "taken from the article confirmed.\n\n%1")
                .arg(readinessText(readiness)));
        return;
    }
    const QString organization = m_model->index(row, RegisterTableModel::IncidentColumn).data().toString();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + tr("Breach notification %1 %2.pdf")
              .arg(organization, QDate::currentDate().toString(Qt::ISODate))
              .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Notification Report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!writeReport(path, &error)) {
        QMessageBox::warning(this, tr("Report Not Written"), error);
        return;
    }
    statusBar()->showMessage(tr("Notification report written to %1").arg(path), 10000);
}

bool RegisterWindow::logSent(
    const ZonedTime &sentAt, const QString &authority, const QString &reference, QString *error)
{
    if (m_editor->isModified() && !save()) {
        *error = tr("The entry could not be saved.");
        return false;
    }
    const QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    if (!folder.isValid() || !writeReport(pdf, error)) {
        return false;
    }
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = pdf + QStringLiteral(": ") + file.errorString();
        return false;
    }
    RegisterStore registers(m_store);
    const auto earlier = registers.notifications(m_shownEntryId);
    if (!earlier) {
        *error = registers.errorString();
        return false;
    }
    SentNotification sent;
    sent.entryId = m_shownEntryId;
    sent.sentAt = sentAt;
    sent.authority = authority;
    sent.reference = reference;
    sent.sentContent = m_editor->entry().toJson();
    sent.document = file.readAll();
    if (!earlier->isEmpty()) {
        sent.kind = NotificationKind::FollowUp;
        sent.followsId = earlier->constFirst().id;
    }
    if (!registers.logNotification(sent)) {
        *error = registers.errorString();
        return false;
    }
    // Logging the initial notification changed the entry's status in the store: show the stored entry.
    const qint64 entryId = m_shownEntryId;
    m_shownEntryId = 0;
    reload(entryId);
    Q_EMIT registerChanged();
    return true;
}

void RegisterWindow::saveDocument(const QString &title, const QString &name, const QString &filters,
    const std::function<bool(const QString &, QString *)> &write)
{
    if (m_editor->isModified() && !save()) {
        return;
    }
    const int row = m_model->rowForEntry(m_shownEntryId);
    if (row < 0) {
        return;
    }
    const QString organization = m_model->index(row, RegisterTableModel::IncidentColumn).data().toString();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + QStringLiteral("%1 %2 %3.pdf")
              .arg(name, organization, QDate::currentDate().toString(Qt::ISODate))
              .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, filters);
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!write(path, &error)) {
        QMessageBox::warning(this, title, error);
        return;
    }
    statusBar()->showMessage(tr("Written to %1").arg(path), 10000);
}

bool RegisterWindow::writeFollowUp(const QString &path, QString *error)
{
    const int row = m_model->rowForEntry(m_shownEntryId);
    if (row < 0) {
        *error = tr("No register entry is selected.");
        return false;
    }
    RegisterStore registers(m_store);
    const auto record = m_store.incident(m_editor->entry().incidentId);
    const auto sent = registers.notifications(m_shownEntryId);
    if (!record || !sent) {
        *error = record ? registers.errorString() : m_store.errorString();
        return false;
    }
    const FollowUpReport report(
        m_model->registerAt(row), m_editor->entry(), *record, *sent, QDateTime::currentDateTimeUtc());
    const std::optional<SentNotification> &lastSent = report.lastSent();
    if (!lastSent) {
        *error = tr("Nothing was sent for this entry yet: a follow-up lists what changed since a notification "
                    "was sent. Create the notification report and log it as sent first.");
        return false;
    }
    if (report.changes().isEmpty()) {
        *error = tr("Nothing changed since the last notification was sent (%1).")
                     .arg(QLocale().toString(lastSent->sentAt.local(), QLocale::ShortFormat));
        return false;
    }
    return report.writePdf(path, error);
}

bool RegisterWindow::writeLetter(const QString &path, QString *error)
{
    const int row = m_model->rowForEntry(m_shownEntryId);
    if (row < 0) {
        *error = tr("No register entry is selected.");
        return false;
    }
    const SubjectLetter letter(m_model->registerAt(row), m_editor->entry(), QDateTime::currentDateTimeUtc());
    if (!letter.missing().isEmpty()) {
        *error = tr("The letter to the data subjects (Art. 34 GDPR) needs: %1.")
                     .arg(letter.missing().join(QStringLiteral(", ")));
        return false;
    }
    if (!path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        return letter.writePdf(path, error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(letter.plainText().toUtf8()) < 0 || !file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

bool RegisterWindow::writeCalendar(const QString &path, QString *error)
{
    QList<CalendarItem> items;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        items += RegisterCalendar::openDeadlines(m_model->entryAt(row), m_model->registerAt(row), m_model->sentAt(row),
            m_model->index(row, RegisterTableModel::IncidentColumn).data().toString());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(RegisterCalendar::ics(items, QDateTime::currentDateTimeUtc())) < 0 || !file.commit()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

void RegisterWindow::logSentDialog()
{
    const int row = m_model->rowForEntry(m_shownEntryId);
    if (row < 0) {
        return;
    }
    const BreachRegister &breachRegister = m_model->registerAt(row);
    const bool followUp = m_model->clockAt(row).sentAt.isValid();
    QDialog dialog(this);
    dialog.setWindowTitle(followUp ? tr("Log Follow-up Notification") : tr("Log Initial Notification"));
    auto *when = new QLineEdit(ZonedTime::fromUtc(QDateTime::currentDateTimeUtc(), breachRegister.timeZone)
                                   .local()
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
        &dialog);
    auto *authority = new QLineEdit(breachRegister.authority, &dialog);
    auto *reference = new QLineEdit(&dialog);
    reference->setPlaceholderText(tr("The authority's reference number, if it gave one"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The report as it is now is kept with the log, unchanged (Art. 33(5) GDPR)."), &dialog));
    form->addRow(tr("Sent at (%1):").arg(QString::fromUtf8(breachRegister.timeZone)), when);
    form->addRow(tr("Authority:"), authority);
    form->addRow(tr("Reference:"), reference);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        const auto at = EntryFieldText::parseTime(when->text(), breachRegister.timeZone);
        QString error;
        if (!at || at->isNull()) {
            error = tr("'%1' is not a time such as 2026-01-15 12:00.").arg(when->text());
        } else if (logSent(*at, authority->text().trimmed(), reference->text().trimmed(), &error)) {
            statusBar()->showMessage(tr("Notification logged."), 8000);
            return;
        }
        QMessageBox::warning(this, tr("Notification Not Logged"), error);
    }
}

void RegisterWindow::editRegister(bool create)
{
    BreachRegister breachRegister;
    if (!create) {
        const int row = m_model->rowForEntry(m_shownEntryId);
        const qint64 id = row >= 0 ? m_model->registerAt(row).id : m_registerFilter->currentData().toLongLong();
        const auto stored = id != 0 ? RegisterStore(m_store).breachRegister(id) : std::nullopt;
        if (!stored) {
            return;
        }
        breachRegister = *stored;
    }
    BreachRegisterDialog dialog(breachRegister, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    breachRegister = dialog.breachRegister();
    RegisterStore registers(m_store);
    if (!registers.saveRegister(breachRegister)) {
        QMessageBox::warning(this, tr("Register Not Saved"), registers.errorString());
        return;
    }
    reload();
    Q_EMIT registerChanged();
}

void RegisterWindow::removeEntry()
{
    if (m_shownEntryId == 0) {
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Take Out of the Register"),
        tr("Take this incident out of the breach register? Its Art. 33 fields are deleted; the incident record "
           "stays."));
    if (answer != QMessageBox::Yes) {
        return;
    }
    RegisterStore registers(m_store);
    if (!registers.removeEntry(m_shownEntryId)) {
        QMessageBox::warning(this, tr("Entry Not Removed"), registers.errorString());
        return;
    }
    m_editor->clear();
    m_shownEntryId = 0;
    reload();
    Q_EMIT registerChanged();
}

void RegisterWindow::updateActions()
{
    const bool shown = m_editor->hasEntry();
    m_saveAction->setEnabled(m_editor->isModified());
    m_reportAction->setEnabled(shown);
    m_sentAction->setEnabled(shown);
    m_followUpAction->setEnabled(shown);
    m_letterAction->setEnabled(shown);
    m_removeAction->setEnabled(shown);
    m_settingsAction->setEnabled(shown || m_registerFilter->currentData().toLongLong() != 0);
    setWindowModified(m_editor->isModified());
    setWindowTitle(tr("Breach Register") + QStringLiteral("[*]"));
}

void RegisterWindow::updateSummary()
{
    const int overdue = m_model->overdueCount();
    const QString entries = tr("Entries: %1").arg(m_model->rowCount());
    m_summary->setText(overdue > 0 ? tr("%1, overdue: %2").arg(entries).arg(overdue) : entries);
}

void RegisterWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace Iwb
