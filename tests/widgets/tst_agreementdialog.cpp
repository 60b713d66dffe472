// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incident/recordvocabulary.h"
#include "workbenchtesting.h"

#include "agreement/agreementdialog.h"
#include "agreement/annotationagreement.h"
#include "agreement/learningchart.h"
#include "agreement/recordfieldtake.h"
#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "articleview.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "recordform.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
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
        auto window = IwbTest::openWorkbench(m_dir.filePath(name), m_engine);
        window->importPaths({ m_sample }, true);
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

    static void clickRow(QTableWidget *table, int row)
    {
        QTableWidgetItem *item = table->item(row, 0);
        table->scrollToItem(item);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
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
        return { edit->textCursor().selectionStart(), edit->textCursor().selectionEnd() };
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

    void learningChartShowsTheModelsFigures()
    {
        // Three trainings kept in the store: the first on one article (no figures), then two cross-validated.
        auto window = makeWindow(QStringLiteral("chart.sqlite"));
        IncidentStore &store = window->store();
        const auto model = [](int articles, std::optional<double> precision, std::optional<double> recall) {
            StoredModel stored;
            stored.trainedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::UTC);
            stored.trainingArticles = articles;
            stored.trainingExamples = articles * 10;
            stored.source = QStringLiteral("store");
            stored.json = "{}";
            stored.cvPrecision = precision;
            stored.cvRecall = recall;
            stored.cvFolds = precision ? std::min(articles, 5) : 0;
            return stored;
        };
        QVERIFY(store.addExtractionModel(model(1, std::nullopt, std::nullopt)));
        QVERIFY(store.addExtractionModel(model(4, 0.5, 0.25)));
        QVERIFY(store.addExtractionModel(model(9, 0.8, 0.75)));
        const auto history = store.extractionModelHistory();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(2).cvPrecision, std::optional<double>(0.8));
        QCOMPARE(history->at(2).cvFolds, 5);
        QVERIFY(!history->at(0).cvRecall);

        AgreementDialog dialog(window->session(), m_engine, window->articleView(), window.get());
        LearningChart *chart = dialog.learningChart();
        QCOMPARE(chart->points().size(), 2);
        QCOMPARE(chart->points().last().version, history->at(2).version);
        QVERIFY2(
            chart->summary().contains(QStringLiteral("precision 0.80, recall 0.75")), qPrintable(chart->summary()));
        QCOMPARE(chart->accessibleDescription(), chart->summary());
        // The precision line is drawn in the highlight colour.
        chart->resize(320, 140);
        const QImage image = chart->grab().toImage();
        const QColor highlight = chart->palette().color(QPalette::Highlight);
        int highlighted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                highlighted += image.pixelColor(x, y) == highlight ? 1 : 0;
            }
        }
        QVERIFY2(highlighted > 50, qPrintable(QString::number(highlighted)));
        if (!qEnvironmentVariableIsEmpty("IWB_AGREEMENT_SCREENSHOT")) {
            // For looking at it (docs/extraction.md): the dialog with the chart.
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("IWB_AGREEMENT_SCREENSHOT"));
        }
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
        const Fact &first = automatic.first();
        const Fact &last = automatic.last();
        QVERIFY(first.end <= last.start);
        const qint64 firstKey = keyOf(session, first);
        const qint64 lastKey = keyOf(session, last);
        session->changeType(firstKey, FactType::Remediation);
        session->setStatus(lastKey, FactStatus::Rejected);
        std::pair<qsizetype, qsizetype> free { 0, 0 };
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
        // For looking at: the dialog with its figures and a selected disagreement.
        QVERIFY(dialog->grab().save(QStringLiteral(IWB_BINARY_DIR "/agreement-dialog.png")));
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
        QCOMPARE(
            session->undoStack()->undoText(), QStringLiteral("Take the other version of %1").arg(quoted(first.text)));
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
        QCOMPARE(
            session->undoStack()->undoText(), QStringLiteral("Take the other version of %1").arg(quoted(last.text)));

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
            const auto count = std::find_if(
                facts.begin(), facts.end(), [](const Fact &fact) { return fact.type == FactType::Count; });
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
        QVERIFY2(dialog->errorString().endsWith(QLatin1String("nobody.sqlite: no such file")),
            qPrintable(dialog->errorString()));
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
        QVERIFY(dialog->findChild<QTableWidget *>(QStringLiteral("agreementRecord"))
                ->item(0, 0)
                ->text()
                .contains(QLatin1String("no record")));

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

    void takeRecordFieldsAndUndo()
    {
        // A colleague's store: the same article with extraction's facts, and a record that has another cause
        // (resting on one of those facts) and another affected count (with no evidence at all).
        const QString otherPath = m_dir.filePath(QStringLiteral("colleague-record.sqlite"));
        Fact causeFact;
        QString theirCause;
        {
            IncidentStore colleague;
            QVERIFY(colleague.open(otherPath));
            ImportResult imported = DocumentImporter().importFile(m_sample);
            QVERIFY(imported.isValid());
            const auto added = colleague.addDocument(imported.document);
            QVERIFY(added);
            const ExtractionResult extracted = m_engine->extract(imported.document);
            QList<Fact> facts = extracted.facts;
            IncidentRecord record = extracted.record;
            QVERIFY(record.affectedCount.has_value() && *record.affectedCount != 4100);
            const auto other = std::find_if(facts.cbegin(), facts.cend(), [&record](const Fact &fact) {
                return fact.type == FactType::Cause && fact.value.toString() != record.cause
                    && IncidentRecord::causeIds().contains(fact.value.toString());
            });
            QVERIFY2(other != facts.cend(), "the sample needs a cause fact that is not the record's cause");
            causeFact = *other;
            theirCause = other->value.toString();
            record.cause = theirCause;
            record.evidence.insert(QStringLiteral("cause"), { static_cast<qint64>(other - facts.cbegin()) });
            record.affectedCount = 4100;
            record.evidence.remove(QStringLiteral("affected_count"));
            QVERIFY2(colleague.saveAnnotations(added->id, facts, record), qPrintable(colleague.errorString()));
        }

        auto window = makeWindow(QStringLiteral("mine-record.sqlite"));
        AnnotationSession *session = window->session();
        QTRY_VERIFY(session->facts()->factCount() > 5);
        const IncidentRecord mine = session->record();
        QVERIFY(!mine.cause.isEmpty() && mine.cause != theirCause);
        QVERIFY(mine.affectedCount.has_value());
        const qint64 causeKey = keyOf(session, causeFact);
        QVERIFY(causeKey > 0);
        QVERIFY(!mine.evidence.value(QStringLiteral("cause")).contains(causeKey));
        auto *form = window->findChild<RecordForm *>();
        QVERIFY(form);
        auto *causeBox = qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("cause")));
        auto *countLine = qobject_cast<QLineEdit *>(form->editorFor(QStringLiteral("affected_count")));
        QVERIFY(causeBox && countLine);
        QCOMPARE(causeBox->currentData().toString(), mine.cause);
        const int edits = session->undoStack()->index();

        AgreementDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        QVERIFY2(dialog->compareWithDatabase(otherPath), qPrintable(dialog->errorString()));
        QCOMPARE(dialog->disagreementList()->topLevelItemCount(), 0);
        // Two fields differ, in the contract's order; the cause is one of the six categorical fields.
        QTableWidget *table = dialog->recordTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("affected count"));
        QCOMPARE(table->item(0, 1)->text(), QString::number(*mine.affectedCount));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4100"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("cause"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("\"%1\"").arg(mine.cause));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("\"%1\"").arg(theirCause));
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("(5 of 6 fields agree)")),
            qPrintable(dialog->summaryLabel()->text()));
        auto *take = dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs"));
        QVERIFY(take->isEnabled());

        // Selecting a field shows its evidence in both versions: the count's here, the cause's there.
        const QList<qint64> myCountEvidence = mine.evidence.value(QStringLiteral("affected_count"));
        QVERIFY(!myCountEvidence.isEmpty() && myCountEvidence.first() > 0);
        clickRow(table, 0);
        QCOMPARE(table->currentRow(), 0);
        QCOMPARE(window->articleView()->currentFact(), myCountEvidence.first());
        clickRow(table, 1);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(selection(dialog->otherView()), (std::pair<int, int>(int(causeFact.start), int(causeFact.end))));
        QCOMPARE(dialog->disagreementList()->currentItem(), nullptr);

        // Take Theirs: one record edit; the other version's evidence fact exists here and becomes the evidence.
        QTest::mouseClick(take, Qt::LeftButton);
        QCOMPARE(session->record().cause, theirCause);
        QCOMPARE(session->record().evidence.value(QStringLiteral("cause")), QList<qint64> { causeKey });
        QCOMPARE(session->record().affectedCount, mine.affectedCount);
        QCOMPARE(session->undoStack()->index(), edits + 1);
        QCOMPARE(session->undoStack()->undoText(),
            QStringLiteral("Take cause \u2018%1\u2019 from the other version")
                .arg(RecordVocabulary::valueLabel(QStringLiteral("cause"), theirCause)));
        QCOMPARE(causeBox->currentData().toString(), theirCause);
        // The figures follow: one field left, all six categorical fields agree.
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("affected count"));
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("(6 of 6 fields agree)")),
            qPrintable(dialog->summaryLabel()->text()));

        // Keyboard: the row left is selected; Enter takes it. Its other version has no evidence: the evidence stays.
        QCOMPARE(table->currentRow(), 0);
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(session->record().affectedCount, std::optional<qint64>(4100));
        QCOMPARE(session->record().evidence.value(QStringLiteral("affected_count")),
            mine.evidence.value(QStringLiteral("affected_count")));
        QCOMPARE(session->undoStack()->undoText(),
            QStringLiteral("Take affected count \u2018%1\u2019 from the other version").arg(QLocale().toString(4100)));
        QCOMPARE(countLine->text(), QLocale().toString(4100));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("(all record fields agree)"));
        QVERIFY(!take->isEnabled());
        QVERIFY(dialog->isVisible());

        // Ctrl+Z in the dialog, twice: the record is as it was, evidence included, and so are the form and the table.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session->record().affectedCount, mine.affectedCount);
        QCOMPARE(countLine->text(), QLocale().toString(*mine.affectedCount));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session->record().cause, mine.cause);
        QCOMPARE(session->record().evidence, mine.evidence);
        QCOMPARE(session->undoStack()->index(), edits);
        QCOMPARE(causeBox->currentData().toString(), mine.cause);
        QCOMPARE(table->rowCount(), 2);
        QVERIFY2(dialog->summaryLabel()->text().contains(QLatin1String("(5 of 6 fields agree)")),
            qPrintable(dialog->summaryLabel()->text()));

        // Alt+R reaches the record fields from anywhere in the dialog; the first row is then the one taken.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->disagreementList()->setFocus();
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentRow(), 0);
        QTest::keyClick(table, Qt::Key_Enter);
        QCOMPARE(session->record().affectedCount, std::optional<qint64>(4100));
        session->undoStack()->undo();
        QCOMPARE(session->record(), mine);
        dialog->close();
    }

    void takeRecordFieldFromAutomatic()
    {
        // The analyst said by hand who found it; extraction's draft names its evidence by index into its facts.
        auto window = makeWindow(QStringLiteral("automatic-record.sqlite"));
        AnnotationSession *session = window->session();
        QTRY_VERIFY(session->facts()->factCount() > 5);
        const ExtractionResult automatic = m_engine->extract(session->document());
        QVERIFY(!automatic.record.discoveredBy.isEmpty() && automatic.record.discoveredBy != QLatin1String("unknown"));
        QList<qint64> draftEvidence;
        for (const qint64 index : automatic.record.evidence.value(QStringLiteral("discovered_by"))) {
            draftEvidence.append(keyOf(session, automatic.facts.at(index)));
        }
        QVERIFY(!draftEvidence.isEmpty() && !draftEvidence.contains(0));
        IncidentRecord edited = session->record();
        edited.discoveredBy = QStringLiteral("unknown");
        edited.evidence.remove(QStringLiteral("discovered_by"));
        session->editRecord(edited, QStringLiteral("Set discovered_by to \u2018unknown\u2019"));

        AgreementDialog *dialog = openDialog(*window);
        QVERIFY(dialog);
        QVERIFY(dialog->compareWithAutomatic());
        QTableWidget *table = dialog->recordTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("discovered by"));
        QCOMPARE(table->currentRow(), -1);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentRow(), 0);
        // Take Theirs by its own shortcut (a mnemonic clicks the button after its press animation).
        QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(session->record().discoveredBy, automatic.record.discoveredBy);
        QCOMPARE(session->record().evidence.value(QStringLiteral("discovered_by")), draftEvidence);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("(all record fields agree)"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session->record(), edited);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("discovered by"));
        dialog->close();
    }

    void takenRecordFieldRules()
    {
        // A list field keeps this article's evidence for the categories the taken list still has.
        FactListModel facts;
        Fact names;
        names.type = FactType::DataCategory;
        names.start = 0;
        names.end = 4;
        names.value = QStringLiteral("names");
        Fact cards = names;
        cards.start = 10;
        cards.end = 15;
        cards.value = QStringLiteral("payment_cards");
        Fact email = names;
        email.start = 20;
        email.end = 25;
        email.value = QStringLiteral("email_addresses");
        Fact rejected = email;
        rejected.start = 30;
        rejected.end = 35;
        rejected.status = FactStatus::Rejected;
        const QList<qint64> keys = facts.setFacts({ names, cards, email, rejected });
        IncidentRecord current;
        current.dataExposed = { QStringLiteral("names"), QStringLiteral("payment_cards") };
        current.evidence.insert(QStringLiteral("data_exposed"), { keys.at(0), keys.at(1), -77 });
        current.cause = QStringLiteral("attack");
        IncidentRecord other;
        other.dataExposed = { QStringLiteral("names"), QStringLiteral("email_addresses") };

        Fact theirEmail = email;
        theirEmail.id = 901;
        Fact theirRejected = rejected;
        theirRejected.status = FactStatus::Accepted;
        const QList<qint64> here = RecordFieldTake::keysHere(facts, { theirEmail, theirRejected });
        QCOMPARE(here, QList<qint64> { keys.at(2) }); // a fact rejected here is no evidence
        const IncidentRecord taken
            = RecordFieldTake::taken(current, other, QStringLiteral("data_exposed"), here, facts);
        QCOMPARE(taken.dataExposed, other.dataExposed);
        QCOMPARE(taken.cause, current.cause);
        QCOMPARE(taken.evidence.value(QStringLiteral("data_exposed")), (QList<qint64> { keys.at(0), -77, keys.at(2) }));
        // Without evidence here the evidence stays as it is.
        QCOMPARE(RecordFieldTake::taken(current, other, QStringLiteral("data_exposed"), {}, facts).evidence,
            current.evidence);
        // A field cleared in the other version, and an unknown field.
        IncidentRecord cleared = RecordFieldTake::taken(current, other, QStringLiteral("cause"), {}, facts);
        QVERIFY(cleared.cause.isEmpty());
        QVERIFY(!RecordFieldTake::copyField(cleared, other, QStringLiteral("notes")));
        QCOMPARE(RecordFieldTake::description(QStringLiteral("cause"), QJsonValue()),
            QStringLiteral("Clear cause as in the other version"));
        QCOMPARE(RecordFieldTake::description(QStringLiteral("authority_notified"), QJsonValue(false)),
            QStringLiteral("Take authority notified \u2018no\u2019 from the other version"));
        QCOMPARE(RecordFieldTake::description(QStringLiteral("data_exposed"),
                     QJsonArray { QStringLiteral("names"), QStringLiteral("email_addresses") }),
            QStringLiteral("Take data exposed \u2018names, e-mail addresses\u2019 from the other version"));
    }
};

QTEST_MAIN(TestAgreementDialog)
#include "tst_agreementdialog.moc"
