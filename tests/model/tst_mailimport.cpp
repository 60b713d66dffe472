// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "mailtesting.h"
#include "pdftesting.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;
using namespace IwbMailTest;

namespace {

QByteArray plainPart(const QString &text)
{
    return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf(text.toUtf8());
}

QByteArray releaseMail()
{
    return headers("Datenpanne im Kundenportal", "text/plain; charset=UTF-8")
        + "Content-Transfer-Encoding: 8bit\r\n\r\n" + crlf(release.toUtf8()) + "\r\n";
}

} // namespace

/// E-mails (.eml) read through the helper incident-parse with GMime: text, title, date, sender, forwards,
/// attachments and refusals, on mails the test writes by hand and mails written by Python's email package.
class TestMailImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString writeMail(const QByteArray &bytes, const QString &name = QString())
    {
        const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("mail-%1.eml").arg(++m_count) : name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recoversMail_data()
    {
        QTest::addColumn<QByteArray>("mail");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("text");

        QTest::newRow("plain UTF-8") << releaseMail() << releaseTitle << "2026-03-02" << pressOffice << release;

        QTest::newRow("quoted-printable umlauts")
            << QByteArray(headers("Fehlversand von Kontoausz=?UTF-8?Q?=C3=BCgen?=", "text/plain; charset=UTF-8")
                   + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                     "Die Beh=C3=B6rde wurde informiert. Betroffen sind Stra=C3=9Fennamen und =\r\n"
                     "Telefonnummern von 310 Kundinnen.\r\n")
            << QStringLiteral("Fehlversand von Kontoauszügen") << "2026-03-02" << pressOffice
            << QStringLiteral("Die Behörde wurde informiert. Betroffen sind Straßennamen und Telefonnummern von "
                              "310 Kundinnen.");

        QTest::newRow("base64") << QByteArray(headers("Datenpanne im Kundenportal", "text/plain; charset=utf-8")
            + "Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(release.toUtf8()))
                                << releaseTitle << "2026-03-02" << pressOffice << release;

        QTest::newRow("ISO-8859-1 and an encoded subject")
            << QByteArray(headers("=?ISO-8859-1?Q?Fehlversand_bei_der_Sparkasse_M=FCnsterau?=",
                              "text/plain; charset=ISO-8859-1",
                              "=?ISO-8859-1?Q?J=FCrgen_M=FCller?= <j.mueller@sparkasse-muensterau.example>",
                              "Fri, 13 Feb 2026 16:40:12 +0100")
                   + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                   + QStringLiteral("Überweisungsdaten von 42 Kunden gingen an eine falsche Adresse.\r\n").toLatin1())
            << QStringLiteral("Fehlversand bei der Sparkasse Münsterau") << "2026-02-13"
            << QStringLiteral("Jürgen Müller <j.mueller@sparkasse-muensterau.example>")
            << QStringLiteral("Überweisungsdaten von 42 Kunden gingen an eine falsche Adresse.");

        QTest::newRow("RFC 2047 subject in two words")
            << QByteArray(headers("=?UTF-8?B?RGF0ZW5wYW5uZSBpbQ==?= =?UTF-8?Q?_Kundenportal_=E2=80=93_Update?=",
                              "text/plain; charset=UTF-8")
                   + "\r\n" + crlf(first.toUtf8()))
            << QStringLiteral("Datenpanne im Kundenportal – Update") << "2026-03-02" << pressOffice << first;

        QTest::newRow("multipart/alternative: plain wins")
            << QByteArray(headers("Datenpanne im Kundenportal", "multipart/alternative; boundary=\"alt-1\"")
                   + multipart("alt-1",
                       { plainPart(release),
                           "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><body><p>Nur im HTML-Teil.</p>"
                           "</body></html>" }))
            << releaseTitle << "2026-03-02" << pressOffice << release;

        const QByteArray html = "<html><head><title>Pressemitteilung</title></head><body>"
                                "<nav><a href=\"/\">Start</a> <a href=\"/presse\">Presse</a></nav><main><p>"
            + first.toUtf8() + "</p><p>" + second.toUtf8() + "</p></main></body></html>";
        QTest::newRow("multipart/alternative: empty plain, HTML read")
            << QByteArray(headers("Datenpanne im Kundenportal", "multipart/alternative; boundary=\"alt-2\"")
                   + multipart("alt-2",
                       { plainPart(QStringLiteral("\n \n")),
                           "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                               + base64Lines(html) }))
            << releaseTitle << "2026-03-02" << pressOffice << release;

        QTest::newRow("HTML only") << QByteArray(
            headers("Datenpanne im Kundenportal", "text/html; charset=UTF-8") + "\r\n" + html + "\r\n")
                                   << releaseTitle << "2026-03-02" << pressOffice << release;

        QTest::newRow("format=flowed") << QByteArray(
            headers("Datenpanne im Kundenportal", "text/plain; charset=UTF-8; format=flowed") + "\r\n"
            + crlf(QStringLiteral("Die Stadtwerke Nordheim haben am 27. Februar 2026 einen \nFehler in ihrem "
                                  "Kundenportal bemerkt.\n")
                    .toUtf8())) << releaseTitle
                                       << "2026-03-02" << pressOffice << first;

        const QByteArray forwarding = "Zur Info: die Pressemitteilung von gestern.\r\n\r\nJana";
        QTest::newRow("forwarded as message/rfc822")
            << QByteArray(headers("Fwd: Datenpanne im Kundenportal", "multipart/mixed; boundary=\"fwd-1\"",
                              "Jana Beispiel <jana@lokalblatt.example>", "Tue, 3 Mar 2026 08:02:00 +0100")
                   + multipart("fwd-1",
                       { "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + forwarding,
                           "Content-Type: message/rfc822; name=\"Datenpanne im Kundenportal.eml\"\r\n"
                           "Content-Disposition: attachment; filename=\"Datenpanne im Kundenportal.eml\"\r\n\r\n"
                               + releaseMail() }))
            << releaseTitle << "2026-03-02" << pressOffice
            << QString(QStringLiteral("Zur Info: die Pressemitteilung von gestern.\n\nJana\n\n"
                                      "-------- Weitergeleitete Nachricht --------\n"
                                      "Betreff: Datenpanne im Kundenportal\nDatum: 2026-03-02\nVon: ")
                   + pressOffice + QStringLiteral("\n\n") + release);

        QTest::newRow("forwarded inline (Thunderbird, German)")
            << QByteArray(headers("WG: Datenpanne im Kundenportal", "text/plain; charset=UTF-8",
                              "Jana Beispiel <jana@lokalblatt.example>", "Tue, 3 Mar 2026 08:02:00 +0100")
                   + "\r\n"
                   + crlf(QStringLiteral("Siehe unten.\n\n-------- Weitergeleitete Nachricht --------\n"
                                         "Betreff: \tDatenpanne im Kundenportal\n"
                                         "Datum: \tMon, 2 Mar 2026 09:15:00 +0100\nVon: \t%1\n"
                                         "An: \tRedaktion Lokalblatt <redaktion@lokalblatt.example>\n\n%2\n")
                           .arg(pressOffice, release)
                           .toUtf8()))
            << releaseTitle << "2026-03-02" << pressOffice
            << QString(
                   QStringLiteral("Siehe unten.\n\n-------- Weitergeleitete Nachricht --------\n"
                                  "Betreff: Datenpanne im Kundenportal\nDatum: Mon, 2 Mar 2026 09:15:00 +0100\nVon: ")
                   + pressOffice + QStringLiteral("\n\n") + release);

        const QString english = QStringLiteral(
            "Harbor Clinic reported on 4 March 2026 that a misconfigured backup exposed 5,300 patient records.");
        QTest::newRow("forwarded inline (Gmail, English)")
            << QByteArray(headers("Fwd: Harbor Clinic backup exposed", "text/plain; charset=UTF-8",
                              "Sam Writer <sam@newsdesk.example>", "Thu, 5 Mar 2026 10:00:00 +0000")
                   + "\r\n"
                   + crlf(QStringLiteral("FYI\n\n---------- Forwarded message ---------\nFrom: Harbor Clinic Press "
                                         "<press@harbor-clinic.example>\nDate: Wed, Mar 4, 2026 at 4:10 PM\nSubject: "
                                         "Backup exposed patient records\nTo: <sam@newsdesk.example>\nCc: "
                                         "<desk@newsdesk.example>\n\n%1\n")
                           .arg(english)
                           .toUtf8()))
            << QStringLiteral("Backup exposed patient records") << "2026-03-04"
            << QStringLiteral("Harbor Clinic Press <press@harbor-clinic.example>")
            << QString(
                   QStringLiteral("FYI\n\n---------- Forwarded message ---------\nFrom: Harbor Clinic Press "
                                  "<press@harbor-clinic.example>\nDate: Wed, Mar 4, 2026 at 4:10 PM\nSubject: Backup "
                                  "exposed patient records\n\n")
                   + english);
    }

    void recoversMail()
    {
        QFETCH(QByteArray, mail);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, author);
        QFETCH(QString, text);
        const ImportResult result = DocumentImporter().importFile(writeMail(mail));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), text);
        QCOMPARE(result.document.title(), title);
        QCOMPARE(result.document.published(), published);
        QCOMPARE(result.document.metadata().author, author);
        QCOMPARE(result.document.format(), QStringLiteral("eml"));
        QVERIFY(result.attachments.isEmpty());
    }

    void attachments()
    {
        // A colleague forwards the press release: a note, the release as PDF and a statement as text.
        const QString pdf = m_dir.filePath(QStringLiteral("made.pdf"));
        QVERIFY(IwbPdfTest::writeQtPdf(pdf, { first, second }, IwbPdfTest::Layout {}, releaseTitle));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QString statement
            = QStringLiteral("Stellungnahme der Stadtwerke Nordheim\n\nWir bedauern den Fehler im Kundenportal.");
        const QByteArray mail = headers("WG: Pressemitteilung", "multipart/mixed; boundary=\"mix-1\"",
                                    "Jana Beispiel <jana@lokalblatt.example>", "Tue, 3 Mar 2026 08:02:00 +0100")
            + multipart("mix-1",
                { plainPart(QStringLiteral("Die Mitteilung und die Stellungnahme hängen an.")),
                    "Content-Type: application/pdf; name=\"Pressemitteilung.pdf\"\r\nContent-Disposition: "
                    "attachment; filename=\"Pressemitteilung.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + base64Lines(pdfFile.readAll()),
                    "Content-Type: text/plain; charset=UTF-8; name=\"stellungnahme.txt\"\r\nContent-Disposition: "
                    "attachment; filename=\"stellungnahme.txt\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    "Stellungnahme der Stadtwerke Nordheim\r\n\r\nWir bedauern den Fehler im Kundenportal.",
                    "Content-Type: image/png; name=\"logo.png\"\r\nContent-Disposition: attachment; "
                    "filename=\"logo.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=" });
        const QString path = writeMail(mail, QStringLiteral("mit-anhang.eml"));
        const ImportResult result = DocumentImporter().importFile(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), QStringLiteral("Die Mitteilung und die Stellungnahme hängen an."));
        QCOMPARE(result.document.title(), QStringLiteral("Pressemitteilung"));
        QCOMPARE(result.document.metadata().attachments,
            QStringList({ QStringLiteral("Pressemitteilung.pdf"), QStringLiteral("stellungnahme.txt") }));
        QCOMPARE(result.attachments.size(), 2);

        const ImportResult &release = result.attachments.at(0);
        QVERIFY2(release.isValid(), qPrintable(release.error));
        QCOMPARE(release.document.format(), QStringLiteral("pdf"));
        QCOMPARE(release.document.text(), first + QStringLiteral("\n\n") + second);
        QCOMPARE(release.document.title(), releaseTitle);
        QCOMPARE(release.document.source(), path + QStringLiteral("#Pressemitteilung.pdf"));
        QCOMPARE(release.document.metadata().attachedTo, path);

        const ImportResult &text = result.attachments.at(1);
        QVERIFY2(text.isValid(), qPrintable(text.error));
        QCOMPARE(text.document.format(), QStringLiteral("txt"));
        QCOMPARE(text.document.text(), statement);
        QCOMPARE(text.document.title(), QStringLiteral("Stellungnahme der Stadtwerke Nordheim"));
        QCOMPARE(text.document.source(), path + QStringLiteral("#stellungnahme.txt"));
    }

    void onlyAnAttachment()
    {
        // No text of its own, a text attachment: the mail is its subject and the attachment's name.
        const QByteArray mail = headers("Pressemitteilung", "multipart/mixed; boundary=\"only\"")
            + multipart("only",
                { "Content-Type: text/plain; charset=UTF-8\r\nContent-Disposition: attachment; "
                  "filename=\"mitteilung.txt\"\r\n\r\n"
                    + first.toUtf8() });
        const ImportResult result = DocumentImporter().importFile(writeMail(mail));
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), QStringLiteral("Pressemitteilung\n\nmitteilung.txt"));
        QCOMPARE(result.attachments.size(), 1);
        QCOMPARE(result.attachments.at(0).document.text(), first);
    }

    void pythonMail()
    {
        // A second producer: Python's email package, as a mail program would write the mail.
        const QString pdf = m_dir.filePath(QStringLiteral("python.pdf"));
        QVERIFY(IwbPdfTest::writeQtPdf(pdf, { first }, IwbPdfTest::Layout {}, releaseTitle));
        const QString path = m_dir.filePath(QStringLiteral("python.eml"));
        const QString script = QStringLiteral(IWB_SOURCE_DIR "/tests/data/producers/mail_python.py");
        const QString body = QStringLiteral("Überweisungsdaten von 42 Kunden gingen an eine falsche Adresse.\n\nDie "
                                            "Sparkasse hat die Aufsichtsbehörde informiert.");
        QProcess python;
        python.start(QStringLiteral("python3"), { script, path, pdf, body });
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

        const ImportResult result = DocumentImporter().importFile(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), body);
        QCOMPARE(
            result.document.title(), QStringLiteral("Fehlversand bei der Sparkasse Münsterau – Überweisungsdaten"));
        QCOMPARE(result.document.published(), QStringLiteral("2026-02-13"));
        QCOMPARE(result.document.metadata().author,
            QStringLiteral("Jürgen Müller <j.mueller@sparkasse-muensterau.example>"));
        QCOMPARE(result.document.metadata().attachments,
            QStringList({ QStringLiteral("Bericht März.pdf"), QStringLiteral("notiz.txt") }));
        QCOMPARE(result.attachments.size(), 2);
        QVERIFY2(result.attachments.at(0).isValid(), qPrintable(result.attachments.at(0).error));
        QCOMPARE(result.attachments.at(0).document.text(), first);
        // Python ends the text with a line break; a text file's text is kept as it is (offsets stay valid).
        QCOMPARE(result.attachments.at(1).document.text(), QStringLiteral("Notiz zum Fehlversand\n"));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("mail");
        QTest::addColumn<QString>("reason");

        QTest::newRow("not a mail") << QByteArray("Liebe Kolleginnen,\nhier der Text.\n")
                                    << "it is not an e-mail (it does not start with mail header lines)";
        QTest::newRow("no mail headers") << QByteArray("Hinweis: kein Mailkopf\n\nNur ein Text.\n")
                                         << "it is not an e-mail (no From, Date or Subject header)";
        QTest::newRow("PGP/MIME")
            << QByteArray(headers("Vertraulich",
                              "multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\"enc\"")
                   + multipart("enc",
                       { "Content-Type: application/pgp-encrypted\r\n\r\nVersion: 1",
                           "Content-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\nhQEMA\r\n"
                           "-----END PGP MESSAGE-----" }))
            << "the mail is encrypted (PGP/MIME); decrypt it in the mail program and save the decrypted copy";
        QTest::newRow("S/MIME")
            << QByteArray(
                   headers("Vertraulich", "application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"")
                   + "Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n")
            << "the mail is encrypted (S/MIME); decrypt it in the mail program and save the decrypted copy";
        QTest::newRow("inline PGP")
            << QByteArray(headers("Vertraulich", "text/plain; charset=UTF-8")
                   + "\r\n-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA5\r\n-----END PGP MESSAGE-----\r\n")
            << "the mail is encrypted (inline PGP); decrypt it in the mail program and save the decrypted copy";
        QTest::newRow("no text part") << QByteArray(headers("Foto", "multipart/mixed; boundary=\"pic\"")
            + multipart("pic",
                { "Content-Type: image/png\r\nContent-Disposition: attachment; filename=\"a.png\"\r\n"
                  "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=" }))
                                      << "the mail has no text part";
        QTest::newRow("broken MIME")
            << QByteArray(headers("Kaputt", "multipart/mixed; boundary=\"nie-gesetzt\"") + "\r\nText ohne Grenze.\r\n")
            << "the MIME structure is broken (multipart/mixed without parts; is its boundary missing?)";
    }

    void refuses()
    {
        QFETCH(QByteArray, mail);
        QFETCH(QString, reason);
        const QString path = writeMail(mail);
        const ImportResult result = DocumentImporter().importFile(path);
        QCOMPARE(result.error, path + QStringLiteral(": ") + reason);
    }

    void folderSearchFindsMails()
    {
        QTemporaryDir folder;
        QFile(writeMail(releaseMail())).copy(folder.filePath(QStringLiteral("a.eml")));
        QFile(writeMail(releaseMail())).copy(folder.filePath(QStringLiteral("b.docx")));
        QFile(writeMail(releaseMail())).copy(folder.filePath(QStringLiteral("c.msgx")));
        QCOMPARE(DocumentImporter::expandPaths({ folder.path() }),
            QStringList({ folder.filePath(QStringLiteral("a.eml")), folder.filePath(QStringLiteral("b.docx")) }));
        QVERIFY(DocumentImporter::supportedSuffixes().contains(QStringLiteral("eml")));
        QVERIFY(DocumentImporter::supportedSuffixes().contains(QStringLiteral("docx")));
    }
};

QTEST_MAIN(TestMailImport)
#include "tst_mailimport.moc"
