// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "../model/mailtesting.h"
#include "../model/msgtesting.h"
#include "programrun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gsf/gsf-utils.h>

/// incident-cli import and read of a folder with an e-mail (with an attachment) and a Word document, and of an
/// Outlook mail (.msg).
class TestMailCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("eingang"));
        QVERIFY(QDir().mkpath(m_folder));
        using namespace IwbMailTest;
        const QByteArray mail = headers("Datenpanne im Kundenportal", "multipart/mixed; boundary=\"b1\"")
            + multipart("b1",
                { "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                  "Die Stadtwerke Nordheim haben einen Fehler im Kundenportal bemerkt. Rund 1.200 Kund=\r\n"
                  "innen und Kunden konnten fremde Rechnungen sehen.",
                    "Content-Type: text/plain; charset=UTF-8\r\nContent-Disposition: attachment; "
                    "filename=\"stellungnahme.txt\"\r\n\r\nStellungnahme der Stadtwerke\r\n\r\nWir bedauern den "
                    "Fehler." });
        QFile file(m_folder + QStringLiteral("/a-mitteilung.eml"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mail);
        file.close();

        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral(IWB_SOURCE_DIR "/tests/data/producers/docx_minimal.py"),
                m_folder + QStringLiteral("/b-bericht.docx") });
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
    }

    void importAndRead()
    {
        const QString db = m_dir.filePath(QStringLiteral("store.sqlite"));
        const QString mail = m_folder + QStringLiteral("/a-mitteilung.eml");
        const QString docx = m_folder + QStringLiteral("/b-bericht.docx");
        const IwbTest::ProgramRun import
            = IwbTest::runCli({ QStringLiteral("import"), m_folder, QStringLiteral("--db"), db });
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QCOMPARE(import.out,
            QStringLiteral("imported document 1 [de] Datenpanne im Kundenportal (%1)\n"
                           "imported document 2 [de] Stellungnahme der Stadtwerke (%1, attachment "
                           "'stellungnahme.txt')\n"
                           "imported document 3 [de] Angriff auf das Lohnbüro (%2)\n"
                           "3 imported, 0 already stored, 0 failed; database %3\n")
                .arg(mail, docx, db));

        const IwbTest::ProgramRun read = IwbTest::runCli({ QStringLiteral("read"), m_folder });
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QCOMPARE(read.out,
            QStringLiteral("== %1\ntitle: Datenpanne im Kundenportal\npublished: 2026-03-02\nauthor: Pressestelle "
                           "Stadtwerke Nordheim <presse@stadtwerke-nordheim.example>\nattachments: "
                           "stellungnahme.txt\nlanguage: de\n\nDie Stadtwerke Nordheim haben einen Fehler im "
                           "Kundenportal bemerkt. Rund 1.200 Kundinnen und Kunden konnten fremde Rechnungen "
                           "sehen.\n\n"
                           "== %1#stellungnahme.txt\ntitle: Stellungnahme der Stadtwerke\npublished: \nlanguage: "
                           "de\n\nStellungnahme der Stadtwerke\n\nWir bedauern den Fehler.\n\n"
                           "== %2\ntitle: Angriff auf das Lohnbüro\npublished: \nlanguage: de\n\nAngriff auf das "
                           "Lohnbüro\n\nDie Musterwerk GmbH meldet einen Angriff auf 860 Datensätze.\n\n")
                .arg(mail, docx));

        // The same mail again: the mail and its attachment are already stored.
        const IwbTest::ProgramRun again
            = IwbTest::runCli({ QStringLiteral("import"), mail, QStringLiteral("--db"), db });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("0 imported, 2 already stored, 0 failed")), qPrintable(again.out));
    }

    void outlookMail()
    {
        gsf_init();
        const QString msg = m_dir.filePath(QStringLiteral("mitteilung.msg"));
        QVERIFY(IwbMsgTest::writeMsg(msg, IwbMsgTest::releaseMsg()));
        const QString db = m_dir.filePath(QStringLiteral("outlook.sqlite"));
        const IwbTest::ProgramRun import
            = IwbTest::runCli({ QStringLiteral("import"), msg, QStringLiteral("--db"), db });
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QCOMPARE(import.out,
            QStringLiteral("imported document 1 [de] Datenpanne im Kundenportal (%1)\n"
                           "1 imported, 0 already stored, 0 failed; database %2\n")
                .arg(msg, db));
        const IwbTest::ProgramRun read = IwbTest::runCli({ QStringLiteral("read"), msg });
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QCOMPARE(read.out,
            QStringLiteral("== %1\ntitle: Datenpanne im Kundenportal\npublished: 2026-03-02\nauthor: %2\nlanguage: "
                           "de\n\n%3\n\n")
                .arg(msg, IwbMailTest::pressOffice, IwbMailTest::release));
    }

    void refusedMailIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("kein.eml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nur ein Satz ohne Mailkopf.\n");
        file.close();
        const IwbTest::ProgramRun import = IwbTest::runCli(
            { QStringLiteral("import"), path, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")) });
        QCOMPARE(import.exitCode, 1);
        QCOMPARE(import.err,
            QStringLiteral("incident-cli import: %1: it is not an e-mail (it does not start with mail header lines)\n")
                .arg(path));
    }
};

QTEST_GUILESS_MAIN(TestMailCli)
#include "tst_mailcli.moc"
