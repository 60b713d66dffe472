// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "document/docxtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Iwb;

namespace {

using Parts = QList<std::pair<QByteArray, QByteArray>>;

const QByteArray wordNamespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                                  "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                                  "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

QByteArray documentXml(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + wordNamespaces + "><w:body>"
        + body + "<w:sectPr/></w:body></w:document>";
}

QByteArray paragraph(const QString &text, const QByteArray &properties = {})
{
    return "<w:p>" + (properties.isEmpty() ? QByteArray() : QByteArray("<w:pPr>" + properties + "</w:pPr>"))
        + "<w:r><w:t xml:space=\"preserve\">" + text.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
}

QByteArray coreXml(const QByteArray &title, const QByteArray &creator, const QByteArray &created)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"
        + title + "</dc:title><dc:creator>" + creator + "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">"
        + created + "</dcterms:created></cp:coreProperties>";
}

/// The parts of a minimal valid .docx besides the document and the core properties.
Parts packageParts(const QByteArray &document, const QByteArray &core)
{
    Parts parts {
        { "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
            "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
            "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>" },
        { "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"word/document.xml\"/><Relationship Id=\"rId2\" "
            "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
            "Target=\"docProps/core.xml\"/></Relationships>" },
        { "word/document.xml", document }
    };
    if (!core.isEmpty()) {
        parts.append({ "docProps/core.xml", core });
    }
    return parts;
}

/// Writes a zip archive with libzip, the library the reader uses.
bool writeZip(const QString &path, const Parts &parts)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        return false;
    }
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source
            = zip_source_buffer(archive, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        if (source == nullptr || zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0; // the buffers are read here, while parts still holds them
}

const QString headline = QStringLiteral("Datenpanne bei der Musterwerk GmbH");
const QString lead = QStringLiteral("Die Musterwerk GmbH hat am 9. März 2026 einen Angriff auf ihr Lohnbüro gemeldet.");
const QString more = QStringLiteral("Betroffen sind Namen, Anschriften und Bankverbindungen von 860 Beschäftigten.");

} // namespace

