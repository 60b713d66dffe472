// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "exchange/spreadsheetfile.h"
#include "register/registerimport.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Iwb {

class IncidentStore;

/**
 * Brings a spreadsheet register (CSV, XLSX) into a breach register (docs/register.md, "Importing a
 * spreadsheet register"): the file is read on a worker (XLSX through the parse helper); each of its
 * columns is shown with examples and a field to fill, as remembered for the file's layout or guessed from
 * its header; below, before anything is written, how many rows will come in, which are duplicates and
 * which do not fit and why, recomputed with every change of the mapping. Import writes the rest in one
 * transaction (RegisterImport::write()) and remembers the mapping for the layout.
 */
class RegisterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RegisterImportDialog(IncidentStore &store, const QString &path, QWidget *parent = nullptr);
    ~RegisterImportDialog() override;

    QTableWidget *columnTable() const { return m_columns; }
    /// The field chooser of column @p column (in the sheet's order).
    QComboBox *fieldChooser(int column) const;
    QComboBox *registerChooser() const { return m_register; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *problemList() const { return m_problems; }
    /// The number of rows the last import wrote.
    int importedCount() const { return m_imported; }
    /// Whether the file has been read (or refused).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /// Rows were written: the register window reloads.
    void imported(int count);

private:
    void showTable(const SpreadsheetTable &table);
    QStringList mapping() const;
    void updatePlan();
    void runImport();

    IncidentStore &m_store;
    QString m_path;
    QFutureWatcher<SpreadsheetTable> m_reading;
    QList<QStringList> m_rows;
    QList<ImportedRow> m_plan;
    QComboBox *m_register = nullptr;
    QTableWidget *m_columns = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_imported = 0;
    bool m_loaded = false;
};

} // namespace Iwb
