// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDialog>

class QLineEdit;
class QAbstractTableModel;
class QPushButton;
class QTableView;

namespace Iwb {

class IncidentStore;

/**
 * Asks which existing incident record an article tells: the store's records
 * (organization, date, cause, affected, review status) with a filter field.
 * Records of the same organization as the open article's come first and are
 * shown in bold ("find similar"); the others follow, newest change first.
 * The store filters and pages (IncidentStore::incidentPage()): the dialog
 * never reads the whole register, and more rows load as the table scrolls.
 */
class IncidentChooser : public QDialog
{
    Q_OBJECT

public:
    /// Lists the records of @p store except @p excludedIncidentId (the one the article already shows).
    IncidentChooser(
        const IncidentStore &store, const QString &organization, qint64 excludedIncidentId, QWidget *parent = nullptr);

    /// The chosen record's id; 0 while none is selected.
    qint64 chosenIncidentId() const;
    QLineEdit *filterField() const { return m_filter; }
    QTableView *table() const { return m_table; }
    /// Number of records listed after filtering (those loaded so far: the table loads more as it scrolls).
    int visibleCount() const;

private:
    void updateButtons();

    QLineEdit *m_filter;
    QTableView *m_table;
    QAbstractTableModel *m_model;
    QPushButton *m_link;
};

} // namespace Iwb
