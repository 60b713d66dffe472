// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"
#include "document/isolatedparser.h"
#include "pdfreader.h"
#include "pdftesting.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// Under AddressSanitizer (GCC or clang) the reader runs without a memory cap: ASan reserves far more
// address space than any cap would allow.
#if defined(__SANITIZE_ADDRESS__)
#define IWB_TEST_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IWB_TEST_ADDRESS_SANITIZER 1
#endif
#endif

using namespace Iwb;
using namespace IwbPdfTest;

namespace {

// Our own texts about made-up incidents.
const QStringList german {
    QStringLiteral("Die Musterbank AG hat am 12. Mai 2026 eine Datenpanne gemeldet. Durch einen falsch "
                   "eingerichteten Speicher waren die Namen, Anschriften und Kontonummern von rund 4.800 Kundinnen "
                   "und Kunden zwei Tage lang im Internet abrufbar."),
    QStringLiteral("Entdeckt wurde der Fehler von einem Sicherheitsforscher, der die Bank am Morgen des 14. Mai "
                   "informierte. Die Bank sperrte den Zugang nach eigenen Angaben innerhalb von 40 Minuten."),
    QStringLiteral("Passwörter seien nicht betroffen gewesen, teilte ein Sprecher mit. Die zuständige "
                   "Aufsichtsbehörde wurde am selben Tag unterrichtet, die Betroffenen erhalten in den nächsten "
                   "Tagen einen Brief."),
};
const QStringList english {
    QStringLiteral("The Example Clinic in Riverton disclosed on 3 March 2026 that an employee had sent a "
                   "spreadsheet with the names and diagnoses of 1,250 patients to the wrong address."),
    QStringLiteral("The recipient, a supplier of the clinic, deleted the file the same day and confirmed this in "
                   "writing. The clinic notified the data protection authority within 72 hours."),
    QStringLiteral("No bank or card details were in the file, a spokesperson said. Patients will be informed "
                   "by letter."),
};
// Forced line breaks where a typesetter would have hyphenated.
const QStringList hyphenated {
    QStringLiteral("Die Musterbank hat die Daten-\nschutzbehörde informiert. Betroffen sind keine Karten-\noder "
                   "Bankdaten, wohl aber Namen. Die Kunden wurden per E-\nMail benachrichtigt."),
};
const QString hyphenatedText = QStringLiteral(
    "Die Musterbank hat die Datenschutzbehörde informiert. Betroffen sind keine Karten- oder Bankdaten, wohl "
    "aber Namen. Die Kunden wurden per E-Mail benachrichtigt.");

const QString title = QStringLiteral("Datenpanne bei der Musterbank: Kundendaten offen");
const QString header = QStringLiteral("Vorfallbericht Musterbank · Mai 2026");
const QString footer = QStringLiteral("Seite %1 von %2");

/// @p count paragraphs: the German and English ones over and over, numbered so that none repeats.
QStringList manyParagraphs(int count)
{
    QStringList paragraphs;
    for (int i = 0; i < count; ++i) {
        const QStringList &source = (i / 3) % 2 ? english : german;
        paragraphs.append(QStringLiteral("%1. ").arg(i + 1) + source.at(i % 3));
    }
    return paragraphs;
}

/// Page layouts for the text tables.
Layout layout(int columns, int linesPerColumn, bool furniture, bool withTitle)
{
    Layout l;
    l.columns = columns;
    l.linesPerColumn = linesPerColumn;
    if (furniture) {
        l.header = header;
        l.footer = footer;
    }
    if (withTitle) {
        l.title = title;
    }
    return l;
}

} // namespace

Q_DECLARE_METATYPE(IwbPdfTest::Layout)

class TestPdfImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath(const QString &name = QStringLiteral("article.pdf"))
    {
        return m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
    }

    /// A text PDF made by Qt, to be spoiled or misread in the tests below.
    QString someQtPdf()
    {
        const QString path = newPath();
        if (!writeQtPdf(path, german, Layout {})) {
            qFatal("cannot write a PDF");
        }
        return path;
    }

    static ImportResult import(const QString &path)
    {
        // IWB_TEST_KEEP_PDFS=DIR keeps a copy of every PDF made here, to look at (pdftoppm -png).
        if (const QString keep = qEnvironmentVariable("IWB_TEST_KEEP_PDFS"); !keep.isEmpty()) {
            QString name = QString::fromUtf8(QTest::currentTestFunction());
            if (const char *row = QTest::currentDataTag()) {
                name += QLatin1Char('-') + QString::fromUtf8(row);
            }
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
            QFile::remove(keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
            QFile::copy(path, keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
        }
        return DocumentImporter().importFile(path);
    }

    /// Where @p actual first differs from @p expected, with some text around it.
    static QString firstDifference(const QString &actual, const QString &expected)
    {
        qsizetype i = 0;
        while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i)) {
            ++i;
        }
        const qsizetype from = std::max<qsizetype>(0, i - 60);
        return QStringLiteral("at %1:\n actual   ...%2\n expected ...%3")
            .arg(i)
            .arg(actual.mid(from, 140), expected.mid(from, 140));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Tests and incident-parse are built into one folder, where IsolatedParser looks first.
        QCOMPARE(QFileInfo(IsolatedParser::helperPath()).canonicalFilePath(),
            QFileInfo(QStringLiteral(IWB_PARSE_HELPER)).canonicalFilePath());
    }

    void cleanup()
    {
        qunsetenv(IsolatedParser::helperVariable);
        qunsetenv("IWB_FAKE_PARSE");
    }

    void recoversText_data()
    {
        QTest::addColumn<QString>("producer");
        QTest::addColumn<Layout>("pageLayout");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QString>("expected");

        const QStringList both = german + english;
        const QStringList many = manyParagraphs(14);
        for (const QString &producer : { QStringLiteral("qt"), QStringLiteral("ghostscript") }) {
            const auto row
                = [&](const char *name) -> QTestData & { return QTest::addRow("%s: %s", qPrintable(producer), name); };
            row("one column") << producer << layout(1, 40, false, false) << german
                              << german.join(QLatin1String("\n\n"));
            row("two columns under a title") << producer << layout(2, 40, false, true) << both
                                             << title + QStringLiteral("\n\n") + both.join(QLatin1String("\n\n"));
            row("one column, header, footer, pages")
                << producer << layout(1, 10, true, false) << many << many.join(QLatin1String("\n\n"));
            row("two columns, header, footer, pages")
                << producer << layout(2, 14, true, true) << many
                << title + QStringLiteral("\n\n") + many.join(QLatin1String("\n\n"));
            row("hyphens at line ends") << producer << layout(1, 40, false, false) << hyphenated << hyphenatedText;
            row("hyphens at line ends, two columns")
                << producer << layout(2, 40, false, false) << (hyphenated + english)
                << hyphenatedText + QStringLiteral("\n\n") + english.join(QLatin1String("\n\n"));
        }
    }

    /// Text in reading order, paragraphs kept, furniture dropped, page starts where the pages' text starts.
    void recoversText()
    {
        QFETCH(QString, producer);
        QFETCH(Layout, pageLayout);
        QFETCH(QStringList, paragraphs);
        QFETCH(QString, expected);

        const QString path = newPath();
        QList<QList<PlacedLine>> pages;
        if (producer == QLatin1String("qt")) {
            QVERIFY(writeQtPdf(path, paragraphs, pageLayout, QString(), &pages));
        } else {
            const QString failure = writeGhostscriptPdf(path, paragraphs, pageLayout, {}, &pages);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        const ImportResult result = import(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const Document &document = result.document;
        QVERIFY2(document.text() == expected, qPrintable(firstDifference(document.text(), expected)));
        QCOMPARE(document.format(), QStringLiteral("pdf"));
        // The file itself goes with the text, byte for byte, for the page view.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(document.originalMediaType(), QStringLiteral("application/pdf"));
        QVERIFY(document.original() == file.readAll());

        // Every page starts with its first line of body text.
        const QList<qsizetype> starts = document.metadata().pageStarts;
        QCOMPARE(starts.size(), pages.size());
        QCOMPARE(starts.value(0, -1), 0);
        for (qsizetype i = 1; i < pages.size(); ++i) {
            const auto body = std::find_if(pages.at(i).cbegin(), pages.at(i).cend(),
                [&](const PlacedLine &line) { return line.size == pageLayout.fontSize; });
            QVERIFY(body != pages.at(i).cend());
            const QString firstWords = body->text.section(QLatin1Char(' '), 0, 2).remove(QLatin1Char('-'));
            QVERIFY2(document.text().mid(starts.at(i)).startsWith(firstWords),
                qPrintable(
                    QStringLiteral("page %1 starts with '%2'").arg(i + 1).arg(document.text().mid(starts.at(i), 40))));
            QCOMPARE(document.metadata().pageAt(starts.at(i)), static_cast<int>(i + 1));
        }
    }

    /// QTextDocument's own pagination: headings, paragraphs with margins, page numbers at the foot.
    void textDocumentPrint()
    {
        QTextDocument text;
        QString html = QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
        const QStringList paragraphs = manyParagraphs(20);
        for (const QString &paragraph : paragraphs) {
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
        }
        text.setHtml(html);
        text.setDefaultFont(bodyFont(11));
        const QString path = newPath();
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        text.print(&writer);

        const ImportResult result = import(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QVERIFY2(result.document.metadata().pageStarts.size() >= 3, "the test needs several pages");
        const QString expected = title + QStringLiteral("\n\n") + paragraphs.join(QLatin1String("\n\n"));
        QVERIFY2(result.document.text() == expected, qPrintable(firstDifference(result.document.text(), expected)));
    }

    void infoTitleAuthorAndDate()
    {
        const QString path = newPath();
        const QString failure = writeGhostscriptPdf(path, english, Layout {},
            { QStringLiteral("Misdirected patient list at the Example Clinic"), QStringLiteral("Erika Beispiel"),
                QStringLiteral("D:20260305101500") });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const ImportResult result = import(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.title(), QStringLiteral("Misdirected patient list at the Example Clinic"));
        QCOMPARE(result.document.metadata().author, QStringLiteral("Erika Beispiel"));
        QCOMPARE(result.document.published(), QStringLiteral("2026-03-05"));
        QCOMPARE(result.document.language(), QStringLiteral("en"));
        QCOMPARE(result.document.source(), QFileInfo(path).absoluteFilePath());
    }

    void titleFromTheTextWhenTheInfoHasNone()
    {
        const QString path = newPath();
        QVERIFY(writeQtPdf(path, german, Layout {}, QStringLiteral("bericht-final.docx")));
        const ImportResult result = import(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.title(), german.first().left(199).trimmed() + QChar(0x2026));
        QCOMPARE(result.document.language(), QStringLiteral("de"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a PDF") << QStringLiteral("text")
                                   << QStringLiteral("the PDF could not be read: it is not a PDF (no %PDF- header)");
        QTest::newRow("damaged") << QStringLiteral("truncated")
                                 << QStringLiteral("the PDF could not be read: it is damaged");
        QTest::newRow("encrypted") << QStringLiteral("encrypted")
                                   << QStringLiteral("the PDF is encrypted; open it in a PDF reader with its password "
                                                     "and save a copy without");
        QTest::newRow("image only") << QStringLiteral("image")
                                    << QStringLiteral("the PDF has no text layer (a scan?); run OCR on it first");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("the file is empty");
    }

    void refuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString path = newPath();
        const auto writeBytes = [&](const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        if (kind == QLatin1String("text")) {
            QVERIFY(writeBytes("Das ist kein PDF, nur ein Text mit falscher Endung.\n"));
        } else if (kind == QLatin1String("truncated")) {
            QFile whole(someQtPdf());
            QVERIFY(whole.open(QIODevice::ReadOnly));
            QVERIFY(writeBytes(whole.read(400)));
        } else if (kind == QLatin1String("encrypted")) {
            const QString failure = run(QStringLiteral("qpdf"),
                { QStringLiteral("--encrypt"), QStringLiteral("geheim"), QStringLiteral("geheim"),
                    QStringLiteral("256"), QStringLiteral("--"), someQtPdf(), path });
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        } else if (kind == QLatin1String("image")) {
            QVERIFY(writeImageOnlyPdf(path, german.first()));
        } else {
            QVERIFY(writeBytes({}));
        }
        const ImportResult result = import(path);
        QCOMPARE(result.error, path + QStringLiteral(": ") + reason);
    }

    /// A reader that crashes, hangs, floods or overeats costs one file and says so; the test itself lives on.
    void containment_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("reason");
        const QString cannot = QStringLiteral("the PDF could not be read: ");
        QTest::newRow("crash") << QStringLiteral("crash") << cannot + QStringLiteral("the reader crashed (signal 11)");
        QTest::newRow("abort") << QStringLiteral("abort") << cannot + QStringLiteral("the reader crashed (signal 6)");
        QTest::newRow("hang") << QStringLiteral("hang")
                              << cannot + QStringLiteral("the reader took longer than 2 s (stopped)");
        QTest::newRow("flood") << QStringLiteral("flood")
                               << cannot + QStringLiteral("the reader wrote more than 1 MB (stopped)");
#if !defined(IWB_TEST_ADDRESS_SANITIZER)
        QTest::newRow("memory") << QStringLiteral("memory")
                                << cannot + QStringLiteral("the reader needed more than 512 MB of memory (stopped)");
#endif
        QTest::newRow("garbage") << QStringLiteral("garbage")
                                 << cannot + QStringLiteral("the reader's answer is not readable");
        QTest::newRow("exit code") << QStringLiteral("exit")
                                   << cannot + QStringLiteral("the reader failed (exit code 5)");
        QTest::newRow("missing") << QString()
                                 << cannot
                + QStringLiteral("its reader /nonexistent/incident-parse is missing (set INCIDENT_WORKBENCH_PARSER "
                                 "to where it is)");
    }

    void containment()
    {
        QFETCH(QString, mode);
        QFETCH(QString, reason);
        const QString path = someQtPdf();
        qputenv(IsolatedParser::helperVariable,
            mode.isEmpty() ? QByteArray("/nonexistent/incident-parse") : QByteArray(IWB_FAKE_PARSE_HELPER));
        qputenv("IWB_FAKE_PARSE", mode.toUtf8());
        DocumentImporter importer;
        importer.setParserLimits({ 2, qint64(512) * 1024 * 1024, qint64(1024) * 1024 });
        QElapsedTimer clock;
        clock.start();
        const ImportResult result = importer.importFile(path);
        QCOMPARE(result.error, path + QStringLiteral(": ") + reason);
        QVERIFY2(clock.elapsed() < 15000, "the limits held");
    }

    void helperAnswerBecomesTheDocument()
    {
        qputenv(IsolatedParser::helperVariable, QByteArray(IWB_FAKE_PARSE_HELPER));
        qputenv("IWB_FAKE_PARSE", "answer");
        const ImportResult result = import(someQtPdf());
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.text(), QStringLiteral("Erste Seite.\n\nZweite Seite."));
        QCOMPARE(result.document.metadata().pageStarts, QList<qsizetype>({ 0, 14 }));
        QCOMPARE(result.document.metadata().pageAt(20), 2);
        QCOMPARE(result.document.title(), QStringLiteral("Ein Bericht"));
        QCOMPARE(result.document.metadata().author, QStringLiteral("Erika Beispiel"));
        QCOMPARE(result.document.published(), QStringLiteral("2026-05-12"));
    }

    /// The helper reads what Poppler reads in-process; prints what the process costs on 50 pages.
    void helperMatchesInProcess()
    {
        const QString path = newPath(QStringLiteral("fifty-pages.pdf"));
        Layout fifty;
        fifty.columns = 2;
        fifty.linesPerColumn = 45;
        fifty.header = header;
        fifty.footer = footer;
        int pages = 0;
        QVERIFY(writeQtPdf(path, manyParagraphs(900), fifty, QStringLiteral("Fünfzig Seiten"), nullptr, &pages));
        QVERIFY2(pages >= 50, qPrintable(QString::number(pages)));

        QElapsedTimer clock;
        clock.start();
        const ParsedDocument inProcess = PdfReader::read(path);
        const qint64 inProcessMs = clock.restart();
        const ImportResult viaHelper = import(path);
        const qint64 helperMs = clock.elapsed();
        QVERIFY2(viaHelper.isValid(), qPrintable(viaHelper.error));
        QCOMPARE(viaHelper.document.text(), inProcess.text);
        QCOMPARE(viaHelper.document.metadata().pageStarts, inProcess.pageStarts);
        QCOMPARE(viaHelper.document.text(), manyParagraphs(900).join(QLatin1String("\n\n")));
        qInfo("%d pages, %lld characters: in-process %lld ms, through incident-parse %lld ms (import with language "
              "guess)",
            pages, static_cast<long long>(inProcess.text.size()), static_cast<long long>(inProcessMs),
            static_cast<long long>(helperMs));
    }
};

QTEST_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
