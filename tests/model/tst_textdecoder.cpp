// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Iwb;

namespace {

// A German sentence in our own words with umlauts, ß, typographic quotes and the euro sign.
const QString germanSample
    = QStringLiteral("Die Stadtwerke Wiesenfurt teilten mit, dass „keinerlei Bankdaten“ betroffen seien. "
                     "Für die Prüfung der Vorfälle fielen Kosten von rund 12.000 € an; Größe und Maß des Schadens "
                     "würden noch geprüft. Außerdem hätten Kundinnen und Kunden über Störungen berichtet.");

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        if (c == QChar(0x20AC)) {
            bytes.append(char(0x80));
        } else if (c == QChar(0x201E)) {
            bytes.append(char(0x84));
        } else if (c == QChar(0x201C)) {
            bytes.append(char(0x93));
        } else {
            bytes.append(char(c.unicode()));
        }
    }
    return bytes;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        QTest::newRow("utf-8 without bom") << germanSample.toUtf8() << germanSample << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with bom") << encoded(germanSample, QStringConverter::Utf8, true) << germanSample
                                        << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le with bom")
            << encoded(germanSample, QStringConverter::Utf16LE, true) << germanSample << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be with bom")
            << encoded(germanSample, QStringConverter::Utf16BE, true) << germanSample << QStringLiteral("UTF-16BE");
        QTest::newRow("windows-1252 with euro and quotes")
            << windows1252(germanSample) << germanSample << QStringLiteral("WINDOWS-1252");
        QTest::newRow("crlf becomes lf") << QByteArray("Zeile eins\r\nZeile zwei\r\n")
                                         << QStringLiteral("Zeile eins\nZeile zwei\n") << QStringLiteral("UTF-8");
        QTest::newRow("lone cr becomes lf")
            << QByteArray("alt\rneu") << QStringLiteral("alt\nneu") << QStringLiteral("UTF-8");
        QTest::newRow("emoji in utf-8") << QStringLiteral("Sperre \U0001F512 aktiv").toUtf8()
                                        << QStringLiteral("Sperre \U0001F512 aktiv") << QStringLiteral("UTF-8");
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.encoding.toUpper(), encoding.toUpper());
    }

    void latin1FamilyKeepsUmlauts()
    {
        // Plain Latin-1 German text: ISO-8859-1, -15 and Windows-1252 agree on every
        // character here, so whichever uchardet names, the text must come out right.
        const QString text = QStringLiteral("Über 4.100 Kundenkonten wären betroffen gewesen, hieß es; "
                                            "die Behörde prüfe den Vorgang. Größere Schäden seien nicht bekannt.");
        const DecodedText decoded = TextDecoder::decode(text.toLatin1());
        QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
        QCOMPARE(decoded.text, text);
        QVERIFY2(decoded.encoding.contains(QLatin1String("8859"), Qt::CaseInsensitive)
                || decoded.encoding.contains(QLatin1String("1252")),
            qPrintable(decoded.encoding));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");

        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("binary with NUL bytes") << png << QStringLiteral("binary file");
        const QByteArray brokenUtf8 = QByteArray("\xEF\xBB\xBF") + QByteArray("Gr\xC3\x28\xFF\xFEnde");
        QTest::newRow("invalid utf-8 after bom") << brokenUtf8 << QStringLiteral("not valid UTF-8");
    }

    void rejects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodedText decoded = TextDecoder::decode(bytes);
        QVERIFY(!decoded.isValid());
        QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
        QVERIFY(decoded.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
