// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotation/annotationsession.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "incident/recordvocabulary.h"
#include "library/incidentlistmodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "register/breachregisterdialog.h"
#include "register/deadlinereminders.h"
#include "register/registeractions.h"
#include "register/registerentryeditor.h"
#include "register/registerfiltermodel.h"
#include "register/registerimportdialog.h"
#include "register/registerimportlayouts.h"
#include "register/registertablemodel.h"
#include "register/registerwindow.h"
#include "storage/incidentstore.h"
#include "storage/registerstore.h"
#include "workbenchtesting.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Iwb;
using namespace Qt::StringLiterals;

/**
 * The breach register as a DPO uses it, through the real widgets: mark the open article's incident as a breach
 * (the first register made in its dialog), see the pre-filled values with their evidence, type the moment of
 * awareness and watch the clock, undo and redo, complete the assessment, produce the German report (read back
 * with pdftotext), log it as sent, and find the entry with the register view's filters.
 */
class TestRegisterWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ExtractionEngine> m_engine = std::make_shared<ExtractionEngine>();

    /// The app-update and lost-laptop samples stored with their extracted facts and records, as the analyst's
    /// save leaves them; returns the app update's document id.
    qint64 storeAnnotatedSamples(const QString &path)
    {
        IncidentStore store;
        if (!store.open(path)) {
            return 0;
        }
        qint64 appUpdate = 0;
        for (const char *name : { "de-app-update-fremde-daten.txt", "en-lost-laptop.txt" }) {
            ImportResult imported = DocumentImporter().importFile(
                QStringLiteral(IWB_SOURCE_DIR "/resources/samples/") + QLatin1String(name));
            if (!imported.isValid() || !store.addDocument(imported.document)) {
                return 0;
            }
            ExtractionResult result = m_engine->extract(imported.document);
            if (!store.saveAnnotations(imported.document.id(), result.facts, result.record)) {
                return 0;
            }
            appUpdate = appUpdate == 0 ? imported.document.id() : appUpdate;
        }
        return appUpdate;
    }

    /// The text of the PDF at @p path, read back with Poppler's pdftotext (poppler-utils).
    static QString pdfText(const QString &path)
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty()) {
            qWarning("pdftotext (poppler-utils) reads the documents back");
            return {};
        }
        QProcess reader;
        reader.start(pdftotext, { u"-raw"_s, path, u"-"_s });
        reader.waitForFinished();
        return QString::fromUtf8(reader.readAllStandardOutput());
    }

    /// Types @p text into the line editor of @p field and leaves it with Enter, as the analyst would.
    static void typeInto(RegisterEntryEditor *editor, const QString &field, const QString &text)
    {
        auto *line = qobject_cast<QLineEdit *>(editor->fieldEditor(field));
        QVERIFY2(line, qPrintable(field));
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"IncidentWorkbenchTest"_s);
        QApplication::setApplicationName(u"tst_registerwindow"_s);
        QString error;
        QVERIFY2(m_engine->load(&error), qPrintable(error));
    }

    void markAssessReportAndLog()
    {
        const QString path = m_dir.filePath(u"register.sqlite"_s);
        const qint64 documentId = storeAnnotatedSamples(path);
        QVERIFY(documentId > 0);
        auto window = IwbTest::openWorkbench(path, m_engine);
        window->library()->selectDocument(documentId);
        QTRY_COMPARE(window->session()->record().organization, u"Lumera Pay"_s);
        QVERIFY(window->session()->record().id > 0);

        // No register yet: marking asks for the controller in the register's dialog.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<BreachRegisterDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->controllerField(), u"Lumera Pay GmbH"_s);
            QTest::keyClicks(dialog->authorityField(), u"LfD Niedersachsen"_s);
            dialog->accept();
        });
        RegisterActions *actions = window->registerActions();
        QVERIFY(actions->markAction()->isEnabled());
        actions->markAction()->trigger();
        auto *registerWindow = window->findChild<RegisterWindow *>();
        QVERIFY(registerWindow);
        QVERIFY(QTest::qWaitForWindowExposed(registerWindow));
        QAbstractItemModelTester tester(
            registerWindow->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        RegisterTableModel *model = registerWindow->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->registers().size(), 1);
        QCOMPARE(model->registers().first().controllerName, u"Lumera Pay GmbH"_s);
        QCOMPARE(model->index(0, RegisterTableModel::IncidentColumn).data().toString(), u"Lumera Pay"_s);
        QCOMPARE(model->index(0, RegisterTableModel::StatusColumn).data().toString(), u"Assessing"_s);
        QCOMPARE(model->index(0, RegisterTableModel::TimeLeftColumn).data().toString(), u"awareness not stated"_s);

        // The pre-filled count: italic "from the article", with a Confirm button quoting its evidence.
        RegisterEntryEditor *editor = registerWindow->editor();
        QVERIFY(editor->hasEntry());
        QCOMPARE(editor->entry().subjectsCount, std::optional<qint64>(9500));
        QVERIFY(editor->entry().isUnconfirmed(u"subjects_count"_s));
        QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldEditor(u"subjects_count"_s))->text(), u"9500"_s);
        // Counted as: the record's unit by its word (the German interface shows "Nutzerinnen und Nutzer").
        auto *unit = qobject_cast<QComboBox *>(editor->fieldEditor(u"subjects_unit"_s));
        QVERIFY(unit);
        QCOMPARE(unit->currentData().toString(), u"users"_s);
        QCOMPARE(unit->currentText(), RecordVocabulary::valueLabel(u"affected_unit"_s, u"users"_s));
        QAbstractButton *confirmCount = editor->confirmButton(u"subjects_count"_s);
        QVERIFY(confirmCount->isVisible());
        QVERIFY2(confirmCount->toolTip().contains(u"9.500"_s), qPrintable(confirmCount->toolTip()));
        QVERIFY(!editor->confirmButton(u"consequences"_s)->isVisible());

        // The moment of awareness, typed: the clock starts (long past: overdue, in red, reasons required).
        typeInto(editor, u"became_aware"_s, u"2026-01-15 12:00"_s);
        QCOMPARE(editor->entry().becameAware.utcText(), u"2026-01-15T11:00:00.000Z"_s);
        QCOMPARE(editor->undoStack()->count(), 1);
        QVERIFY(editor->isModified());
        editor->undoStack()->undo();
        QVERIFY(editor->entry().becameAware.isNull());
        QVERIFY(qobject_cast<QLineEdit *>(editor->fieldEditor(u"became_aware"_s))->text().isEmpty());
        editor->undoStack()->redo();
        QCOMPARE(qobject_cast<QLineEdit *>(editor->fieldEditor(u"became_aware"_s))->text(), u"2026-01-15 12:00"_s);
        // A time the field cannot take is refused and the entry keeps its value.
        const ZonedTime occurredStart = editor->entry().occurredStart;
        typeInto(editor, u"occurred_start"_s, u"gestern"_s);
        QCOMPARE(editor->entry().occurredStart, occurredStart);
        QCOMPARE(editor->undoStack()->count(), 1);

        QTest::keySequence(registerWindow, QKeySequence::Save);
        QVERIFY(!editor->isModified());
        const qint64 entryId = editor->entry().id;
        QCOMPARE(RegisterStore(window->store()).entry(entryId)->becameAware, editor->entry().becameAware);
        QCOMPARE(model->index(0, RegisterTableModel::AwareColumn).data(RegisterTableModel::SortRole).toDateTime(),
            QDateTime(QDate(2026, 1, 15), QTime(11, 0), QTimeZone::UTC));
        QVERIFY(model->index(0, RegisterTableModel::TimeLeftColumn).data().toString().endsWith(u"overdue"_s));
        QVERIFY(model->index(0, 0).data(RegisterTableModel::OverdueRole).toBool());
        QCOMPARE(model->index(0, RegisterTableModel::TimeLeftColumn).data(Qt::ForegroundRole).value<QColor>(),
            QColor(0xc0, 0x1c, 0x28));
        QCOMPARE(model->overdueCount(), 1);
        QVERIFY(registerWindow->findChild<QLabel *>(u"summary"_s)->text().contains(u"overdue: 1"_s));
        // The library's incidents table shows the same clock; plain records show none.
        IncidentListModel *incidents = window->library()->incidentModel();
        bool found = false;
        for (int row = 0; row < incidents->rowCount(); ++row) {
            const QModelIndex deadline = incidents->index(row, IncidentListModel::DeadlineColumn);
            if (incidents->index(row, 0).data(IncidentListModel::IncidentIdRole).toLongLong()
                == editor->entry().incidentId) {
                found = true;
                QVERIFY2(deadline.data().toString().endsWith(u"overdue"_s), qPrintable(deadline.data().toString()));
                QCOMPARE(deadline.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc0, 0x1c, 0x28));
            } else {
                QVERIFY(deadline.data().toString().isEmpty());
            }
        }
        QVERIFY(found);
        QCOMPARE(incidents->rowCount(), 2);

        // Not ready: the report names what is missing and what is unconfirmed, and writes nothing.
        const QString pdf = m_dir.filePath(u"meldung.pdf"_s);
        QString error;
        QVERIFY(!registerWindow->writeReport(pdf, &error));
        QVERIFY2(error.contains(u"Likely consequences"_s) && error.contains(u"not confirmed"_s), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));

        // The assessment, typed and clicked through the form.
        // The nature, clicked: each click is one undoable change of the flag.
        auto *confidentiality = editor->fieldEditor(u"nature"_s)->findChild<QCheckBox *>(u"confidentiality"_s);
        QVERIFY(confidentiality);
        const bool wasConfidential = editor->entry().confidentiality;
        QCOMPARE(confidentiality->isChecked(), wasConfidential);
        confidentiality->click();
        QCOMPARE(editor->entry().confidentiality, !wasConfidential);
        if (!editor->entry().confidentiality) {
            confidentiality->click();
        }
        QVERIFY(editor->entry().confidentiality);
        auto *consequences = qobject_cast<QPlainTextEdit *>(editor->fieldEditor(u"consequences"_s));
        consequences->setFocus();
        QTest::keyClicks(consequences, u"Andere Kunden sahen Kontodaten und Umsatzlisten."_s);
        QCOMPARE(editor->entry().consequences, u"Andere Kunden sahen Kontodaten und Umsatzlisten."_s);
        const int afterTyping = editor->undoStack()->count();
        QTest::keyClicks(consequences, u" Ein Missbrauch ist nicht auszuschliessen."_s);
        QCOMPARE(editor->undoStack()->count(), afterTyping); // typing in one box is one step
        QVERIFY(editor->setFieldText(u"description"_s, u"Nach einem Update zeigte die App fremde Konten."_s));
        QVERIFY(editor->setFieldText(u"measures_taken"_s, u"Update zurückgezogen, Sitzungen beendet."_s));
        auto *risk = qobject_cast<QComboBox *>(editor->fieldEditor(u"risk_level"_s));
        risk->setCurrentIndex(risk->findData(u"high"_s));
        Q_EMIT risk->activated(risk->currentIndex());
        QCOMPARE(editor->entry().risk, RiskLevel::High);
        auto *notify = qobject_cast<QComboBox *>(editor->fieldEditor(u"notify_authority"_s));
        notify->setCurrentIndex(notify->findData(u"yes"_s));
        Q_EMIT notify->activated(notify->currentIndex());
        QCOMPARE(editor->entry().notifyAuthority.yes, std::optional<bool>(true));
        QVERIFY(editor->setFieldText(u"delay_reason"_s, u"Der Vorfall wurde erst über die Presse bekannt."_s));
        auto *confirmAll = editor->findChild<QPushButton *>(u"confirmAll"_s);
        QVERIFY(confirmAll->isVisible());
        confirmAll->click();
        QVERIFY(editor->entry().unconfirmedFields().isEmpty());
        QVERIFY(!confirmCount->isVisible());
        editor->undoStack()->undo();
        QVERIFY(confirmCount->isVisible());
        editor->undoStack()->redo();

        // Without a contact point the controller is not reportable: the register's settings fill it.
        RegisterStore registers(window->store());
        BreachRegister breachRegister = *registers.breachRegister(editor->entry().registerId);
        breachRegister.contactName = u"Dr. Jana Beispiel"_s;
        breachRegister.contactEmail = u"datenschutz@lumera.example"_s;
        QVERIFY(registers.saveRegister(breachRegister));
        QVERIFY(registerWindow->save());
        registerWindow->reload();

        QVERIFY2(registerWindow->writeReport(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Lumera Pay GmbH"_s) && text.contains(u"Andere Kunden sahen Kontodaten"_s)
                && text.contains(u"erst über die Presse"_s) && text.contains(u"9.500"_s),
            qPrintable(text.left(2000)));

        // The open deadline as a calendar event; no follow-up before anything was sent.
        const QString ics = m_dir.filePath(u"fristen.ics"_s);
        QVERIFY2(registerWindow->writeCalendar(ics, &error), qPrintable(error));
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        const QByteArray events = calendar.readAll();
        QVERIFY2(events.contains("SUMMARY:Meldefrist Art. 33 DSGVO: Lumera Pay\r\n") && events.contains("BEGIN:VALARM"),
            events.constData());
        QVERIFY(!registerWindow->writeFollowUp(m_dir.filePath(u"nachmeldung.pdf"_s), &error));
        QVERIFY2(error.contains(u"Nothing was sent"_s), qPrintable(error));

        // Logged as sent: notified, the report kept unchanged with the log, the clock stopped.
        const ZonedTime sentAt = ZonedTime::fromLocal(QDate(2026, 1, 19), QTime(9, 30), "Europe/Berlin");
        QVERIFY2(
            registerWindow->logSent(sentAt, u"LfD Niedersachsen"_s, u"AZ 33-2026-017"_s, &error), qPrintable(error));
        QCOMPARE(model->index(0, RegisterTableModel::StatusColumn).data().toString(), u"Notified"_s);
        QCOMPARE(model->index(0, RegisterTableModel::TimeLeftColumn).data().toString(), u"sent late"_s);
        QVERIFY(model->index(0, RegisterTableModel::NotifiedColumn).data().toString().contains(u"AZ 33-2026-017"_s));
        QCOMPARE(model->overdueCount(), 0);
        const auto log = registers.notifications(entryId);
        QVERIFY(log && log->size() == 1);
        QVERIFY(log->first().document.startsWith("%PDF"));
        QCOMPARE(log->first().sentContent.value(u"consequences"_s).toString(), editor->entry().consequences);
        QCOMPARE(editor->entry().status, EntryStatus::Notified);

        // A follow-up lists what changed since the report that was sent, nothing else.
        const QString followUp = m_dir.filePath(u"nachmeldung.pdf"_s);
        QVERIFY(!registerWindow->writeFollowUp(followUp, &error));
        QVERIFY2(error.contains(u"Nothing changed"_s), qPrintable(error));
        QVERIFY(editor->setFieldText(u"measures_proposed"_s, u"Zusaetzliche Pruefung jedes Updates."_s));
        QVERIFY(registerWindow->save());
        QVERIFY2(registerWindow->writeFollowUp(followUp, &error), qPrintable(error));
        const QString followUpText = pdfText(followUp);
        QVERIFY2(followUpText.contains(u"Nachmeldung"_s) && followUpText.contains(u"Zusaetzliche Pruefung"_s)
                && followUpText.contains(u"AZ 33-2026-017"_s) && !followUpText.contains(u"Andere Kunden sahen"_s),
            qPrintable(followUpText));

        // The letter to the data subjects needs the decision; as text for a mail merge it names the contact.
        const QString letter = m_dir.filePath(u"brief.txt"_s);
        QVERIFY(!registerWindow->writeLetter(letter, &error));
        QVERIFY(editor->setFieldText(u"inform_subjects"_s, u"yes"_s));
        QVERIFY2(registerWindow->writeLetter(letter, &error), qPrintable(error));
        QVERIFY(editor->isModified()); // filtering keeps the form and its unsaved edit, without asking
        QFile letterFile(letter);
        QVERIFY(letterFile.open(QIODevice::ReadOnly));
        const QString letterText = QString::fromUtf8(letterFile.readAll());
        QVERIFY2(letterText.contains(u"Jana Beispiel"_s) && letterText.contains(u"Andere Kunden sahen"_s),
            qPrintable(letterText));

        // The filters: by status, overdue only, by words.
        registerWindow->statusFilter()->setCurrentIndex(
            registerWindow->statusFilter()->findData(RegisterFilterModel::overdueFilter));
        QCOMPARE(registerWindow->filterModel()->rowCount(), 0);
        registerWindow->statusFilter()->setCurrentIndex(registerWindow->statusFilter()->findData(u"notified"_s));
        QCOMPARE(registerWindow->filterModel()->rowCount(), 1);
        QTest::keyClicks(registerWindow->searchField(), u"keine solche Firma"_s);
        QCOMPARE(registerWindow->filterModel()->rowCount(), 0);
        registerWindow->searchField()->clear();
        QTest::keyClicks(registerWindow->searchField(), u"lumera"_s);
        QCOMPARE(registerWindow->filterModel()->rowCount(), 1);
        QVERIFY(editor->isModified());
        QCOMPARE(editor->entry().informSubjects.yes, std::optional<bool>(true));
        QVERIFY(registerWindow->save());

        // Marking the same incident again finds its entry instead of making a second one.
        QCOMPARE(actions->markOpenIncident(), entryId);
        QCOMPARE(registers.entries()->size(), 1);
        registerWindow->close();
    }

    /// The reminders: each mark (24 h, 4 h, 1 h left, passed) once, nothing for a stopped clock.
    void importASpreadsheetThroughTheDialog()
    {
        // No mapping remembered from an earlier run of this test (the test-mode configuration folder stays).
        QFile::remove(RegisterImportLayouts::defaultPath());
        const QString path = m_dir.filePath(u"import.sqlite"_s);
        IncidentStore store;
        QVERIFY(store.open(path));
        BreachRegister own;
        own.controllerName = u"Stadtwerke Nordheim"_s;
        QVERIFY(RegisterStore(store).saveRegister(own));
        const QString csv = m_dir.filePath(u"register.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Lfd. Nr.;Datum der Kenntnisnahme;Beschreibung;Anzahl Betroffene;Risiko;Farbe\r\n"
                   "1;15.01.2026 14:30;Fehlversand von Lohnabrechnungen;ca. 1.200;hoch;rot\r\n"
                   "2;gestern;Ein Zettel am Drucker;viele;mittel;blau\r\n"
                   "3;15.01.2026 14:30;Fehlversand von Lohnabrechnungen;1200;hoch;rot\r\n");
        file.close();
        RegisterWindow window(store);
        window.show();
        QSignalSpy changed(&window, &RegisterWindow::registerChanged);

        RegisterImportDialog *dialog = window.importSpreadsheet(csv);
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->columnTable()->rowCount(), 6);
        QCOMPARE(dialog->fieldChooser(1)->currentData().toString(), u"became_aware"_s);
        QCOMPARE(dialog->columnTable()->item(3, 1)->text(), u"ca. 1.200 · viele · 1200"_s);
        QCOMPARE(dialog->fieldChooser(5)->currentData().toString(), QString()); // "Farbe": left out
        QVERIFY2(dialog->summaryLabel()->text().startsWith(u"1 of 3 rows will be imported"_s),
            qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(dialog->problemList()->toPlainText().contains(u"Row 3 does not fit"_s));
        QVERIFY(dialog->problemList()->toPlainText().contains(u"Row 4 tells the same breach as row 2."_s));
        // The analyst keeps the colour in the notes; the plan follows at once.
        QComboBox *colour = dialog->fieldChooser(5);
        colour->setFocus();
        colour->setCurrentIndex(colour->findData(u"notes"_s));
        QVERIFY(dialog->summaryLabel()->text().startsWith(u"1 of 3"_s));
        QPushButton *importButton = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(window.model()->rowCount(), 1);
        const QList<RegisterEntry> entries = *RegisterStore(store).entries(own.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().subjectsCount, std::optional<qint64>(1200));
        QVERIFY(store.incident(entries.first().incidentId)->notes.contains(u"Farbe: rot"_s));

        // The same layout again: the colour column is remembered, and the row is in the register now.
        RegisterImportDialog *again = window.importSpreadsheet(csv);
        QTRY_VERIFY(again->isLoaded());
        QCOMPARE(again->fieldChooser(5)->currentData().toString(), u"notes"_s);
        QVERIFY2(again->summaryLabel()->text().startsWith(u"0 of 3"_s), qPrintable(again->summaryLabel()->text()));
        QVERIFY(!again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        again->reject();
    }

    void remindersOnceAtEachMark()
    {
        const QString path = m_dir.filePath(u"reminders.sqlite"_s);
        IncidentStore store;
        QVERIFY(store.open(path));
        ImportResult imported = DocumentImporter().importFile(
            QStringLiteral(IWB_SOURCE_DIR "/resources/samples/de-app-update-fremde-daten.txt"));
        QVERIFY(imported.isValid() && store.addDocument(imported.document));
        ExtractionResult result = m_engine->extract(imported.document);
        QVERIFY(store.saveAnnotations(imported.document.id(), result.facts, result.record));
        RegisterStore registers(store);
        BreachRegister breachRegister;
        breachRegister.controllerName = u"Lumera Pay GmbH"_s;
        QVERIFY(registers.saveRegister(breachRegister));
        RegisterEntry entry;
        entry.registerId = breachRegister.id;
        entry.incidentId = result.record.id;
        const QDateTime aware(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
        entry.becameAware = ZonedTime::fromUtc(aware, "Europe/Berlin");
        QVERIFY2(registers.saveEntry(entry), qPrintable(registers.errorString()));

        DeadlineReminders reminders(store);
        reminders.setDesktopNotifications(false);
        QSignalSpy reminded(&reminders, &DeadlineReminders::reminded);
        reminders.check(aware.addSecs(qint64(10) * 3600)); // 62 h left: nothing yet
        QCOMPARE(reminded.size(), 0);
        reminders.check(aware.addSecs(qint64(50) * 3600)); // 22 h left
        QCOMPARE(reminded.size(), 1);
        QCOMPARE(reminded.at(0).at(0).toLongLong(), entry.id);
        QCOMPARE(
            reminded.at(0).at(1).toString(), u"Lumera Pay: the notification to the authority is due in 22 h 0 min."_s);
        reminders.check(aware.addSecs(qint64(51) * 3600)); // still past the same mark: no second reminder
        QCOMPARE(reminded.size(), 1);
        reminders.check(
            aware.addSecs(qint64(71) * 3600 + qint64(30) * 60)); // 30 min left: past 4 h and 1 h, one reminder
        QCOMPARE(reminded.size(), 2);
        reminders.check(aware.addSecs(qint64(73) * 3600)); // passed
        QCOMPARE(reminded.size(), 3);
        QVERIFY(reminded.at(2).at(1).toString().contains(u"passed 1 h 0 min ago"_s));

        // Decided not to notify: the clock stops, nothing more.
        entry.notifyAuthority.yes = false;
        QVERIFY(registers.saveEntry(entry));
        reminders.check(aware.addSecs(qint64(80) * 3600));
        QCOMPARE(reminded.size(), 3);
    }
};

QTEST_MAIN(TestRegisterWindow)
#include "tst_registerwindow.moc"
