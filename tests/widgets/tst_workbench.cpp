// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "workbenchtesting.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "annotation/recoverydrafts.h"
#include "articleview.h"
#include "backgroundimport.h"
#include "extraction/extractionengine.h"
#include "extractionrunner.h"
#include "factpanel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "recordform.h"
#include "storage/incidentstore.h"
#include "textdocumentbuilder.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Iwb;

/// The annotation workflow as an analyst clicks and types it, through the real widgets.
class TestWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ExtractionEngine> m_engine = std::make_shared<ExtractionEngine>();

    std::unique_ptr<MainWindow> makeWindow(const QString &name)
    {
        return IwbTest::openWorkbench(m_dir.filePath(name), m_engine);
    }

    static qint64 openSample(MainWindow &window, const QString &title)
    {
        return IwbTest::openSampleArticle(window, title);
    }

    /// Selects [start, end) in the article as a mouse drag would.
    static void select(QPlainTextEdit *text, int start, int end)
    {
        QTextCursor cursor(text->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchTest"));
        QApplication::setApplicationName(QStringLiteral("tst_workbench"));
        // A draft left by an earlier run that was killed would make every window ask about it.
        QDir(RecoveryDrafts::defaultFolder()).removeRecursively();
        QString error;
        QVERIFY2(m_engine->load(&error), qPrintable(error));
    }

    void rulesLoadedInTheBackgroundExtractTheOpenArticle()
    {
        // The window comes up before its rules: the article opened meanwhile is read once they are ready.
        auto window = IwbTest::openWorkbench(m_dir.filePath(QStringLiteral("rules-later.sqlite")));
        QVERIFY(openSample(*window, QStringLiteral("Fehlerhaftes Update")) > 0);
        QTRY_VERIFY(window->session()->hasDocument());
        QCOMPARE(window->session()->facts()->factCount(), 0);
        QSignalSpy ready(window.get(), &MainWindow::extractionReady);
        window->loadRulesInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
        QCOMPARE(ready.first().first().toString(), QString());
        QTRY_VERIFY(window->session()->facts()->factCount() > 5);
        QCOMPARE(window->session()->undoStack()->count(), 0); // a first look, not an edit
        QVERIFY(!window->isWindowModified());
    }

    void longArticleIsReadInTheBackground()
    {
        // Written for this test: one incident paragraph, repeated until the article is long.
        const QString paragraph = QStringLiteral(
            "Die Nordlicht Bank meldete am 3. März 2026 eine Datenpanne. Zwischen 9:10 und 9:55 Uhr sahen rund "
            "4.200 Kunden fremde Konten; einsehbar waren Namen und IBAN-Nummern.\n\n");
        QString text = QStringLiteral("Sammelbericht über Datenpannen\n\n");
        while (text.size() < ExtractionRunner::backgroundThreshold + 50000) {
            text += paragraph;
        }
        const QString path = m_dir.filePath(QStringLiteral("long-article.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        auto window = makeWindow(QStringLiteral("long.sqlite"));
        QCOMPARE(window->importPaths({ path }, true), 1);
        window->library()->selectDocument(window->store().documentSummaries().first().id);
        // The article is open at once; its text document and its facts come from workers, through the
        // event loop.
        ArticleView *view = window->articleView();
        QCOMPARE(window->session()->document().text().size(), text.size());
        QCOMPARE(window->session()->facts()->factCount(), 0);
        QVERIFY(view->isTextPending());
        QVERIFY(view->textEdit()->toPlainText().isEmpty());
        QCOMPARE(view->textEdit()->placeholderText(), QStringLiteral("Reading the article…"));
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->facts()->factCount() > 1000, 60000);
        QTRY_VERIFY(!view->isTextPending());
        QCOMPARE(view->textEdit()->toPlainText(), text);
        QVERIFY(view->textEdit()->placeholderText().isEmpty());
        QCOMPARE(view->textEdit()->document()->defaultFont(), view->textEdit()->font());
        QCOMPARE(window->session()->undoStack()->count(), 0); // a first look, not an edit
        QVERIFY(!window->session()->isModified());

        // Only facts near the visible text are highlighted, exactly on their stored offsets; scrolling to the
        // end brings theirs.
        QList<std::pair<qsizetype, qsizetype>> ranges = view->highlightedRanges();
        QVERIFY(!ranges.isEmpty());
        QVERIFY(ranges.last().second < text.size() / 2);
        QList<std::pair<qsizetype, qsizetype>> nearTop;
        for (const Fact &fact : window->session()->facts()->facts()) {
            const std::pair<qsizetype, qsizetype> span { fact.start, fact.end };
            if (fact.start <= ranges.last().first && !nearTop.contains(span)) {
                nearTop.append(span);
            }
        }
        std::sort(nearTop.begin(), nearTop.end());
        QCOMPARE(ranges, nearTop);
        const QTextCursor firstHighlight = view->textEdit()->extraSelections().first().cursor;
        QCOMPARE(firstHighlight.selectedText(),
            text.mid(firstHighlight.selectionStart(), firstHighlight.selectionEnd() - firstHighlight.selectionStart()));
        view->textEdit()->moveCursor(QTextCursor::End);
        view->textEdit()->ensureCursorVisible();
        QTRY_VERIFY(
            !view->highlightedRanges().isEmpty() && view->highlightedRanges().last().second > text.size() - 1000);
    }

    void anArticleOpenedMeanwhileWins()
    {
        // Written for this test: a long article and a short one.
        QString longText = QStringLiteral("Langer Bericht\n\n");
        while (longText.size() < TextDocumentBuilder::backgroundThreshold + 1000) {
            longText += QStringLiteral("Die Stadtwerke Nordheim meldeten 300 betroffene Kunden.\n\n");
        }
        const QString shortText
            = QStringLiteral("Kurzer Bericht\n\nBei der Firma Beispiel wurden 12 Konten gesperrt.\n");
        auto window = makeWindow(QStringLiteral("meanwhile.sqlite"));
        for (const auto &[name, text] : { std::pair { QStringLiteral("lang.txt"), longText },
                 std::pair { QStringLiteral("kurz.txt"), shortText } }) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        }
        QCOMPARE(window->importPaths(
                     { m_dir.filePath(QStringLiteral("lang.txt")), m_dir.filePath(QStringLiteral("kurz.txt")) }, true),
            2);
        qint64 longId = 0;
        qint64 shortId = 0;
        for (const DocumentSummary &summary : window->store().documentSummaries()) {
            (summary.title == QLatin1String("Langer Bericht") ? longId : shortId) = summary.id;
        }
        ArticleView *view = window->articleView();
        QSignalSpy shown(view, &ArticleView::textShown);

        // The long one is still being made when the short one is opened: the long one's document is dropped.
        window->library()->selectDocument(longId);
        QVERIFY(view->isTextPending());
        window->library()->selectDocument(shortId);
        QVERIFY(!view->isTextPending());
        QCOMPARE(view->textEdit()->toPlainText(), shortText);
        // The workers are done: waited for, not timed (a loaded machine under AddressSanitizer took 5.9 s).
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 60000);
        QCoreApplication::processEvents();
        QCOMPARE(view->textEdit()->toPlainText(), shortText);
        QCOMPARE(window->session()->document().id(), shortId);

        // The long one's facts, saved; opened again, its stored facts are there before its text.
        window->library()->selectDocument(longId);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->facts()->factCount() > 100, 60000);
        window->session()->setStatus(window->session()->facts()->keys().first(), FactStatus::Accepted);
        QVERIFY(window->save());
        window->library()->selectDocument(shortId);
        window->library()->selectDocument(longId);
        QVERIFY(view->isTextPending());
        const qint64 last = window->session()->facts()->keys().last();
        const Fact lastFact = window->session()->facts()->fact(last);
        // A fact asked for while the text is made is shown with it.
        view->showFact(last);
        QCOMPARE(view->currentFact(), last);
        QVERIFY(view->highlightedRanges().isEmpty());
        QTRY_VERIFY(!view->isTextPending());
        QCOMPARE(view->textEdit()->toPlainText(), longText);
        QCOMPARE(view->textEdit()->textCursor().position(), lastFact.start);
        QVERIFY(view->highlightedRanges().contains(std::pair { lastFact.start, lastFact.end }));
        QCOMPARE(shown.count(), 4); // the short article, the long one, the short one, the long one again
    }

    void highlightsAreExactlyTheFacts()
    {
        auto window = makeWindow(QStringLiteral("highlights.sqlite"));
        QVERIFY(openSample(*window, QStringLiteral("Fehlerhaftes Update")) > 0);
        QTRY_VERIFY(window->session()->facts()->factCount() > 5);
        QList<std::pair<qsizetype, qsizetype>> spans;
        for (const Fact &fact : window->session()->facts()->facts()) {
            if (!spans.contains(std::pair { fact.start, fact.end })) {
                spans.append({ fact.start, fact.end });
            }
        }
        std::sort(spans.begin(), spans.end());
        QCOMPARE(window->articleView()->highlightedRanges(), spans);
        // A first look is not an edit: nothing to save yet, the record is filled.
        QVERIFY(!window->session()->isModified());
        QCOMPARE(window->session()->record().affectedCount, std::optional<qint64>(9500));
    }

    void labelUndoRedoAcceptFillSaveReopen()
    {
        qint64 documentId = 0;
        qint64 savedRecordId = 0;
        {
            auto window = makeWindow(QStringLiteral("flow.sqlite"));
            documentId = openSample(*window, QStringLiteral("Stolen laptop"));
            QVERIFY(documentId > 0);
            QTRY_COMPARE(window->session()->document().id(), documentId);
            QPlainTextEdit *text = window->articleView()->textEdit();
            const QString article = text->toPlainText();
            const int start = static_cast<int>(article.indexOf(QLatin1String("Millbrook")));
            QVERIFY(start > 0);
            const int before = window->session()->facts()->factCount();

            // Select a word and press 1: an organization fact, made by the analyst.
            text->setFocus();
            select(text, start, start + 9);
            QTest::keyClick(text, Qt::Key_1);
            QCOMPARE(window->session()->facts()->factCount(), before + 1);
            const qint64 key = window->articleView()->currentFact();
            QVERIFY(key > 0);
            Fact labelled = window->session()->facts()->fact(key);
            QCOMPARE(labelled.type, FactType::Organization);
            QCOMPARE(labelled.text, QStringLiteral("Millbrook"));
            QCOMPARE(labelled.origin, Fact::analystOrigin());
            QVERIFY(
                window->articleView()->highlightedRanges().contains(std::pair<qsizetype, qsizetype>(start, start + 9)));
            QCOMPARE(window->session()->undoStack()->undoText(), QStringLiteral("Label ‘Millbrook’ as organization"));

            // Ctrl+Z takes it back, Ctrl+Shift+Z brings it again with the same key.
            QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(window->session()->facts()->factCount(), before);
            QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(window->session()->facts()->factCount(), before + 1);
            QVERIFY(window->session()->facts()->contains(key));

            // Change its type through the session, as the context menu does; the undo text says what happened.
            window->session()->changeType(key, FactType::Count);
            QCOMPARE(window->session()->undoStack()->undoText(), QStringLiteral("Change type of ‘Millbrook’ to count"));
            window->session()->undoStack()->undo();
            QCOMPARE(window->session()->facts()->fact(key).type, FactType::Organization);

            // Reject a suggested fact with the panel's button.
            const Fact count = [&] {
                for (const Fact &fact : window->session()->facts()->facts()) {
                    if (fact.type == FactType::Count) {
                        return fact;
                    }
                }
                return Fact();
            }();
            QVERIFY(!count.text.isEmpty());
            qint64 countKey = 0;
            for (const qint64 candidate : window->session()->facts()->keys()) {
                if (window->session()->facts()->fact(candidate) == count) {
                    countKey = candidate;
                }
            }
            window->factPanel()->selectFact(countKey);
            QTest::mouseClick(
                window->factPanel()->findChild<QToolButton *>(QStringLiteral("rejectFact")), Qt::LeftButton);
            QCOMPARE(window->session()->facts()->fact(countKey).status, FactStatus::Rejected);
            QTest::mouseClick(
                window->factPanel()->findChild<QToolButton *>(QStringLiteral("acceptFact")), Qt::LeftButton);
            QCOMPARE(window->session()->facts()->fact(countKey).status, FactStatus::Accepted);

            // Make the labelled fact current and fill the organization field from it.
            window->articleView()->showFact(key);
            QTest::mouseClick(window->recordForm()->useButtonFor(QStringLiteral("organization")), Qt::LeftButton);
            QCOMPARE(window->session()->record().organization, QStringLiteral("Millbrook"));
            QCOMPARE(window->session()->record().evidence.value(QStringLiteral("organization")), QList<qint64> { key });
            auto *organization
                = qobject_cast<QLineEdit *>(window->recordForm()->editorFor(QStringLiteral("organization")));
            QCOMPARE(organization->text(), QStringLiteral("Millbrook"));

            // Type into a field: an undoable record edit.
            auto *duration
                = qobject_cast<QLineEdit *>(window->recordForm()->editorFor(QStringLiteral("duration_minutes")));
            duration->clear();
            QTest::keyClicks(duration, QStringLiteral("75"));
            QTest::keyClick(duration, Qt::Key_Return);
            QCOMPARE(window->session()->record().durationMinutes, std::optional<int>(75));

            QVERIFY(window->session()->isModified());
            QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
            QVERIFY(!window->session()->isModified());
            savedRecordId = window->session()->record().id;
            QVERIFY(savedRecordId > 0);
        }
        // A new window on the same store finds everything as it was.
        auto window = makeWindow(QStringLiteral("flow.sqlite"));
        window->library()->selectDocument(documentId);
        QTRY_COMPARE(window->session()->document().id(), documentId);
        QCOMPARE(window->session()->record().id, savedRecordId);
        QCOMPARE(window->session()->record().organization, QStringLiteral("Millbrook"));
        QCOMPARE(window->session()->record().durationMinutes, std::optional<int>(75));
        const QList<qint64> evidence = window->session()->record().evidence.value(QStringLiteral("organization"));
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(window->session()->facts()->fact(evidence.first()).text, QStringLiteral("Millbrook"));
        QVERIFY(!window->session()->isModified());
        const QList<HistoryEntry> history = window->store().history(QStringLiteral("incident"), savedRecordId);
        QCOMPARE(history.size(), 1);
    }

    void anArticleWithoutAnIncidentIsSavedWithoutARecord()
    {
        auto window = makeWindow(QStringLiteral("storm.sqlite"));
        const qint64 documentId = openSample(*window, QStringLiteral("Sturmtief"));
        QVERIFY(documentId > 0);
        QTRY_COMPARE(window->session()->document().id(), documentId);
        QVERIFY(!window->session()->record().statesAnything());
        const int factCount = window->session()->facts()->factCount();
        QVERIFY(factCount > 0);

        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!window->session()->isModified());
        QCOMPARE(window->store().incidentCount(), 0);
        QCOMPARE(window->store().facts(documentId)->size(), factCount);

        // Once the analyst states something, the record is stored.
        IncidentRecord record = window->session()->record();
        record.cause = QStringLiteral("unknown");
        window->session()->editRecord(record, QStringLiteral("Set cause"));
        QVERIFY(window->save());
        QCOMPARE(window->store().incidentCount(), 1);
        QCOMPARE(window->store().incidentIdsForDocument(documentId).size(), 1);
    }

    void editAFactsValueThroughTheDialog()
    {
        auto window = makeWindow(QStringLiteral("value.sqlite"));
        QVERIFY(openSample(*window, QStringLiteral("Fehlerhaftes Update")) > 0);
        QTRY_VERIFY(window->session()->facts()->factCount() > 5);
        qint64 durationKey = 0;
        for (const qint64 key : window->session()->facts()->keys()) {
            if (window->session()->facts()->fact(key).type == FactType::Duration) {
                durationKey = key;
                break;
            }
        }
        QVERIFY(durationKey > 0);
        window->factPanel()->selectFact(durationKey);
        // Answer the dialog as an analyst would: type the new value, press Enter.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("45"));
            dialog->accept();
        });
        QTest::mouseClick(window->factPanel()->findChild<QToolButton *>(QStringLiteral("editValue")), Qt::LeftButton);
        QCOMPARE(window->session()->facts()->fact(durationKey).value, QJsonValue(45));
        QCOMPARE(window->session()->facts()->fact(durationKey).status, FactStatus::Edited);
        window->session()->undoStack()->undo();
        QVERIFY(window->session()->facts()->fact(durationKey).value != QJsonValue(45));
    }

    void dropAFactOnAField()
    {
        auto window = makeWindow(QStringLiteral("drop.sqlite"));
        QVERIFY(openSample(*window, QStringLiteral("Fehlerhaftes Update")) > 0);
        QTRY_VERIFY(window->session()->facts()->factCount() > 5);
        qint64 countKey = 0;
        for (const qint64 key : window->session()->facts()->keys()) {
            if (window->session()->facts()->fact(key).type == FactType::Count) {
                countKey = key;
                break;
            }
        }
        QVERIFY(countKey > 0);
        IncidentRecord cleared = window->session()->record();
        cleared.affectedCount.reset();
        window->session()->editRecord(cleared, QStringLiteral("Clear affected"));

        // What a drag from the fact panel carries, dropped on the "Affected" editor.
        std::unique_ptr<QMimeData> data(
            window->session()->facts()->mimeData({ window->session()->facts()->indexForKey(countKey) }));
        QVERIFY(data);
        QWidget *affected = window->recordForm()->editorFor(QStringLiteral("affected_count"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(affected, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(affected, &drop);
        const Fact count = window->session()->facts()->fact(countKey);
        QCOMPARE(window->session()->record().affectedCount,
            std::optional<qint64>(
                static_cast<qint64>(count.value.toObject().value(QStringLiteral("count")).toDouble())));
        QCOMPARE(
            window->session()->record().evidence.value(QStringLiteral("affected_count")), QList<qint64> { countKey });
    }

    void rerunKeepsDecisions()
    {
        auto window = makeWindow(QStringLiteral("rerun.sqlite"));
        QVERIFY(openSample(*window, QStringLiteral("Fehlerhaftes Update")) > 0);
        QTRY_VERIFY(window->session()->facts()->factCount() > 5);
        const qint64 first = window->session()->facts()->keys().first();
        window->session()->setStatus(first, FactStatus::Rejected);
        const int count = window->session()->facts()->factCount();
        QTest::keyClick(window.get(), Qt::Key_F5);
        QCOMPARE(window->session()->facts()->factCount(), count);
        QCOMPARE(window->session()->facts()->fact(first).status, FactStatus::Rejected);
        // One undo step takes the whole re-run back.
        QCOMPARE(window->session()->undoStack()->undoText(), QStringLiteral("Re-run extraction"));
    }

    void pasteTextAsArticle()
    {
        auto window = makeWindow(QStringLiteral("paste.sqlite"));
        QApplication::clipboard()->setText(
            QStringLiteral("Beim Versandhändler Beispiel GmbH waren 1.200 Kundenkonten offen.\n"));
        QTest::keyClick(window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->store().documentCount(), 1);
        QTRY_VERIFY(window->session()->hasDocument());
        QVERIFY(window->session()->document().text().startsWith(QStringLiteral("Beim Versandhändler")));
        // The same text again is recognised, not duplicated.
        QCOMPARE(window->pasteAsNewArticle(), window->session()->document().id());
        QCOMPARE(window->store().documentCount(), 1);
    }

    void importAFolderWithOneBrokenFileInTheBackground()
    {
        auto window = makeWindow(QStringLiteral("folder.sqlite"));
        QTemporaryDir folder;
        for (const QString &name :
            { QStringLiteral("en-lost-laptop.txt"), QStringLiteral("de-klinik-ransomware.txt") }) {
            QVERIFY(QFile::copy(QStringLiteral(IWB_SOURCE_DIR "/resources/samples/") + name, folder.filePath(name)));
        }
        QFile broken(folder.filePath(QStringLiteral("kaputt.txt")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray("\x00\x01\x02binary", 9));
        broken.close();

        BackgroundImport *import = window->importInBackground({ folder.path() });
        QSignalSpy finished(import, &BackgroundImport::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(import->total(), 3);
        QCOMPARE(import->added(), 2);
        QCOMPARE(import->failures().size(), 1);
        QVERIFY2(import->failures().first().contains(QLatin1String("kaputt.txt: it looks like a binary file")),
            qPrintable(import->failures().first()));
        QTRY_COMPARE(window->library()->view()->model()->rowCount(), 2);
        // The failure is listed for the analyst.
        QTRY_VERIFY(window->findChild<QMessageBox *>() != nullptr);
        window->findChild<QMessageBox *>()->close();
    }

    void recoveryDraftRestoresUnsavedWork()
    {
        auto window = makeWindow(QStringLiteral("recovery.sqlite"));
        const qint64 id = openSample(*window, QStringLiteral("Stolen laptop"));
        QTRY_COMPARE(window->session()->document().id(), id);
        IncidentRecord record = window->session()->record();
        record.notes = QStringLiteral("Nachfragen beim Makler");
        window->session()->editRecord(record, QStringLiteral("Edit notes"));
        const QJsonObject draft = window->session()->toRecoveryJson();

        AnnotationSession fresh(window->store());
        QVERIFY(fresh.load(id));
        QVERIFY(fresh.record().notes.isEmpty());
        QVERIFY2(fresh.restoreFromRecoveryJson(draft), qPrintable(fresh.errorString()));
        QCOMPARE(fresh.record().notes, QStringLiteral("Nachfragen beim Makler"));
        QCOMPARE(fresh.facts()->factCount(), window->session()->facts()->factCount());
        QVERIFY(fresh.isModified());
        fresh.undoStack()->undo();
        QVERIFY(fresh.record().notes.isEmpty());
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
