// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "register/deadlines.h"
#include "register/entryclock.h"

#include <QTest>
#include <QTimeZone>

using namespace Iwb;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

ZonedTime local(const char *isoLocal, const QByteArray &zone)
{
    const QDateTime wall = QDateTime::fromString(QLatin1String(isoLocal), Qt::ISODate);
    return ZonedTime::fromLocal(wall.date(), wall.time(), zone);
}
} // namespace

/**
 * The 72-hour clock: elapsed hours across both daylight-saving changes of Europe/Berlin in 2026 (29 March,
 * 25 October), the 1182/71 rule that skips the hour of awareness, and NIS2's deadlines.
 */
class TestRegisterDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seventyTwoHours_data()
    {
        QTest::addColumn<QString>("aware"); // local wall-clock time
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("skipHour");
        QTest::addColumn<QDateTime>("due"); // UTC
        QTest::addColumn<QString>("dueLocal"); // wall clock in the entry's zone

        const QByteArray berlin("Europe/Berlin");
        // CET (UTC+1) to CEST (UTC+2) on 29 March: 72 real hours, 73 on the wall clock.
        QTest::newRow("across end of March")
            << u"2026-03-27T10:00:00"_s << berlin << false << utc("2026-03-30T09:00:00Z") << u"2026-03-30 11:00"_s;
        // CEST to CET on 25 October: 72 real hours, 71 on the wall clock.
        QTest::newRow("across end of October")
            << u"2026-10-23T10:00:00"_s << berlin << false << utc("2026-10-26T08:00:00Z") << u"2026-10-26 09:00"_s;
        // Aware in the night of the change itself, before the clock jumps.
        QTest::newRow("aware just before the March jump")
            << u"2026-03-29T01:30:00"_s << berlin << false << utc("2026-04-01T00:30:00Z") << u"2026-04-01 02:30"_s;
        QTest::newRow("no change in between")
            << u"2026-06-10T23:59:00"_s << berlin << false << utc("2026-06-13T21:59:00Z") << u"2026-06-13 23:59"_s;
        // 1182/71 Art. 3(1): the hour of awareness does not count, the period starts at 11:00.
        QTest::newRow("skip hour, within the hour")
            << u"2026-03-27T10:17:30"_s << berlin << true << utc("2026-03-30T10:00:00Z") << u"2026-03-30 12:00"_s;
        QTest::newRow("skip hour, on the hour")
            << u"2026-03-27T10:00:00"_s << berlin << true << utc("2026-03-30T10:00:00Z") << u"2026-03-30 12:00"_s;
        QTest::newRow("skip hour, across end of October")
            << u"2026-10-23T23:45:00"_s << berlin << true << utc("2026-10-26T22:00:00Z") << u"2026-10-26 23:00"_s;
        // A zone half an hour off UTC has its hours at :30 UTC.
        QTest::newRow("skip hour, Kolkata") << u"2026-03-27T10:17:00"_s << QByteArray("Asia/Kolkata") << true
                                            << utc("2026-03-30T05:30:00Z") << u"2026-03-30 11:00"_s;
    }

    void seventyTwoHours()
    {
        QFETCH(QString, aware);
        QFETCH(QByteArray, zone);
        QFETCH(bool, skipHour);
        QFETCH(QDateTime, due);
        QFETCH(QString, dueLocal);
        const ZonedTime awareAt = local(aware.toLatin1().constData(), zone);
        QVERIFY(!awareAt.isNull());
        const HourCounting counting = skipHour ? HourCounting::SkipAwarenessHour : HourCounting::Elapsed;
        const QList<Deadline> deadlines = DeadlineArithmetic::deadlines(awareAt, RegisterRegime::Gdpr, counting);
        QCOMPARE(deadlines.size(), 1);
        QCOMPARE(deadlines.first().kind, DeadlineKind::GdprNotification);
        QCOMPARE(deadlines.first().due, due);
        QCOMPARE(deadlines.first().counting, counting);
        QCOMPARE(deadlines.first().due.toTimeZone(QTimeZone(zone)).toString(u"yyyy-MM-dd HH:mm"), dueLocal);
        if (!skipHour) {
            QCOMPARE(awareAt.utc.secsTo(deadlines.first().due), qint64(259200)); // 72 hours
        }
    }

    void nis2_data()
    {
        QTest::addColumn<QString>("aware");
        QTest::addColumn<QString>("notificationSent"); // empty: not yet
        QTest::addColumn<QDateTime>("earlyWarning");
        QTest::addColumn<QDateTime>("notification");
        QTest::addColumn<QDateTime>("finalReport");
        QTest::addColumn<bool>("provisional");

        // Not sent yet: one month from the notification deadline (30 March 11:00 CEST), across the March change.
        QTest::newRow("provisional final report")
            << u"2026-03-27T10:00:00"_s << QString() << utc("2026-03-28T09:00:00Z") << utc("2026-03-30T09:00:00Z")
            << utc("2026-04-30T09:00:00Z") << true;
        // Sent on 10 October 12:00 CEST: the final report is due 10 November 12:00 CET (a month and an hour).
        QTest::newRow("final report across end of October")
            << u"2026-10-08T12:00:00"_s << u"2026-10-10T12:00:00"_s << utc("2026-10-09T10:00:00Z")
            << utc("2026-10-11T10:00:00Z") << utc("2026-11-10T11:00:00Z") << false;
        // 31 January plus one month is the end of February.
        QTest::newRow("end of a short month")
            << u"2026-01-29T15:00:00"_s << u"2026-01-31T15:00:00"_s << utc("2026-01-30T14:00:00Z")
            << utc("2026-02-01T14:00:00Z") << utc("2026-02-28T14:00:00Z") << false;
    }

    void nis2()
    {
        QFETCH(QString, aware);
        QFETCH(QString, notificationSent);
        QFETCH(QDateTime, earlyWarning);
        QFETCH(QDateTime, notification);
        QFETCH(QDateTime, finalReport);
        QFETCH(bool, provisional);
        const QByteArray berlin("Europe/Berlin");
        const ZonedTime sent
            = notificationSent.isEmpty() ? ZonedTime {} : local(notificationSent.toLatin1().constData(), berlin);
        const QList<Deadline> deadlines = DeadlineArithmetic::deadlines(
            local(aware.toLatin1().constData(), berlin), RegisterRegime::GdprAndNis2, HourCounting::Elapsed, sent);
        QCOMPARE(deadlines.size(), 4);
        QCOMPARE(deadlines.at(0).kind, DeadlineKind::GdprNotification);
        QCOMPARE(deadlines.at(0).due, notification);
        QCOMPARE(deadlines.at(1).kind, DeadlineKind::Nis2EarlyWarning);
        QCOMPARE(deadlines.at(1).due, earlyWarning);
        QCOMPARE(deadlines.at(2).kind, DeadlineKind::Nis2Notification);
        QCOMPARE(deadlines.at(2).due, notification);
        QCOMPARE(deadlines.at(3).kind, DeadlineKind::Nis2FinalReport);
        QCOMPARE(deadlines.at(3).due, finalReport);
        QCOMPARE(deadlines.at(3).provisional, provisional);
    }

    void noAwarenessNoDeadline()
    {
        QVERIFY(DeadlineArithmetic::deadlines({}, RegisterRegime::GdprAndNis2, HourCounting::Elapsed).isEmpty());
    }

    void state_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("sentAt");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("met");
        QTest::addColumn<bool>("late");
        // Due 2026-03-30T09:00Z.
        QTest::newRow("running") << utc("2026-03-29T09:00:00Z") << QDateTime() << qint64(86400) << false << false;
        QTest::newRow("at the deadline") << utc("2026-03-30T09:00:00Z") << QDateTime() << qint64(0) << false << false;
        QTest::newRow("overdue") << utc("2026-03-30T10:30:00Z") << QDateTime() << qint64(-5400) << false << true;
        QTest::newRow("sent in time") << utc("2026-04-05T00:00:00Z") << utc("2026-03-30T08:00:00Z") << qint64(3600)
                                      << true << false;
        QTest::newRow("sent late") << utc("2026-04-05T00:00:00Z") << utc("2026-03-31T09:00:00Z") << qint64(-86400)
                                   << false << true;
    }

    void state()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, sentAt);
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, met);
        QFETCH(bool, late);
        const Deadline deadline { DeadlineKind::GdprNotification, utc("2026-03-30T09:00:00Z"), HourCounting::Elapsed,
            false };
        const DeadlineState state = DeadlineArithmetic::state(deadline, now, sentAt);
        QCOMPARE(state.secondsLeft, secondsLeft);
        QCOMPARE(state.met, met);
        QCOMPARE(state.late, late);
    }

    /// The entry's clock as the register view and `incident-cli register` show it: running, overdue, met by a
    /// logged initial notification, or not running for an entry decided "do not notify" or "documented only".
    void entryClock_data()
    {
        QTest::addColumn<QString>("now"); // UTC
        QTest::addColumn<QString>("sent"); // UTC of the logged initial notification, or empty
        QTest::addColumn<QString>("notify"); // the decision: yes, no or open
        QTest::addColumn<bool>("documentedOnly");
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<bool>("delayReason");
        QTest::addColumn<qint64>("secondsLeft");
        // Aware 2026-01-15 12:00 Berlin = 11:00 UTC; due 2026-01-18 11:00 UTC.
        QTest::newRow("running") << u"2026-01-16T11:00:00Z"_s << QString() << u"open"_s << false << true << false
                                 << false << qint64(48 * 3600);
        QTest::newRow("overdue") << u"2026-01-18T12:30:00Z"_s << QString() << u"yes"_s << false << true << true << true
                                 << qint64(-90 * 60);
        QTest::newRow("sent in time") << u"2026-01-20T00:00:00Z"_s << u"2026-01-17T09:00:00Z"_s << u"yes"_s << false
                                      << false << false << false << qint64(26 * 3600);
        QTest::newRow("sent late") << u"2026-01-20T00:00:00Z"_s << u"2026-01-19T11:00:00Z"_s << u"yes"_s << false
                                   << false << false << true << qint64(-24 * 3600);
        QTest::newRow("decided not to notify") << u"2026-01-20T00:00:00Z"_s << QString() << u"no"_s << false << false
                                               << false << false << qint64(-37 * 3600);
        QTest::newRow("documented only") << u"2026-01-20T00:00:00Z"_s << QString() << u"open"_s << true << false
                                         << false << false << qint64(-37 * 3600);
    }

    void entryClock()
    {
        QFETCH(QString, now);
        QFETCH(QString, sent);
        QFETCH(QString, notify);
        QFETCH(bool, documentedOnly);
        QFETCH(bool, running);
        QFETCH(bool, overdue);
        QFETCH(bool, delayReason);
        QFETCH(qint64, secondsLeft);
        BreachRegister breachRegister;
        RegisterEntry entry;
        entry.becameAware = local("2026-01-15T12:00:00", "Europe/Berlin");
        entry.notifyAuthority.yes = notify == u"open"_s ? std::nullopt : std::optional<bool>(notify == u"yes"_s);
        entry.status = documentedOnly ? EntryStatus::DocumentedOnly : EntryStatus::Assessing;
        QList<SentNotification> log;
        if (!sent.isEmpty()) {
            SentNotification initial;
            initial.sentAt = ZonedTime::fromUtc(QDateTime::fromString(sent, Qt::ISODate), "Europe/Berlin");
            log.append(initial);
        }
        const EntryClock clock = EntryClock::of(entry, breachRegister, log, QDateTime::fromString(now, Qt::ISODate));
        QVERIFY(clock.deadline);
        QCOMPARE(clock.deadline->due, utc("2026-01-18T11:00:00Z"));
        QCOMPARE(clock.isRunning(), running);
        QCOMPARE(clock.isOverdue(), overdue);
        QCOMPARE(clock.needsDelayReason(), delayReason);
        QCOMPARE(clock.state.secondsLeft, secondsLeft);

        entry.becameAware = {};
        QVERIFY(!EntryClock::of(entry, breachRegister, log, QDateTime::fromString(now, Qt::ISODate)).deadline);
    }

    void zonedTimeKeepsItsZone()
    {
        const ZonedTime time = local("2026-10-23T10:00:00", "Europe/Berlin");
        QCOMPARE(time.utcText(), u"2026-10-23T08:00:00.000Z"_s);
        const ZonedTime back = ZonedTime::fromStored(time.utcText(), u"Europe/Berlin"_s);
        QCOMPARE(back, time);
        QCOMPARE(back.local().toString(u"HH:mm"), u"10:00"_s);
        QVERIFY(back.displayText().startsWith(u"2026-10-23 10:00 (Europe/Berlin"_s));
        QVERIFY(ZonedTime::fromLocal(QDate(2026, 1, 1), QTime(0, 0), "Nowhere/Atlantis").isNull());
    }
};

QTEST_GUILESS_MAIN(TestRegisterDeadlines)
#include "tst_registerdeadlines.moc"
