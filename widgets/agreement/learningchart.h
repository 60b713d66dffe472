// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "storage/incidentstore.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace Iwb {

/**
 * A small chart of the model learning: for each model the store trained
 * (oldest left), the precision and recall of its fact decisions,
 * cross-validated on the curated articles at training time
 * (StoredModel::cvPrecision, cvRecall). Precision is a solid line, recall a
 * dashed one, so that the two differ without colour; the tool tip and the
 * accessible description give the figures in words. Models trained on too few
 * articles to fold have no point.
 */
class LearningChart : public QWidget
{
    Q_OBJECT

public:
    explicit LearningChart(QWidget *parent = nullptr);

    /// One model with figures: a point on each line.
    struct Point
    {
        qint64 version = 0;
        QDateTime trainedAt;
        int trainingArticles = 0;
        double precision = 0;
        double recall = 0;
    };

    void setHistory(const QList<StoredModel> &models);
    /// The models that have figures, oldest first.
    const QList<Point> &points() const { return m_points; }
    /// The figures in words ("Model 3 (07.12.26, 9 curated articles): precision 0.82, recall 0.64"), newest last.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
};

} // namespace Iwb
