// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidenttimeline.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;

    QDateTime utc(const QDate &date, const QTime &time = QTime(0, 0))
    {
        return QDateTime(date, time, QTimeZone::UTC);
    }

    /// "2025-12-09", "2025-12", "2025" with the precision the text has.
    std::optional<std::pair<QDate, TimePrecision>> partialDate(const QString &iso)
    {
        if (iso.size() == 4) {
            bool ok = false;
            const int year = iso.toInt(&ok);
            return ok ? std::optional(std::pair { QDate(year, 1, 1), TimePrecision::Year }) : std::nullopt;
        }
        if (iso.size() == 7) {
            const QDate date = QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate);
            return date.isValid() ? std::optional(std::pair { date, TimePrecision::Month }) : std::nullopt;
        }
        const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
        return date.isValid() ? std::optional(std::pair { date, TimePrecision::Day }) : std::nullopt;
    }

    /// A date or time fact's value: "…" or {"from": "…", "to": "…"}; the beginning is what dates an event.
    QString beginningOf(const QJsonValue &value)
    {
        return value.isObject() ? value.toObject().value(QStringLiteral("from")).toString() : value.toString();
    }

    QTime clockTime(const QString &text)
    {
        return QTime::fromString(text, QStringLiteral("HH:mm"));
    }

    bool isUsable(const Fact &fact)
    {
        return fact.status != FactStatus::Rejected && fact.polarity == Polarity::Positive;
    }

    /// [start, end) of the sentence around [from, to): a cheap split at . ! ? and line breaks,
    /// enough to find the date that belongs to a discovery or notification.
    std::pair<qsizetype, qsizetype> sentenceAround(const QString &text, qsizetype from, qsizetype to)
    {
        const auto isBoundary = [&text](qsizetype i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
                return true;
            }
            // A full stop ends a sentence only before white space and not after a digit ("15. Januar", "1.200").
            return c == QLatin1Char('.') && i + 1 < text.size() && text.at(i + 1).isSpace()
                && (i == 0 || !text.at(i - 1).isDigit());
        };
        qsizetype start = std::clamp<qsizetype>(from, 0, text.size());
        while (start > 0 && !isBoundary(start - 1)) {
            --start;
        }
        qsizetype end = std::clamp<qsizetype>(to, start, text.size());
        while (end < text.size() && !isBoundary(end)) {
            ++end;
        }
        return { start, end };
    }

    /// The evidence facts of @p field in @p facts: the first one's id and all their texts.
    std::pair<qint64, QString> evidenceOf(const IncidentRecord &record, const QString &field, const QList<Fact> &facts)
    {
        const QList<qint64> ids = record.evidence.value(field);
        QStringList texts;
        qint64 first = 0;
        for (const qint64 id : ids) {
            for (const Fact &fact : facts) {
                if (fact.id == id) {
                    texts.append(fact.text);
                    if (first == 0) {
                        first = id;
                    }
                }
            }
        }
        return { first, texts.join(QStringLiteral(" … ")) };
    }

    std::optional<TimelinePointKind> kindOf(FactType type)
    {
        switch (type) {
        case FactType::Discovery:
            return TimelinePointKind::Discovery;
        case FactType::Remediation:
            return TimelinePointKind::Containment;
        case FactType::Notification:
            return TimelinePointKind::Notification;
        default:
            return std::nullopt;
        }
    }

} // namespace

QString timelinePointKindName(TimelinePointKind kind)
{
    switch (kind) {
    case TimelinePointKind::Start:
        return QStringLiteral("start");
    case TimelinePointKind::End:
        return QStringLiteral("end");
    case TimelinePointKind::Discovery:
        return QStringLiteral("discovery");
    case TimelinePointKind::Containment:
        return QStringLiteral("containment");
    case TimelinePointKind::Notification:
        return QStringLiteral("notification");
    case TimelinePointKind::Disclosure:
        return QStringLiteral("disclosure");
    }
    return {};
}

