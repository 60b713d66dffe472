// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "annotation/annotationsession.h"
#include "articleview.h"
#include "comparison/comparewindow.h"
#include "comparison/comparisonactions.h"
#include "comparison/comparisontablemodel.h"
#include "comparison/similarincidentsdialog.h"
#include "comparison/timelineview.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "storage/incidentstore.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

#include <cmath>

using namespace Iwb;

/// Comparing incidents side by side, clicked and typed through the real widgets.
class TestCompareWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ExtractionEngine> m_engine = std::make_shared<ExtractionEngine>();

    /// Imports the sample files starting with @p prefixes into @p store, each with its extracted facts and record
    /// saved as the analyst's save would; returns the incident ids in the order of @p prefixes.
    QList<qint64> importAnnotated(IncidentStore &store, const QStringList &prefixes)
    {
        QList<qint64> incidents;
        const DocumentImporter importer;
        for (const QString &prefix : prefixes) {
            const QDir samples(QStringLiteral(IWB_SOURCE_DIR "/resources/samples"));
            const QStringList files = samples.entryList({ prefix + QStringLiteral("*.txt") });
            if (files.size() != 1) {
                qWarning("no single sample for %s", qPrintable(prefix));
                return {};
            }
            ImportResult imported = importer.importFile(samples.filePath(files.first()));
            if (!imported.isValid() || !store.addDocument(imported.document)) {
                qWarning("cannot import %s", qPrintable(files.first()));
                return {};
            }
            ExtractionResult result = m_engine->extract(imported.document);
            if (!store.saveAnnotations(imported.document.id(), result.facts, result.record)) {
                qWarning("%s", qPrintable(store.errorString()));
                return {};
            }
            incidents.append(result.record.id);
        }
        return incidents;
    }

    /// The stored fact that is the first evidence of @p field in record @p incidentId.
    static std::optional<Fact> evidenceFact(const IncidentStore &store, qint64 incidentId, const QString &field)
    {
        const auto record = store.incident(incidentId);
        if (!record || record->evidence.value(field).isEmpty()) {
            return std::nullopt;
        }
        const qint64 id = record->evidence.value(field).first();
        const QList<Fact> facts = store.facts(record->sourceDocumentIds.first()).value_or(QList<Fact>());
        for (const Fact &fact : facts) {
            if (fact.id == id) {
                return fact;
            }
        }
        return std::nullopt;
    }

    static double luminance(const QColor &color)
    {
        const auto channel
            = [](double value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    }

    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    /// The painted background of a different, a same and a missing row against the table's text colour.
    static void checkRowColours(QTableView *table)
    {
        auto *model = static_cast<ComparisonTableModel *>(table->model());
        const QColor text = table->palette().color(QPalette::Text);
        QList<QColor> backgrounds;
        for (const char *field : { "start_time", "cause", "affected_notified" }) {
            const int row = model->rowOfField(QString::fromLatin1(field));
            QVERIFY(row != table->currentIndex().row());
            table->scrollTo(model->index(row, 0));
            const QImage image = table->viewport()->grab().toImage();
            const QRect cell = table->visualRect(model->index(row, model->differenceColumn()));
            // The right end of the wide difference cell: background, no text.
            const QColor background
                = image.pixelColor(QPoint(cell.right() - 4, cell.center().y()) * image.devicePixelRatio());
            QVERIFY2(contrast(text, background) >= 4.5,
                qPrintable(QStringLiteral("%1: %2 on %3 has contrast %4")
                        .arg(QString::fromLatin1(field), text.name(), background.name())
                        .arg(contrast(text, background))));
            backgrounds.append(background);
        }
        QCOMPARE(model->index(model->rowOfField(QStringLiteral("affected_notified")), 0)
                     .data(ComparisonTableModel::AgreementRole)
                     .toInt(),
            static_cast<int>(FieldAgreement::Missing));
        QVERIFY(backgrounds.at(0) != backgrounds.at(1) && backgrounds.at(1) != backgrounds.at(2)
            && backgrounds.at(0) != backgrounds.at(2));
    }

    static void clickRow(QTableView *table, int row)
    {
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchTest"));
        QApplication::setApplicationName(QStringLiteral("tst_comparewindow"));
        QString error;
        QVERIFY2(m_engine->load(&error), qPrintable(error));
    }

    void tableTimelineAndEvidenceJumps()
    {
        IncidentStore store;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("two.sqlite"))), qPrintable(store.errorString()));
        const QList<qint64> ids
            = importAnnotated(store, { QStringLiteral("de-app-update"), QStringLiteral("de-kundenportal") });
        QCOMPARE(ids.size(), 2);

        CompareWindow window(store);
        QVERIFY2(window.load(ids), qPrintable(window.errorString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.paneCount(), 2);
        QCOMPARE(window.articleView(0)->document().title(),
            store.document(store.incident(ids.at(0))->sourceDocumentIds.first())->title());
        QVERIFY(window.articleView(1)->textEdit()->toPlainText().contains(QStringLiteral("Sternpunkte")));
        QVERIFY(!window.articleView(0)->highlightedRanges().isEmpty());

        // The table: affected count differs, with the numbers and what they count.
        ComparisonTableModel *model = window.tableModel();
        const int affected = model->rowOfField(QStringLiteral("affected_count"));
        QVERIFY(affected >= 0);
        QCOMPARE(model->index(affected, 0).data(ComparisonTableModel::AgreementRole).toInt(),
            static_cast<int>(FieldAgreement::Different));
        QCOMPARE(model->index(affected, 1).data().toString(), QStringLiteral("9,500"));
        QCOMPARE(model->index(affected, 2).data().toString(), QStringLiteral("3,200"));
        QCOMPARE(model->index(affected, model->differenceColumn()).data().toString(),
            QStringLiteral("9,500 vs 3,200 affected (+6,300); counted as users vs logins"));
        const int duration = model->rowOfField(QStringLiteral("duration_minutes"));
        QCOMPARE(model->index(duration, model->differenceColumn()).data().toString(),
            QStringLiteral("31 vs 40 minutes (") + QChar(0x2212) + QStringLiteral("9)"));
        QCOMPARE(model->index(model->rowOfField(QStringLiteral("cause")), 0)
                     .data(ComparisonTableModel::AgreementRole)
                     .toInt(),
            static_cast<int>(FieldAgreement::Same));
        // Different rows are tinted differently from same rows, whatever the palette.
        QTableView *table = window.table();
        QCOMPARE(QApplication::focusWidget(), table);

        // Clicking the affected row makes both articles select their evidence.
        clickRow(table, affected);
        QCOMPARE(table->currentIndex().row(), affected);
        for (int pane = 0; pane < 2; ++pane) {
            const auto fact = evidenceFact(store, ids.at(pane), QStringLiteral("affected_count"));
            QVERIFY(fact);
            const QTextCursor cursor = window.articleView(pane)->textEdit()->textCursor();
            QCOMPARE(cursor.selectionStart(), fact->start);
            QCOMPARE(cursor.selectionEnd(), fact->end);
            QCOMPARE(cursor.selectedText(), fact->text);
            QVERIFY(window.articleView(pane)->currentFact() > 0);
            QCOMPARE(window.evidenceLabel(pane)->text(), QStringLiteral("affected count: “%1”").arg(fact->text));
        }
        QCOMPARE(window.articleView(0)->textEdit()->textCursor().selectedText(),
            QStringLiteral("rund 9.500 App-Nutzer*innen"));
        QCOMPARE(window.articleView(1)->textEdit()->textCursor().selectedText(), QStringLiteral("rund 3.200 Logins"));

        // What the analyst sees, light and dark: every marked row keeps its text readable (WCAG contrast ≥ 4.5),
        // and same, different and missing are told apart.
        QVERIFY(window.grab().save(QStringLiteral(IWB_BINARY_DIR "/compare.png")));
        checkRowColours(table);
        if (QTest::currentTestFailed()) {
            return;
        }
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(49, 54, 59));
        dark.setColor(QPalette::WindowText, QColor(239, 240, 241));
        dark.setColor(QPalette::Base, QColor(27, 30, 32));
        dark.setColor(QPalette::AlternateBase, QColor(35, 38, 41));
        dark.setColor(QPalette::Text, QColor(239, 240, 241));
        dark.setColor(QPalette::PlaceholderText, QColor(161, 169, 177));
        dark.setColor(QPalette::Button, QColor(49, 54, 59));
        dark.setColor(QPalette::ButtonText, QColor(239, 240, 241));
        dark.setColor(QPalette::Highlight, QColor(61, 174, 233));
        dark.setColor(QPalette::HighlightedText, QColor(252, 252, 252));
        window.setPalette(dark);
        window.setTheme(KSyntaxHighlighting::Repository().theme(QStringLiteral("Breeze Dark")));
        QVERIFY(window.grab().save(QStringLiteral(IWB_BINARY_DIR "/compare-dark.png")));
        checkRowColours(table);
        if (QTest::currentTestFailed()) {
            return;
        }
        window.setPalette(QPalette());

        // The keyboard moves through the fields the same way: up to the duration.
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), duration);
        const auto durationFact = evidenceFact(store, ids.at(0), QStringLiteral("duration_minutes"));
        QVERIFY(durationFact);
        QCOMPARE(window.articleView(0)->textEdit()->textCursor().selectionStart(), durationFact->start);

        // The panes are for reading: the labelling keys do nothing.
        const int factsBefore = static_cast<int>(window.articleView(0)->highlightedRanges().size());
        QTest::keyClick(window.articleView(0)->textEdit(), Qt::Key_1);
        QCOMPARE(static_cast<int>(window.articleView(0)->highlightedRanges().size()), factsBefore);

        // The timeline: one row per incident; 31 and 40 minutes 37 days apart need the elapsed-time scale.
        TimelineView *timeline = window.timelineView();
        QCOMPARE(timeline->rowCount(), 2);
        QCOMPARE(timeline->scale(), IncidentTimeline::Scale::Elapsed);
        const TimelineRow &first = timeline->timeline().rows().at(0);
        QVERIFY(first.hasWindow());
        QCOMPARE(first.point(TimelinePointKind::Start)->timeText(), QStringLiteral("2026-01-15 10:49"));
        QCOMPARE(first.point(TimelinePointKind::End)->timeText(), QStringLiteral("2026-01-15 11:20"));
        QCOMPARE(first.point(TimelinePointKind::Discovery)->timeText(), QStringLiteral("2026-01-15 11:02"));
        QCOMPARE(first.point(TimelinePointKind::Disclosure)->timeText(), QStringLiteral("2026-01-16"));
        QCOMPARE(timeline->timeline().rows().at(1).point(TimelinePointKind::Start)->timeText(),
            QStringLiteral("2025-12-09 16:05"));
        // Hovering the discovery marker names its evidence.
        int discovery = -1;
        for (int i = 0; i < first.points.size(); ++i) {
            if (first.points.at(i).kind == TimelinePointKind::Discovery) {
                discovery = i;
            }
        }
        const QPointF marker = timeline->pointPosition(0, discovery);
        QVERIFY(timeline->laneRect(0).contains(marker));
        QCOMPARE(timeline->pointAt(marker), std::make_pair(0, discovery));
        QVERIFY2(timeline->toolTipFor(0, discovery).contains(QStringLiteral("Monitoring")),
            qPrintable(timeline->toolTipFor(0, discovery)));
        QVERIFY(timeline->toolTipFor(0, discovery).contains(QStringLiteral("13 min after the start")));
        QVERIFY(timeline->laneRect(1).top() >= timeline->laneRect(0).bottom());
        QHelpEvent hover(QEvent::ToolTip, marker.toPoint(), timeline->mapToGlobal(marker.toPoint()));
        QApplication::sendEvent(timeline, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Monitoring")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The scale can be chosen by keyboard.
        window.scaleBox()->setFocus();
        QTest::keyClick(window.scaleBox(), Qt::Key_Down);
        QCOMPARE(timeline->scale(), IncidentTimeline::Scale::Calendar);
        QVERIFY(window.grab().save(QStringLiteral(IWB_BINARY_DIR "/compare-calendar.png")));
    }

    void timelineShowsMinutesAndYearsTogether()
    {
        IncidentRecord brief;
        brief.organization = QStringLiteral("Lumera Pay");
        brief.incidentDate = QStringLiteral("2026-01-15");
        brief.startTime = QStringLiteral("10:49");
        brief.durationMinutes = 31;
        IncidentRecord longest;
        longest.organization = QStringLiteral("Archiv Nordstadt");
        longest.incidentDate = QStringLiteral("2010-03-01");
        longest.durationMinutes = 7358400; // fourteen years
        Document published;
        published.setPublished(QStringLiteral("2024-03-05"));
        IncidentTimeline timeline;
        timeline.addRow(IncidentTimeline::rowFor(brief, Document(), {}));
        timeline.addRow(IncidentTimeline::rowFor(longest, published, {}));

        TimelineView view;
        view.setTimeline(timeline);
        view.resize(900, view.sizeHint().height());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.scale(), IncidentTimeline::Scale::Elapsed);
        const auto barWidth = [&view](int row) {
            const TimelineRow &r = view.timeline().rows().at(row);
            int start = -1;
            int end = -1;
            for (int i = 0; i < r.points.size(); ++i) {
                if (r.points.at(i).kind == TimelinePointKind::Start) {
                    start = i;
                } else if (r.points.at(i).kind == TimelinePointKind::End) {
                    end = i;
                }
            }
            return view.pointPosition(row, end).x() - view.pointPosition(row, start).x();
        };
        // Both windows are wide enough to see and point at: 31 minutes over a hundred pixels, fourteen years most of
        // the axis.
        QVERIFY2(barWidth(0) > 100, qPrintable(QString::number(barWidth(0))));
        QVERIFY2(barWidth(1) > 500, qPrintable(QString::number(barWidth(1))));
        QVERIFY(barWidth(1) > barWidth(0) * 3);
        QVERIFY(view.toolTipFor(1, 1).contains(QStringLiteral("14 years after the start")));
        QVERIFY(view.grab().save(QStringLiteral(IWB_BINARY_DIR "/timeline-minutes-years.png")));
        view.setScaleChoice(TimelineView::ScaleChoice::Calendar);
        // On the calendar the 31 minutes shrink below a pixel: the reason for the other scale.
        QVERIFY(barWidth(0) < 1);
    }

    void aComparisonNeedsTwoRecords()
    {
        IncidentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("one.sqlite"))));
        const QList<qint64> ids = importAnnotated(store, { QStringLiteral("en-lost-laptop") });
        QCOMPARE(ids.size(), 1);
        CompareWindow same(store);
        QVERIFY(!same.load({ ids.first(), ids.first() }));
        QCOMPARE(same.errorString(), QStringLiteral("Choose at least two incidents to compare."));
        CompareWindow gone(store);
        QVERIFY(!gone.load({ ids.first(), 4711 }));
        QVERIFY2(gone.errorString().startsWith(store.path()) && gone.errorString().contains(QStringLiteral("4711")),
            qPrintable(gone.errorString()));
    }

    void compareSelectedFromTheLibrary()
    {
        const QString path = m_dir.filePath(QStringLiteral("library.sqlite"));
        QList<qint64> ids;
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            ids = importAnnotated(store,
                { QStringLiteral("de-app-update"), QStringLiteral("de-phishing"), QStringLiteral("de-kundenportal") });
            QCOMPARE(ids.size(), 3);
        }
        auto store = std::make_unique<IncidentStore>();
        QVERIFY(store->open(path));
        MainWindow window(std::move(store), m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *compareSelected = window.findChild<QAction *>(QStringLiteral("compareSelectedIncidents"));
        QVERIFY(compareSelected);
        QVERIFY(!compareSelected->isEnabled());

        window.library()->showIncidents();
        QTableView *incidents = window.library()->incidentView();
        QTRY_COMPARE(incidents->model()->rowCount(), 3);
        QTest::mouseClick(
            incidents->viewport(), Qt::LeftButton, {}, incidents->visualRect(incidents->model()->index(0, 0)).center());
        QVERIFY(!compareSelected->isEnabled());
        QTest::mouseClick(incidents->viewport(), Qt::LeftButton, Qt::ControlModifier,
            incidents->visualRect(incidents->model()->index(2, 0)).center());
        QCOMPARE(window.library()->selectedIncidentIds().size(), 2);
        QVERIFY(compareSelected->isEnabled());
        QVERIFY(incidents->actions().contains(compareSelected));

        compareSelected->trigger();
        CompareWindow *compare = nullptr;
        QTRY_VERIFY((compare = window.findChild<CompareWindow *>()) != nullptr);
        QVERIFY(compare->isVisible());
        QVERIFY(compare->isWindow());
        QCOMPARE(compare->paneCount(), 2);
        QCOMPARE(compare->record(0).id, window.library()->selectedIncidentIds().at(0));
        QCOMPARE(compare->record(1).id, window.library()->selectedIncidentIds().at(1));
        // Escape closes it, and it goes away.
        QTest::keyClick(compare->table(), Qt::Key_Escape);
        QTRY_VERIFY(window.findChild<CompareWindow *>() == nullptr);
    }

    void findSimilarAndCompare()
    {
        const QString path = m_dir.filePath(QStringLiteral("similar.sqlite"));
        QList<qint64> ids;
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            ids = importAnnotated(store,
                { QStringLiteral("de-app-update"), QStringLiteral("en-lost-laptop"), QStringLiteral("de-kundenportal"),
                    QStringLiteral("de-klinik") });
            QCOMPARE(ids.size(), 4);
        }
        auto store = std::make_unique<IncidentStore>();
        QVERIFY(store->open(path));
        MainWindow window(std::move(store), m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *findSimilar = window.findChild<QAction *>(QStringLiteral("findSimilarIncidents"));
        QVERIFY(findSimilar);
        QVERIFY(!findSimilar->isEnabled());
        QVERIFY(window.showDocument(window.store().incident(ids.at(0))->sourceDocumentIds.first()));
        QTRY_VERIFY(findSimilar->isEnabled());

        findSimilar->trigger();
        SimilarIncidentsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SimilarIncidentsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *list = dialog->list();
        // The other software error in a customer portal, two weeks later, comes first, for these reasons.
        QVERIFY(list->topLevelItemCount() >= 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Sternpunkte"));
        const QString reasons = list->topLevelItem(0)->text(4);
        QVERIFY2(reasons.startsWith(
                     QStringLiteral("same cause: software_error; 1 of 5 data categories in common; 37 days apart")),
            qPrintable(reasons));
        QCOMPARE(dialog->selectedIncidentId(), ids.at(2));
        QVERIFY(dialog->grab().save(QStringLiteral(IWB_BINARY_DIR "/similar.png")));

        QTest::keyClick(list, Qt::Key_Return);
        CompareWindow *compare = nullptr;
        QTRY_VERIFY((compare = window.findChild<CompareWindow *>()) != nullptr);
        QCOMPARE(compare->paneCount(), 2);
        QCOMPARE(compare->record(0).id, ids.at(0));
        QCOMPARE(compare->record(1).id, ids.at(2));
        compare->close();
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
