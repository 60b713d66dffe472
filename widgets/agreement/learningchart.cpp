// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "learningchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Iwb {

LearningChart::LearningChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("learningChart"));
    setAccessibleName(tr("The model learning"));
    setFocusPolicy(Qt::TabFocus); // a screen reader reaches its description
}

void LearningChart::setHistory(const QList<StoredModel> &models)
{
    m_points.clear();
    for (const StoredModel &model : models) {
        if (model.cvPrecision && model.cvRecall) {
            m_points.append(
                { model.version, model.trainedAt, model.trainingArticles, *model.cvPrecision, *model.cvRecall });
        }
    }
    const QString text = summary();
    setToolTip(text);
    setAccessibleDescription(text);
    update();
}

QString LearningChart::summary() const
{
    if (m_points.isEmpty()) {
        return tr("No model has been trained on enough curated articles yet (two are needed to cross-validate).");
    }
    const QLocale locale;
    QStringList lines;
    for (const Point &point : m_points) {
        lines.append(tr("Model %1 (%2, %n curated articles): precision %3, recall %4", nullptr, point.trainingArticles)
                .arg(point.version)
                .arg(locale.toString(point.trainedAt.toLocalTime().date(), QLocale::ShortFormat))
                .arg(locale.toString(point.precision, 'f', 2), locale.toString(point.recall, 'f', 2)));
    }
    return lines.join(QLatin1Char('\n'));
}

QSize LearningChart::sizeHint() const
{
    return { 320, 140 };
}

QSize LearningChart::minimumSizeHint() const
{
    return { 200, 100 };
}

void LearningChart::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const QFontMetrics metrics = fontMetrics();
    const int legendHeight = metrics.height() + 4;
    const int axisWidth = metrics.horizontalAdvance(QStringLiteral("0,00")) + 6;
    const QRectF plot = QRectF(rect()).adjusted(axisWidth, metrics.height() / 2.0, -8, -legendHeight - 4);

    painter.setPen(QPen(colors.color(QPalette::Mid), 1));
    painter.drawRect(plot);
    painter.setPen(colors.color(QPalette::WindowText));
    for (const double level : { 0.0, 0.5, 1.0 }) {
        const double y = plot.bottom() - level * plot.height();
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, axisWidth - 4, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(level, 'f', 1));
        if (level > 0 && level < 1) {
            painter.setPen(QPen(colors.color(QPalette::Mid), 1, Qt::DotLine));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            painter.setPen(colors.color(QPalette::WindowText));
        }
    }
    if (m_points.isEmpty()) {
        painter.drawText(plot.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, tr("No figures yet"));
        return;
    }

    // The points stand a little inside the frame, so that the first and the last are whole.
    const QRectF inner = plot.adjusted(8, 0, -8, 0);
    const auto pointAt = [&](qsizetype index, double value) {
        const double x = m_points.size() == 1
            ? inner.center().x()
            : inner.left() + inner.width() * double(index) / double(m_points.size() - 1);
        return QPointF(x, plot.bottom() - value * plot.height());
    };
    // Precision solid in the highlight colour, recall dashed in the text colour: told apart without colour.
    const struct
    {
        QPen pen;
        double Point::*value;
    } series[] = {
        { QPen(colors.color(QPalette::Highlight), 2, Qt::SolidLine), &Point::precision },
        { QPen(colors.color(QPalette::WindowText), 2, Qt::DashLine), &Point::recall },
    };
    for (const auto &line : series) {
        QPainterPath path;
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            const QPointF point = pointAt(i, m_points.at(i).*line.value);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        painter.setPen(line.pen);
        painter.drawPath(path);
        painter.setBrush(line.pen.color());
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            painter.drawEllipse(pointAt(i, m_points.at(i).*line.value), 2.5, 2.5);
        }
        painter.setBrush(Qt::NoBrush);
    }

    // The legend below the plot.
    const double y = height() - legendHeight / 2.0;
    double x = plot.left();
    const QString labels[] = { tr("Precision"), tr("Recall") };
    for (int i = 0; i < 2; ++i) {
        painter.setPen(series[i].pen);
        painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
        painter.setPen(colors.color(QPalette::WindowText));
        painter.drawText(QPointF(x + 26, y + metrics.ascent() / 2.0 - 1), labels[i]);
        x += 26 + metrics.horizontalAdvance(labels[i]) + 16;
    }
}

} // namespace Iwb