QString TimelinePoint::timeText() const
{
    switch (precision) {
    case TimePrecision::Year:
        return at.toString(QStringLiteral("yyyy"));
    case TimePrecision::Month:
        return at.toString(QStringLiteral("yyyy-MM"));
    case TimePrecision::Day:
        return at.toString(QStringLiteral("yyyy-MM-dd"));
    case TimePrecision::Minute:
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

std::optional<TimelinePoint> TimelineRow::point(TimelinePointKind kind) const
{
    for (const TimelinePoint &candidate : points) {
        if (candidate.kind == kind) {
            return candidate;
        }
    }
    return std::nullopt;
}

QDateTime TimelineRow::anchor() const
{
    if (const auto start = point(TimelinePointKind::Start)) {
        return start->at;
    }
    return earliest();
}

QDateTime TimelineRow::earliest() const
{
    return points.isEmpty() ? QDateTime() : points.first().at;
}

QDateTime TimelineRow::latest() const
{
    return points.isEmpty() ? QDateTime() : points.last().at;
}

bool TimelineRow::hasWindow() const
{
    return point(TimelinePointKind::Start).has_value() && point(TimelinePointKind::End).has_value();
}

TimelineRow IncidentTimeline::rowFor(const IncidentRecord &record, const Document &document, const QList<Fact> &facts)
{
    TimelineRow row;
    row.incidentId = record.id;
    row.label = record.organization.isEmpty() ? QStringLiteral("incident %1").arg(record.id)
                                              : record.organization.simplified();

    std::optional<TimelinePoint> start;
    if (const auto date = partialDate(record.incidentDate)) {
        TimelinePoint point;
        point.kind = TimelinePointKind::Start;
        const QTime time = clockTime(record.startTime);
        if (time.isValid() && date->second == TimePrecision::Day) {
            point.at = utc(date->first, time);
            point.precision = TimePrecision::Minute;
            std::tie(point.factId, point.evidence) = evidenceOf(record, QStringLiteral("start_time"), facts);
        } else {
            point.at = utc(date->first);
            point.precision = date->second;
        }
        if (point.evidence.isEmpty()) {
            std::tie(point.factId, point.evidence) = evidenceOf(record, QStringLiteral("incident_date"), facts);
        }
        if (point.evidence.isEmpty()) {
            point.evidence = QCoreApplication::translate("Iwb::IncidentTimeline", "record: incident date %1")
                                 .arg(record.incidentDate);
        }
        start = point;
        row.points.append(point);
    }

    if (start) {
        TimelinePoint end;
        end.kind = TimelinePointKind::End;
        const QTime endTime = clockTime(record.endTime);
        if (endTime.isValid() && start->precision == TimePrecision::Minute) {
            end.at = utc(start->at.date(), endTime);
            if (end.at < start->at) {
                end.at = end.at.addDays(1); // the window ran past midnight
            }
            end.precision = TimePrecision::Minute;
            std::tie(end.factId, end.evidence) = evidenceOf(record, QStringLiteral("end_time"), facts);
        } else if (record.durationMinutes && *record.durationMinutes >= 0) {
            end.at = start->at.addSecs(static_cast<qint64>(*record.durationMinutes) * minute);
            // A duration added to a start known only to the day (or year) is no more precise than that.
            end.precision = start->precision;
            std::tie(end.factId, end.evidence) = evidenceOf(record, QStringLiteral("duration_minutes"), facts);
            if (end.evidence.isEmpty()) {
                end.evidence = QStringLiteral("record: duration %1 minutes").arg(*record.durationMinutes);
            }
        }
        if (end.at.isValid()) {
            if (end.evidence.isEmpty()) {
                end.evidence
                    = QCoreApplication::translate("Iwb::IncidentTimeline", "record: end time %1").arg(record.endTime);
            }
            row.points.append(end);
        }
    }

    const QString &text = document.text();
    for (const Fact &fact : facts) {
        const auto kind = kindOf(fact.type);
        if (!kind || !isUsable(fact) || fact.end > text.size()) {
            continue;
        }
        const Fact *dateFact = nullptr;
        std::optional<std::pair<QDate, TimePrecision>> dateOfFact; // dateFact's value, read
        const Fact *timeFact = nullptr;
        const auto distance = [&fact](const Fact &other) {
            return other.end <= fact.start ? fact.start - other.end : std::max<qsizetype>(0, other.start - fact.end);
        };
        const auto findDateAndTime = [&](qsizetype from, qsizetype to, bool datesToo) {
            for (const Fact &other : facts) {
                if (!isUsable(other) || other.start < from || other.end > to) {
                    continue;
                }
                if (datesToo && other.type == FactType::Date && (!dateFact || distance(other) < distance(*dateFact))) {
                    if (const auto parsed = partialDate(beginningOf(other.value))) {
                        dateFact = &other;
                        dateOfFact = parsed;
                    }
                } else if (other.type == FactType::Time && clockTime(beginningOf(other.value)).isValid()
                    && (!timeFact || distance(other) < distance(*timeFact))) {
                    timeFact = &other;
                }
            }
        };
        const auto [sentenceStart, sentenceEnd] = sentenceAround(text, fact.start, fact.end);
        findDateAndTime(sentenceStart, sentenceEnd, true);
        // Articles often name who noticed first and tell when in the next sentence ("… fiel dem Monitoring auf. Es
        // schlug um 11:02 Uhr Alarm."), so a discovery may take a clock time (not a date: that sentence may have moved
        // on to another day) from the next sentence of its paragraph. Notifications may not: the sentence after one is
        // as likely about a plan ("in den kommenden Tagen") as about the notice itself.
        if (!dateFact && !timeFact && *kind == TimelinePointKind::Discovery && sentenceEnd < text.size()
            && text.at(sentenceEnd) != QLatin1Char('\n')) {
            const auto [nextStart, nextEnd] = sentenceAround(text, sentenceEnd + 1, sentenceEnd + 1);
            findDateAndTime(nextStart, nextEnd, false);
        }
        if (!dateFact && !timeFact) {
            continue; // an undated discovery or notification has no place on an axis
        }
        TimelinePoint point;
        point.kind = *kind;
        point.factId = fact.id;
        QStringList evidence { fact.text };
        QDate date;
        if (dateFact && dateOfFact) {
            date = dateOfFact->first;
            point.precision = dateOfFact->second;
            evidence.append(dateFact->text);
        } else if (start) {
            date = start->at.date();
            point.precision = TimePrecision::Day;
        } else {
            continue;
        }
        if (timeFact && point.precision == TimePrecision::Day) {
            point.at = utc(date, clockTime(beginningOf(timeFact->value)));
            point.precision = TimePrecision::Minute;
            if (!dateFact && start && start->precision == TimePrecision::Minute && point.at < start->at) {
                point.at = point.at.addDays(1); // "at 2:17" after a start in the evening is the next morning
            }
            evidence.append(timeFact->text);
        } else {
            point.at = utc(date);
        }
        evidence.removeDuplicates();
        point.evidence = evidence.join(QStringLiteral(" · "));
        const bool known = std::any_of(row.points.cbegin(), row.points.cend(),
            [&point](const TimelinePoint &other) { return other.kind == point.kind && other.at == point.at; });
        if (!known) {
            row.points.append(point);
        }
    }

    if (const auto published = partialDate(document.published())) {
        TimelinePoint point;
        point.kind = TimelinePointKind::Disclosure;
        point.at = utc(published->first);
        point.precision = published->second;
        point.evidence = document.title().isEmpty()
            ? QCoreApplication::translate("Iwb::IncidentTimeline", "article published %1").arg(document.published())
            : QCoreApplication::translate("Iwb::IncidentTimeline", "article published %1: %2")
                  .arg(document.published(), document.title());
        row.points.append(point);
    }

    // A point known only to the day, on the day the incident started at a known time, is "that day":
    // it goes to the start rather than to midnight before it.
    if (start && start->precision == TimePrecision::Minute) {
        for (TimelinePoint &point : row.points) {
            if (point.kind != TimelinePointKind::Start && point.precision != TimePrecision::Minute
                && point.at.date() == start->at.date() && point.at < start->at) {
                point.at = start->at;
            }
        }
    }
    std::stable_sort(row.points.begin(), row.points.end(),
        [](const TimelinePoint &a, const TimelinePoint &b) { return a.at < b.at; });
    return row;
}

QDateTime IncidentTimeline::calendarStart() const
{
    QDateTime earliest;
    for (const TimelineRow &row : m_rows) {
        if (!row.points.isEmpty() && (!earliest.isValid() || row.earliest() < earliest)) {
            earliest = row.earliest();
        }
    }
    return earliest;
}

QDateTime IncidentTimeline::calendarEnd() const
{
    QDateTime latest;
    for (const TimelineRow &row : m_rows) {
        if (!row.points.isEmpty() && (!latest.isValid() || row.latest() > latest)) {
            latest = row.latest();
        }
    }
    return latest;
}

IncidentTimeline::Scale IncidentTimeline::automaticScale() const
{
    const QDateTime first = calendarStart();
    const QDateTime last = calendarEnd();
    if (!first.isValid()) {
        return Scale::Calendar;
    }
    const double span = static_cast<double>(first.secsTo(last));
    for (const TimelineRow &row : m_rows) {
        for (qsizetype i = 1; i < row.points.size(); ++i) {
            const qint64 gap = row.points.at(i - 1).at.secsTo(row.points.at(i).at);
            if (gap > 0 && static_cast<double>(gap) < minimumCalendarGap * span) {
                return Scale::Elapsed;
            }
        }
    }
    return Scale::Calendar;
}

double IncidentTimeline::elapsedCoordinate(const QDateTime &anchor, const QDateTime &at)
{
    const double minutes = static_cast<double>(anchor.secsTo(at)) / static_cast<double>(minute);
    return std::copysign(std::log10(1.0 + std::abs(minutes)), minutes);
}

std::pair<double, double> IncidentTimeline::elapsedRange() const
{
    double low = 0;
    double high = 0;
    for (const TimelineRow &row : m_rows) {
        const QDateTime anchor = row.anchor();
        for (const TimelinePoint &point : row.points) {
            const double coordinate = elapsedCoordinate(anchor, point.at);
            low = std::min(low, coordinate);
            high = std::max(high, coordinate);
        }
    }
    return { low, high };
}

double IncidentTimeline::position(int row, const QDateTime &at, Scale scale) const
{
    if (row < 0 || row >= m_rows.size() || !at.isValid()) {
        return 0;
    }
    if (scale == Scale::Calendar) {
        const QDateTime first = calendarStart();
        const qint64 span = first.secsTo(calendarEnd());
        return span > 0 ? static_cast<double>(first.secsTo(at)) / static_cast<double>(span) : 0.5;
    }
    const auto [low, high] = elapsedRange();
    if (high <= low) {
        return 0;
    }
    return (elapsedCoordinate(m_rows.at(row).anchor(), at) - low) / (high - low);
}

QList<TimelineTick> IncidentTimeline::ticks(Scale scale) const
{
    QList<TimelineTick> ticks;
    if (scale == Scale::Elapsed) {
        const auto [low, high] = elapsedRange();
        if (high <= low) {
            return ticks;
        }
        constexpr qint64 hour = 60; // minutes
        constexpr qint64 day = 24 * hour;
        static const struct
        {
            qint64 minutes;
            const char *label;
        } marks[] = {
            // Translated where they are shown: the marks are read by people, not by programs.
            { 0, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "start") },
            { 1, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "1 min") },
            { 10, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "10 min") },
            { hour, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "1 h") },
            { 6 * hour, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "6 h") },
            { day, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "1 day") },
            { 7 * day, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "1 week") },
            { 30 * day, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "30 days") },
            { 525960, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "1 year") },
            { 5259600, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "10 years") },
            { 52596000, QT_TRANSLATE_NOOP("Iwb::IncidentTimeline", "100 years") },
        };
        const auto coordinateOf
            = [](double minutes) { return std::copysign(std::log10(1.0 + std::abs(minutes)), minutes); };
        // Left of the anchor (points before the start), mirrored, then the start and after.
        for (auto it = std::rbegin(marks); it != std::rend(marks); ++it) {
            const double coordinate = coordinateOf(-static_cast<double>(it->minutes));
            if (it->minutes > 0 && coordinate >= low) {
                ticks.append({ (coordinate - low) / (high - low),
                    QChar(0x2212) + QCoreApplication::translate("Iwb::IncidentTimeline", it->label) });
            }
        }
        for (const auto &mark : marks) {
            const double coordinate = coordinateOf(static_cast<double>(mark.minutes));
            if (coordinate <= high) {
                ticks.append({ (coordinate - low) / (high - low),
                    QCoreApplication::translate("Iwb::IncidentTimeline", mark.label) });
            }
        }
        return ticks;
    }

    const QDateTime first = calendarStart();
    const QDateTime last = calendarEnd();
    if (!first.isValid()) {
        return ticks;
    }
    const qint64 span = first.secsTo(last);
    if (span <= 0) {
        ticks.append({ 0.5, first.toString(QStringLiteral("yyyy-MM-dd")) });
        return ticks;
    }
    // The finest step that gives at most eight marks.
    enum class Unit { Hour, Day, Month, Year };
    static const struct
    {
        Unit unit;
        int count;
        qint64 approximateSeconds;
    } steps[] = {
        { Unit::Hour, 1, hour },
        { Unit::Hour, 3, 3 * hour },
        { Unit::Hour, 6, 6 * hour },
        { Unit::Hour, 12, 12 * hour },
        { Unit::Day, 1, day },
        { Unit::Day, 2, 2 * day },
        { Unit::Day, 7, 7 * day },
        { Unit::Month, 1, 30 * day },
        { Unit::Month, 3, 91 * day },
        { Unit::Month, 6, 182 * day },
        { Unit::Year, 1, 365 * day },
        { Unit::Year, 2, 730 * day },
        { Unit::Year, 5, 1826 * day },
        { Unit::Year, 10, 3652 * day },
        { Unit::Year, 20, 7305 * day },
        { Unit::Year, 50, 18262 * day },
    };
    auto step = std::cend(steps) - 1;
    for (auto it = std::cbegin(steps); it != std::cend(steps); ++it) {
        if (span / it->approximateSeconds <= 8) {
            step = it;
            break;
        }
    }
    QDateTime tick;
    QString format;
    const QDate day0 = first.date();
    switch (step->unit) {
    case Unit::Hour:
        tick = utc(day0, QTime(first.time().hour() / step->count * step->count, 0));
        format = QStringLiteral("MM-dd HH:mm");
        break;
    case Unit::Day:
        tick = utc(day0);
        format = QStringLiteral("yyyy-MM-dd");
        break;
    case Unit::Month:
        tick = utc(QDate(day0.year(), (day0.month() - 1) / step->count * step->count + 1, 1));
        format = QStringLiteral("yyyy-MM");
        break;
    case Unit::Year:
        tick = utc(QDate(day0.year() / step->count * step->count, 1, 1));
        format = QStringLiteral("yyyy");
        break;
    }
    for (; tick <= last;) {
        if (tick >= first) {
            ticks.append(
                { static_cast<double>(first.secsTo(tick)) / static_cast<double>(span), tick.toString(format) });
        }
        switch (step->unit) {
        case Unit::Hour:
            tick = tick.addSecs(step->count * hour);
            break;
        case Unit::Day:
            tick = tick.addDays(step->count);
            break;
        case Unit::Month:
            tick = tick.addMonths(step->count);
            break;
        case Unit::Year:
            tick = tick.addYears(step->count);
            break;
        }
    }
    return ticks;
}

} // namespace Iwb
