// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exchange/exportdialog.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

/// Drives the export dialog through its widgets and checks the files it writes.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void fill(IncidentStore &store)
    {
        const struct
        {
            const char16_t *organization;
            const char16_t *cause;
            qint64 affected;
            const char16_t *notes;
        } rows[] = {
            { u"Lumera Pay", u"software_error", 9500, u"=1+1" },
            { u"Kreisklinikum Sellheim", u"attack", 30000, u"Patientendaten; \"womöglich\" gestohlen" },
            { u"Ölmühle Nord", u"human_error", 12, u"" },
        };
        for (const auto &row : rows) {
            IncidentRecord record;
            record.organization = QString::fromUtf16(row.organization);
            record.cause = QString::fromUtf16(row.cause);
            record.affectedCount = row.affected;
            record.affectedUnit = QStringLiteral("customers");
            record.notes = QString::fromUtf16(row.notes);
            QVERIFY(store.saveIncident(record));
        }
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void typePath(QLineEdit *edit, const QString &path)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, path);
    }

    /// Clicks a radio button or check box on its indicator: the widget may be wider than its label, and only the
    /// indicator and label react to clicks.
    static void clickIndicator(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    /// Chooses the combo box entry @p index with the keyboard, as a user would.
    static void choose(QComboBox *box, int index)
    {
        box->setFocus();
        while (box->currentIndex() < index) {
            QTest::keyClick(box, Qt::Key_Down);
        }
        while (box->currentIndex() > index) {
            QTest::keyClick(box, Qt::Key_Up);
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void selectedRecordsAsGermanSpreadsheetCsv()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        fill(store);
        ExportDialog dialog(store, QStringLiteral("customers"), { 2, 3 });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.allButton()->text(), QStringLiteral("&All records (3)"));
        QCOMPARE(dialog.filteredButton()->text(), QStringLiteral("&Filtered by “customers” (3)"));
        QCOMPARE(dialog.selectedButton()->text(), QStringLiteral("&Selected in the library (2)"));
        // One choice in each group: records are the default rows, all records the default scope.
        QVERIFY(dialog.recordsButton()->isChecked());
        QVERIFY(!dialog.factsButton()->isChecked());
        QVERIFY(dialog.allButton()->isChecked());

        clickIndicator(dialog.selectedButton());
        QVERIFY(dialog.selectedButton()->isChecked());
        choose(dialog.delimiterBox(), 1);
        clickIndicator(dialog.bomBox());
        QVERIFY(dialog.bomBox()->isChecked());
        const QString path = m_dir.filePath(QStringLiteral("selected.csv"));
        typePath(dialog.fileEdit(), path);
        // For looking at: the dialog as the analyst sees it just before exporting.
        QVERIFY(dialog.grab().save(QStringLiteral(IWB_BINARY_DIR "/export-dialog.png")));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        // The export runs on a worker: the click returns at once, the dialog waiting with its choices locked.
        QVERIFY(!dialog.isEnabled());
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.resultMessage(), QStringLiteral("Exported 2 incident records to ") + path);

        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "id;organization;"));
        const QList<QByteArray> lines = bytes.split('\n');
        QCOMPARE(lines.size(), 4); // header, two records, and the empty rest after the last CRLF
        QVERIFY2(lines.at(1).startsWith("2;Kreisklinikum Sellheim;"), lines.at(1).constData());
        QVERIFY(lines.at(1).contains(";\"Patientendaten; \"\"womöglich\"\" gestohlen\";"));
        QVERIFY2(lines.at(2).startsWith("3;Ölmühle Nord;"), lines.at(2).constData());
    }

    void factsAndVerisAndJsonFollowTheFormat()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("b.sqlite"))));
        fill(store);
        ExportDialog dialog(store, QString(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.filteredButton()->isEnabled());
        QVERIFY(!dialog.selectedButton()->isEnabled());

        // The whole-store snapshot has no scope and no CSV options; the file name follows the format.
        typePath(dialog.fileEdit(), m_dir.filePath(QStringLiteral("register.csv")));
        choose(dialog.formatBox(), 1);
        QVERIFY(!dialog.allButton()->isEnabled());
        QVERIFY(!dialog.delimiterBox()->isEnabled());
        QCOMPARE(dialog.fileEdit()->text(), m_dir.filePath(QStringLiteral("register.json")));
        QVERIFY(dialog.exportNow());
        QVERIFY(readAll(m_dir.filePath(QStringLiteral("register.json")))
                .startsWith("{\n\"format\": \"incident-workbench-snapshot\""));

        choose(dialog.formatBox(), 2);
        QVERIFY(dialog.allButton()->isEnabled());
        QVERIFY(!dialog.factsButton()->isEnabled());
        typePath(dialog.fileEdit(), m_dir.filePath(QStringLiteral("veris.json")));
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        const QByteArray veris = readAll(m_dir.filePath(QStringLiteral("veris.json")));
        QVERIFY(veris.startsWith("[\n{\"action\":{\"error\":{\"variety\":[\"Programming error\"]"));
        QCOMPARE(veris.count("\"schema_version\":\"1.4.0\""), 3);
    }

    void failureNamesTheFileAndKeepsTheDialogOpen()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("c.sqlite"))));
        fill(store);
        ExportDialog dialog(store, QString(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        typePath(dialog.fileEdit(), path);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().startsWith(path + QStringLiteral(": not exported: ")), qPrintable(box->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(path));
        box->close();
    }

    void fileMenuOpensTheDialogWithTheLibrarySelection()
    {
        auto store = std::make_unique<IncidentStore>();
        QVERIFY(store->open(m_dir.filePath(QStringLiteral("d.sqlite"))));
        fill(*store);
        MainWindow window(std::move(store));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportAction"));
        QVERIFY(exportAction);
        exportAction->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ExportDialog *>()) != nullptr);
        QCOMPARE(dialog->allButton()->text(), QStringLiteral("&All records (3)"));
        const QString path = m_dir.filePath(QStringLiteral("menu.csv"));
        typePath(dialog->fileEdit(), path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(readAll(path).count("\r\n"), 4);
        QVERIFY(readAll(path).contains(",'=1+1,"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
