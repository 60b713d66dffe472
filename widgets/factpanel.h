// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QModelIndex>
#include <QWidget>

class QAction;
class QComboBox;
class QTreeView;
class QToolButton;

namespace Iwb {

class AnnotationSession;
class FactFilterModel;

/**
 * The facts of the open article, grouped by type, with accept / reject /
 * delete for the selected fact and accept-all / reject-all for the suggestions
 * of the selected type. Selecting a fact makes it current in the article.
 *
 * With a learned model the Confidence column shows how sure it is of each
 * fact (the tool tip says why); the facts it doubts are suggestions, drawn
 * in italics in a paler ink. The header sorts by any column (a third click
 * returns to text order); "Show" filters facts from suggestions
 * (FactFilterModel).
 */
class FactPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FactPanel(AnnotationSession *session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    /// The view's index of the fact (the view shows it through FactFilterModel); invalid when filtered out.
    QModelIndex viewIndex(qint64 key) const;
    FactFilterModel *filter() const { return m_filter; }
    /// Chooses what "Show" shows: all facts, facts only, suggestions only.
    QComboBox *showChooser() const { return m_show; }
    /// Shows the Confidence column (when a learned model judges the facts) or hides it.
    void setConfidenceShown(bool shown);
    qint64 selectedFact() const;
    void selectFact(qint64 key);

    /// Asks for the selected fact's normalized value as JSON ("2019-12-09", 31, {"count": 9500, "unit": "users"})
    /// and sets it as one undoable edit; an answer that is not JSON is refused with a message.
    void editValue();

Q_SIGNALS:
    void factActivated(qint64 key);

private:
    void updateButtons();
    int selectedType() const;

    AnnotationSession *m_session;
    FactFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_show;
    QToolButton *m_accept;
    QToolButton *m_reject;
    QToolButton *m_delete;
    QToolButton *m_editValue;
    /// "All of Type ▾": its menu accepts or rejects the suggestions of the selected type.
    QToolButton *m_allOfType;
};

} // namespace Iwb
