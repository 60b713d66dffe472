// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "../model/pdftesting.h"
#include "programrun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

/// incident-cli on PDFs as a user runs it: import, list, extract; a crashing reader costs one file.
class TestPdfCli : public QObject
{
    Q_OBJECT

private:
    using Run = IwbTest::ProgramRun;

    QTemporaryDir m_dir;
    QString m_pdf;

    static Run cli(const QStringList &arguments) { return IwbTest::runCli(arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        // Our own article, set in two columns over two pages by Ghostscript, with a running header and page numbers.
        const QStringList paragraphs {
            QStringLiteral("Die Musterbank AG hat am 12. Mai 2026 eine Datenpanne gemeldet. Durch einen falsch "
                           "eingerichteten Speicher waren die Namen, Anschriften und Kontonummern von rund 4.800 "
                           "Kundinnen und Kunden zwei Tage lang im Internet abrufbar."),
            QStringLiteral("Entdeckt wurde der Fehler von einem Sicherheitsforscher, der die Bank am Morgen des 14. "
                           "Mai informierte. Die Bank sperrte den Zugang nach eigenen Angaben innerhalb von 40 "
                           "Minuten."),
            QStringLiteral("Passwörter seien nicht betroffen gewesen, teilte ein Sprecher mit. Die zuständige "
                           "Aufsichtsbehörde wurde am selben Tag unterrichtet."),
        };
        IwbPdfTest::Layout layout;
        layout.columns = 2;
        layout.linesPerColumn = 6;
        layout.header = QStringLiteral("Vorfallbericht Musterbank");
        layout.footer = QStringLiteral("Seite %1 von %2");
        m_pdf = m_dir.filePath(QStringLiteral("musterbank.pdf"));
        const QString failure = IwbPdfTest::writeGhostscriptPdf(m_pdf, paragraphs, layout,
            { QStringLiteral("Datenpanne bei der Musterbank"), QStringLiteral("Redaktion Beispielstadt"),
                QStringLiteral("D:20260512090000") });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanup()
    {
        qunsetenv("INCIDENT_WORKBENCH_PARSER");
        qunsetenv("IWB_FAKE_PARSE");
    }

    void importListExtract()
    {
        const QString db = m_dir.filePath(QStringLiteral("pdf.sqlite"));
        const Run import = cli({ QStringLiteral("import"), m_pdf, QStringLiteral("--db"), db });
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(import.out.contains(
                     QStringLiteral("imported document 1 [de] Datenpanne bei der Musterbank (%1)").arg(m_pdf)),
            qPrintable(import.out));

        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
        QCOMPARE(list.exitCode, 0);
        const QJsonObject listed = IwbTest::jsonObjectOf(list.out.trimmed());
        QCOMPARE(listed.value(QStringLiteral("title")).toString(), QStringLiteral("Datenpanne bei der Musterbank"));
        QCOMPARE(listed.value(QStringLiteral("published")).toString(), QStringLiteral("2026-05-12"));
        QCOMPARE(listed.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));

        const Run extract = cli({ QStringLiteral("extract"), QStringLiteral("--json"), m_pdf });
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
        const QJsonObject record
            = IwbTest::jsonObjectOf(extract.out.trimmed()).value(QStringLiteral("incident")).toObject();
        QCOMPARE(record.value(QStringLiteral("organization")).toString(), QStringLiteral("Musterbank AG"));
        QCOMPARE(record.value(QStringLiteral("affected_count")).toInteger(), 4800);
        QVERIFY(record.value(QStringLiteral("data_exposed")).toArray().contains(QStringLiteral("bank_accounts")));
        QCOMPARE(record.value(QStringLiteral("authority_notified")).toBool(), true);

        // extract --db stores the facts and the draft record with the document.
        const Run stored = cli({ QStringLiteral("extract"), QStringLiteral("--db"), db, m_pdf });
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        const Run again = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db });
        QVERIFY(IwbTest::jsonObjectOf(again.out.trimmed()).value(QStringLiteral("facts")).toInt() > 5);
    }

    void crashingReaderCostsOneFile()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QString text = m_dir.filePath(QStringLiteral("notiz.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Bei der Musterbank waren Kundendaten zwei Tage lang offen im Netz.\n");
        file.close();
        qputenv("INCIDENT_WORKBENCH_PARSER", QByteArray(IWB_FAKE_PARSE_HELPER));
        qputenv("IWB_FAKE_PARSE", "crash");
        const Run run = cli({ QStringLiteral("import"), m_pdf, text, QStringLiteral("--db"), db });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(m_pdf + QStringLiteral(": the PDF could not be read: the reader crashed (signal 11)")),
            qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("1 imported, 0 already stored, 1 failed")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestPdfCli)
#include "tst_pdfcli.moc"
