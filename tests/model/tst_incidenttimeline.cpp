// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparison/incidenttimeline.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Iwb;

namespace {

QDateTime at(const QString &iso)
{
    QDateTime result = QDateTime::fromString(iso, Qt::ISODate);
    result.setTimeZone(QTimeZone::UTC);
    return result;
}

/// A fact over the first occurrence of @p covered (after @p from) in @p text.
Fact factIn(
    const QString &text, qint64 id, FactType type, const QString &covered, const QJsonValue &value, qsizetype from = 0)
{
    Fact fact;
    fact.id = id;
    fact.type = type;
    fact.start = text.indexOf(covered, from);
    fact.end = fact.start + covered.size();
    fact.text = covered;
    fact.value = value;
    return fact;
}

Document documentOf(const QString &text, const QString &published, const QString &title = QStringLiteral("Testartikel"))
{
    Document document;
    document.setText(text);
    document.setPublished(published);
    document.setTitle(title);
    return document;
}

IncidentRecord recordOf(
    const QString &date, const QString &startTime, std::optional<int> duration, const QString &endTime = {})
{
    IncidentRecord record;
    record.organization = QStringLiteral("Falkenwerk Bank");
    record.incidentDate = date;
    record.startTime = startTime;
    record.endTime = endTime;
    record.durationMinutes = duration;
    return record;
}

QStringList kinds(const TimelineRow &row)
{
    QStringList names;
    for (const TimelinePoint &point : row.points) {
        names.append(timelinePointKindName(point.kind));
    }
    return names;
}

} // namespace

class TestIncidentTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsComeFromTheRecordTheFactsAndThePublishedDate()
    {
        const QString text
            = QStringLiteral("Bei der Falkenwerk Bank zeigte die App am 15. Januar 2026 zwischen 10:49 und 11:20 Uhr "
                             "fremde Kontodaten an. "
                             "Das interne Monitoring schlug um 11:02 Uhr Alarm. Die Aufsichtsbehörde wurde am 16. "
                             "Januar 2026 informiert. "
                             "Der Fehler wurde um 11:20 Uhr behoben. Eine Kundin bemerkte den Fehler ebenfalls. "
                             "Die Kunden wurden bis zum 20. Januar 2026 nicht informiert.");
        QList<Fact> facts {
            factIn(text, 1, FactType::Date, QStringLiteral("15. Januar 2026"), QStringLiteral("2026-01-15")),
            factIn(text, 2, FactType::Time, QStringLiteral("zwischen 10:49 und 11:20 Uhr"),
                QJsonObject { { QStringLiteral("from"), QStringLiteral("10:49") },
                    { QStringLiteral("to"), QStringLiteral("11:20") } }),
            factIn(text, 3, FactType::Discovery, QStringLiteral("Das interne Monitoring schlug"),
                QStringLiteral("internal")),
            factIn(text, 4, FactType::Time, QStringLiteral("11:02 Uhr"), QStringLiteral("11:02")),
            factIn(text, 5, FactType::Notification, QStringLiteral("Die Aufsichtsbehörde wurde"),
                QStringLiteral("authority")),
            factIn(text, 6, FactType::Date, QStringLiteral("16. Januar 2026"), QStringLiteral("2026-01-16")),
            factIn(text, 7, FactType::Remediation, QStringLiteral("behoben"), QJsonValue()),
            factIn(text, 8, FactType::Time, QStringLiteral("11:20 Uhr"), QStringLiteral("11:20"),
                text.indexOf(QStringLiteral("Der Fehler"))),
            // no date or time in its sentence: no place on the axis
            factIn(text, 9, FactType::Discovery, QStringLiteral("Eine Kundin bemerkte"), QStringLiteral("customer")),
            factIn(text, 10, FactType::Notification, QStringLiteral("Die Kunden wurden"), QStringLiteral("affected")),
            factIn(text, 11, FactType::Date, QStringLiteral("20. Januar 2026"), QStringLiteral("2026-01-20")),
        };
        facts[9].polarity = Polarity::Negative; // "nicht informiert" is no notification
        IncidentRecord record
            = recordOf(QStringLiteral("2026-01-15"), QStringLiteral("10:49"), 31, QStringLiteral("11:20"));
        record.id = 5;
        record.evidence.insert(QStringLiteral("incident_date"), { 1 });
        record.evidence.insert(QStringLiteral("start_time"), { 2 });
        record.evidence.insert(QStringLiteral("end_time"), { 2 });

        const TimelineRow row = IncidentTimeline::rowFor(
            record, documentOf(text, QStringLiteral("2026-01-16"), QStringLiteral("Zahlfehler")), facts);
        QCOMPARE(row.incidentId, 5);
        QCOMPARE(row.label, QStringLiteral("Falkenwerk Bank"));
        QCOMPARE(kinds(row),
            (QStringList { QStringLiteral("start"), QStringLiteral("discovery"), QStringLiteral("end"),
                QStringLiteral("containment"), QStringLiteral("notification"), QStringLiteral("disclosure") }));
        QStringList times;
        QStringList evidence;
        QList<qint64> factIds;
        for (const TimelinePoint &point : row.points) {
            times.append(point.timeText());
            evidence.append(point.evidence);
            factIds.append(point.factId);
        }
        QCOMPARE(times,
            (QStringList { QStringLiteral("2026-01-15 10:49"), QStringLiteral("2026-01-15 11:02"),
                QStringLiteral("2026-01-15 11:20"), QStringLiteral("2026-01-15 11:20"), QStringLiteral("2026-01-16"),
                QStringLiteral("2026-01-16") }));
        QCOMPARE(factIds, (QList<qint64> { 2, 3, 2, 7, 5, 0 }));
        QCOMPARE(evidence,
            (QStringList { QStringLiteral("zwischen 10:49 und 11:20 Uhr"),
                QStringLiteral("Das interne Monitoring schlug · 11:02 Uhr"),
                QStringLiteral("zwischen 10:49 und 11:20 Uhr"), QStringLiteral("behoben · 11:20 Uhr"),
                QStringLiteral("Die Aufsichtsbehörde wurde · 16. Januar 2026"),
                QStringLiteral("article published 2026-01-16: Zahlfehler") }));
        QVERIFY(row.hasWindow());
        QCOMPARE(row.anchor(), at(QStringLiteral("2026-01-15T10:49:00")));
    }

    void endsFromTimesAndDurations_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("duration"); // -1: none
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("expectedStart");
        QTest::addColumn<QString>("expectedEnd"); // empty: no end point
        QTest::newRow("end time") << QStringLiteral("2025-12-09") << QStringLiteral("16:05") << -1
                                  << QStringLiteral("16:45") << QStringLiteral("2025-12-09 16:05")
                                  << QStringLiteral("2025-12-09 16:45");
        QTest::newRow("end time wins over duration")
            << QStringLiteral("2025-12-09") << QStringLiteral("16:05") << 99 << QStringLiteral("16:45")
            << QStringLiteral("2025-12-09 16:05") << QStringLiteral("2025-12-09 16:45");
        QTest::newRow("past midnight") << QStringLiteral("2026-02-03") << QStringLiteral("23:50") << -1
                                       << QStringLiteral("00:20") << QStringLiteral("2026-02-03 23:50")
                                       << QStringLiteral("2026-02-04 00:20");
        QTest::newRow("start plus duration")
            << QStringLiteral("2026-01-15") << QStringLiteral("10:49") << 31 << QString()
            << QStringLiteral("2026-01-15 10:49") << QStringLiteral("2026-01-15 11:20");
        QTest::newRow("day plus days") << QStringLiteral("2025-12-05") << QString() << 66240 << QString()
                                       << QStringLiteral("2025-12-05") << QStringLiteral("2026-01-20");
        QTest::newRow("fourteen years from a year") << QStringLiteral("2010") << QString() << 7358400 << QString()
                                                    << QStringLiteral("2010") << QStringLiteral("2023");
        QTest::newRow("ongoing") << QStringLiteral("2026-02-01") << QStringLiteral("03:40") << -1 << QString()
                                 << QStringLiteral("2026-02-01 03:40") << QString();
        QTest::newRow("end time without start time")
            << QStringLiteral("2026-02-01") << QString() << -1 << QStringLiteral("05:00")
            << QStringLiteral("2026-02-01") << QString();
    }

    void endsFromTimesAndDurations()
    {
        QFETCH(QString, date);
        QFETCH(QString, start);
        QFETCH(int, duration);
        QFETCH(QString, end);
        QFETCH(QString, expectedStart);
        QFETCH(QString, expectedEnd);
        const IncidentRecord record
            = recordOf(date, start, duration >= 0 ? std::optional<int>(duration) : std::nullopt, end);
        const TimelineRow row = IncidentTimeline::rowFor(record, Document(), {});
        QCOMPARE(row.point(TimelinePointKind::Start)->timeText(), expectedStart);
        QCOMPARE(row.point(TimelinePointKind::End).has_value(), !expectedEnd.isEmpty());
        if (!expectedEnd.isEmpty()) {
            QCOMPARE(row.point(TimelinePointKind::End)->timeText(), expectedEnd);
            QVERIFY(!row.point(TimelinePointKind::End)->evidence.isEmpty());
        }
        QCOMPARE(row.hasWindow(), !expectedEnd.isEmpty());
    }

    void aDayOnlyPointOnTheStartDayIsNotBeforeTheStart()
    {
        const QString text = QStringLiteral("Am 15. Januar 2026 wurde die Aufsichtsbehörde informiert.");
        const QList<Fact> facts {
            factIn(text, 1, FactType::Date, QStringLiteral("15. Januar 2026"), QStringLiteral("2026-01-15")),
            factIn(text, 2, FactType::Notification, QStringLiteral("Aufsichtsbehörde informiert"),
                QStringLiteral("authority")),
        };
        const TimelineRow row = IncidentTimeline::rowFor(
            recordOf(QStringLiteral("2026-01-15"), QStringLiteral("10:49"), 31), documentOf(text, {}), facts);
        QCOMPARE(kinds(row),
            (QStringList { QStringLiteral("start"), QStringLiteral("notification"), QStringLiteral("end") }));
        QCOMPARE(row.point(TimelinePointKind::Notification)->at, at(QStringLiteral("2026-01-15T10:49:00")));
        QCOMPARE(row.point(TimelinePointKind::Notification)->timeText(), QStringLiteral("2026-01-15"));
    }

    void aDiscoveryMayTakeItsTimeFromTheNextSentence()
    {
        const QString text
            = QStringLiteral("Aufgefallen war der Fehler dem Monitoring. Es schlug um 11:02 Uhr Alarm.\n\n"
                             "Die Kunden werden benachrichtigt. Am 20. Januar 2026 folgt ein Bericht.");
        const QList<Fact> facts {
            factIn(text, 1, FactType::Discovery, QStringLiteral("Monitoring"), QStringLiteral("internal")),
            factIn(text, 2, FactType::Time, QStringLiteral("um 11:02 Uhr"), QStringLiteral("11:02")),
            factIn(text, 3, FactType::Notification, QStringLiteral("benachrichtigt"), QStringLiteral("affected")),
            factIn(text, 4, FactType::Date, QStringLiteral("20. Januar 2026"), QStringLiteral("2026-01-20")),
        };
        const TimelineRow row = IncidentTimeline::rowFor(
            recordOf(QStringLiteral("2026-01-15"), QStringLiteral("10:49"), 31), documentOf(text, {}), facts);
        // The notification's next sentence is about something else: it stays off the axis.
        QCOMPARE(
            kinds(row), (QStringList { QStringLiteral("start"), QStringLiteral("discovery"), QStringLiteral("end") }));
        QCOMPARE(row.point(TimelinePointKind::Discovery)->timeText(), QStringLiteral("2026-01-15 11:02"));
        QCOMPARE(row.point(TimelinePointKind::Discovery)->evidence, QStringLiteral("Monitoring · um 11:02 Uhr"));
        QCOMPARE(row.point(TimelinePointKind::Discovery)->factId, 1);
    }

    void thirtyOneMinutesAndFourteenYearsAreBothReadable()
    {
        IncidentTimeline timeline;
        timeline.addRow(IncidentTimeline::rowFor(recordOf(QStringLiteral("2026-01-15"), QStringLiteral("10:49"), 31),
            documentOf({}, QStringLiteral("2026-01-16")), {}));
        timeline.addRow(IncidentTimeline::rowFor(recordOf(QStringLiteral("2010-03-01"), QString(), 7358400),
            documentOf({}, QStringLiteral("2024-03-05")), {}));
        QCOMPARE(timeline.rowCount(), 2);
        QCOMPARE(timeline.rows().at(1).point(TimelinePointKind::End)->timeText(), QStringLiteral("2024-02-26"));
        QCOMPARE(timeline.automaticScale(), IncidentTimeline::Scale::Elapsed);

        const auto width = [&timeline](int row, IncidentTimeline::Scale scale) {
            const TimelineRow &r = timeline.rows().at(row);
            return timeline.position(row, r.point(TimelinePointKind::End)->at, scale)
                - timeline.position(row, r.point(TimelinePointKind::Start)->at, scale);
        };
        // On one calendar axis the 31 minutes are a hundred-thousandth of the width: invisible.
        QVERIFY(width(0, IncidentTimeline::Scale::Calendar) < 1e-5);
        // Elapsed (log) scale: log10(32) / log10(1 + 7,364,160 minutes) = 22% of the width for 31 minutes, nearly all
        // for 14 years.
        QVERIFY2(width(0, IncidentTimeline::Scale::Elapsed) > 0.2 && width(0, IncidentTimeline::Scale::Elapsed) < 0.25,
            qPrintable(QString::number(width(0, IncidentTimeline::Scale::Elapsed))));
        QVERIFY(width(1, IncidentTimeline::Scale::Elapsed) > 0.99);
        QCOMPARE(timeline.position(0, timeline.rows().at(0).anchor(), IncidentTimeline::Scale::Elapsed), 0.0);
        QCOMPARE(timeline.position(1, timeline.rows().at(1).latest(), IncidentTimeline::Scale::Elapsed), 1.0);

        QStringList labels;
        double previous = -1;
        for (const TimelineTick &tick : timeline.ticks(IncidentTimeline::Scale::Elapsed)) {
            labels.append(tick.label);
            QVERIFY(tick.position > previous && tick.position <= 1.0);
            previous = tick.position;
        }
        QCOMPARE(labels,
            (QStringList { QStringLiteral("start"), QStringLiteral("1 min"), QStringLiteral("10 min"),
                QStringLiteral("1 h"), QStringLiteral("6 h"), QStringLiteral("1 day"), QStringLiteral("1 week"),
                QStringLiteral("30 days"), QStringLiteral("1 year"), QStringLiteral("10 years") }));

        QStringList years;
        for (const TimelineTick &tick : timeline.ticks(IncidentTimeline::Scale::Calendar)) {
            years.append(tick.label);
        }
        QCOMPARE(years,
            (QStringList { QStringLiteral("2012"), QStringLiteral("2014"), QStringLiteral("2016"),
                QStringLiteral("2018"), QStringLiteral("2020"), QStringLiteral("2022"), QStringLiteral("2024"),
                QStringLiteral("2026") }));
    }

    void weeksLongIncidentsShareTheCalendar()
    {
        IncidentTimeline timeline;
        timeline.addRow(IncidentTimeline::rowFor(recordOf(QStringLiteral("2025-12-05"), QString(), 66240),
            documentOf({}, QStringLiteral("2026-01-22")), {}));
        timeline.addRow(IncidentTimeline::rowFor(recordOf(QStringLiteral("2026-01-20"), QStringLiteral("09:30"), 2880),
            documentOf({}, QStringLiteral("2026-01-28")), {}));
        QCOMPARE(timeline.automaticScale(), IncidentTimeline::Scale::Calendar);
        QCOMPARE(timeline.calendarStart(), at(QStringLiteral("2025-12-05T00:00:00")));
        QCOMPARE(timeline.calendarEnd(), at(QStringLiteral("2026-01-28T00:00:00")));
        // The second incident starts 46 days and 9.5 hours into the 54-day span.
        const double start
            = timeline.position(1, at(QStringLiteral("2026-01-20T09:30:00")), IncidentTimeline::Scale::Calendar);
        QVERIFY2(std::abs(start - (46.0 + 9.5 / 24.0) / 54.0) < 1e-9, qPrintable(QString::number(start)));
        const QList<TimelineTick> ticks = timeline.ticks(IncidentTimeline::Scale::Calendar);
        QCOMPARE(ticks.size(), 8);
        QCOMPARE(ticks.first().label, QStringLiteral("2025-12-05"));
        QCOMPARE(ticks.first().position, 0.0);
        QCOMPARE(ticks.at(1).label, QStringLiteral("2025-12-12"));
        QCOMPARE(ticks.last().label, QStringLiteral("2026-01-23"));
    }

    void hoursOnTheCalendar()
    {
        IncidentTimeline timeline;
        timeline.addRow(IncidentTimeline::rowFor(
            recordOf(QStringLiteral("2026-03-03"), QStringLiteral("16:08"), 15), Document(), {}));
        timeline.addRow(IncidentTimeline::rowFor(
            recordOf(QStringLiteral("2026-03-03"), QStringLiteral("18:30"), 75), Document(), {}));
        QCOMPARE(timeline.automaticScale(), IncidentTimeline::Scale::Calendar);
        QStringList labels;
        for (const TimelineTick &tick : timeline.ticks(IncidentTimeline::Scale::Calendar)) {
            labels.append(tick.label);
        }
        // 16:08 to 19:45: hourly marks.
        QCOMPARE(labels,
            (QStringList {
                QStringLiteral("03-03 17:00"), QStringLiteral("03-03 18:00"), QStringLiteral("03-03 19:00") }));
    }

    void emptyTimeline()
    {
        const IncidentTimeline timeline;
        QCOMPARE(timeline.automaticScale(), IncidentTimeline::Scale::Calendar);
        QVERIFY(timeline.ticks(IncidentTimeline::Scale::Calendar).isEmpty());
        QVERIFY(timeline.ticks(IncidentTimeline::Scale::Elapsed).isEmpty());
        QCOMPARE(timeline.position(0, QDateTime(), IncidentTimeline::Scale::Elapsed), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestIncidentTimeline)
#include "tst_incidenttimeline.moc"
