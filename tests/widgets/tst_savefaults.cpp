// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The window under store faults (docs/reliability.md): a save that fails shows a message naming the file,
// the fault and what to do, keeps the unsaved work (the window stays modified, the undo stack as it was, a
// recovery draft is written) and works once the fault is gone; File → Back Up Store… copies the store while
// the window goes on. The recovery draft after a kill is tested on the real program (tests/e2e/tst_guiapp).

#include "annotation/annotationsession.h"
#include "annotation/recoverydrafts.h"
#include "rawstore.h"
#include "recordform.h"
#include "storebackupaction.h"
#include "workbenchtesting.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <memory>

#include <unistd.h>

using namespace Iwb;
using IwbTest::RawStore;

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

/// A store fault the test turns on before a save and off before the retry.
class Fault
{
public:
    virtual ~Fault() = default;
    virtual bool begin(IncidentStore &store) = 0;
    virtual bool end(IncidentStore &store) = 0;
};

/// The disk is full: the store may not grow by a page (SQLite's max_page_count at the file's size).
class FullDisk : public Fault
{
public:
    bool begin(IncidentStore &store) override { return store.setSizeLimit(1); }
    bool end(IncidentStore &store) override { return store.setSizeLimit(0); }
};

/// Another program holds the write lock (BEGIN IMMEDIATE on a connection of its own) past the busy timeout.
class LockedByAnotherProgram : public Fault
{
public:
    bool begin(IncidentStore &store) override
    {
        m_other = std::make_unique<RawStore>(store.path());
        QSqlQuery begin(m_other->database());
        return begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    bool end(IncidentStore &) override
    {
        QSqlQuery rollback(m_other->database());
        const bool ended = rollback.exec(QStringLiteral("ROLLBACK"));
        rollback.finish();
        m_other.reset();
        return ended;
    }

private:
    std::unique_ptr<RawStore> m_other;
};

/// Root may write any file: as long as this lives, the test runs as the unprivileged user nobody (real and
/// effective ids, so that access() agrees with open(); root stays the saved id, to come back). A test run by
/// another user keeps its own.
class UnprivilegedAccess
{
public:
    static constexpr uid_t nobody = 65534;
    UnprivilegedAccess()
        : m_wasRoot(::geteuid() == 0)
    {
        if (m_wasRoot && (::setresgid(nobody, nobody, 0) != 0 || ::setresuid(nobody, nobody, 0) != 0)) {
            qFatal("cannot take the unprivileged user's ids");
        }
    }
    ~UnprivilegedAccess()
    {
        if (m_wasRoot && (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0)) {
            qFatal("cannot take root's ids back");
        }
    }
    UnprivilegedAccess(const UnprivilegedAccess &) = delete;
    UnprivilegedAccess &operator=(const UnprivilegedAccess &) = delete;

    /// Gives @p path to the unprivileged user (when the test runs as root).
    static bool handOver(const QString &path)
    {
        return ::geteuid() != 0 || ::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0;
    }

private:
    bool m_wasRoot;
};

enum class FaultKind { FullDisk, Locked };

std::unique_ptr<Fault> makeFault(FaultKind kind)
{
    if (kind == FaultKind::FullDisk) {
        return std::make_unique<FullDisk>();
    }
    return std::make_unique<LockedByAnotherProgram>();
}

/// The window's File → Save action (Ctrl+S).
QAction *saveAction(MainWindow &window)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Save))) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(FaultKind)

class TestSaveFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shownMessage;
    int m_number = 0;

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
        // The drafts' folder (RecoveryDrafts::defaultFolder()) in the test's folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("IncidentWorkbench"));
        QCoreApplication::setApplicationName(QStringLiteral("incident-workbench"));
    }

    void failedSaveKeepsTheWorkAndSavesLater_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<QString>("advice");
        QTest::newRow("disk full") << FaultKind::FullDisk
                                   << QStringLiteral("The disk is full, or the file may not grow");
        QTest::newRow("locked by another program")
            << FaultKind::Locked
            << QStringLiteral("Another program (a second workbench or incident-cli) is writing to this store");
    }

    void failedSaveKeepsTheWorkAndSavesLater()
    {
        QFETCH(FaultKind, kind);
        QFETCH(QString, advice);
        const std::unique_ptr<Fault> fault = makeFault(kind);
        const QString path = m_dir.filePath(QStringLiteral("fault-%1.sqlite").arg(++m_number));
        auto window = IwbTest::openWorkbench(path);
        const qint64 id = addArticle(window->store(), articleText);
        QVERIFY(window->showDocument(id));
        QAction *save = saveAction(*window);
        QVERIFY(save);
        auto *notes = window->recordForm()->findChild<QPlainTextEdit *>();
        QVERIFY(notes);
        // A note typed, and a long one pasted: more than the free room in the store's pages, so the save
        // must grow the file.
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Rueckruf bei der Behoerde. "));
        const QString pasted = QStringLiteral("Protokoll des Anrufs, Zeile fuer Zeile. ").repeated(1000);
        QApplication::clipboard()->setText(pasted);
        QTest::keySequence(notes, QKeySequence::Paste);
        const QString typed = QStringLiteral("Rueckruf bei der Behoerde. ") + pasted;
        QCOMPARE(window->session()->record().notes, typed);
        QVERIFY(window->isWindowModified());
        const int steps = window->session()->undoStack()->count();
        QVERIFY(steps > 0);

        QVERIFY(fault->begin(window->store()));
        answerNextMessageBox(QMessageBox::Ok);
        m_shownMessage.clear();
        save->trigger(); // File → Save, Ctrl+S
        // The message names the file, the fault and what to do, and says the work is kept.
        QVERIFY2(m_shownMessage.contains(path + QLatin1String(": ")), qPrintable(m_shownMessage));
        QVERIFY2(m_shownMessage.contains(advice), qPrintable(m_shownMessage));
        QVERIFY2(m_shownMessage.contains(QLatin1String("Your changes are kept")), qPrintable(m_shownMessage));
        // The work is still there, unsaved, with its undo steps, and in a recovery draft; the window works on.
        QVERIFY(window->isWindowModified());
        QVERIFY(window->session()->isModified());
        QCOMPARE(window->session()->undoStack()->count(), steps);
        QCOMPARE(notes->toPlainText(), typed);
        const auto draft = RecoveryDrafts().read(window->session()->document().sha256());
        QVERIFY(draft);
        QCOMPARE(draft->value(QStringLiteral("record")).toObject().value(QStringLiteral("notes")).toString(), typed);
        QVERIFY(fault->end(window->store()));
        QCOMPARE(RawStore(path).value(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 0);
        // Undo and redo still work on the kept steps.
        window->session()->undoStack()->undo();
        QVERIFY(notes->toPlainText() != typed);
        window->session()->undoStack()->redo();
        QCOMPARE(notes->toPlainText(), typed);
        QTest::keyClick(notes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(notes, QStringLiteral("Ende."));

        // The fault is gone: Ctrl+S saves everything, the draft goes.
        m_shownMessage.clear();
        save->trigger();
        QVERIFY2(m_shownMessage.isEmpty(), qPrintable(m_shownMessage));
        QVERIFY(!window->isWindowModified());
        QCOMPARE(RawStore(path).value(QStringLiteral("SELECT notes FROM incidents")).toString(),
            typed + QStringLiteral("Ende."));
        QVERIFY(!RecoveryDrafts().read(window->session()->document().sha256()));
    }

    /// A store the user could only read when the window opened it: the save is refused with the read-only
    /// message and the work kept; once the user made the file writable, the next save works (the store opens
    /// its connection again: SQLite never makes a read-only connection writable).
    void readOnlyStoreSavesOnceMadeWritable()
    {
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        const QString path = folder + QStringLiteral("/store.sqlite");
        QVERIFY(QDir().mkpath(folder));
        {
            IncidentStore store;
            QVERIFY(store.open(path));
            QVERIFY(addArticle(store, articleText) > 0);
        }
        const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        // The unprivileged user reaches the store and the drafts' folder, owns the store's folder and file,
        // and may only read the file.
        QVERIFY(QFile::setPermissions(m_dir.path(), everyone));
        const QString drafts = RecoveryDrafts::defaultFolder();
        QVERIFY(QDir().mkpath(drafts));
        const QStringList files { m_dir.filePath(QStringLiteral("data")), QFileInfo(drafts).absolutePath(), drafts,
            folder, path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") };
        for (const QString &file : files) {
            QVERIFY(!QFileInfo::exists(file) || UnprivilegedAccess::handOver(file));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

        const UnprivilegedAccess unprivileged;
        auto window = IwbTest::openWorkbench(path);
        QVERIFY(window->store().isReadOnly());
        QVERIFY(window->showDocument(window->store().documentSummaries().constFirst().id));
        QAction *save = saveAction(*window);
        QVERIFY(save);
        auto *notes = window->recordForm()->findChild<QPlainTextEdit *>();
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Rueckruf bei der Behoerde"));
        QVERIFY(window->isWindowModified());

        answerNextMessageBox(QMessageBox::Ok);
        m_shownMessage.clear();
        save->trigger();
        QVERIFY2(m_shownMessage.contains(path + QLatin1String(": ")), qPrintable(m_shownMessage));
        QVERIFY2(m_shownMessage.contains(QLatin1String("read-only")), qPrintable(m_shownMessage));
        QVERIFY2(m_shownMessage.contains(QLatin1String("Your changes are kept")), qPrintable(m_shownMessage));
        QVERIFY(window->isWindowModified());
        QVERIFY(RecoveryDrafts().read(window->session()->document().sha256()));

        // The user makes the file writable (its owner may) and saves again, in the same window.
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        m_shownMessage.clear();
        save->trigger();
        QVERIFY2(m_shownMessage.isEmpty(), qPrintable(m_shownMessage));
        QVERIFY(!window->isWindowModified());
        QVERIFY(!window->store().isReadOnly());
        QCOMPARE(RawStore(path).value(QStringLiteral("SELECT notes FROM incidents")).toString(),
            QStringLiteral("Rueckruf bei der Behoerde"));
        QVERIFY(!RecoveryDrafts().read(window->session()->document().sha256()));
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
        QCOMPARE(RawStore(target).value(QStringLiteral("SELECT count(*) FROM documents")).toInt(), 1);
        // A backup onto the store itself is refused with a message, and the store stays.
        answerNextMessageBox(QMessageBox::Ok);
        m_shownMessage.clear();
        backup->backUpTo(path);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.constLast().at(0).toBool());
        QTRY_VERIFY(m_shownMessage.contains(QLatin1String("is the store itself")));
        QCOMPARE(window->store().documentCount(), 1);
    }
};

QTEST_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
