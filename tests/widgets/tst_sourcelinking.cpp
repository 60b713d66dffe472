// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "workbenchtesting.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "annotation/recoverydrafts.h"
#include "articleview.h"
#include "extraction/extractionengine.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "recordform.h"
#include "sources/incidentchooser.h"
#include "sources/resolutiondialog.h"
#include "sources/sourcelinker.h"
#include "sources/sourcesbar.h"
#include "storage/incidentstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Iwb;

/// Several articles, one incident: linking through the real dialogs, resolving, saving, undoing.
class TestSourceLinking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ExtractionEngine> m_engine = std::make_shared<ExtractionEngine>();

    std::unique_ptr<MainWindow> makeWindow(const QString &path) { return IwbTest::openWorkbench(path, m_engine); }

    static qint64 openSample(MainWindow &window, const QString &title)
    {
        return IwbTest::openSampleArticle(window, title);
    }

    /// Opens the Lumera Pay article and saves its record; then opens the Stadtwerke article. Returns the record's id.
    static qint64 prepare(MainWindow &window, qint64 *firstId, qint64 *secondId)
    {
        *firstId = openSample(window, QStringLiteral("Fehlerhaftes Update"));
        if (*firstId <= 0 || window.session()->document().id() != *firstId
            || window.session()->facts()->factCount() < 5) {
            return 0;
        }
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        const qint64 incidentId = window.session()->record().id;
        *secondId = openSample(window, QStringLiteral("Phishing-Angriff"));
        if (window.session()->document().id() != *secondId || window.session()->facts()->factCount() < 5) {
            return 0;
        }
        return incidentId;
    }

    static QList<qint64> documentsOf(const IncidentStore &store, const QList<qint64> &factIds)
    {
        QList<qint64> documents;
        for (const qint64 id : factIds) {
            const auto fact = store.fact(id);
            documents.append(fact ? fact->documentId : 0);
        }
        return documents;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchTest"));
        QApplication::setApplicationName(QStringLiteral("tst_sourcelinking"));
        QString error;
        QVERIFY2(m_engine->load(&error), qPrintable(error));
        // A draft left by an interrupted earlier run would be offered in a modal question.
        QDir(RecoveryDrafts::defaultFolder()).removeRecursively();
    }

    void linkResolveUndoSaveReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("link.sqlite"));
        qint64 firstId = 0;
        qint64 secondId = 0;
        qint64 incidentId = 0;
        {
            auto window = makeWindow(path);
            incidentId = prepare(*window, &firstId, &secondId);
            QVERIFY(incidentId > 0);
            AnnotationSession *session = window->session();
            const IncidentRecord before = session->record();
            QCOMPARE(before.id, qint64(0));
            QCOMPARE(before.affectedCount, std::optional<qint64>(4100));
            QCOMPARE(window->store().incident(incidentId)->affectedCount, std::optional<qint64>(9500));
            SourcesBar *bar = window->recordForm()->sourcesBar();
            QVERIFY(bar->sourcesText().startsWith(QLatin1String("Sources (1): ")));

            // The analyst clicks "Link to Incident…", types the organization, clicks Link; then takes
            // the article's count and both articles' data categories in the resolution view, and applies.
            bool chose = false;
            bool resolved = false;
            QTimer::singleShot(0, this, [&] {
                auto *chooser = qobject_cast<IncidentChooser *>(QApplication::activeModalWidget());
                QVERIFY(chooser);
                QTest::keyClicks(chooser->filterField(), QStringLiteral("Zahlfalke"));
                QCOMPARE(chooser->visibleCount(), 0);
                chooser->filterField()->clear();
                QTest::keyClicks(chooser->filterField(), QStringLiteral("lumera"));
                QCOMPARE(chooser->visibleCount(), 1);
                QCOMPARE(chooser->chosenIncidentId(), incidentId);
                QVERIFY(chooser->grab().save(QStringLiteral(IWB_BINARY_DIR "/incident-chooser.png")));
                QTimer::singleShot(0, this, [&] {
                    auto *dialog = qobject_cast<ResolutionDialog *>(QApplication::activeModalWidget());
                    QVERIFY(dialog);
                    QComboBox *count = dialog->choiceBox(QStringLiteral("affected_count"));
                    QVERIFY(count);
                    QCOMPARE(count->currentData().toInt(), static_cast<int>(FieldResolution::Keep));
                    count->setFocus();
                    QTest::keyClick(count, Qt::Key_Down);
                    QCOMPARE(count->currentData().toInt(), static_cast<int>(FieldResolution::Take));
                    QComboBox *categories = dialog->choiceBox(QStringLiteral("data_exposed"));
                    QVERIFY(categories);
                    categories->setFocus();
                    QTest::keyClick(categories, Qt::Key_Down);
                    QTest::keyClick(categories, Qt::Key_Down);
                    QCOMPARE(categories->currentData().toInt(), static_cast<int>(FieldResolution::Both));
                    // The record's side shows its value with the first article's evidence.
                    const int row = static_cast<int>(
                        dialog->table()->findItems(QStringLiteral("affected count"), Qt::MatchExactly).first()->row());
                    QVERIFY(dialog->table()->item(row, 1)->text().startsWith(QLocale().toString(9500)));
                    QVERIFY(dialog->table()->item(row, 1)->text().contains(QLatin1String("Fehlerhaftes Update")));
                    QVERIFY(dialog->table()->item(row, 2)->text().startsWith(QLocale().toString(4100)));
                    resolved = true;
                    // For looking at: the resolution view with the analyst's choices made.
                    QVERIFY(dialog->grab().save(QStringLiteral(IWB_BINARY_DIR "/resolution-dialog.png")));
                    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
                });
                chose = true;
                QTest::mouseClick(chooser->findChild<QPushButton *>(QStringLiteral("linkButton")), Qt::LeftButton);
            });
            QTest::mouseClick(
                window->recordForm()->findChild<QToolButton *>(QStringLiteral("linkIncident")), Qt::LeftButton);
            QVERIFY(chose);
            QVERIFY(resolved);

            const IncidentRecord linked = session->record();
            QCOMPARE(linked.id, incidentId);
            QCOMPARE(linked.sourceDocumentIds, QList<qint64>({ firstId, secondId }));
            QCOMPARE(linked.organization, QStringLiteral("Lumera Pay"));
            QCOMPARE(linked.affectedCount, std::optional<qint64>(4100));
            QVERIFY(linked.dataExposed.contains(QStringLiteral("financial_data")));
            QVERIFY(linked.dataExposed.contains(QStringLiteral("email_addresses")));
            const QList<qint64> countEvidence = linked.evidence.value(QStringLiteral("affected_count"));
            QVERIFY(!countEvidence.isEmpty());
            QVERIFY(std::all_of(countEvidence.cbegin(), countEvidence.cend(),
                [session](qint64 key) { return session->facts()->contains(key); }));
            const QList<qint64> categoryEvidence = linked.evidence.value(QStringLiteral("data_exposed"));
            QVERIFY(
                std::any_of(categoryEvidence.cbegin(), categoryEvidence.cend(), [](qint64 key) { return key < 0; }));
            QVERIFY(
                std::any_of(categoryEvidence.cbegin(), categoryEvidence.cend(), [](qint64 key) { return key > 0; }));
            QVERIFY(bar->sourcesText().startsWith(QLatin1String("Sources (2): ")));
            QVERIFY(bar->sourcesText().contains(QLatin1String("Fehlerhaftes Update")));
            QVERIFY(bar->sourcesText().contains(QLatin1String("Phishing-Angriff")));
            QVERIFY(session->undoStack()->undoText().startsWith(
                QStringLiteral("Resolve incident %1 with ‘Phishing-Angriff").arg(incidentId)));
            QVERIFY(session->undoStack()->undoText().contains(
                QStringLiteral("take affected count %1").arg(QLocale().toString(4100))));

            // Undo takes back the resolution, then the link: the article's own draft is back.
            window->articleView()->textEdit()->setFocus(); // Ctrl+Z in a line edit would undo its text
            // The offscreen platform does not give activation back to the window when a dialog closes.
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
            QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(session->record().affectedCount, std::optional<qint64>(9500));
            QVERIFY(session->undoStack()->undoText().startsWith(QStringLiteral("Link ‘Phishing-Angriff")));
            QVERIFY(session->undoStack()->undoText().endsWith(
                QStringLiteral("to incident %1 (Lumera Pay)").arg(incidentId)));
            QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(session->record(), before);
            QVERIFY(bar->sourcesText().startsWith(QLatin1String("Sources (1): ")));
            QVERIFY(!session->isModified());
            QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(session->record(), linked);

            QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
            QVERIFY(!session->isModified());
        }

        // Reopened: one incident, told by both articles, the chosen value with its evidence.
        IncidentStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.incidentCount(), 1);
        const auto record = store.incident(incidentId);
        QVERIFY(record);
        QCOMPARE(record->sourceDocumentIds, QList<qint64>({ firstId, secondId }));
        QCOMPARE(record->affectedCount, std::optional<qint64>(4100));
        QCOMPARE(record->affectedUnit, QStringLiteral("users"));
        const QList<qint64> countDocuments
            = documentsOf(store, record->evidence.value(QStringLiteral("affected_count")));
        QVERIFY(!countDocuments.isEmpty());
        QVERIFY(std::all_of(
            countDocuments.cbegin(), countDocuments.cend(), [secondId](qint64 id) { return id == secondId; }));
        const QList<qint64> categoryDocuments
            = documentsOf(store, record->evidence.value(QStringLiteral("data_exposed")));
        QVERIFY(categoryDocuments.contains(firstId));
        QVERIFY(categoryDocuments.contains(secondId));
        QVERIFY(!categoryDocuments.contains(0));
        // Both articles say the authority was told: the field rests on facts of both.
        QCOMPARE(record->authorityNotified, std::optional<bool>(true));
        const QList<qint64> notifiedDocuments
            = documentsOf(store, record->evidence.value(QStringLiteral("authority_notified")));
        QVERIFY(notifiedDocuments.contains(firstId));
        QVERIFY(notifiedDocuments.contains(secondId));
        QCOMPARE(store.incidentIdsForDocument(secondId), QList<qint64> { incidentId });
        const HistoryEntry last = store.history(QStringLiteral("incident"), incidentId).first();
        QCOMPARE(last.action, QStringLiteral("update"));
        QVERIFY(last.detail.contains(QLatin1String("source_document_ids")));
    }

    void evidenceInTheOtherArticleAndUnlink()
    {
        const QString path = m_dir.filePath(QStringLiteral("unlink.sqlite"));
        auto window = makeWindow(path);
        qint64 firstId = 0;
        qint64 secondId = 0;
        const qint64 incidentId = prepare(*window, &firstId, &secondId);
        QVERIFY(incidentId > 0);
        // The Stadtwerke article was saved once on its own: linking must not leave that draft behind.
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        const qint64 draftId = window->session()->record().id;
        QVERIFY(draftId > 0 && draftId != incidentId);
        QCOMPARE(window->store().incidentCount(), 2);

        SourceLinker *linker = window->recordForm()->sourcesBar()->linker();
        const auto conflicts = linker->link(incidentId);
        QVERIFY2(conflicts, qPrintable(linker->errorString()));
        QVERIFY(std::any_of(conflicts->cbegin(), conflicts->cend(), [](const FieldConflict &conflict) {
            return conflict.field == QLatin1String("affected_count") && conflict.current == QJsonValue(9500)
                && conflict.incoming == QJsonValue(4100);
        }));
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(window->store().incidentCount(), 1);
        QVERIFY(!window->store().incident(draftId));
        QCOMPARE(window->store().history(QStringLiteral("incident"), draftId).first().action, QStringLiteral("delete"));

        // The organization rests on the first article's facts only: its evidence button opens that article at the fact.
        QToolButton *evidence = window->recordForm()->evidenceButtonFor(QStringLiteral("organization"));
        QVERIFY(evidence->isEnabled());
        QVERIFY(evidence->toolTip().contains(QLatin1String("Fehlerhaftes Update")));
        const qint64 factId = -window->session()->record().evidence.value(QStringLiteral("organization")).first();
        QVERIFY(factId > 0);
        QTest::mouseClick(evidence, Qt::LeftButton);
        QTRY_COMPARE(window->session()->document().id(), firstId);
        const qint64 current = window->articleView()->currentFact();
        QVERIFY(current > 0);
        QCOMPARE(window->session()->facts()->fact(current).id, factId);
        QCOMPARE(window->session()->record().id, incidentId);

        // Back to the second article: Unlink gives it a record of its own again; the incident keeps the first.
        window->library()->selectDocument(secondId);
        QTRY_COMPARE(window->session()->document().id(), secondId);
        QToolButton *unlink = window->recordForm()->findChild<QToolButton *>(QStringLiteral("unlinkIncident"));
        QVERIFY(unlink->isEnabled());
        QTest::mouseClick(unlink, Qt::LeftButton);
        QCOMPARE(window->session()->record().id, qint64(0));
        QCOMPARE(window->session()->record().sourceDocumentIds, QList<qint64> { secondId });
        QCOMPARE(window->session()->record().affectedCount, std::optional<qint64>(4100));
        QVERIFY(window->session()->undoStack()->undoText().startsWith(QStringLiteral("Unlink ‘Phishing-Angriff")));
        QVERIFY(!unlink->isEnabled());
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(window->store().incidentCount(), 2);
        const auto incident = window->store().incident(incidentId);
        QCOMPARE(incident->sourceDocumentIds, QList<qint64> { firstId });
        const QList<qint64> left
            = documentsOf(window->store(), incident->evidence.value(QStringLiteral("data_exposed")));
        QVERIFY(!left.isEmpty());
        QVERIFY(!left.contains(secondId));
        QCOMPARE(window->store().incidentIdsForDocument(secondId), QList<qint64> { window->session()->record().id });
    }

    void unsavedLinkSurvivesInTheRecoveryDraft()
    {
        auto window = makeWindow(m_dir.filePath(QStringLiteral("recovery.sqlite")));
        qint64 firstId = 0;
        qint64 secondId = 0;
        const qint64 incidentId = prepare(*window, &firstId, &secondId);
        QVERIFY(incidentId > 0);
        QVERIFY(window->recordForm()->sourcesBar()->linker()->link(incidentId));
        const IncidentRecord linked = window->session()->record();
        const QJsonObject draft = window->session()->toRecoveryJson();

        // As after a crash: the article is opened afresh and the draft restored.
        QVERIFY(window->session()->load(secondId));
        QCOMPARE(window->session()->record().id, qint64(0));
        QVERIFY(window->session()->restoreFromRecoveryJson(draft));
        const IncidentRecord restored = window->session()->record();
        QCOMPARE(restored.id, incidentId);
        QCOMPARE(restored.sourceDocumentIds, QList<qint64>({ firstId, secondId }));
        QCOMPARE(restored.affectedCount, std::optional<qint64>(9500));
        // The first article's evidence (negative references) comes back as it was.
        QCOMPARE(restored.evidence.value(QStringLiteral("organization")),
            linked.evidence.value(QStringLiteral("organization")));
        QVERIFY(window->save()); // also removes the recovery draft, should the timer have written one
        QCOMPARE(window->store().incidentCount(), 1);
        QCOMPARE(window->store().incident(incidentId)->sourceDocumentIds, QList<qint64>({ firstId, secondId }));
    }

    void chooserListsTheSameOrganizationFirst()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("chooser.sqlite"))));
        for (const QString &organization : { QStringLiteral("Lumera Pay GmbH"), QStringLiteral("Stadtwerke Wiesenfurt"),
                 QStringLiteral("Kreisklinikum Sellheim") }) {
            IncidentRecord record;
            record.organization = organization;
            QVERIFY(store.saveIncident(record));
        }
        IncidentChooser chooser(store, QStringLiteral("Lumera Pay"), 0);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QTableView *table = chooser.table();
        QCOMPARE(chooser.visibleCount(), 3);
        // Same organization first (though the oldest), then newest change first.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Lumera Pay GmbH"));
        QCOMPARE(table->model()->index(1, 0).data().toString(), QStringLiteral("Kreisklinikum Sellheim"));
        QCOMPARE(table->model()->index(2, 0).data().toString(), QStringLiteral("Stadtwerke Wiesenfurt"));
        QTest::keyClicks(chooser.filterField(), QStringLiteral("stadt"));
        QCOMPARE(chooser.visibleCount(), 1);
        QCOMPARE(store.incident(chooser.chosenIncidentId())->organization, QStringLiteral("Stadtwerke Wiesenfurt"));
        QVERIFY(chooser.findChild<QPushButton *>(QStringLiteral("linkButton"))->isEnabled());
        QTest::keyClicks(chooser.filterField(), QStringLiteral("zzz"));
        QCOMPARE(chooser.chosenIncidentId(), qint64(0));
        QVERIFY(!chooser.findChild<QPushButton *>(QStringLiteral("linkButton"))->isEnabled());
    }
};

QTEST_MAIN(TestSourceLinking)
#include "tst_sourcelinking.moc"
