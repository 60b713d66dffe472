// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The workbench side of learning through its real widgets: decisions made in the facts panel and saved
// train a model in the background, kept in the store; the facts panel then shows each fact's confidence,
// sorts by it and shows the doubted facts as suggestions.

#include "workbenchtesting.h"

#include "annotation/annotationsession.h"
#include "annotation/factconfidences.h"
#include "annotation/factfiltermodel.h"
#include "annotation/factlistmodel.h"
#include "extraction/extractionengine.h"
#include "factpanel.h"
#include "learningactions.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "reviewnext.h"
#include "storage/incidentstore.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

using namespace Iwb;

class TestLearning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ExtractionEngine> m_engine = std::make_shared<ExtractionEngine>();

    /// Selects the fact's row in the facts panel with the mouse and clicks @p button.
    static void clickOnFact(MainWindow &window, qint64 key, const QString &button)
    {
        QTreeView *tree = window.factPanel()->view();
        const QModelIndex index = window.factPanel()->viewIndex(key);
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        QCOMPARE(window.factPanel()->selectedFact(), key);
        QTest::mouseClick(window.factPanel()->findChild<QToolButton *>(button), Qt::LeftButton);
    }

    /// The confidences of the facts of @p type as the panel shows them, top to bottom.
    static QList<double> shownConfidences(MainWindow &window, FactType type)
    {
        QAbstractItemModel *model = window.factPanel()->view()->model();
        QModelIndex group;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(FactListModel::FactTypeRole).toInt() == static_cast<int>(type)) {
                group = model->index(row, 0);
            }
        }
        QList<double> confidences;
        for (int row = 0; row < model->rowCount(group); ++row) {
            confidences.append(model->index(row, 0, group).data(FactListModel::ConfidenceRole).toDouble());
        }
        return confidences;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<KeptModel>(); // for the QSignalSpy on trainingFinished()
        QString error;
        QVERIFY2(m_engine->load(&error), qPrintable(error));
    }

    void savedDecisionsTrainAModelThatJudgesTheFacts()
    {
        const QString path = m_dir.filePath(QStringLiteral("learning.sqlite"));
        auto window = IwbTest::openWorkbench(path, m_engine);
        window->resize(1400, 900);
        QTreeView *tree = window->factPanel()->view();
        QVERIFY(tree->isColumnHidden(FactListModel::ConfidenceColumn)); // no model yet
        QVERIFY(IwbTest::openSampleArticle(*window, QStringLiteral("Fehlerhaftes Update")) > 0);
        AnnotationSession *session = window->session();
        QTRY_VERIFY(session->facts()->factCount() > 5);

        // The analyst's decisions, clicked in the facts panel: the counts are right, nothing else is.
        int accepted = 0;
        int rejected = 0;
        for (const qint64 key : session->facts()->keys()) {
            const bool count = session->facts()->fact(key).type == FactType::Count;
            clickOnFact(*window, key, count ? QStringLiteral("acceptFact") : QStringLiteral("rejectFact"));
            ++(count ? accepted : rejected);
        }
        QVERIFY(accepted > 0 && rejected > 0);

        // Saving decided facts starts a training in the background; the window goes on.
        LearningActions *learning = window->learning();
        QSignalSpy trained(learning, &LearningActions::trainingFinished);
        // Ctrl+S is the window's shortcut: the window must be the active one (under Xvfb nothing makes it so).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!session->isModified());
        QVERIFY(learning->isTraining());
        QVERIFY(!learning->retrainAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 60000);
        const KeptModel first = trained.first().first().value<KeptModel>();
        QCOMPARE(first.version, 1);
        QCOMPARE(first.articles, 1); // the only article with decisions
        // Every rule proposal on a decided span is an example (the proposals are the rules' before they
        // drop candidate names, so there can be more than the facts shown).
        QVERIFY2(first.examples >= accepted + rejected, qPrintable(QString::number(first.examples)));
        QVERIFY(first.positives >= accepted && first.positives < first.examples);
        QVERIFY(learning->retrainAction()->isEnabled());
        // Kept in the store like `incident-cli learn --db` keeps it.
        QCOMPARE(window->store().latestExtractionModel()->version, 1);
        QCOMPARE(window->store().latestExtractionModel()->trainingExamples, first.examples);

        // Each judged fact shows its confidence; the column appears with the model.
        QTRY_VERIFY(!tree->isColumnHidden(FactListModel::ConfidenceColumn));
        const qint64 count = [&] {
            for (const qint64 key : session->facts()->keys()) {
                if (session->facts()->fact(key).type == FactType::Count) {
                    return key;
                }
            }
            return qint64(0);
        }();
        QTRY_VERIFY(session->facts()->judgement(count).has_value());
        const double countConfidence = session->facts()->judgement(count)->confidence;
        const QModelIndex countCell = tree->model()->index(window->factPanel()->viewIndex(count).row(),
            FactListModel::ConfidenceColumn, window->factPanel()->viewIndex(count).parent());
        QCOMPARE(countCell.data().toString(), FactListModel::confidenceLabel(countConfidence));
        QVERIFY(countCell.data(Qt::ToolTipRole).toString().contains(FactListModel::confidenceLabel(countConfidence)));
        // What it learned: the accepted counts are more likely facts than the rejected dates.
        qint64 date = 0;
        for (const qint64 key : session->facts()->keys()) {
            if (session->facts()->fact(key).type == FactType::Date) {
                date = key;
            }
        }
        QVERIFY(date > 0);
        QVERIFY(session->facts()->judgement(date)->confidence < countConfidence);

        // The next article's facts are undecided: the ones the model doubts are suggestions (all but the counts
        // were rejected in the first article).
        QVERIFY(IwbTest::openSampleArticle(*window, QStringLiteral("Cyberangriff auf Kreisklinikum")) > 0);
        QTRY_VERIFY(session->facts()->factCount() > 5);
        const auto anyDoubtful = [session] {
            const QList<qint64> keys = session->facts()->keys();
            return std::any_of(
                keys.cbegin(), keys.cend(), [session](qint64 key) { return session->facts()->isDoubtful(key); });
        };
        QTRY_VERIFY(anyDoubtful());

        // A click on the header sorts by confidence, another the other way round.
        QHeaderView *header = tree->header();
        const int x = header->sectionViewportPosition(FactListModel::ConfidenceColumn)
            + header->sectionSize(FactListModel::ConfidenceColumn) / 2;
        QList<Qt::SortOrder> orders;
        for (int click = 0; click < 2; ++click) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            QCOMPARE(header->sortIndicatorSection(), int(FactListModel::ConfidenceColumn));
            orders.append(header->sortIndicatorOrder());
            const QList<double> shown = shownConfidences(*window, FactType::DataCategory);
            QVERIFY(shown.size() > 1);
            QVERIFY(orders.last() == Qt::AscendingOrder ? std::is_sorted(shown.cbegin(), shown.cend())
                                                        : std::is_sorted(shown.crbegin(), shown.crend()));
        }
        QVERIFY(orders.first() != orders.last());

        // "Show: Suggestions" leaves only the doubted facts, "Facts" only the others.
        QComboBox *show = window->factPanel()->showChooser();
        show->setFocus();
        QTest::keyClick(show, Qt::Key_Down);
        QCOMPARE(window->factPanel()->filter()->show(), FactFilterModel::Show::Facts);
        QTest::keyClick(show, Qt::Key_Down);
        QCOMPARE(window->factPanel()->filter()->show(), FactFilterModel::Show::Suggestions);
        QAbstractItemModel *model = tree->model();
        int suggestions = 0;
        for (int group = 0; group < model->rowCount(); ++group) {
            for (int row = 0; row < model->rowCount(model->index(group, 0)); ++row) {
                QVERIFY(model->index(row, 0, model->index(group, 0)).data(FactListModel::IsDoubtfulRole).toBool());
                ++suggestions;
            }
        }
        int doubtful = 0;
        for (const qint64 key : session->facts()->keys()) {
            doubtful += session->facts()->isDoubtful(key) ? 1 : 0;
        }
        QVERIFY(doubtful > 0);
        QCOMPARE(suggestions, doubtful);
        if (!qEnvironmentVariableIsEmpty("IWB_LEARNING_SCREENSHOT")) {
            // For looking at it (docs/extraction.md): the facts panel with the model's confidences.
            QTest::keyClick(show, Qt::Key_Home);
            window->factPanel()->grab().save(qEnvironmentVariable("IWB_LEARNING_SCREENSHOT"));
        }

        // Extraction → Retrain Model trains again on demand: the next version.
        learning->retrainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 2, 60000);
        QCOMPARE(trained.last().first().value<KeptModel>().version, 2);
        QCOMPARE(window->store().latestExtractionModel()->version, 2);

        // Review Next opens the unreviewed article the model doubts most, then the next one.
        QString error;
        const auto ranked = ReviewQueue::rank(window->store(), *m_engine, *learning->classifier(), &error);
        QVERIFY2(ranked && ranked->size() >= 2, qPrintable(error));
        QCOMPARE(ranked->size(), 7); // the eight samples but the one with decisions
        QAction *reviewNext = window->reviewNext()->action();
        QTRY_VERIFY(reviewNext->isEnabled());
        reviewNext->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session->document().id(), ranked->at(0).documentId, 60000);
        QCOMPARE(window->reviewNext()->queue().size(), ranked->size() - 1);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Review next")));
        // An article reviewed meanwhile (elsewhere: a decision saved to the store) is passed over, and the
        // next one opens even when the library's filter hides it.
        const auto second = window->store().document(ranked->at(1).documentId);
        QVERIFY(second);
        ExtractionResult decided = m_engine->extract(*second);
        QVERIFY(!decided.facts.isEmpty());
        decided.facts.first().status = FactStatus::Accepted;
        QVERIFY(window->store().saveAnnotations(second->id(), decided.facts, decided.record));
        window->library()->searchField()->setText(QStringLiteral("no article has this title"));
        QTRY_COMPARE(window->library()->view()->model()->rowCount(), 0);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(session->document().id(), ranked->at(2).documentId);
        window->library()->searchField()->clear();

        // A window opened on the store later starts with the newest model.
        window.reset();
        auto again = IwbTest::openWorkbench(path, m_engine);
        QVERIFY(again->learning()->classifier());
        QCOMPARE(again->learning()->classifier()->provenance().trainingArticles, 1);
    }
};

QTEST_MAIN(TestLearning)
#include "tst_learning.moc"
