// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "mailtesting.h"
#include "msgtesting.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gsf/gsf-utils.h>

using namespace Iwb;
using namespace IwbMailTest;
using namespace IwbMsgTest;

Q_DECLARE_METATYPE(IwbMsgTest::Msg)

/// Outlook mails (.msg, OLE2 compound files) read through the helper incident-parse with libgsf: .msg files the
/// test writes with libgsf's OLE2 writer, their text, title, date, sender, attachments and refusals.
class TestMsgImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString path(const QString &name = QString())
    {
        return m_dir.filePath(name.isEmpty() ? QStringLiteral("mail-%1.msg").arg(++m_count) : name);
    }

    QString write(const Msg &msg, const QString &name = QString())
    {
        const QString file = path(name);
        if (!writeMsg(file, msg)) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

    QString writeBytes(const QByteArray &bytes)
    {
        const QString file = path();
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(file));
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        gsf_init();
        QVERIFY(m_dir.isValid());
    }

    void recoversMsg_data()
    {
        QTest::addColumn<Msg>("msg");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("text");

        QTest::newRow("unicode, SMTP address beside the Exchange one")
            << releaseMsg() << releaseTitle << "2026-03-02" << pressOffice << release;
        QTest::newRow("forward prefix taken off") << releaseMsg(QStringLiteral("WG: ") + releaseTitle) << releaseTitle
                                                  << "2026-03-02" << pressOffice << release;

        const QByteArray html
            = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
              "<title>Pressemitteilung</title></head><body><nav><a href=\"/\">Start</a></nav><main><p>"
            + first.toUtf8() + "</p><p>" + second.toUtf8() + "</p></main></body></html>";
        Msg htmlOnly = releaseMsg();
        htmlOnly.streams.removeIf([](const auto &stream) { return stream.first == "__substg1.0_1000001F"; });
        htmlOnly.streams.append({ "__substg1.0_10130102", html });
        QTest::newRow("HTML body only") << htmlOnly << releaseTitle << "2026-03-02" << pressOffice << release;

        // A body over 4096 bytes lies in the file's regular sectors, not in the mini stream.
        QStringList paragraphs;
        for (int i = 0; i < 40; ++i) {
            paragraphs.append(i % 2 == 0 ? first : second);
        }
        Msg longBody = releaseMsg();
        longBody.streams.removeIf([](const auto &stream) { return stream.first == "__substg1.0_1000001F"; });
        longBody.streams.append({ "__substg1.0_1000001F", unicode(paragraphs.join(QStringLiteral("\r\n\r\n"))) });
        QTest::newRow("body in regular sectors")
            << longBody << releaseTitle << "2026-03-02" << pressOffice << paragraphs.join(QStringLiteral("\n\n"));

        // An old Outlook's ANSI properties (001E), the address in PR_SENT_REPRESENTING_EMAIL_ADDRESS, no date.
        const Msg ansi { { { "__substg1.0_0037001E", QByteArray("Fehlversand von Kontoauszuegen\0", 31) },
                             { "__substg1.0_0C1A001E", QByteArray("Jana Beispiel") },
                             { "__substg1.0_0065001E", QByteArray("jana@lokalblatt.example") },
                             { "__substg1.0_1000001E", QByteArray("Die Behoerde wurde informiert.\r\n") } },
            {} };
        QTest::newRow("8-bit properties")
            << ansi << "Fehlversand von Kontoauszuegen" << QString() << "Jana Beispiel <jana@lokalblatt.example>"
            << "Die Behoerde wurde informiert.";
    }

    void recoversMsg()
    {
        QFETCH(Msg, msg);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, author);
        QFETCH(QString, text);
        const ImportResult result = DocumentImporter().importFile(write(msg));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.format(), QStringLiteral("msg"));
        QCOMPARE(result.document.text(), text);
        QCOMPARE(result.document.title(), title);
        QCOMPARE(result.document.published(), published);
        QCOMPARE(result.document.metadata().author, author);
        QVERIFY(result.attachments.isEmpty());
    }

    void attachments()
    {
        const QString statement
            = QStringLiteral("Stellungnahme der Stadtwerke Nordheim\n\nWir bedauern den Fehler im Kundenportal.");
        Msg msg = releaseMsg(QStringLiteral("WG: Pressemitteilung"));
        msg.streams.removeIf([](const auto &stream) { return stream.first == "__substg1.0_1000001F"; });
        msg.streams.append({ "__substg1.0_1000001F", unicode(QStringLiteral("Die Stellungnahme hängt an.\r\n")) });
        msg.attachments = {
            { { "__substg1.0_3707001F", unicode(QStringLiteral("stellungnahme.txt")) },
                { "__substg1.0_370E001F", unicode(QStringLiteral("text/plain")) },
                { "__substg1.0_37010102", statement.toUtf8() } },
            { { "__substg1.0_3707001F", unicode(QStringLiteral("logo.png")) },
                { "__substg1.0_37010102", QByteArray::fromBase64("iVBORw0KGgo=") } },
        };
        const QString file = write(msg, QStringLiteral("mit-anhang.msg"));
        const ImportResult result = DocumentImporter().importFile(file);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), QStringLiteral("Die Stellungnahme hängt an."));
        QCOMPARE(result.document.title(), QStringLiteral("Pressemitteilung"));
        QCOMPARE(result.document.metadata().attachments, QStringList({ QStringLiteral("stellungnahme.txt") }));
        QCOMPARE(result.attachments.size(), 1);
        const ImportResult &text = result.attachments.at(0);
        QVERIFY2(text.isValid(), qPrintable(text.error));
        QCOMPARE(text.document.format(), QStringLiteral("txt"));
        QCOMPARE(text.document.text(), statement);
        QCOMPARE(text.document.source(), file + QStringLiteral("#stellungnahme.txt"));
        QCOMPARE(text.document.metadata().attachedTo, file);
    }

    void refuses()
    {
        const QString notOle = writeBytes("Liebe Kolleginnen,\nhier der Text.\n");
        QCOMPARE(DocumentImporter().importFile(notOle).error,
            notOle
                + QStringLiteral(": it is not an Outlook mail (.msg files are OLE compound files, and this one does "
                                 "not start like one)"));

        // The OLE2 header of a real file, the rest cut off.
        QFile whole(write(releaseMsg()));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QString cut = writeBytes(whole.read(600));
        const QString damaged = DocumentImporter().importFile(cut).error;
        QVERIFY2(damaged.startsWith(cut + QStringLiteral(": the Outlook mail is damaged (")), qPrintable(damaged));

        const QString word = write(Msg { { { "WordDocument", QByteArray(600, 'x') } }, {} });
        QCOMPARE(DocumentImporter().importFile(word).error,
            word
                + QStringLiteral(": it is not an Outlook mail (an OLE compound file without mail properties; a Word "
                                 ".doc or Excel .xls?)"));

        Msg empty = releaseMsg();
        empty.streams.removeIf([](const auto &stream) { return stream.first == "__substg1.0_1000001F"; });
        const QString noText = write(empty);
        QCOMPARE(DocumentImporter().importFile(noText).error,
            noText + QStringLiteral(": the mail has no text (no plain or HTML body)"));

        Msg smime = releaseMsg();
        smime.streams[0].second = unicode(QStringLiteral("IPM.Note.SMIME"));
        const QString encrypted = write(smime);
        QCOMPARE(DocumentImporter().importFile(encrypted).error,
            encrypted
                + QStringLiteral(": the mail is encrypted (S/MIME); decrypt it in the mail program and save the "
                                 "decrypted copy"));
    }

    void suffixIsSupported() { QVERIFY(DocumentImporter::supportedSuffixes().contains(QStringLiteral("msg"))); }
};

QTEST_GUILESS_MAIN(TestMsgImport)
#include "tst_msgimport.moc"
