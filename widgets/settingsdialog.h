// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Iwb {

/**
 * Settings → Configure Incident Workbench…: the interface's language, the
 * analyst's name for the edit history, the language assumed for articles,
 * the colour scheme, the store, the rule packs and the autosave interval.
 * OK writes them (WorkbenchSettings, Localization); the window applies
 * what it can at once and says what waits for the next start.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &currentAnalyst, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *analystField() const { return m_analyst; }
    QComboBox *articleLanguageBox() const { return m_articleLanguage; }
    QComboBox *colorSchemeBox() const { return m_colorScheme; }
    QLineEdit *storeField() const { return m_store; }
    QLineEdit *rulesField() const { return m_rules; }
    QSpinBox *autosaveBox() const { return m_autosave; }

    /// Writes the dialog's values to the settings.
    void save() const;

private:
    QComboBox *m_language;
    QLineEdit *m_analyst;
    QComboBox *m_articleLanguage;
    QComboBox *m_colorScheme;
    QLineEdit *m_store;
    QLineEdit *m_rules;
    QSpinBox *m_autosave;
};

} // namespace Iwb
