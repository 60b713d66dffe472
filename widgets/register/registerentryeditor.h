// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "register/breachregister.h"
#include "register/registerentry.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QUndoStack;

namespace Iwb {

class IncidentStore;

/**
 * The form of one register entry: the Art. 33(3) content, the timeline, the assessment and the decisions,
 * grouped as the authorities' forms group them. A value pre-filled from the article is shown in italics with
 * a Confirm button whose tooltip quotes its evidence; editing it makes it the analyst's own.
 *
 * Every change, typed or confirmed, is one step on the editor's undo stack; the window saves the edited entry
 * to the store (RegisterStore::saveEntry()) and then calls markSaved(). Fields are read and written as text
 * through EntryFieldText, the same path `incident-cli register set` takes, so the GUI and the command line
 * accept the same values.
 */
class RegisterEntryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterEntryEditor(QWidget *parent = nullptr);
    ~RegisterEntryEditor() override;

    /// Shows @p entry of @p breachRegister; @p store (may be null) gives the evidence quotes. A new undo history.
    void setEntry(const RegisterEntry &entry, const BreachRegister &breachRegister, const IncidentStore *store);
    /// Shows nothing (no entry selected).
    void clear();
    bool hasEntry() const { return m_hasEntry; }
    const RegisterEntry &entry() const { return m_entry; }
    const BreachRegister &breachRegister() const { return m_register; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Changes since the entry was shown or last saved.
    bool isModified() const;
    /// After the window saved the entry: takes the stored ids and times; the undo history stays, marked clean.
    void markSaved(const RegisterEntry &saved);

    /// Sets @p field from @p text as typing it would (one undo step); false and message() for a value the
    /// field cannot take.
    bool setFieldText(const QString &field, const QString &text);
    /// Confirms the pre-filled value of @p field (one undo step).
    void confirmField(const QString &field);
    /// Confirms every pre-filled value at once (one undo step).
    void confirmAll();

    /// The widget that edits @p field (tests type into it); null for an unknown field.
    QWidget *fieldEditor(const QString &field) const { return m_editors.value(field); }
    /// The Confirm button of @p field; hidden unless the value is pre-filled and unconfirmed.
    QAbstractButton *confirmButton(const QString &field) const { return m_confirmButtons.value(field); }
    /// The field's text as EntryFieldText reads it ("2026-01-15 12:00", "yes", "health,genetic", …).
    QString fieldText(const QString &field) const;

    /// For the undo commands only: shows @p entry without an undo step.
    void setEntryDirectly(const RegisterEntry &entry);

Q_SIGNALS:
    /// The entry changed (an edit, an undo or a redo).
    void entryChanged();
    /// Something to tell the analyst in the status bar (a value the field cannot take).
    void message(const QString &text);

private:
    void buildForm();
    QWidget *makeEditor(const QString &field);
    /// Pushes the step from the current entry to @p changed; @p mergeField merges consecutive typing in one
    /// text field into one step.
    void pushChange(const RegisterEntry &changed, const QString &description, const QString &mergeField = {});
    /// Reads the editor of @p field and sets the field from it.
    void commitEditor(const QString &field);
    /// Puts the entry's values into the editors (without triggering edits) and marks the pre-filled ones.
    void showEntry();
    void showField(const QString &field);
    QString evidenceText(const QString &field) const;

    RegisterEntry m_entry;
    BreachRegister m_register;
    const IncidentStore *m_store = nullptr;
    bool m_hasEntry = false;
    bool m_showing = false; ///< showEntry() is filling the editors: their signals are not edits
    QString m_typing; ///< the field whose editor is being committed: its text stays as typed
    QUndoStack *m_undo;
    QWidget *m_form = nullptr;
    QLabel *m_placeholder = nullptr;
    QAbstractButton *m_confirmAllButton = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QAbstractButton *> m_confirmButtons;
};

} // namespace Iwb
