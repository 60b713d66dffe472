// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "mailtesting.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-stdio.h>
#include <gsf/gsf-utils.h>

#include <utility>

using namespace Iwb;
using namespace IwbMailTest;

namespace {

/// The streams of one storage: name and bytes.
using Streams = QList<std::pair<QByteArray, QByteArray>>;

/// A .msg the test writes with libgsf's OLE2 writer (GsfOutfileMSOle): the message's streams and its
/// attachment storages.
struct Msg
{
    Streams streams;
    QList<Streams> attachments;
};

/// A Unicode string property (PT_UNICODE, UTF-16LE with its terminating zero, as Outlook writes it).
QByteArray unicode(const QString &text)
{
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes + QByteArray(2, '\0');
}

/// The message's `__properties_version1.0`: the 32-byte header, then PR_CLIENT_SUBMIT_TIME.
QByteArray submitTime(const QDateTime &when)
{
    QByteArray bytes(32 + 16, '\0');
    qToLittleEndian<quint32>(0x00390040, bytes.data() + 32);
    qToLittleEndian<quint32>(6, bytes.data() + 36); // readable, writable
    const quint64 ticks = static_cast<quint64>(when.toSecsSinceEpoch() + 11644473600LL) * 10000000ULL;
    qToLittleEndian<quint64>(ticks, bytes.data() + 40);
    return bytes;
}

bool writeStreams(GsfOutfile *storage, const Streams &streams)
{
    for (const auto &[name, bytes] : streams) {
        GsfOutput *stream = gsf_outfile_new_child(storage, name.constData(), FALSE);
        if (stream == nullptr) {
            return false;
        }
        const bool written = gsf_output_write(stream, static_cast<size_t>(bytes.size()),
                                 reinterpret_cast<const guint8 *>(bytes.constData()))
            && gsf_output_close(stream);
        g_object_unref(stream);
        if (!written) {
            return false;
        }
    }
    return true;
}

bool writeMsg(const QString &path, const Msg &msg)
{
    GError *error = nullptr;
    GsfOutput *file = gsf_output_stdio_new(path.toUtf8().constData(), &error);
    if (file == nullptr) {
        g_clear_error(&error);
        return false;
    }
    GsfOutfile *root = gsf_outfile_msole_new(file);
    bool written = writeStreams(root, msg.streams);
    for (qsizetype i = 0; written && i < msg.attachments.size(); ++i) {
        const QByteArray name = QStringLiteral("__attach_version1.0_#%1").arg(i, 8, 16, QLatin1Char('0')).toLatin1();
        GsfOutput *storage = gsf_outfile_new_child(root, name.constData(), TRUE);
        written = storage != nullptr && writeStreams(GSF_OUTFILE(storage), msg.attachments.at(i))
            && gsf_output_close(storage);
        if (storage != nullptr) {
            g_object_unref(storage);
        }
    }
    written = gsf_output_close(GSF_OUTPUT(root)) && written;
    g_object_unref(root);
    g_object_unref(file);
    return written;
}

/// The press office's release as Outlook saves it: subject, sender, plain body, submit time.
Msg releaseMsg(const QString &subject = releaseTitle)
{
    return Msg {
        { { "__substg1.0_001A001F", unicode(QStringLiteral("IPM.Note")) }, { "__substg1.0_0037001F", unicode(subject) },
            { "__substg1.0_0C1A001F", unicode(QStringLiteral("Pressestelle Stadtwerke Nordheim")) },
            { "__substg1.0_0C1F001F",
                unicode(QStringLiteral("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/"
                                       "CN=PRESSE")) },
            { "__substg1.0_5D01001F", unicode(QStringLiteral("presse@stadtwerke-nordheim.example")) },
            { "__substg1.0_1000001F", unicode(first + QStringLiteral("\r\n\r\n") + second + QStringLiteral("\r\n")) },
            { "__properties_version1.0", submitTime(QDateTime(QDate(2026, 3, 2), QTime(8, 15), QTimeZone::UTC)) } },
        {}
    };
}

} // namespace

Q_DECLARE_METATYPE(Msg)

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
