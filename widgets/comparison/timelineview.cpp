// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "timelineview.h"

#include "comparison/recordcomparison.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    constexpr double margin = 8;
    constexpr double markerRadius = 5.5;

    /// The kind in words of the interface's language (timelinePointKindName() is the stored id).
    QString kindWord(TimelinePointKind kind)
    {
        switch (kind) {
        case TimelinePointKind::Start:
            return QCoreApplication::translate("Iwb::TimelineView", "start");
        case TimelinePointKind::End:
            return QCoreApplication::translate("Iwb::TimelineView", "end");
        case TimelinePointKind::Discovery:
            return QCoreApplication::translate("Iwb::TimelineView", "discovery");
        case TimelinePointKind::Containment:
            return QCoreApplication::translate("Iwb::TimelineView", "containment");
        case TimelinePointKind::Notification:
            return QCoreApplication::translate("Iwb::TimelineView", "notification");
        case TimelinePointKind::Disclosure:
            return QCoreApplication::translate("Iwb::TimelineView", "disclosure");
        }
        return {};
    }

    QString kindLabel(TimelinePointKind kind)
    {
        QString name = kindWord(kind);
        name[0] = name.at(0).toUpper();
        return name;
    }

    /// The marker of a point kind, centred on @p centre.
    QPainterPath markerPath(TimelinePointKind kind, const QPointF &centre, double r)
    {
        QPainterPath path;
        switch (kind) {
        case TimelinePointKind::Start:
        case TimelinePointKind::End:
            path.addRect(QRectF(centre.x() - 1.5, centre.y() - r * 1.3, 3, r * 2.6));
            break;
        case TimelinePointKind::Discovery:
            path.moveTo(centre.x(), centre.y() - r * 1.2);
            path.lineTo(centre.x() + r * 1.2, centre.y());
            path.lineTo(centre.x(), centre.y() + r * 1.2);
            path.lineTo(centre.x() - r * 1.2, centre.y());
            path.closeSubpath();
            break;
        case TimelinePointKind::Containment:
            path.addRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r));
            break;
        case TimelinePointKind::Notification:
            path.moveTo(centre.x(), centre.y() - r * 1.2);
            path.lineTo(centre.x() + r * 1.1, centre.y() + r);
            path.lineTo(centre.x() - r * 1.1, centre.y() + r);
            path.closeSubpath();
            break;
        case TimelinePointKind::Disclosure:
            path.addEllipse(centre, r, r);
            break;
        }
        return path;
    }

    /// Markers of kinds drawn on the bar sit above it, the rest below it, so that points at one moment do not hide each
    /// other.
    double markerOffset(TimelinePointKind kind, double laneHeight)
    {
        switch (kind) {
        case TimelinePointKind::Start:
        case TimelinePointKind::End:
            return 0;
        case TimelinePointKind::Discovery:
        case TimelinePointKind::Containment:
            return -laneHeight * 0.22;
        case TimelinePointKind::Notification:
        case TimelinePointKind::Disclosure:
            return laneHeight * 0.22;
        }
        return 0;
    }

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void TimelineView::setTimeline(const IncidentTimeline &timeline)
{
    m_timeline = timeline;
    updateGeometry();
    update();
}

void TimelineView::setScaleChoice(ScaleChoice choice)
{
    m_choice = choice;
    update();
}

IncidentTimeline::Scale TimelineView::scale() const
{
    switch (m_choice) {
    case ScaleChoice::Calendar:
        return IncidentTimeline::Scale::Calendar;
    case ScaleChoice::Elapsed:
        return IncidentTimeline::Scale::Elapsed;
    case ScaleChoice::Automatic:
        break;
    }
    return m_timeline.automaticScale();
}

QString TimelineView::rowTitle(int row) const
{
    return RecordComparison::recordLetter(row) + QStringLiteral(" · ") + m_timeline.rows().at(row).label;
}

QString TimelineView::rowSubtitle(int row) const
{
    const TimelineRow &r = m_timeline.rows().at(row);
    if (r.points.isEmpty()) {
        return tr("no dates known");
    }
    if (scale() == IncidentTimeline::Scale::Elapsed && !r.point(TimelinePointKind::Start)) {
        return tr("from %1 (no start)").arg(r.points.first().timeText());
    }
    return r.points.first().timeText();
}

