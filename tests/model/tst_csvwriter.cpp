// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "exchange/csvwriter.h"

#include <QBuffer>
#include <QTest>

#include <functional>
#include <limits>

using namespace Iwb;

namespace {

/// Counts how often the writer hands data to the device.
class CountingBuffer : public QBuffer
{
public:
    using QBuffer::QBuffer;
    int writes = 0;

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        ++writes;
        return QBuffer::writeData(data, length);
    }
};

} // namespace

/// RFC 4180 quoting, delimiters, BOM and formula neutralization of CsvWriter, byte for byte.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray write(const std::function<void(CsvWriter &)> &fill, const CsvOptions &options = {})
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, options);
        fill(writer);
        if (!writer.finish()) {
            qFatal("CsvWriter::finish failed");
        }
        return bytes;
    }

private Q_SLOTS:
    void textField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain") << QStringLiteral("Lumera Pay") << ',' << QByteArray("Lumera Pay");
        QTest::newRow("empty") << QString() << ',' << QByteArray("");
        QTest::newRow("comma quoted") << QStringLiteral("Kunden, Partner") << ',' << QByteArray("\"Kunden, Partner\"");
        QTest::newRow("comma unquoted with semicolon")
            << QStringLiteral("Kunden, Partner") << ';' << QByteArray("Kunden, Partner");
        QTest::newRow("semicolon quoted") << QStringLiteral("a;b") << ';' << QByteArray("\"a;b\"");
        QTest::newRow("semicolon plain with comma") << QStringLiteral("a;b") << ',' << QByteArray("a;b");
        QTest::newRow("tab quoted with tab delimiter") << QStringLiteral("a\tb") << '\t' << QByteArray("\"a\tb\"");
        QTest::newRow("quotes doubled") << QStringLiteral("der \"sichere\" Server") << ','
                                        << QByteArray("\"der \"\"sichere\"\" Server\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << ',' << QByteArray("\"\"\"\"");
        QTest::newRow("LF quoted") << QStringLiteral("Zeile 1\nZeile 2") << ',' << QByteArray("\"Zeile 1\nZeile 2\"");
        QTest::newRow("CRLF quoted") << QStringLiteral("eins\r\nzwei") << ',' << QByteArray("\"eins\r\nzwei\"");
        QTest::newRow("umlauts as UTF-8") << QStringLiteral("Größe über Maß") << ','
                                          << QByteArray("Gr\xC3\xB6\xC3\x9F"
                                                        "e \xC3\xBC"
                                                        "ber Ma\xC3\x9F");
        QTest::newRow("astral character")
            << QStringLiteral("Datenleck \U0001F512") << ',' << QByteArray("Datenleck \xF0\x9F\x94\x92");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\")") << ','
                                   << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("formula + ") << QStringLiteral("+49 30 123") << ',' << QByteArray("'+49 30 123");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << ',' << QByteArray("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << ',' << QByteArray("'@SUM(A1)");
        QTest::newRow("leading tab") << QStringLiteral("\t=1") << ',' << QByteArray("'\t=1");
        QTest::newRow("leading tab, tab delimiter") << QStringLiteral("\tx") << '\t' << QByteArray("\"'\tx\"");
        QTest::newRow("leading CR") << QStringLiteral("\r=1") << ',' << QByteArray("\"'\r=1\"");
        QTest::newRow("= inside is harmless") << QStringLiteral("a=b") << ',' << QByteArray("a=b");
        QTest::newRow("leading space then =") << QStringLiteral(" =1") << ',' << QByteArray(" =1");
        QTest::newRow("formula with delimiter") << QStringLiteral("=1;2") << ';' << QByteArray("\"'=1;2\"");
    }

    void textField()
    {
        QFETCH(QString, text);
        QFETCH(char, delimiter);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::encodeField(text, delimiter), expected);
    }

    /// The same table through addUtf8Text(): text that is UTF-8 already is written exactly as addText() writes it.
    void utf8Field_data() { textField_data(); }

    void utf8Field()
    {
        QFETCH(QString, text);
        QFETCH(char, delimiter);
        QFETCH(QByteArray, expected);
        const QByteArray utf8 = text.toUtf8();
        const QByteArray bytes = write([&](CsvWriter &csv) { csv.addUtf8Text(utf8); }, CsvOptions { delimiter, false });
        QCOMPARE(bytes, expected);
    }

    void invalidUtf8IsDecodedFirst()
    {
        // A byte that starts no UTF-8 sequence (Latin-1 "ö" written by another program) becomes U+FFFD, as
        // decoding it into a QString would have made it; the output stays UTF-8.
        const QByteArray bytes = write([](CsvWriter &csv) {
            csv.addUtf8Text(QByteArrayView("Gr\xF6\xDF"
                                           "e, alt",
                10));
        });
        QCOMPARE(bytes,
            QByteArray("\"Gr\xEF\xBF\xBD\xEF\xBF\xBD"
                       "e, alt\""));
        QVERIFY(QByteArrayView(bytes).isValidUtf8());
    }

    void trustedUtf8IsNotPrefixed()
    {
        const QByteArray bytes = write([](CsvWriter &csv) {
            csv.addTrustedUtf8("-1|2");
            csv.addUtf8Text("-1|2");
        });
        QCOMPARE(bytes, QByteArray("-1|2,'-1|2"));
    }

    void trustedTextIsNotPrefixed()
    {
        const QByteArray bytes = write([](CsvWriter &csv) {
            csv.addTrustedText(u"-1|2");
            csv.addText(u"-1|2");
            csv.endRecord();
        });
        QCOMPARE(bytes, QByteArray("-1|2,'-1|2\r\n"));
    }

    void numbersAndBooleans_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << qint64(0) << QByteArray("0");
        QTest::newRow("positive") << qint64(9500) << QByteArray("9500");
        QTest::newRow("negative is a number, not a formula") << qint64(-31) << QByteArray("-31");
        QTest::newRow("large") << qint64(4200000000LL) << QByteArray("4200000000");
        QTest::newRow("minimum") << std::numeric_limits<qint64>::min() << QByteArray("-9223372036854775808");
    }

    void numbersAndBooleans()
    {
        QFETCH(qint64, number);
        QFETCH(QByteArray, expected);
        const QByteArray bytes = write([number](CsvWriter &csv) { csv.addNumber(number); });
        QCOMPARE(bytes, expected);
    }

    void nullValuesAreEmptyFields()
    {
        const QByteArray bytes = write([](CsvWriter &csv) {
            csv.addNumber(std::optional<qint64>());
            csv.addBoolean(std::nullopt);
            csv.addBoolean(true);
            csv.addBoolean(false);
            csv.addEmpty();
            csv.addText(QString());
            csv.endRecord();
        });
        QCOMPARE(bytes, QByteArray(",,true,false,,\r\n"));
    }

    void recordsEndWithCrlfAndUseTheDelimiter_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << ',' << false << QByteArray("id,organization\r\n7,Müller GmbH\r\n");
        QTest::newRow("semicolon with BOM")
            << ';' << true << QByteArray("\xEF\xBB\xBFid;organization\r\n7;Müller GmbH\r\n");
        QTest::newRow("tab") << '\t' << false << QByteArray("id\torganization\r\n7\tMüller GmbH\r\n");
    }

    void recordsEndWithCrlfAndUseTheDelimiter()
    {
        QFETCH(char, delimiter);
        QFETCH(bool, bom);
        QFETCH(QByteArray, expected);
        const QByteArray bytes = write(
            [](CsvWriter &csv) {
                csv.addTrustedText(u"id");
                csv.addTrustedText(u"organization");
                csv.endRecord();
                csv.addNumber(qint64(7));
                csv.addText(QStringLiteral("Müller GmbH"));
                csv.endRecord();
            },
            CsvOptions { delimiter, bom });
        QCOMPARE(bytes, expected);
    }

    void delimiterNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow(",") << QStringLiteral(",") << int(',');
        QTest::newRow(";") << QStringLiteral(";") << int(';');
        QTest::newRow("tab") << QStringLiteral("tab") << int('\t');
        QTest::newRow("TAB") << QStringLiteral("TAB") << int('\t');
        QTest::newRow("tab character") << QStringLiteral("\t") << int('\t');
        QTest::newRow("semicolon") << QStringLiteral("semicolon") << int(';');
        QTest::newRow("pipe refused") << QStringLiteral("|") << -1;
        QTest::newRow("empty refused") << QString() << -1;
    }

    void delimiterNames()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const auto delimiter = CsvOptions::delimiterFromName(name);
        QCOMPARE(delimiter ? int(*delimiter) : -1, expected);
    }

    void bigOutputArrivesWholeInChunks()
    {
        // More than the 1 MiB buffer: the device sees several writes and every byte.
        QByteArray bytes;
        CountingBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        const QString cell = QStringLiteral("Zeile mit \"Anführung\", Komma und Ü");
        for (int i = 0; i < 60000; ++i) {
            csv.addNumber(qint64(i));
            csv.addText(cell);
            csv.endRecord();
        }
        QVERIFY(csv.finish());
        const QByteArray line = "59999,\"Zeile mit \"\"Anführung\"\", Komma und Ü\"\r\n";
        QVERIFY(bytes.endsWith(line));
        QCOMPARE(bytes.count("\r\n"), 60000);
        QVERIFY2(buffer.writes >= 2 && buffer.writes < 10, qPrintable(QString::number(buffer.writes)));
    }

    void writeErrorsAreReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter csv(&readOnly);
        csv.addText(u"x");
        csv.endRecord();
        QVERIFY(!csv.finish());
        QVERIFY(!csv.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
