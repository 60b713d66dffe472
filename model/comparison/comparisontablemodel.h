// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "comparison/recordcomparison.h"

#include <QAbstractTableModel>

namespace Iwb {

/**
 * A RecordComparison as a table: one row per compared field, column 0 the
 * field's name, then one column per record (A, B, …), and a last column with
 * the difference in words (also the tooltip of every cell of the row).
 *
 * The model says how a row agrees (AgreementRole) and leaves the colours to
 * the view, which knows the theme.
 */
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// How the records agree, in words for people ("same", "missing"), translated.
    static QString agreementLabel(FieldAgreement agreement);
    enum Role {
        AgreementRole = Qt::UserRole + 1, ///< int (FieldAgreement), on every cell of a row
        FieldNameRole, ///< the contract field name ("affected_count")
        EvidenceRole, ///< on record cells: QList<qint64> (QVariant) of the record's evidence fact ids for the field
        StatedRole, ///< on record cells: bool, whether this record states the field
    };
    static constexpr int FieldColumn = 0;

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(const RecordComparison &comparison);
    const RecordComparison &comparison() const { return m_comparison; }

    /// The column of record @p index (0-based).
    static int recordColumn(int index) { return index + 1; }
    int differenceColumn() const { return static_cast<int>(m_comparison.records().size()) + 1; }
    /// The row of @p field, or -1.
    int rowOfField(const QString &field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RecordComparison m_comparison;
};

} // namespace Iwb