double TimelineView::labelWidth() const
{
    const QFontMetricsF metrics(font());
    double widest = 0;
    for (int row = 0; row < m_timeline.rowCount(); ++row) {
        widest = std::max(
            { widest, metrics.horizontalAdvance(rowTitle(row)), metrics.horizontalAdvance(rowSubtitle(row)) });
    }
    // Long organization names are elided rather than squeezing the axis below three quarters of the width.
    return std::min(widest + 2 * margin, std::max(120.0, width() * 0.25));
}

double TimelineView::laneHeight() const
{
    return fontMetrics().height() * 2.6;
}

double TimelineView::axisHeight() const
{
    return fontMetrics().height() * 1.8;
}

QRectF TimelineView::plotRect() const
{
    const double left = labelWidth() + margin;
    // Room on the right for the duration written after a bar that ends at the right edge ("14 years").
    const double right
        = width() - margin - fontMetrics().horizontalAdvance(QStringLiteral("00 years")) - markerRadius - 4;
    return QRectF(left, axisHeight(), std::max(10.0, right - left), laneHeight() * m_timeline.rowCount());
}

QRectF TimelineView::laneRect(int row) const
{
    const QRectF plot = plotRect();
    return QRectF(0, plot.top() + row * laneHeight(), width(), laneHeight());
}

double TimelineView::xFor(int row, const QDateTime &at) const
{
    const QRectF plot = plotRect();
    return plot.left() + m_timeline.position(row, at, scale()) * plot.width();
}

QPointF TimelineView::pointPosition(int row, int point) const
{
    if (row < 0 || row >= m_timeline.rowCount() || point < 0 || point >= m_timeline.rows().at(row).points.size()) {
        return {};
    }
    const TimelinePoint &p = m_timeline.rows().at(row).points.at(point);
    return QPointF(xFor(row, p.at), laneRect(row).center().y() + markerOffset(p.kind, laneHeight()));
}

std::pair<int, int> TimelineView::pointAt(const QPointF &position) const
{
    std::pair<int, int> best { -1, -1 };
    double bestDistance = markerRadius * 2.2;
    for (int row = 0; row < m_timeline.rowCount(); ++row) {
        for (int point = 0; point < m_timeline.rows().at(row).points.size(); ++point) {
            const QPointF delta = pointPosition(row, point) - position;
            const double distance = std::hypot(delta.x(), delta.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = { row, point };
            }
        }
    }
    return best;
}

QString TimelineView::toolTipFor(int row, int point) const
{
    if (row < 0 || row >= m_timeline.rowCount() || point < 0 || point >= m_timeline.rows().at(row).points.size()) {
        return {};
    }
    const TimelineRow &r = m_timeline.rows().at(row);
    const TimelinePoint &p = r.points.at(point);
    QString when = p.timeText();
    if (p.kind != TimelinePointKind::Start && r.point(TimelinePointKind::Start)) {
        const qint64 minutes = r.point(TimelinePointKind::Start)->at.secsTo(p.at) / 60;
        if (minutes > 0) {
            when += tr(" (%1 after the start)").arg(RecordComparison::durationText(minutes, Wording::Words));
        }
    }
    return tr("<b>%1 · %2</b><br>%3: %4<br>“%5”")
        .arg(RecordComparison::recordLetter(row), r.label.toHtmlEscaped(), kindLabel(p.kind), when.toHtmlEscaped(),
            p.evidence.toHtmlEscaped());
}

