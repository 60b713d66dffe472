// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "incident/incidentrecord.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

namespace KSyntaxHighlighting {
class Theme;
}

namespace Iwb {

class AnnotationSession;
class ArticleView;
class ComparisonTableModel;
class IncidentStore;
class TimelineView;

/**
 * Incidents side by side, in a window of its own: one pane per incident with
 * its (first) source article and highlighted facts, below them the
 * field-by-field table (same / different / missing in theme-aware colours,
 * numeric differences in words), and the timeline on a shared axis.
 *
 * Selecting a field in the table makes every pane select that field's
 * evidence fact and scroll to it. The panes are read-only: each has its own
 * copy of the article's facts (an AnnotationSession that is never saved), and
 * its labelling keys and fact context menu are switched off, because the
 * comparison is for reading; edits belong in the main window, with its undo
 * history and Save.
 */
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    /// More panes than this are too narrow to read; the rest of a larger selection is left out (and the window says
    /// so).
    static constexpr int maximumIncidents = 4;

    explicit CompareWindow(IncidentStore &store, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Loads the records @p incidentIds (at least two; beyond maximumIncidents the first ones) and their
    /// articles. Call once. False, with errorString() naming the store and record, when one cannot be read;
    /// the window is then incomplete and should be discarded.
    bool load(const QList<qint64> &incidentIds);
    QString errorString() const { return m_error; }

    void setTheme(const KSyntaxHighlighting::Theme &theme);

    int paneCount() const { return static_cast<int>(m_panes.size()); }
    ArticleView *articleView(int pane) const;
    /// What pane @p pane says about the selected field's evidence.
    QLabel *evidenceLabel(int pane) const;
    const IncidentRecord &record(int pane) const;
    QTableView *table() const { return m_table; }
    ComparisonTableModel *tableModel() const { return m_model; }
    TimelineView *timelineView() const { return m_timeline; }
    QComboBox *scaleBox() const { return m_scale; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Makes every pane select and show the evidence of @p field (a contract field name).
    void showEvidence(const QString &field);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Pane
    {
        IncidentRecord record;
        AnnotationSession *session = nullptr;
        ArticleView *view = nullptr;
        QLabel *header = nullptr;
        QLabel *evidence = nullptr;
    };

    Pane makePane(const IncidentRecord &record, QWidget *parent);
    void showEvidenceIn(Pane &pane, const QString &field);

    IncidentStore &m_store;
    QList<Pane> m_panes;
    QSplitter *m_splitter;
    QSplitter *m_paneArea;
    QLabel *m_summary;
    QTableView *m_table;
    ComparisonTableModel *m_model;
    TimelineView *m_timeline;
    QComboBox *m_scale;
    QString m_error;
};

} // namespace Iwb
