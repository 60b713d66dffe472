// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "agreement/agreementdialog.h"
#include "agreement/annotationagreement.h"
#include "annotation/factlistmodel.h"
#include "annotationsession.h"
#include "articleview.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Iwb;

/// Compare → Compare Annotation Versions, clicked and typed through the real widgets.
class TestAgreementDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ExtractionEngine> m_engine = std::make_shared<ExtractionEngine>();
    const QString m_sample = QStringLiteral(IWB_SOURCE_DIR "/resources/samples/de-app-update-fremde-daten.txt");

    std::unique_ptr<MainWindow> makeWindow(const QString &name)
    {
        auto store = std::make_unique<IncidentStore>();
        if (!store->open(m_dir.filePath(name))) {
            qFatal("cannot open the test store");
        }
        auto window = std::make_unique<MainWindow>(std::move(store), m_engine);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            qFatal("window not exposed");
        }
        window->importPaths({m_sample}, true);
        const qint64 id = window->store().documentSummaries().value(0).id;
        window->library()->selectDocument(id);
        return window;
    }

    static AgreementDialog *openDialog(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("compareAnnotationVersions"));
        if (!action) {
            return nullptr;
        }
        action->trigger();
        auto *dialog = window.findChild<AgreementDialog *>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog)) {
            return nullptr;
        }
        return dialog;
    }

    static qint64 keyOf(AnnotationSession *session, const Fact &wanted)
    {
        for (const qint64 key : session->facts()->keys()) {
            const Fact fact = session->facts()->fact(key);
            if (fact.type == wanted.type && fact.start == wanted.start && fact.end == wanted.end) {
                return key;
            }
        }
        return 0;
    }

    /// The row of the first disagreement of @p kind, or -1.
    static int rowOf(AgreementDialog *dialog, DisagreementKind kind)
    {
        const QList<Disagreement> &items = dialog->comparison().facts.disagreements;
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).kind == kind) {
                return row;
            }
        }
        return -1;
    }

    static void clickRow(QTreeWidget *list, int row)
    {
        QTreeWidgetItem *item = list->topLevelItem(row);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

    static QString microCell(AgreementDialog *dialog, int column)
    {
        QTableWidget *table = dialog->typeTable();
        return table->item(table->rowCount() - 1, column)->text();
    }

    /// How the session quotes a fact's text in undo texts.
    static QString quoted(const QString &text)
    {
        return QChar(0x2018) + (text.size() > 40 ? text.left(39) + QChar(0x2026) : text) + QChar(0x2019);
    }

    static std::pair<int, int> selection(QPlainTextEdit *edit)
    {
        return {edit->textCursor().selectionStart(), edit->textCursor().selectionEnd()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchTest"));
        QApplication::setApplicationName(QStringLiteral("tst_agreementdialog"));
        QString error;
        QVERIFY2(m_engine->load(&error), qPrintable(error));
    }

    void automaticAgainstCuratedTakeTheirsAndUndo()
    {
        auto window = makeWindow(QStringLiteral("automatic.sqlite"));
        AnnotationSession *session = window->session();
        QTRY_VERIFY(session->facts()->factCount() > 5);
        const QList<Fact> automatic = m_engine->extract(session->document()).facts;
        const int n = static_cast<int>(automatic.size());
        QCOMPARE(session->facts()->factCount(), n);

        // The analyst retypes the first fact, rejects the last, and labels a word no rule found.
        const Fact first = automatic.first();
        const Fact last = automatic.last();
        QVERIFY(first.end <= last.start);
        const qint64 firstKey = keyOf(session, first);
        const qint64 lastKey = keyOf(session, last);
        session->changeType(firstKey, FactType::Remediation);
        session->setStatus(lastKey, FactStatus::Rejected);
        std::pair<qsizetype, qsizetype> free{0, 0};
        for (const auto &token : AnnotationAgreement::tokens(session->document().text())) {
            const bool covered = std::any_of(automatic.cbegin(), automatic.cend(),
                                             [&token](const Fact &fact) { return fact.start < token.second && token.first < fact.end; });
            if (!covered && token.second - token.first >= 5) {
                free = token;
                break;
            }
        }
        QVERIFY(free.second > 0);
        const qint64 labelKey = session->labelSpan(FactType::Organization, free.first, free.second);
        QVERIFY(labelKey > 0);
        const int edits = session->undoStack()->index();

        AgreementDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("compareAutomatic")), Qt::LeftButton);

        // n facts here (one rejected, one added), n there, n − 2 matched: P = R = F1 = (n − 2)/n.
        const QString expected = QString::number(double(n - 2) / n, 'f', 3);
        QCOMPARE(microCell(dialog, 1), QString::number(n));
        QCOMPARE(microCell(dialog, 2), QString::number(n));
        QCOMPARE(microCell(dialog, 3), expected);
        QCOMPARE(microCell(dialog, 4), expected);
        QCOMPARE(microCell(dialog, 5), expected);
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("micro F1 %1 exact").arg(expected)),
                 qPrintable(dialog->summaryLabel()->text()));
        // The record is extraction's draft on both sides.
        QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("agreementRecord"))->item(0, 0)->text(),
                 QStringLiteral("(all record fields agree)"));
        // Pooled over the six fields, each its own label: p_e = 6 · (1/6)², κ = 1.
        QVERIFY2(dialog->summaryLabel()->text().contains(QStringLiteral("record fields κ 1.000 (6 of 6 fields agree)")),
                 qPrintable(dialog->summaryLabel()->text()));
        QTreeWidget *list = dialog->disagreementList();
        QCOMPARE(list->topLevelItemCount(), 3);
        const int typeRow = rowOf(dialog, DisagreementKind::TypeDiffers);
        QVERIFY(typeRow >= 0);
        QVERIFY(rowOf(dialog, DisagreementKind::OnlyInOther) >= 0);
        QVERIFY(rowOf(dialog, DisagreementKind::OnlyInReference) >= 0);

        // Selecting the type disagreement shows it in both versions.
        clickRow(list, typeRow);
        QCOMPARE(window->articleView()->currentFact(), firstKey);
        QCOMPARE(selection(window->articleView()->textEdit()), (std::pair<int, int>(int(first.start), int(first.end))));
        QCOMPARE(selection(dialog->otherView()), (std::pair<int, int>(int(first.start), int(first.end))));
        QCOMPARE(dialog->otherView()->textCursor().selectedText(), first.text);
        QVERIFY(dialog->otherView()->isReadOnly());

        // Take theirs: one undoable step that gives the fact back its rule's type.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QCOMPARE(session->facts()->fact(firstKey).type, first.type);
        QCOMPARE(session->facts()->fact(firstKey).status, FactStatus::Accepted);
        QCOMPARE(session->undoStack()->index(), edits + 1);
        QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Take the other version of %1").arg(quoted(first.text)));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(microCell(dialog, 5), QString::number(double(n - 1) / n, 'f', 3));

        // Ctrl+Z in the dialog takes it back (the article's own undo stack), and the figures follow.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session->facts()->fact(firstKey).type, FactType::Remediation);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(microCell(dialog, 5), expected);
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(session->facts()->fact(firstKey).type, first.type);
        QCOMPARE(list->topLevelItemCount(), 2);
        session->undoStack()->undo();

        // Keyboard: the rejected suggestion comes back with Enter on its row, without a twin.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(rowOf(dialog, DisagreementKind::OnlyInOther)));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(session->facts()->fact(lastKey).status, FactStatus::Accepted);
        QCOMPARE(session->facts()->factCount(), n + 1);
        QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Take the other version of %1").arg(quoted(last.text)));

        // The hand-made label the other version lacks: taking theirs deletes it.
        list->setCurrentItem(list->topLevelItem(rowOf(dialog, DisagreementKind::OnlyInReference)));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(!session->facts()->contains(labelKey));
        QCOMPARE(session->undoStack()->undoText().left(6), QStringLiteral("Delete"));
        QCOMPARE(list->topLevelItemCount(), 1);
        session->undoStack()->undo();
        QVERIFY(session->facts()->contains(labelKey));
        QCOMPARE(list->topLevelItemCount(), 2);
        dialog->close();
    }

    void anotherDatabase()
    {
        // A second analyst's database: the same article, one count with another value, a date missing.
        const QString otherPath = m_dir.filePath(QStringLiteral("colleague.sqlite"));
        Fact changed;
        {
            IncidentStore colleague;
            QVERIFY(colleague.open(otherPath));
            ImportResult imported = DocumentImporter().importFile(m_sample);
            QVERIFY(imported.isValid());
            const auto added = colleague.addDocument(imported.document);
            QVERIFY(added);
            QList<Fact> facts = m_engine->extract(imported.document).facts;
            const auto count = std::find_if(facts.begin(), facts.end(), [](const Fact &fact) { return fact.type == FactType::Count; });
            QVERIFY(count != facts.end());
            QJsonObject value = count->value.toObject();
            value.insert(QStringLiteral("count"), 4100);
            count->value = value;
            count->status = FactStatus::Edited;
            changed = *count;
            QVERIFY(colleague.saveFacts(added->id, facts));
        }

        auto window = makeWindow(QStringLiteral("mine.sqlite"));
        AnnotationSession *session = window->session();
        QTRY_VERIFY(session->facts()->factCount() > 5);
        AgreementDialog *dialog = openDialog(*window);
        QVERIFY(dialog);

        QVERIFY(!dialog->compareWithDatabase(m_dir.filePath(QStringLiteral("nobody.sqlite"))));
        QVERIFY2(dialog->errorString().endsWith(QLatin1String("nobody.sqlite: no such file")), qPrintable(dialog->errorString()));
        QCOMPARE(dialog->disagreementList()->topLevelItemCount(), 0);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nobody.sqlite"))));

        QVERIFY2(dialog->compareWithDatabase(otherPath), qPrintable(dialog->errorString()));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("compareDatabase"))->isChecked());
        QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("colleague.sqlite")));
        QCOMPARE(dialog->comparison().facts.valueDifferences, 1);
        QCOMPARE(dialog->comparison().facts.micro.exact.f1(), std::optional<double>(1.0));
        QCOMPARE(dialog->disagreementList()->topLevelItemCount(), 1);
        QCOMPARE(dialog->comparison().facts.disagreements.at(0).kind, DisagreementKind::ValueDiffers);
        // The colleague has no record for the article; the table says so.
        QVERIFY(dialog->findChild<QTableWidget *>(QStringLiteral("agreementRecord"))->item(0, 0)->text().contains(QLatin1String("no record")));

        clickRow(dialog->disagreementList(), 0);
        QCOMPARE(selection(dialog->otherView()), (std::pair<int, int>(int(changed.start), int(changed.end))));
        const qint64 key = keyOf(session, changed);
        QCOMPARE(window->articleView()->currentFact(), key);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QCOMPARE(session->facts()->fact(key).value.toObject().value(QStringLiteral("count")).toInt(), 4100);
        QCOMPARE(dialog->disagreementList()->topLevelItemCount(), 0);
        session->undoStack()->undo();
        QCOMPARE(session->facts()->fact(key).value.toObject().value(QStringLiteral("count")).toInt(), 9500);
        QCOMPARE(dialog->disagreementList()->topLevelItemCount(), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
