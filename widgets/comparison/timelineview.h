// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "comparison/incidenttimeline.h"

#include <QWidget>

#include <utility>

namespace Iwb {

/**
 * Draws an IncidentTimeline: a time axis on top, one lane per incident with
 * its window as a bar (start to end; a dashed line when the end is unknown)
 * and a marker for every other point (◆ discovery, ■ containment,
 * ▲ notification, ● disclosure), a legend below. Hovering a marker shows the
 * point's time and its evidence.
 *
 * The scale is the timeline's automaticScale() unless the analyst picks one
 * (see IncidentTimeline for why there are two). Colours come from the
 * palette, so light and dark themes both read.
 */
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    enum class ScaleChoice { Automatic, Calendar, Elapsed };

    explicit TimelineView(QWidget *parent = nullptr);

    void setTimeline(const IncidentTimeline &timeline);
    const IncidentTimeline &timeline() const { return m_timeline; }
    int rowCount() const { return m_timeline.rowCount(); }

    void setScaleChoice(ScaleChoice choice);
    ScaleChoice scaleChoice() const { return m_choice; }
    /// The scale in effect.
    IncidentTimeline::Scale scale() const;

    /// The lane of row @p row, in widget coordinates.
    QRectF laneRect(int row) const;
    /// Where point @p point of row @p row is drawn.
    QPointF pointPosition(int row, int point) const;
    /// The row and point index of the marker at @p position, or {-1, -1}.
    std::pair<int, int> pointAt(const QPointF &position) const;
    /// The tooltip of a point: kind, time, time since the start, evidence.
    QString toolTipFor(int row, int point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString rowTitle(int row) const;
    /// Below the title: where the row begins ("2026-01-15 10:49").
    QString rowSubtitle(int row) const;
    double labelWidth() const;
    double laneHeight() const;
    double axisHeight() const;
    QRectF plotRect() const;
    double xFor(int row, const QDateTime &at) const;

    IncidentTimeline m_timeline;
    ScaleChoice m_choice = ScaleChoice::Automatic;
};

} // namespace Iwb
