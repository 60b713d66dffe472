// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// What a desktop user expects, tried as a new user would: the keys, the window's size and title, the empty
// store, refused files with their reasons, settings, recent articles, the shortcut overview; and what a
// screen reader needs: every control named, fact colours readable.

#include "workbenchtesting.h"

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "articleview.h"
#include "factstyles.h"
#include "helpdialogs.h"
#include "library/documentlistmodel.h"
#include "librarypanel.h"
#include "localization.h"
#include "recentplaces.h"
#include "settingsdialog.h"
#include "welcomepanel.h"
#include "workbenchsettings.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {

/// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// @p tint drawn with its alpha over @p background.
QColor blended(const QColor &tint, const QColor &background)
{
    const double a = tint.alphaF();
    return QColor::fromRgbF(static_cast<float>(tint.redF() * a + background.redF() * (1 - a)),
        static_cast<float>(tint.greenF() * a + background.greenF() * (1 - a)),
        static_cast<float>(tint.blueF() * a + background.blueF() * (1 - a)));
}

QAction *actionNamed(QWidget *window, const QString &plainText)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == plainText) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"IncidentWorkbenchTest"_s);
        QApplication::setApplicationName(u"tst_desktop"_s);
        QSettings().clear();
        Localization::apply(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void redoHasEachKeyOnceAndCtrlYWorks()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"redo.sqlite"_s));
        IwbTest::openSampleArticle(*window, u"Stolen laptop"_s);
        QAction *redo = actionNamed(window.get(), u"Redo"_s);
        QVERIFY(redo);
        const QList<QKeySequence> keys = redo->shortcuts();
        QCOMPARE(keys.count(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), 1);
        QCOMPARE(keys.count(QKeySequence(Qt::CTRL | Qt::Key_Y)), 1);
        QCOMPARE(QSet<QKeySequence>(keys.cbegin(), keys.cend()).size(), keys.size());

        AnnotationSession *session = window->session();
        IncidentRecord record = session->record();
        record.notes = u"checked"_s;
        session->editRecord(record, u"Edit notes"_s);
        session->undoStack()->undo();
        QCOMPARE(session->record().notes, QString());
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(session->record().notes, u"checked"_s);
        session->undoStack()->undo();
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(session->record().notes, u"checked"_s);
    }

    void firstStartFillsMostOfTheScreen()
    {
        QSettings().remove(u"mainWindow"_s);
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"size.sqlite"_s));
        const QRect area = RecentPlaces::availableArea(window.get());
        // A screen smaller than the window's minimum (the offscreen platform's is 800 × 600) gets the minimum.
        const QSize minimum = window->minimumSizeHint();
        // A laptop's 1366 × 768 screen holds the whole window at its 85 % (no pane's buttons push it wider).
        QVERIFY2(minimum.width() <= 1366 * 85 / 100, qPrintable(QString::number(minimum.width())));
        QVERIFY2(window->width() >= std::min(area.width() * 8 / 10, minimum.width())
                && window->width() <= std::max(area.width(), minimum.width()),
            qPrintable(u"%1 of %2"_s.arg(window->width()).arg(area.width())));
        QVERIFY(window->height() >= std::min(area.height() * 8 / 10, minimum.height())
            && window->height() <= std::max(area.height(), minimum.height()));
        // The three panes in proportion, the article widest, once there is an article to show.
        QFile article(m_dir.filePath(u"proportion.txt"_s));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Ein Testartikel\n\nDie Beispiel GmbH meldete am 3. März 2026 einen Fehlversand.\n");
        article.close();
        window->importPaths({ article.fileName() }, true);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 3);
        QVERIFY2(sizes.at(1) > sizes.at(0) && sizes.at(1) > sizes.at(2),
            qPrintable(u"%1 %2 %3"_s.arg(sizes.at(0)).arg(sizes.at(1)).arg(sizes.at(2))));
        window->close();
        // The next start has the size the analyst left.
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    }

    void aNarrowLibraryKeepsTheTitlesReadable()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"narrow.sqlite"_s));
        window->setSamplesFolder(QStringLiteral(IWB_SOURCE_DIR "/resources/samples"));
        window->welcomePanel()->samplesButton()->click();
        QTRY_COMPARE(window->library()->view()->model()->rowCount(), 8);
        window->resize(1600, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTableView *view = window->library()->view();
        auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);

        // Narrow: the short columns give way, the language first, and the title keeps its width.
        splitter->setSizes({ 260, 800, 540 });
        QTRY_VERIFY(view->isColumnHidden(DocumentListModel::LanguageColumn));
        QVERIFY(view->columnWidth(DocumentListModel::TitleColumn) >= view->fontMetrics().averageCharWidth() * 20);
        // Wide: every column is back.
        splitter->setSizes({ 700, 500, 400 });
        QTRY_VERIFY(!view->isColumnHidden(DocumentListModel::LanguageColumn));
        QVERIFY(!view->isColumnHidden(DocumentListModel::PublishedColumn));
        QVERIFY(!view->isColumnHidden(DocumentListModel::FactsColumn));
        QVERIFY(view->isColumnHidden(DocumentListModel::SourceColumn));
    }

    void emptyStoreExplainsWhatToDo()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"welcome.sqlite"_s));
        window->setSamplesFolder(QStringLiteral(IWB_SOURCE_DIR "/resources/samples"));
        auto *central = qobject_cast<QStackedWidget *>(window->centralWidget());
        QVERIFY(central);
        QCOMPARE(central->currentWidget(), window->welcomePanel());
        QVERIFY(window->welcomePanel()->samplesButton()->isVisible());
        QVERIFY(window->welcomePanel()->importButton()->isVisible());
        QVERIFY(window->welcomePanel()->openUrlButton()->isVisible());
        window->welcomePanel()->samplesButton()->click();
        QTRY_VERIFY(window->store().documentCount() == 8);
        QTRY_VERIFY(central->currentWidget() != window->welcomePanel());
    }

    void refusedFilesShowTheirReasonAndSingular()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"refused.sqlite"_s));
        const QString missing = m_dir.filePath(u"no-such-article.txt"_s);
        window->importInBackground({ missing });
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"importFailures"_s)) != nullptr);
        QCOMPARE(box->text(), u"1 file could not be imported. The others were imported."_s);
        QVERIFY2(box->informativeText().contains(u"no-such-article.txt"_s), qPrintable(box->informativeText()));
        QVERIFY(box->detailedText().isEmpty()); // nothing hidden behind "Show Details"
        box->close();
    }

    void titleNamesTheArticleOnce()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"title.sqlite"_s));
        QCOMPARE(window->windowTitle(), QApplication::applicationDisplayName());
        IwbTest::openSampleArticle(*window, u"Stolen laptop"_s);
        QTRY_VERIFY(window->windowTitle().startsWith(u"Stolen laptop"_s));
        QVERIFY(window->windowTitle().endsWith(u"[*]"_s));
        QVERIFY(!window->windowTitle().contains(QApplication::applicationDisplayName()));
    }

    void settingsNameTheAnalystAndTheAutosave()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"settings.sqlite"_s));
        {
            SettingsDialog dialog(window->session()->analyst(), window.get());
            dialog.analystField()->setText(u"Dr. Erika Muster"_s);
            dialog.autosaveBox()->setValue(30);
            dialog.articleLanguageBox()->setCurrentIndex(dialog.articleLanguageBox()->findData(u"de"_s));
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
            dialog.save();
        }
        QCOMPARE(WorkbenchSettings::analystName(u"login"_s), u"Dr. Erika Muster"_s);
        QCOMPARE(WorkbenchSettings::autosaveSeconds(), 30);
        QCOMPARE(WorkbenchSettings::articleLanguage(), u"de"_s);
        QCOMPARE(Localization::chosenLanguage(), u"de"_s);
        auto next = IwbTest::openWorkbench(m_dir.filePath(u"settings.sqlite"_s));
        QCOMPARE(next->session()->analyst(), u"Dr. Erika Muster"_s);
        QSettings().remove(Localization::settingsKey());
    }

    void recentArticlesAreListed()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"recent.sqlite"_s));
        const qint64 first = IwbTest::openSampleArticle(*window, u"Stolen laptop"_s);
        QTRY_COMPARE(window->articleView()->document().id(), first);
        const QList<RecentPlaces::Article> recent = RecentPlaces::recentArticles(window->store().path());
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().id, first);
        QVERIFY(recent.first().title.startsWith(u"Stolen laptop"_s));
        auto *menu = window->findChild<QMenu *>(u"recentArticlesMenu"_s);
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QVERIFY(menu->actions().first()->text().startsWith(u"Stolen laptop"_s));
    }

    void shortcutOverviewListsTheWindowsKeys()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"keys.sqlite"_s));
        std::unique_ptr<QDialog> dialog(HelpDialogs::keyboardShortcuts(window.get()));
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutTable"_s);
        QVERIFY(table);
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            rows.append(table->item(row, 1)->text() + u" = "_s + table->item(row, 2)->text());
        }
        const QString all = rows.join(u'\n');
        QVERIFY2(all.contains(u"Redo = "_s) && all.contains(u"Ctrl+Y"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Import Files = Ctrl+O"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Re-run Extraction = F5"_s), qPrintable(all));
    }

    /// Every control a keyboard can reach has a name a screen reader reads (and buttons and fields a
    /// description too, from their tool tip or What's This).
    void everyControlHasAnAccessibleName()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(u"a11y.sqlite"_s));
        IwbTest::openSampleArticle(*window, u"Stolen laptop"_s);
        QTRY_VERIFY(window->session()->hasDocument());
        QStringList unnamed;
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(window.get()) || widget->focusPolicy() == Qt::NoFocus
                || qobject_cast<QMenu *>(widget) || widget->inherits("QScrollBar")) {
                continue;
            }
            // The viewport of an item view is reached through the view, which carries the name.
            if (widget->parentWidget() && qobject_cast<QAbstractItemView *>(widget->parentWidget())) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            if (accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed.append(u"%1 %2 (parent %3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                    widget->objectName(), widget->parentWidget() ? widget->parentWidget()->objectName() : QString()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"controls without an accessible name:\n"_s + unnamed.join(u'\n')));
    }

    /// The article's text stays readable on every fact's highlight (WCAG AA, 4.5:1), in every theme.
    void factHighlightsKeepTheTextReadable()
    {
        KSyntaxHighlighting::Repository repository;
        QStringList failures;
        int checked = 0;
        for (const KSyntaxHighlighting::Theme &theme : repository.themes()) {
            const FactStyles styles(theme);
            const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
            const QColor text = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal));
            for (const FactType type : allFactTypes()) {
                for (const FactStatus status : { FactStatus::Suggested, FactStatus::Accepted, FactStatus::Rejected }) {
                    Fact fact;
                    fact.type = type;
                    fact.status = status;
                    const QColor tint = styles.format(fact).background().color();
                    const double ratio = contrast(text, blended(tint, background));
                    ++checked;
                    // WCAG AA; a theme whose own text is below it (Solarized Light: 4.1:1) may not lose more
                    // than a twentieth of its contrast under a highlight.
                    const double plain = contrast(text, background);
                    if (ratio < std::min(4.5, plain * 0.95)) {
                        failures.append(
                            u"%1: %2: %3:1"_s.arg(theme.name(), FactListModel::typeLabel(type)).arg(ratio, 0, 'f', 2));
                    }
                }
            }
        }
        QVERIFY(checked > 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
