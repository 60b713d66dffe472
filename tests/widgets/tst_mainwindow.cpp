// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "workbenchtesting.h"

#include "articleview.h"
#include "library/documentlistmodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "storage/incidentstore.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

namespace {

const QString samplesDir = QStringLiteral(IWB_SOURCE_DIR "/resources/samples");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> makeWindow(const QString &name) { return IwbTest::openWorkbench(m_dir.filePath(name)); }

    static int rowOfTitle(QTableView *view, const QString &title)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, DocumentListModel::TitleColumn).data().toString() == title) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void titleAndEmptyState()
    {
        auto window = makeWindow(QStringLiteral("empty.sqlite"));
        // Without an article the title is the program's name alone (Qt adds it to any other title itself,
        // so "Incident Workbench[*]" read "Incident Workbench* — Incident Workbench").
        QCOMPARE(window->windowTitle(), QApplication::applicationDisplayName());
        QVERIFY(!window->isWindowModified());
        QCOMPARE(window->library()->view()->model()->rowCount(), 0);
        QVERIFY(window->articleView()->textEdit()->toPlainText().isEmpty());
    }

    void clickingALibraryRowShowsTheArticle()
    {
        auto window = makeWindow(QStringLiteral("samples.sqlite"));
        QCOMPARE(window->importPaths({ samplesDir }, true), 8);
        QTableView *view = window->library()->view();
        QCOMPARE(view->model()->rowCount(), 8);

        const QString title = QStringLiteral("Stolen laptop exposes details of 1,200 insurance customers");
        const int row = rowOfTitle(view, title);
        QVERIFY(row >= 0);
        const QRect cell = view->visualRect(view->model()->index(row, DocumentListModel::TitleColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());

        const qint64 id = view->model()->index(row, 0).data(DocumentListModel::DocumentIdRole).toLongLong();
        QTRY_COMPARE(window->articleView()->document().id(), id);
        const QString shown = window->articleView()->textEdit()->toPlainText();
        QCOMPARE(shown, window->store().document(id)->text());
        QVERIFY(shown.contains(QLatin1String("1,200")));
        // The open article names the window; Qt adds the program's name and shows [*] when modified.
        QCOMPARE(window->windowTitle(), title + QStringLiteral("[*]"));

        // Arrow down moves to the next article in the sorted list.
        QTest::keyClick(view, Qt::Key_Down);
        const qint64 nextId = view->model()->index(row + 1, 0).data(DocumentListModel::DocumentIdRole).toLongLong();
        QTRY_COMPARE(window->articleView()->document().id(), nextId);
    }

    void darkSchemeDarkensTheWholeWindow()
    {
        const auto restore
            = qScopeGuard([] { WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::FollowSystem); });
        const auto lightness
            = [](const QWidget *widget, QPalette::ColorRole role) { return widget->palette().color(role).lightness(); };
        WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::Dark);
        auto window = makeWindow(QStringLiteral("dark.sqlite"));
        QVERIFY(lightness(window.get(), QPalette::Window) < 80);
        QVERIFY(lightness(window->library()->view(), QPalette::Base) < 80);
        QVERIFY(lightness(window->library()->view(), QPalette::Text) > 180);
        QVERIFY(lightness(window->articleView()->textEdit(), QPalette::Base) < 80);
    }

    void followingTheSystemAgainRestoresTheOpenWindow()
    {
        const auto lightness
            = [](const QWidget *widget, QPalette::ColorRole role) { return widget->palette().color(role).lightness(); };
        const auto restore
            = qScopeGuard([] { WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::FollowSystem); });
        const QString platformStyle = QApplication::style()->name();
        auto window = makeWindow(QStringLiteral("scheme-switch.sqlite"));
        const int lightWindow = lightness(window.get(), QPalette::Window);
        const int lightBase = lightness(window->articleView()->textEdit(), QPalette::Base);
        QVERIFY(lightWindow > 128);

        WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::Dark);
        QTRY_VERIFY(lightness(window.get(), QPalette::Window) < 80);
        QTRY_VERIFY(lightness(window->articleView()->textEdit(), QPalette::Base) < 80);

        // Back to the system, with the same window still open: the platform's colours and style return.
        WorkbenchSettings::applyColorScheme(WorkbenchSettings::ColorScheme::FollowSystem);
        QTRY_COMPARE(lightness(window.get(), QPalette::Window), lightWindow);
        QTRY_COMPARE(lightness(window->library()->view(), QPalette::Text) < 80, true);
        QTRY_COMPARE(lightness(window->articleView()->textEdit(), QPalette::Base), lightBase);
        QCOMPARE(QApplication::style()->name(), platformStyle);
    }

    void importingTwiceAddsNothing()
    {
        auto window = makeWindow(QStringLiteral("twice.sqlite"));
        QCOMPARE(window->importPaths({ samplesDir }, true), 8);
        QCOMPARE(window->importPaths({ samplesDir }, true), 0);
        QCOMPARE(window->library()->view()->model()->rowCount(), 8);
        QCOMPARE(window->store().documentCount(), 8);
    }

    void typingFiltersTitlesAndEnterSearchesText()
    {
        auto window = makeWindow(QStringLiteral("search.sqlite"));
        window->importPaths({ samplesDir }, true);
        QTableView *view = window->library()->view();

        // Ctrl+F puts the cursor into the library's search field.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *search = window->library()->searchField();
        QTRY_VERIFY(search->hasFocus());

        QTest::keyClicks(search, QStringLiteral("laptop"));
        QTRY_COMPARE(view->model()->rowCount(), 1);

        // Enter runs full-text search: "Notbetrieb" is in the clinic article's text, not in any title.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("Notbetrieb"));
        QCOMPARE(view->model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const qint64 id = view->model()->index(0, 0).data(DocumentListModel::DocumentIdRole).toLongLong();
        QVERIFY(window->store().document(id)->text().contains(QLatin1String("Notbetrieb")));

        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 8);
    }

    void incidentsFilterAndSortTheWholeRegister()
    {
        const QString path = m_dir.filePath(QStringLiteral("register.sqlite"));
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            // More records than the table loads at first, so the filter must reach unloaded ones.
            for (int i = 0; i < 620; ++i) {
                IncidentRecord record;
                record.organization
                    = (i % 2 ? QStringLiteral("Zahlfalke ") : QStringLiteral("Ölmühle ")) + QString::number(i);
                record.cause = QStringLiteral("misconfiguration");
                QVERIFY(store.saveIncident(record));
            }
        }
        auto window = makeWindow(QStringLiteral("register.sqlite"));
        QTableView *incidents = window->library()->incidentView();
        QCOMPARE(incidents->model()->rowCount(), 500); // newest change first, one page
        QCOMPARE(incidents->model()->index(0, 0).data().toString(), QStringLiteral("Zahlfalke 619"));

        // Typing finds the oldest record, which no page had loaded.
        auto *filter = window->library()->findChild<QLineEdit *>(QStringLiteral("incidentFilter"));
        QVERIFY(filter);
        // (QTest::keyClicks types ASCII only; insert() is what an input method does with "ö".)
        filter->setFocus();
        filter->insert(QStringLiteral("ÖLMÜHLE 0"));
        QTRY_COMPARE(incidents->model()->rowCount(), 1);
        QCOMPARE(incidents->model()->index(0, 0).data().toString(), QStringLiteral("Ölmühle 0"));

        // A click on the header sorts the whole register by organization, German collation (Ö with O).
        filter->clear();
        QTRY_COMPARE(incidents->model()->rowCount(), 500);
        incidents->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        QTRY_COMPARE(incidents->model()->index(0, 0).data().toString(), QStringLiteral("Ölmühle 0"));
        incidents->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
        QTRY_COMPARE(incidents->model()->index(0, 0).data().toString(), QStringLiteral("Zahlfalke 99"));
    }

    void reopeningTheStoreShowsTheSameLibrary()
    {
        {
            auto window = makeWindow(QStringLiteral("reopen.sqlite"));
            window->importPaths({ samplesDir }, true);
        }
        auto window = makeWindow(QStringLiteral("reopen.sqlite"));
        QCOMPARE(window->library()->view()->model()->rowCount(), 8);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
