// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/exportjob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QProgressBar;
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
 * and the reason and the dialog stays open. The Export button runs it on a
 * worker thread (ExportJob, with its own connection to the store), so the
 * window stays responsive while a large register is written.
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

    /// Runs the export with the current choices on this thread; false (and the reason shown) on failure.
    bool exportNow();
    /// What the Export button does: the same on a worker thread; the dialog closes when it succeeded.
    void startExport();
    /// The export the current choices describe.
    ExportRequest request() const;

private:
    /// Shows the outcome; true when something was exported.
    bool finish(const ExportRequest &job, const ExportOutcome &outcome);
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
    QProgressBar *m_progress;
    QFutureWatcher<ExportOutcome> m_running;
    ExportRequest m_runningRequest;
    QString m_result;
};

} // namespace Iwb
