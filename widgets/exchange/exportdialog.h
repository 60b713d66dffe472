// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Iwb {

class IncidentStore;

/**
 * File → Export…: the register as CSV (records or facts), as a JSON snapshot
 * of the whole store, or as VERIS. The scope is all records, those the
 * library's filter shows, or the selected ones, each with its count.
 *
 * Export writes through the model's exporters into a QSaveFile, so a failed
 * export leaves an existing file as it was; the failure is shown with the file
 * and the reason and the dialog stays open.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p filterText is the library's incident filter, @p selectedIds the records selected there.
    ExportDialog(const IncidentStore &store, const QString &filterText, const QList<qint64> &selectedIds,
        QWidget *parent = nullptr);

    QComboBox *formatBox() const { return m_format; }
    QRadioButton *recordsButton() const { return m_records; }
    QRadioButton *factsButton() const { return m_facts; }
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *filteredButton() const { return m_filtered; }
    QRadioButton *selectedButton() const { return m_selected; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *bomBox() const { return m_bom; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *exportButton() const;

    /// What the last export did ("Exported 3 incident records to …"), or why it failed.
    QString resultMessage() const { return m_result; }

    /// Runs the export with the current choices; false (and the reason shown) on failure.
    bool exportNow();

private:
    void updateControls();
    void chooseFile();

    const IncidentStore &m_store;
    QString m_filterText;
    QList<qint64> m_selectedIds;
    QComboBox *m_format;
    QRadioButton *m_records;
    QRadioButton *m_facts;
    QRadioButton *m_all;
    QRadioButton *m_filtered;
    QRadioButton *m_selected;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
    QString m_result;
};

} // namespace Iwb
