// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QWidget>

class QTreeView;
class QToolButton;

namespace Iwb {

class AnnotationSession;

/**
 * The facts of the open article, grouped by type, with accept / reject /
 * delete for the selected fact and accept-all / reject-all for the suggestions
 * of the selected type. Selecting a fact makes it current in the article.
 */
class FactPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FactPanel(AnnotationSession *session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
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
    QTreeView *m_view;
    QToolButton *m_accept;
    QToolButton *m_reject;
    QToolButton *m_delete;
    QToolButton *m_acceptAll;
    QToolButton *m_rejectAll;
    QToolButton *m_editValue;
};

} // namespace Iwb
