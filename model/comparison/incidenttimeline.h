// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "document/document.h"
#include "incident/fact.h"
#include "incident/incidentrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

/// What a point on an incident's timeline marks.
enum class TimelinePointKind {
    Start, ///< incident_date + start_time
    End, ///< end_time, or start + duration_minutes
    Discovery, ///< a discovery fact with a date or time in its sentence
    Containment, ///< a remediation fact with a date or time in its sentence
    Notification, ///< a (positive) notification fact with a date or time in its sentence
    Disclosure, ///< the article's published date
};

QString timelinePointKindName(TimelinePointKind kind);

/// How precisely a point's time is known.
enum class TimePrecision { Year, Month, Day, Minute };

/// One moment of an incident, with the text it was read from.
struct TimelinePoint
{
    TimelinePointKind kind = TimelinePointKind::Start;
    QDateTime at; ///< UTC; a day-precision point sits at 00:00, or at the start when on the start's day
    TimePrecision precision = TimePrecision::Day;
    qint64 factId = 0; ///< the evidence fact's store id; 0 when the point comes from the document (published date)
    QString evidence; ///< the evidence's text ("zwischen 10:49 und 11:20 Uhr", "article published 2026-01-16")

    /// "2026-01-15 10:49", "2026-01-15", "2026-01", "2010", as precise as known.
    QString timeText() const;
};

/// One incident on the timeline.
struct TimelineRow
{
    qint64 incidentId = 0;
    QString label; ///< the organization, or "incident N"
    QList<TimelinePoint> points; ///< in time order

    std::optional<TimelinePoint> point(TimelinePointKind kind) const;
    /// Where the row is measured from on the elapsed-time scale: the start, else its earliest point.
    QDateTime anchor() const;
    QDateTime earliest() const;
    QDateTime latest() const;
    /// Start and end are both known: the incident's window can be drawn as a bar.
    bool hasWindow() const;
};

/// A labelled mark on the axis; position in 0..1 like TimelinePoint positions.
struct TimelineTick
{
    double position = 0;
    QString label;
};

/**
 * The windows of several incidents on a shared axis: one row per incident,
 * each with its start, end, discovery, containment, notification and
 * disclosure as far as the record and the article's facts tell.
 *
 * Two scales, because incidents range from a 31-minute session mix-up to a
 * database that stood open for fourteen years:
 * - Calendar: one linear calendar axis for all rows. Shows when incidents
 *   happened relative to each other; fine while every row's points are far
 *   enough apart to be told apart on the shared span.
 * - Elapsed: each row measured from its own start (anchor()), on a shared
 *   logarithmic axis of elapsed time, log10(1 + minutes): one minute, an hour,
 *   a day, a year and a decade each get a readable share of the width, so a
 *   31-minute window and a fourteen-year one are both visible and comparable
 *   ("discovered after 13 minutes" vs "after 3 years"). Points before the anchor
 *   mirror the axis to the left.
 * automaticScale() picks Calendar when the closest two points of any row are at
 * least minimumCalendarGap of the shared span apart, otherwise Elapsed.
 */
class IncidentTimeline
{
public:
    enum class Scale { Calendar, Elapsed };

    /// Two points of a row closer than this share of the calendar span cannot be told apart (≈ 8 px of 800).
    static constexpr double minimumCalendarGap = 0.01;

    /// The row of @p record: points from its fields and evidence, from the discovery, remediation and
    /// notification facts of @p document (dated by the nearest date and time facts in the same sentence; a
    /// discovery may also take a clock time from the next sentence of its paragraph; a time without a date
    /// is on the incident's day), and its published date as the disclosure. Rejected and negated facts are
    /// not used; facts with no date or time nearby are left off the axis.
    static TimelineRow rowFor(const IncidentRecord &record, const Document &document, const QList<Fact> &facts);

    void addRow(const TimelineRow &row) { m_rows.append(row); }
    const QList<TimelineRow> &rows() const { return m_rows; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    Scale automaticScale() const;
    /// The shared calendar span: the earliest and latest points of all rows.
    QDateTime calendarStart() const;
    QDateTime calendarEnd() const;

    /// Where @p at lies on row @p row, 0 (left) … 1 (right), on @p scale.
    double position(int row, const QDateTime &at, Scale scale) const;
    /// The axis marks for @p scale, left to right.
    QList<TimelineTick> ticks(Scale scale) const;

private:
    /// Signed log10(1 + |minutes|) of the time between a row's anchor and @p at.
    static double elapsedCoordinate(const QDateTime &anchor, const QDateTime &at);
    /// The smallest and largest elapsedCoordinate() over all rows.
    std::pair<double, double> elapsedRange() const;

    QList<TimelineRow> m_rows;
};

} // namespace Iwb
