// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/patternreverser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Iwb;

namespace {

bool matchesWhole(const QByteArray &pattern, const QByteArray &text)
{
    const QRegularExpression regex(QStringLiteral("\\A(?:") + QString::fromUtf8(pattern) + QStringLiteral(")\\z"),
        QRegularExpression::UseUnicodePropertiesOption);
    return regex.isValid() && regex.match(QString::fromUtf8(text)).hasMatch();
}

} // namespace

class TestPatternReverser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reversedPatternMatchesTheReversedText_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("hasLongRepeats");

        QTest::newRow("literal") << QByteArray("Uhr") << QByteArray("Uhr") << false;
        QTest::newRow("sequence with class and bounded repeat")
            << QByteArray("\\d{1,2}:\\d\\d") << QByteArray("16:35") << false;
        QTest::newRow("alternation in a group") << QByteArray("(?:von|ab) \\d+") << QByteArray("von 16") << true;
        QTest::newRow("optional part") << QByteArray("am\\s+\\d{1,2}\\.(?:\\s*Dezember)?")
                                       << QByteArray("am 9. Dezember") << true;
        QTest::newRow("caseless group") << QByteArray("(?i:mio)\\.?") << QByteArray("Mio.") << false;
        QTest::newRow("umlaut literal") << QByteArray("M\xc3\xa4rz \\d{4}") << QByteArray("M\xc3\xa4rz 2020") << false;
    }

    void reversedPatternMatchesTheReversedText()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, text);
        QFETCH(bool, hasLongRepeats);

        const std::optional<Reversal> reversal = reversePattern(pattern);
        QVERIFY(reversal);
        QVERIFY2(matchesWhole(reversal->reversed, reversedText(text)), reversal->reversed.constData());
        QVERIFY2(matchesWhole(reversal->capped, text), reversal->capped.constData());
        QCOMPARE(!reversal->longRepeats.isEmpty(), hasLongRepeats);
        // Reading backwards twice gives the text again.
        QCOMPARE(reversedText(reversedText(text)), text);
    }

    void patternsThatCannotBeReversed_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::newRow("look-behind") << QByteArray("(?<!\\d)\\d+");
        QTest::newRow("start anchor") << QByteArray("^Uhr");
        QTest::newRow("unclosed group") << QByteArray("(?:Uhr");
    }

    void patternsThatCannotBeReversed()
    {
        QFETCH(QByteArray, pattern);
        QVERIFY(!reversePattern(pattern));
    }
};

QTEST_GUILESS_MAIN(TestPatternReverser)
#include "tst_patternreverser.moc"
