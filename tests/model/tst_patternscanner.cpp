// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extraction/patternscanner.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Iwb;

class TestPatternScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEveryPatternInOnePass()
    {
        PatternScanner scanner;
        const int minutes = scanner.addPattern(QStringLiteral("\\b\\d+\\s+Minuten\\b"));
        const int cards = scanner.addPattern(QStringLiteral("(?<![\\p{L}])Kreditkartendaten"));
        const int named = scanner.addPattern(QStringLiteral("(?<count>\\d+)\\s+Kund:innen"));
        QString error;
        QVERIFY2(scanner.compile(&error), qPrintable(error));
        QVERIFY(scanner.isCompiled());
        QCOMPARE(scanner.patternCount(), 3);

        // Umlauts before the hits: offsets are UTF-8 bytes.
        const QByteArray text
            = QStringLiteral("Für 31 Minuten waren Daten von 9500 Kund:innen sichtbar, KREDITKARTENDATEN nicht.")
                  .toUtf8();
        const QList<ScanHit> hits = scanner.scan(text);
        QList<int> seen;
        for (const ScanHit &hit : hits) {
            seen.append(hit.pattern);
        }
        QVERIFY(seen.contains(minutes));
        QVERIFY(seen.contains(cards));
        QVERIFY(seen.contains(named));
        for (const ScanHit &hit : hits) {
            if (hit.pattern == minutes) {
                QCOMPARE(text.left(hit.end), QStringLiteral("Für 31 Minuten").toUtf8());
            }
            if (hit.pattern == cards) {
                QVERIFY(text.left(hit.end).endsWith("KREDITKARTENDATEN")); // case-insensitive
            }
        }
        QVERIFY(scanner.scan(QByteArray("nichts davon")).isEmpty());
    }

    void wordBoundariesBesideUmlauts()
    {
        // Hyperscan's \\b is ASCII-only; the scanner must still find words that begin with umlauts.
        PatternScanner scanner;
        scanner.addPattern(QStringLiteral("\\büber\\s+\\d+\\b"));
        QString error;
        QVERIFY2(scanner.compile(&error), qPrintable(error));
        const QByteArray text = QStringLiteral("Es waren Über 4100 Konten.").toUtf8();
        const QList<ScanHit> hits = scanner.scan(text);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(text.left(hits.last().end), QStringLiteral("Es waren Über 4100").toUtf8());
    }

    void exactPatternsReportTheLeftmostStart()
    {
        PatternScanner scanner;
        const int date
            = scanner.addPattern(QStringLiteral("(?:(?:am|vom)\\s+)?\\b[0-9]{1,2}\\.\\s*(?:März|Mai)(?:\\s+[0-9]{4})?"),
                PatternScanner::Mode::Exact);
        const int amount = scanner.addPattern(
            QStringLiteral("(?:über\\s*)?[0-9]+(?:\\.[0-9]{3})*\\s*(?-i:Mio)"), PatternScanner::Mode::Exact);
        QString error;
        QVERIFY2(scanner.compile(&error), qPrintable(error));

        // Umlauts before the hits: offsets are UTF-8 bytes.
        const QByteArray text = QStringLiteral("Über 1.500 Mio Schäden vom 9. März 2024, 3 MIO nicht").toUtf8();
        QHash<int, QSet<QByteArray>> matches;
        for (const ScanHit &hit : scanner.scan(text)) {
            QVERIFY(hit.start >= 0 && hit.start < hit.end);
            matches[hit.pattern].insert(text.mid(hit.start, hit.end - hit.start));
        }
        // One hit per end, starting where the leftmost match ending there starts.
        QCOMPARE(matches.value(date),
            (QSet<QByteArray> { QStringLiteral("vom 9. März").toUtf8(), QStringLiteral("vom 9. März 2024").toUtf8() }));
        QCOMPARE(matches.value(amount),
            QSet<QByteArray> { QStringLiteral("Über 1.500 Mio").toUtf8() }); // "(?-i:" stays case-sensitive

        // More spaces than an unbounded repeat is assumed to take: the start still comes out right.
        const QByteArray spaced = QByteArray("am 1.") + QByteArray(40, ' ') + QByteArray("Mai");
        const QList<ScanHit> hits = scanner.scan(spaced);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().start, 0);
    }

    void startsAreFoundOnlyForTheHitsAskedFor()
    {
        PatternScanner scanner;
        const int amount = scanner.addPattern(
            QStringLiteral("[0-9]+(?:\\.[0-9]{3})*\\s*(?:Nutzer|Kunden)"), PatternScanner::Mode::Exact);
        const int cue = scanner.addPattern(QStringLiteral("(?:Datenleck|Daten\\-Panne)"), PatternScanner::Mode::Exact);
        const int loose = scanner.addPattern(QStringLiteral("(?<![\\p{L}])Konten"));
        QString error;
        QVERIFY2(scanner.compile(&error), qPrintable(error));
        QVERIFY(scanner.startReach(amount) > 0);
        QCOMPARE(scanner.startReach(loose), -1); // a prefilter pattern has no start

        const QByteArray text
            = QStringLiteral("Nach der Daten-Panne: 4.100 Kunden, dann 9.500 Nutzer und Konten.").toUtf8();
        ScanEnds scanned = scanner.scanEnds(text);
        QList<ScanHit> amounts;
        for (const ScanHit &hit : std::as_const(scanned.hits)) {
            if (hit.pattern == amount) {
                QCOMPARE(hit.start, -1); // not looked for yet
                amounts.append(hit);
            } else if (hit.pattern == cue) {
                // Literal words: the scan knows where they start.
                QCOMPARE(text.mid(hit.start, hit.end - hit.start), QByteArray("Daten-Panne"));
            } else {
                QCOMPARE(hit.pattern, loose);
                QCOMPARE(hit.start, -1);
            }
        }
        QCOMPARE(amounts.size(), 2);
        QList<ScanHit> second { amounts.last() };
        scanner.findStarts(text, scanned, second);
        QCOMPARE(text.mid(second.first().start, second.first().end - second.first().start), QByteArray("9.500 Nutzer"));
        QList<ScanHit> first { amounts.first() };
        scanner.findStarts(text, scanned, first);
        QCOMPARE(text.mid(first.first().start, first.first().end - first.first().start), QByteArray("4.100 Kunden"));
    }

    void nearbyPatternsAreScannedOnlyInTheStretchesAsked()
    {
        PatternScanner scanner;
        const int unit = scanner.addPattern(QStringLiteral("(?:Nutzer|Kunden)"), PatternScanner::Mode::Exact);
        // Unbounded repeats: the scanner also watches for long runs of them.
        const int number = scanner.addPattern(
            QStringLiteral("[0-9]+(?:\\.[0-9]{3})*\\s*"), PatternScanner::Mode::Exact, PatternScanner::Pass::Nearby);
        QString error;
        QVERIFY2(scanner.compile(&error), qPrintable(error));

        const QByteArray text = QStringLiteral("Im Jahr 2019 waren es 4.100 Kunden, heute 9.500 Nutzer.").toUtf8();
        ScanEnds scanned = scanner.scanEnds(text);
        QList<qsizetype> unitStarts;
        for (const ScanHit &hit : std::as_const(scanned.hits)) {
            QCOMPARE(hit.pattern, unit); // the single pass leaves the nearby pattern out
            unitStarts.append(hit.start);
        }
        QCOMPARE(unitStarts.size(), 2);

        // Only the stretch before "Nutzer": "9.500 " is found there, "2019" and "4.100" are not.
        const qsizetype users = unitStarts.last();
        QList<ScanHit> hits = scanner.scanStretches(text, scanned, { { users - 10, users } });
        QVERIFY(!hits.isEmpty());
        for (const ScanHit &hit : std::as_const(hits)) {
            QCOMPARE(hit.pattern, number);
            QVERIFY(hit.end > users - 10 && hit.end <= users);
        }
        scanner.findStarts(text, scanned, hits);
        QCOMPARE(text.mid(hits.last().start, hits.last().end - hits.last().start), QByteArray("9.500 "));
    }

    void reportsABrokenPattern()
    {
        PatternScanner scanner;
        scanner.addPattern(QStringLiteral("gut"));
        scanner.addPattern(QStringLiteral("(kaputt"));
        QString error;
        QVERIFY(!scanner.compile(&error));
        QVERIFY2(error.startsWith(QLatin1String("pattern 1 ((kaputt)")), qPrintable(error));
        QVERIFY(!scanner.isCompiled());
    }
};

QTEST_GUILESS_MAIN(TestPatternScanner)
#include "tst_patternscanner.moc"