/// Word documents (.docx) read through the helper incident-parse with libzip and DocxText: written by the test
/// with libzip and by Python's zipfile in LibreOffice's layout; the refusals and the limits.
class TestDocxImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString path(const QString &suffix = QStringLiteral("docx"))
    {
        return m_dir.filePath(QStringLiteral("doc-%1.%2").arg(++m_count).arg(suffix));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recoversText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("heading");

        QTest::newRow("paragraphs") << QByteArray(paragraph(lead) + paragraph(more))
                                    << QString(lead + QStringLiteral("\n\n") + more) << QString();
        QTest::newRow("heading and list items")
            << QByteArray(paragraph(headline, "<w:pStyle w:val=\"Heading1\"/>") + paragraph(lead)
                   + paragraph(QStringLiteral("Namen"),
                       "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/>"
                       "<w:numId w:val=\"1\"/></w:numPr>")
                   + paragraph(QStringLiteral("Bankverbindungen"),
                       "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                       "</w:numPr>"))
            << QString(headline + QStringLiteral("\n\n") + lead + QStringLiteral("\n\nNamen\n\nBankverbindungen"))
            << headline;
        QTest::newRow("German style names, Title before heading")
            << QByteArray(paragraph(QStringLiteral("Abschnitt"), "<w:pStyle w:val=\"berschrift1\"/>")
                   + paragraph(headline, "<w:pStyle w:val=\"Titel\"/>") + paragraph(lead))
            << QString(QStringLiteral("Abschnitt\n\n") + headline + QStringLiteral("\n\n") + lead) << headline;
        QTest::newRow("table") << QByteArray(paragraph(lead)
            + "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Datum</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>"
              "Ereignis</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>9. März</w:t></w:r></w:p></w:tc>"
              "<w:tc><w:p><w:r><w:t>Angriff</w:t></w:r></w:p><w:p><w:r><w:t>bemerkt</w:t></w:r></w:p></w:tc></w:tr>"
              "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"
            + paragraph(
                more)) << QString(lead + QStringLiteral("\n\nDatum\tEreignis\n9. März\tAngriff bemerkt\n\n") + more)
                               << QString();
        QTest::newRow("table in a cell") << QByteArray(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>außen</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc>"
            "<w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>"
            "</w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>")
                                         << QStringLiteral("außen\ta b") << QString();
        QTest::newRow("runs, tab, line break") << QByteArray(
            "<w:p><w:r><w:t>Daten</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>panne</w:t></w:r><w:r><w:tab/>"
            "<w:t>Seite</w:t><w:br/><w:t xml:space=\"preserve\">zweite Zeile </w:t></w:r><w:r>"
            "<w:noBreakHyphen/><w:t>Ende</w:t></w:r></w:p>")
                                               << QStringLiteral("Datenpanne\tSeite\nzweite Zeile -Ende") << QString();
        QTest::newRow("tracked changes, field codes, hidden text")
            << QByteArray("<w:p><w:r><w:t xml:space=\"preserve\">Betroffen sind </w:t></w:r><w:del w:id=\"1\"><w:r>"
                          "<w:delText>500</w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>860</w:t></w:r></w:ins>"
                          "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                          "<w:r><w:rPr><w:vanish/></w:rPr><w:t>versteckt</w:t></w:r>"
                          "<w:r><w:t xml:space=\"preserve\"> Beschäftigte.</w:t></w:r></w:p>")
            << QStringLiteral("Betroffen sind 860 Beschäftigte.") << QString();
        QTest::newRow("text box once, after its paragraph")
            << QByteArray(
                   "<w:p><w:r><w:t>Anker</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
                   "<wps:txbx><w:txbxContent>"
                   + paragraph(QStringLiteral("Im Kasten"))
                   + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
                   + paragraph(QStringLiteral("Im Kasten"))
                   + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" + paragraph(more))
            << QString(QStringLiteral("Anker\n\nIm Kasten\n\n") + more) << QString();
    }

    void recoversText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QFETCH(QString, heading);
        const DocxBody read = DocxText::readDocument(documentXml(body));
        QVERIFY2(read.isValid(), qPrintable(read.error.english()));
        QCOMPARE(read.text, text);
        QCOMPARE(read.heading, heading);

        // The same through the helper, from a .docx written with libzip.
        const QString file = path();
        QVERIFY(writeZip(file, packageParts(documentXml(body), {})));
        const ImportResult result = DocumentImporter().importFile(file);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), text);
        QCOMPARE(result.document.format(), QStringLiteral("docx"));
        QCOMPARE(
            result.document.title(), heading.isEmpty() ? text.section(QLatin1Char('\n'), 0, 0).trimmed() : heading);
    }

    void coreProperties()
    {
        const QString file = path();
        QVERIFY(writeZip(file,
            packageParts(documentXml(paragraph(headline, "<w:pStyle w:val=\"Heading1\"/>") + paragraph(lead)),
                coreXml("Pressemitteilung Musterwerk", "Erika Beispiel", "2026-03-09T08:30:00Z"))));
        const ImportResult result = DocumentImporter().importFile(file);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.title(), QStringLiteral("Pressemitteilung Musterwerk"));
        QCOMPARE(result.document.metadata().author, QStringLiteral("Erika Beispiel"));
        QCOMPARE(result.document.published(), QStringLiteral("2026-03-09"));
        QCOMPARE(result.document.language(), QStringLiteral("de"));
    }

    void pythonLibreOfficeLayout()
    {
        // A second producer: Python's zipfile writing the parts as LibreOffice lays them out.
        const QString file = path();
        const QString script = QStringLiteral(IWB_SOURCE_DIR "/tests/data/producers/docx_libreoffice.py");
        QProcess python;
        python.start(QStringLiteral("python3"), { script, file, headline, lead, more });
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const ImportResult result = DocumentImporter().importFile(file);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(),
            headline + QStringLiteral("\n\n") + lead + QStringLiteral("\n\nBeschäftigte\t860\n\n") + more);
        QCOMPARE(result.document.title(), headline);
        QCOMPARE(result.document.metadata().author, QStringLiteral("Erika Beispiel"));
        QCOMPARE(result.document.published(), QStringLiteral("2026-03-10"));
        QCOMPARE(result.document.metadata().modified, QStringLiteral("2026-03-11"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a zip") << "text" << "the Word document is damaged (not a zip archive: Not a zip archive)";
        QTest::newRow("old .doc") << "ole"
                                  << "it is an old Word document (.doc) or a password-protected one, not a .docx; "
                                     "save it as .docx without a password";
        QTest::newRow("no document part")
            << "nodocument" << "it is not a Word document (no word/document.xml in the archive)";
        QTest::newRow("damaged XML")
            << "badxml" << "the Word document is damaged (word/document.xml, line 2: Opening and ending tag mismatch.)";
        QTest::newRow("no text") << "empty" << "the Word document contains no text";
        QTest::newRow("zip bomb") << "bomb"
                                  << "the Word document is too large when unpacked (word/document.xml is over 128 MB)";
    }

    void refuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString file = path();
        if (kind == QLatin1String("text") || kind == QLatin1String("ole")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(kind == QLatin1String("ole")
                    ? QByteArray(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'))
                    : QByteArray("Kein Archiv, nur Text.\n"));
        } else if (kind == QLatin1String("nodocument")) {
            QVERIFY(writeZip(file, { { "docProps/core.xml", coreXml("x", "y", "2026") } }));
        } else if (kind == QLatin1String("badxml")) {
            QVERIFY(writeZip(file, packageParts(documentXml(paragraph(lead)).replace("</w:body>", "</w:bdy>"), {})));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeZip(file, packageParts(documentXml("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"), {})));
        } else {
            // 129 MB of one paragraph's spaces pack into a few hundred kilobytes.
            const QByteArray huge = documentXml(
                "<w:p><w:r><w:t>" + QByteArray(qsizetype(129) * 1024 * 1024, ' ') + "x</w:t></w:r></w:p>");
            QVERIFY(writeZip(file, packageParts(huge, {})));
            QVERIFY(QFileInfo(file).size() < qint64(2) * 1024 * 1024);
        }
        const ImportResult result = DocumentImporter().importFile(file);
        QCOMPARE(result.error, file + QStringLiteral(": ") + reason);
    }

    void deepNestingIsLinear()
    {
        // Content controls nested 100,000 deep around one paragraph: read iteratively, every word kept.
        for (const int depth : { 50000, 100000 }) {
            QByteArray body;
            for (int i = 0; i < depth; ++i) {
                body += "<w:sdt><w:sdtContent>";
            }
            body += paragraph(lead);
            for (int i = 0; i < depth; ++i) {
                body += "</w:sdtContent></w:sdt>";
            }
            QElapsedTimer clock;
            clock.start();
            const DocxBody read = DocxText::readDocument(documentXml(body));
            QVERIFY2(read.isValid(), qPrintable(read.error.english()));
            QCOMPARE(read.text, lead);
            qInfo("%d nested content controls: %lld ms", depth, static_cast<long long>(clock.elapsed()));
        }
    }
};

QTEST_MAIN(TestDocxImport)
#include "tst_docximport.moc"
