// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/utf8offsets.h"

#include <QTest>

#include <algorithm>

using namespace Iwb;

/// Offsets between UTF-16 and UTF-8 at every character boundary, against Qt's own conversion.
class TestUtf8Offsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBoundaryMapsBothWays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii, longer than eight bytes") << QStringLiteral("Datenleck bei einem Versandhändler");
        QTest::newRow("two-byte umlauts") << QStringLiteral("Größe Übermaß Äußerung");
        QTest::newRow("three-byte dash and quotes")
            << QStringLiteral("Panne \u2013 \u201EKundendaten\u201C \u20AC 9.500");
        QTest::newRow("four-byte emoji") << QStringLiteral("\U0001F512 gesperrt \U0001F4F1 App");
        QTest::newRow("emoji between ascii runs")
            << QStringLiteral("abcdefghij\U0001F512klmnopqrstuvwxyz\u00E4abcdefgh");
        QTest::newRow("empty") << QString();
    }

    void everyBoundaryMapsBothWays()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        QList<qsizetype> boundaries; // UTF-16 indices where a character starts, and the end
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || !text.at(i).isLowSurrogate()) {
                boundaries.append(i);
            }
        }
        Utf8ToUtf16 toUtf16(utf8);
        Utf16ToUtf8 toUtf8(text);
        QList<qsizetype> byteOffsets;
        for (const qsizetype i : std::as_const(boundaries)) {
            const qsizetype bytes = text.left(i).toUtf8().size();
            byteOffsets.append(bytes);
            QCOMPARE(toUtf8.map(i), bytes);
            QCOMPARE(toUtf16.map(bytes), i);
        }
        // Asked out of order, one walk again; the set mapper in any order.
        QCOMPARE(toUtf16.map(0), qsizetype(0));
        QCOMPARE(toUtf8.map(0), qsizetype(0));
        QList<qsizetype> shuffled = byteOffsets;
        std::reverse(shuffled.begin(), shuffled.end());
        const Utf16Offsets offsets(utf8, shuffled);
        for (qsizetype k = 0; k < boundaries.size(); ++k) {
            QCOMPARE(offsets.at(byteOffsets.at(k)), boundaries.at(k));
        }
    }
};

QTEST_GUILESS_MAIN(TestUtf8Offsets)
#include "tst_utf8offsets.moc"
