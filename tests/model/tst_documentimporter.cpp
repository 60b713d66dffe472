// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/documentimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Iwb;

namespace {

const QString dataDir = QStringLiteral(IWB_SOURCE_DIR "/tests/model/data");

} // namespace

class TestDocumentImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write test file");
        }
        return path;
    }

private Q_SLOTS:
    void plainTextWithDateMarker()
    {
        const QString path = write(QStringLiteral("marker.txt"),
            " date 2025-12-10 Bei der Stadtwerke kam es gestern zu einer Panne.\r\n\r\nDie Kunden wurden "
            "informiert.\r\n");
        const ImportResult result = DocumentImporter().importFile(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const Document &document = result.document;
        QCOMPARE(document.published(), QStringLiteral("2025-12-10"));
        QCOMPARE(document.title(), QStringLiteral("Bei der Stadtwerke kam es gestern zu einer Panne."));
        // The text keeps the marker (offsets point into it) but loses the CRs.
        QCOMPARE(document.text(),
            QStringLiteral(" date 2025-12-10 Bei der Stadtwerke kam es gestern zu einer Panne.\n\n"
                           "Die Kunden wurden informiert.\n"));
        QCOMPARE(document.language(), QStringLiteral("de"));
        QCOMPARE(document.format(), QStringLiteral("txt"));
        QCOMPARE(document.source(), QFileInfo(path).absoluteFilePath());
        QVERIFY(document.importedAt().isValid());
        QVERIFY(document.rawSource().isEmpty());
    }

    void markdownTitleWithoutHashes()
    {
        const QString path = write(QStringLiteral("note.md"),
            "# Lost laptop at the broker\n\nThe laptop was stolen from a car and the data of the clients was on it.\n");
        const ImportResult result = DocumentImporter().importFile(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.title(), QStringLiteral("Lost laptop at the broker"));
        QCOMPARE(result.document.language(), QStringLiteral("en"));
        QCOMPARE(result.document.format(), QStringLiteral("md"));
        QVERIFY(result.document.published().isEmpty());
    }

    void htmlArticleWithoutFurniture()
    {
        const QString path = dataDir + QStringLiteral("/article-with-furniture.html");
        const ImportResult result = DocumentImporter().importFile(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        const Document &document = result.document;
        QCOMPARE(document.title(), QStringLiteral("Datenpanne bei Beispielbank"));
        QCOMPARE(document.published(), QStringLiteral("2026-01-16"));
        QCOMPARE(document.language(), QStringLiteral("de"));
        QCOMPARE(document.format(), QStringLiteral("html"));
        QCOMPARE(document.text(),
            QStringLiteral("Beispielbank: Fremde Konten sichtbar\n\n"
                           "Nach einem Update sahen rund 9.500 Kund:innen fremde Kontodaten.\n\n"
                           "Die Bank spricht von einem Konfigurationsfehler & entschuldigt sich.\n\n"
                           "Kein Angriff\n\nBehörde informiert"));
        QVERIFY(document.rawSource().contains(QLatin1String("<article>")));
    }

    void htmlJsonLdDateAndMain()
    {
        const QString path = dataDir + QStringLiteral("/jsonld-main.htm");
        const ImportResult result = DocumentImporter().importFile(path);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QCOMPARE(result.document.published(), QStringLiteral("2025-12-10"));
        QCOMPARE(result.document.text(), QStringLiteral("An unprotected database exposed support cases."));
        QCOMPARE(result.document.language(), QStringLiteral("en"));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QString>("reason");

        const qint64 normal = DocumentImporter::defaultMaxBytes;
        QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << normal
                                    << QStringLiteral("the file is empty");
        QTest::newRow("only white space") << QStringLiteral("blank.txt") << QByteArray(" \n\t\n") << normal
                                          << QStringLiteral("no text, only white space");
        QTest::newRow("binary") << QStringLiteral("image.txt") << QByteArray("GIF89a\0\0\x01\0", 10) << normal
                                << QStringLiteral("binary file");
        QTest::newRow("over the size limit") << QStringLiteral("big.txt") << QByteArray(3000, 'a') << qint64(2048)
                                             << QStringLiteral("over the import limit");
        QTest::newRow("unsupported type") << QStringLiteral("report.odt") << QByteArray("PK\x03\x04") << normal
                                          << QStringLiteral("unsupported file type '.odt' (supported: .txt, .md, "
                                                            ".html, .htm, .pdf, .eml, .msg, .docx)");
        QTest::newRow("html without text")
            << QStringLiteral("empty.html")
            << QByteArray("<html><body><script>x()</script><nav>Menü</nav></body></html>") << normal
            << QStringLiteral("no visible article text");
    }

    void rejects()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, limit);
        QFETCH(QString, reason);
        const QString path = write(name, bytes);
        const ImportResult result = DocumentImporter(limit).importFile(path);
        QVERIFY(!result.isValid());
        QVERIFY2(result.error.startsWith(path + QStringLiteral(": ")), qPrintable(result.error));
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QVERIFY(result.document.text().isEmpty());
    }

    void missingFileNamesThePath()
    {
        const QString path = m_dir.filePath(QStringLiteral("nowhere.txt"));
        const ImportResult result = DocumentImporter().importFile(path);
        QCOMPARE(result.error, path + QStringLiteral(": no such file"));
    }

    void expandsFoldersToSupportedFiles()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("sub"));
        for (const QString &name : { QStringLiteral("b.txt"), QStringLiteral("a.html"), QStringLiteral("sub/c.md"),
                 QStringLiteral("d.pdf"), QStringLiteral("skip.odt") }) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QStringList files = DocumentImporter::expandPaths({ dir.path(), QStringLiteral("/explicit/file.odt") });
        QCOMPARE(files,
            QStringList({ dir.filePath(QStringLiteral("a.html")), dir.filePath(QStringLiteral("b.txt")),
                dir.filePath(QStringLiteral("d.pdf")), dir.filePath(QStringLiteral("sub/c.md")),
                QStringLiteral("/explicit/file.odt") }));
    }

    void bundledSamplesImport()
    {
        const QStringList files
            = DocumentImporter::expandPaths({ QStringLiteral(IWB_SOURCE_DIR "/resources/samples") });
        QVERIFY(files.size() >= 6);
        int german = 0;
        int english = 0;
        for (const QString &file : files) {
            const ImportResult result = DocumentImporter().importFile(file);
            QVERIFY2(result.isValid(), qPrintable(result.error));
            const QString expected = QFileInfo(file).fileName().left(2);
            QCOMPARE(result.document.language(), expected);
            QVERIFY(!result.document.title().isEmpty());
            QVERIFY2(QDate::fromString(result.document.published(), Qt::ISODate).isValid(), qPrintable(file));
            (expected == QLatin1String("de") ? german : english)++;
        }
        QVERIFY(german >= 3);
        QVERIFY(english >= 3);
    }
};

QTEST_GUILESS_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