QSize TimelineView::sizeHint() const
{
    return QSize(900,
        static_cast<int>(
            axisHeight() + laneHeight() * std::max(1, m_timeline.rowCount()) + fontMetrics().height() * 2.2));
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(400, sizeHint().height());
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, point] = pointAt(help->pos());
        if (row >= 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(row, point), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QColor ink = pal.color(QPalette::Text);
    QColor faint = pal.color(QPalette::PlaceholderText);
    QColor grid = ink;
    grid.setAlpha(40);
    const QFontMetricsF metrics(font());

    if (m_timeline.rowCount() == 0) {
        painter.setPen(faint);
        painter.drawText(rect(), Qt::AlignCenter, tr("No incident to draw"));
        return;
    }

    const QRectF plot = plotRect();
    const IncidentTimeline::Scale currentScale = scale();

    // Axis: marks with grid lines; a label is skipped when it would run into the one before it.
    double lastLabelRight = -1e9;
    for (const TimelineTick &tick : m_timeline.ticks(currentScale)) {
        const double x = plot.left() + tick.position * plot.width();
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, plot.top() - 3), QPointF(x, plot.bottom()));
        const double textWidth = metrics.horizontalAdvance(tick.label);
        const double left = std::clamp(x - textWidth / 2, plot.left() - labelWidth() * 0.5, width() - textWidth - 2);
        if (left > lastLabelRight + 6) {
            painter.setPen(faint);
            painter.drawText(QPointF(left, plot.top() - metrics.descent() - 4), tick.label);
            lastLabelRight = left + textWidth;
        }
    }

    QColor bar = pal.color(QPalette::Highlight);
    for (int row = 0; row < m_timeline.rowCount(); ++row) {
        const TimelineRow &r = m_timeline.rows().at(row);
        const QRectF lane = laneRect(row);
        if (row % 2 == 1) {
            painter.fillRect(lane, pal.color(QPalette::AlternateBase));
        }
        // Label: letter and organization, and below it where the row is measured from.
        painter.setPen(ink);
        const double textWidth = labelWidth() - 1.5 * margin;
        painter.drawText(QPointF(margin, lane.center().y() - metrics.descent() - 1),
            metrics.elidedText(rowTitle(row), Qt::ElideRight, textWidth));
        painter.setPen(faint);
        painter.drawText(QPointF(margin, lane.center().y() + metrics.ascent()),
            metrics.elidedText(rowSubtitle(row), Qt::ElideRight, textWidth));

        const double y = lane.center().y();
        const auto start = r.point(TimelinePointKind::Start);
        const auto end = r.point(TimelinePointKind::End);
        if (start && end) {
            const double x0 = xFor(row, start->at);
            const double x1 = std::max(xFor(row, end->at), x0 + 3);
            QColor fill = bar;
            fill.setAlpha(170);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(QRectF(x0, y - laneHeight() * 0.12, x1 - x0, laneHeight() * 0.24), 2, 2);
            const qint64 minutes = start->at.secsTo(end->at) / 60;
            painter.setPen(ink);
            const QString length = RecordComparison::durationText(minutes, Wording::Words);
            painter.drawText(QPointF(x1 + markerRadius + 3, y + metrics.ascent() / 2 - 1), length);
        } else if (start && r.points.size() > 1) {
            // End unknown (ongoing, or not stated): a dashed line to the last thing known.
            painter.setPen(QPen(faint, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(xFor(row, start->at), y), QPointF(xFor(row, r.latest()), y));
        }
        for (int point = 0; point < r.points.size(); ++point) {
            const TimelinePoint &p = r.points.at(point);
            painter.setPen(QPen(pal.color(QPalette::Base), 1));
            painter.setBrush(ink);
            painter.drawPath(markerPath(p.kind, pointPosition(row, point), markerRadius));
        }
    }

    // Legend, and which scale is in effect.
    double x = margin;
    const double legendY = plot.bottom() + metrics.height() * 1.1;
    const TimelinePointKind kinds[] = { TimelinePointKind::Start, TimelinePointKind::Discovery,
        TimelinePointKind::Containment, TimelinePointKind::Notification, TimelinePointKind::Disclosure };
    for (const TimelinePointKind kind : kinds) {
        painter.setPen(QPen(pal.color(QPalette::Base), 1));
        painter.setBrush(ink);
        painter.drawPath(
            markerPath(kind, QPointF(x + markerRadius, legendY - metrics.ascent() / 2 + 1), markerRadius * 0.9));
        painter.setPen(ink);
        const QString label = kind == TimelinePointKind::Start ? tr("start / end") : kindWord(kind);
        painter.drawText(QPointF(x + markerRadius * 2 + 4, legendY), label);
        x += markerRadius * 2 + 4 + metrics.horizontalAdvance(label) + 16;
    }
    painter.setPen(faint);
    const QString scaleText = currentScale == IncidentTimeline::Scale::Elapsed
        ? tr("time since each incident's start, logarithmic")
        : tr("shared calendar, linear");
    painter.drawText(QPointF(std::max(x, width() - metrics.horizontalAdvance(scaleText) - margin), legendY), scaleText);
}

} // namespace Iwb
