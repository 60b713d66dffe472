// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "document/document.h"
#include "document/textoffsets.h"

#include <QTest>

using namespace Iwb;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toCodePoint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("utf16");
        QTest::addColumn<qsizetype>("codePoint");

        const QString umlauts = QStringLiteral("Größe für Nutzer*innen");
        QTest::newRow("umlauts are one unit each") << umlauts << qsizetype(5) << qsizetype(5);
        QTest::newRow("gender star") << umlauts << umlauts.size() << qsizetype(22);
        const QString emoji = QStringLiteral("a\U0001F512b"); // lock emoji: two UTF-16 units
        QTest::newRow("before emoji") << emoji << qsizetype(1) << qsizetype(1);
        QTest::newRow("after emoji") << emoji << qsizetype(3) << qsizetype(2);
        QTest::newRow("inside emoji maps to its start") << emoji << qsizetype(2) << qsizetype(1);
        QTest::newRow("end") << emoji << qsizetype(4) << qsizetype(3);
        const QString twoPairs = QStringLiteral("\U0001D11E x \U00020BB7 Kund:innen");
        QTest::newRow("after two pairs") << twoPairs << qsizetype(7) << qsizetype(5);
        QTest::newRow("clamped past end") << QStringLiteral("abc") << qsizetype(99) << qsizetype(3);
        QTest::newRow("clamped negative") << QStringLiteral("abc") << qsizetype(-4) << qsizetype(0);
        QTest::newRow("empty text") << QString() << qsizetype(0) << qsizetype(0);
    }

    void toCodePoint()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, utf16);
        QFETCH(qsizetype, codePoint);
        QCOMPARE(TextOffsets(text).toCodePoint(utf16), codePoint);
        QCOMPARE(TextOffsets::codePointIndex(text, utf16), codePoint);
    }

    void roundTripEveryIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("4.100 Logins");
        QTest::newRow("german") << QStringLiteral("Kund:innen, Nutzer*innen, Straße, Ärger");
        QTest::newRow("emoji and cjk") << QStringLiteral("\U0001F600 Daten\U0001F4BE 𠮷野家 \U0001F600");
        QTest::newRow("only pairs") << QStringLiteral("\U0001F600\U0001F601\U0001F602");
    }

    void roundTripEveryIndex()
    {
        QFETCH(QString, text);
        const TextOffsets offsets(text);
        const QList<uint> codePoints = text.toUcs4();
        QCOMPARE(offsets.codePointLength(), codePoints.size());
        for (qsizetype cp = 0; cp <= codePoints.size(); ++cp) {
            const qsizetype utf16 = offsets.toUtf16(cp);
            QCOMPARE(offsets.toCodePoint(utf16), cp);
            // The UTF-16 prefix up to utf16 holds exactly cp code points, as Python's text[:cp] would.
            QCOMPARE(text.left(utf16).toUcs4().size(), cp);
        }
    }

    void documentLengthCountsCodePoints()
    {
        Document document;
        document.setText(QStringLiteral("9.500 App Nutzer*innen \U0001F4F1"));
        QCOMPARE(document.text().size(), qsizetype(25));
        QCOMPARE(document.codePointLength(), qsizetype(24));
    }

    void sameTextSameHash()
    {
        Document a;
        a.setText(QStringLiteral("Datenleck bei der Stadtwerke"));
        Document b;
        b.setText(QStringLiteral("Datenleck bei der Stadtwerke"));
        Document c;
        c.setText(QStringLiteral("Datenleck bei den Stadtwerken"));
        QCOMPARE(a.sha256(), b.sha256());
        QVERIFY(a.sha256() != c.sha256());
        QCOMPARE(a.sha256().size(), 64);
        // SHA-256 of the UTF-8 bytes, so other tools can compute the same key.
        QCOMPARE(Document::sha256Of(QStringLiteral("abc")),
            QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
