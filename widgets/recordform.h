// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Iwb {

class AnnotationSession;
class SourcesBar;

/**
 * The incident record of the open article: every field of the contract plus
 * review status, analyst and notes. Each field row has a button that fills it
 * from the current fact ("use") and one that shows how many facts are its
 * evidence and jumps to the first (this article's own evidence first; a fact
 * of another source article is requested as -(fact id)). Above the fields, the
 * record's source articles with link / unlink (SourcesBar). Every change is an
 * undoable command.
 */
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(AnnotationSession *session, QWidget *parent = nullptr);

    /// The fact that "use" buttons take their value from.
    void setCurrentFact(qint64 key) { m_currentFact = key; }
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    QToolButton *useButtonFor(const QString &field) const { return m_useButtons.value(field); }
    QToolButton *evidenceButtonFor(const QString &field) const { return m_evidenceButtons.value(field); }
    SourcesBar *sourcesBar() const { return m_sourcesBar; }

Q_SIGNALS:
    /// @p factKey is a key of the open article's facts, or -(store fact id) for another source article's fact.
    void evidenceRequested(qint64 factKey);

protected:
    /// Field editors accept facts dragged from the fact panel.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commit(const QString &field);
    QWidget *addFieldRow(QFormLayout *layout, const QString &field, const QString &label, QWidget *editor);

    AnnotationSession *m_session;
    SourcesBar *m_sourcesBar;
    qint64 m_currentFact = 0;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QToolButton *> m_useButtons;
    QHash<QString, QToolButton *> m_evidenceButtons;
    QComboBox *m_reviewStatus;
    QLineEdit *m_analyst;
    QPlainTextEdit *m_notes;
};

} // namespace Iwb
