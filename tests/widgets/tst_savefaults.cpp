// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The window under store faults (docs/reliability.md): a save that fails shows the reason, keeps the
// unsaved work (the window stays modified, a recovery draft is written) and works once the fault is gone;
// after the workbench's save path was killed while editing, the next session offers the recovery draft and
// restores the work; File → Back Up Store… copies the store while the window goes on.

#include "annotation/annotationsession.h"
#include "annotation/factlistmodel.h"
#include "annotation/recoverydrafts.h"
#include "rawstore.h"
#include "recordform.h"
#include "storebackupaction.h"
#include "workbenchtesting.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Iwb;

namespace {

qint64 addArticle(IncidentStore &store, const QString &text)
{
    Document document;
    document.setTitle(text.left(20));
    document.setText(text);
    const auto added = store.addDocument(document);
    return added ? added->id : 0;
}

const QString articleText = QStringLiteral(
    "Die Stadtwerke Alpha haben am Montag einen Angriff auf ihre Kundendatenbank gemeldet. Betroffen seien Namen, "
    "Anschriften, Zählernummern und Bankverbindungen von rund zwölftausend Haushalten. Der Landesbeauftragte für "
    "den Datenschutz wurde informiert, die Polizei ermittelt wegen Erpressung.");

} // namespace

class TestSaveFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shownMessage;

    /// Answers the next modal message box with @p button, noting its text in m_shownMessage.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, this, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answerNextMessageBox(button); // not shown yet
                return;
            }
            m_shownMessage = box->text();
            if (QAbstractButton *answer = box->button(button)) {
                answer->click();
            } else {
                box->reject();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The drafts' folder (RecoveryDrafts::defaultFolder()) of the workbench's names, in the test's folder,
        // shared with the child that is killed below.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("IncidentWorkbench"));
        QCoreApplication::setApplicationName(QStringLiteral("incident-workbench"));
    }

    void failedSaveShowsWhyKeepsTheWorkAndSavesLater()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.sqlite"));
        auto window = IwbTest::openWorkbench(path);
        const qint64 id = addArticle(window->store(), articleText);
        QVERIFY(window->showDocument(id));
        auto *notes = window->recordForm()->findChild<QPlainTextEdit *>();
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Rueckruf bei der Behoerde"));
        QVERIFY(window->isWindowModified());

        // The disk is full: the store may not grow by a page.
        QVERIFY(window->store().setSizeLimit(1));
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!window->save()); // File → Save, Ctrl+S
        QVERIFY2(m_shownMessage.contains(path + QLatin1String(": ")), qPrintable(m_shownMessage));
        QVERIFY2(m_shownMessage.contains(QLatin1String("The disk is full")), qPrintable(m_shownMessage));
        QVERIFY2(m_shownMessage.contains(QLatin1String("Your changes are kept")), qPrintable(m_shownMessage));
        // The work is still there, unsaved, also as a recovery draft; the window works on.
        QVERIFY(window->isWindowModified());
        QVERIFY(window->session()->isModified());
        QCOMPARE(window->session()->record().notes, QStringLiteral("Rueckruf bei der Behoerde"));
        const auto draft = RecoveryDrafts().read(window->session()->document().sha256());
        QVERIFY(draft);
        QCOMPARE(draft->value(QStringLiteral("record")).toObject().value(QStringLiteral("notes")).toString(),
            QStringLiteral("Rueckruf bei der Behoerde"));
        QCOMPARE(IwbTest::RawStore(path).value(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 0);
        QTest::keyClicks(notes, QStringLiteral(" am Dienstag"));

        // Room again: Ctrl+S saves everything, the draft goes.
        QVERIFY(window->store().setSizeLimit(0));
        m_shownMessage.clear();
        QVERIFY(window->save());
        QVERIFY2(m_shownMessage.isEmpty(), qPrintable(m_shownMessage));
        QVERIFY(!window->isWindowModified());
        QCOMPARE(IwbTest::RawStore(path).value(QStringLiteral("SELECT notes FROM incidents")).toString(),
            QStringLiteral("Rueckruf bei der Behoerde am Dienstag"));
        QVERIFY(!RecoveryDrafts().read(window->session()->document().sha256()));
    }

    /// The save path killed (SIGKILL) while editing: the next session offers the draft and restores the work.
    void recoveryDraftIsOfferedAfterAKill()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        qint64 id = 0;
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            id = addArticle(store, articleText);
        }
        QProcess child;
        child.start(QStringLiteral(IWB_CRASH_CHILD), { QStringLiteral("draft"), path, QString::number(id) });
        QVERIFY(child.waitForStarted());
        QString lastDraft;
        QByteArray output;
        while (!output.contains("draft 25\n")) {
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
        }
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        const qint64 reported = output.trimmed().split('\n').constLast().split(' ').constLast().toLongLong();
        QVERIFY(reported >= 25);

        auto window = IwbTest::openWorkbench(path);
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(window->showDocument(id));
        QVERIFY2(m_shownMessage.contains(QLatin1String("unsaved work on this article")), qPrintable(m_shownMessage));
        QVERIFY(window->isWindowModified());
        // The newest draft the child wrote (the one after the last it reported may have made it to disk too).
        const qint64 restored = window->session()->record().affectedCount.value_or(0);
        QVERIFY2(restored == reported || restored == reported + 1, qPrintable(QString::number(restored)));
        QCOMPARE(window->session()->record().notes,
            QStringLiteral("save %1 facts=%2").arg(restored).arg(window->session()->facts()->facts().size()));
        QVERIFY(window->save());
        QVERIFY(!window->isWindowModified());
        QCOMPARE(IwbTest::RawStore(path).value(QStringLiteral("SELECT affected_count FROM incidents")).toLongLong(),
            restored);
    }

    void backUpStoreCopiesWhileTheWindowGoesOn()
    {
        const QString path = m_dir.filePath(QStringLiteral("backed-up.sqlite"));
        auto window = IwbTest::openWorkbench(path);
        QVERIFY(addArticle(window->store(), articleText) > 0);
        auto *backup = window->findChild<StoreBackupAction *>();
        QVERIFY(backup);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("backUpStoreAction")));
        QSignalSpy finished(backup, &StoreBackupAction::finished);
        const QString target = m_dir.filePath(QStringLiteral("copy.sqlite"));
        backup->backUpTo(target);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.constFirst().at(0).toBool());
        QVERIFY2(finished.constFirst().at(1).toString().contains(target),
            qPrintable(finished.constFirst().at(1).toString()));
        QCOMPARE(IwbTest::RawStore(target).value(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 1);
        // A backup onto the store itself is refused with a message, and the store stays.
        answerNextMessageBox(QMessageBox::Ok);
        backup->backUpTo(path);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.constLast().at(0).toBool());
        QTRY_VERIFY(m_shownMessage.contains(QLatin1String("is the store itself")));
        QCOMPARE(window->store().documentCount(), 1);
    }
};

QTEST_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
