// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "articleview.h"
#include "httptestserver.h"
#include "mainwindow.h"
#include "openurldialog.h"
#include "storage/incidentstore.h"
#include "workbenchtesting.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Iwb;
using IwbTest::CannedResponse;

namespace {

// A fictional incident report, written for this test.
const QByteArray page = R"(<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Offener Verteiler beim Turnverein Lindenhof</title></head>
<body><article><h1>Offener Verteiler beim Turnverein Lindenhof</h1>
<p>Der Turnverein Lindenhof hat eine Einladung an 640 Mitglieder mit offenem Verteiler verschickt.
Alle Empfänger konnten die E-Mail-Adressen der anderen Mitglieder sehen. Der Verein hat den Vorfall
der Aufsichtsbehörde gemeldet.</p></article></body></html>
)";

} // namespace

/// Receives what "Open Original" asks the desktop to open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class TestOpenUrl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<IwbTest::HttpTestServer> m_server;

    /// File → Open URL… as the analyst does it: the menu action, the address typed, Open clicked.
    static OpenUrlDialog *typeAddress(MainWindow &window, const QString &address)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("openUrlAction"));
        if (!action) {
            return nullptr;
        }
        action->trigger();
        auto *dialog = qobject_cast<OpenUrlDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return nullptr;
        }
        QTest::keyClicks(dialog->addressField(), address);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openUrlButton")), Qt::LeftButton);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("IncidentWorkbenchTest"));
        QApplication::setApplicationName(QStringLiteral("tst_openurl"));
        m_server = std::make_unique<IwbTest::HttpTestServer>();
        m_server->serve("/verein/verteiler", CannedResponse::page("text/html; charset=utf-8", page));
        m_server->serve("/kurz", CannedResponse::redirect(302, "/verein/verteiler"));
    }

    void cleanupTestCase() { m_server.reset(); }

    void openUrlShowsTheFetchedArticle()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(QStringLiteral("open.sqlite")));
        const QString final = m_server->url(QStringLiteral("/verein/verteiler")).toString();
        QPointer<OpenUrlDialog> dialog = typeAddress(*window, m_server->url(QStringLiteral("/kurz")).toString());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000); // accepted and closed
        QTRY_COMPARE(
            window->articleView()->document().title(), QStringLiteral("Offener Verteiler beim Turnverein Lindenhof"));
        const Document &shown = window->articleView()->document();
        QCOMPARE(shown.source(), final);
        QCOMPARE(shown.metadata().fetchedUrl, final);
        QVERIFY(window->articleView()->textEdit()->toPlainText().contains(QStringLiteral("640 Mitglieder")));
        QCOMPARE(window->store().documentCount(), 1);

        // "Open Original" hands the final address to the desktop (here: to the test).
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "openUrl");
        QToolButton *original = window->articleView()->openOriginalButton();
        QVERIFY(original->isVisible());
        QTest::mouseClick(original, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(catcher.opened, QList<QUrl> { QUrl(final) });

        // The same page again: recognised by its address, nothing added.
        dialog = typeAddress(*window, final);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
        QCOMPARE(window->store().documentCount(), 1);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("already in the library")),
            qPrintable(window->statusBar()->currentMessage()));
    }

    void aPageThatCannotBeFetchedIsExplainedInTheDialog()
    {
        auto window = IwbTest::openWorkbench(m_dir.filePath(QStringLiteral("errors.sqlite")));
        const QString missing = m_server->url(QStringLiteral("/verein/weg")).toString();
        QPointer<OpenUrlDialog> dialog = typeAddress(*window, missing);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
        QCOMPARE(dialog->errorText(), missing + QStringLiteral(": the server answered 404 Not Found"));
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("urlStatus"))->text().contains(QStringLiteral("404 Not Found")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(window->store().documentCount(), 0);

        // Not an address at all: said at once, nothing fetched.
        dialog->addressField()->clear();
        QTest::keyClicks(dialog->addressField(), QStringLiteral("ftp://archiv.example/a.txt"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openUrlButton")), Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("only http and https")), qPrintable(dialog->errorText()));
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void cancelStopsASlowFetch()
    {
        CannedResponse slow = CannedResponse::page("text/html; charset=utf-8", page);
        slow.delayMs = 4000;
        m_server->serve("/langsam", slow);
        auto window = IwbTest::openWorkbench(m_dir.filePath(QStringLiteral("cancel.sqlite")));
        QPointer<OpenUrlDialog> dialog = typeAddress(*window, m_server->url(QStringLiteral("/langsam")).toString());
        QVERIFY(dialog);
        QTRY_COMPARE(m_server->requestCount("/langsam"), 1);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("urlProgress"))->isVisible());
        // The window is not blocked meanwhile: events are processed (this test runs in its loop).
        dialog->reject(); // Cancel: stops the fetch, keeps the dialog
        QVERIFY2(dialog->errorText().endsWith(QStringLiteral(": cancelled")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(window->store().documentCount(), 0);
    }
};

QTEST_MAIN(TestOpenUrl)
#include "tst_openurl.moc"
