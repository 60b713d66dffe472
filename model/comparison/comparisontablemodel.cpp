// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "comparisontablemodel.h"

namespace Iwb {

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ComparisonTableModel::agreementLabel(FieldAgreement agreement)
{
    switch (agreement) {
    case FieldAgreement::Same:
        return tr("same");
    case FieldAgreement::Different:
        return tr("different");
    case FieldAgreement::Missing:
        return tr("missing");
    case FieldAgreement::NotStated:
        return tr("not stated");
    }
    return {};
}

void ComparisonTableModel::setComparison(const RecordComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int ComparisonTableModel::rowOfField(const QString &field) const
{
    const QList<FieldComparison> &fields = m_comparison.fields();
    for (int row = 0; row < fields.size(); ++row) {
        if (fields.at(row).field == field) {
            return row;
        }
    }
    return -1;
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.fields().size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_comparison.records().isEmpty() ? 0 : differenceColumn() + 1;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const FieldComparison &field = m_comparison.fields().at(index.row());
    const int record = index.column() - 1;
    const bool isRecordColumn = record >= 0 && record < m_comparison.records().size();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn) {
            return RecordComparison::fieldLabel(field.field);
        }
        if (isRecordColumn) {
            const QString value = field.values.value(record);
            return value.isEmpty() ? QStringLiteral("—") : value;
        }
        if (!field.difference.isEmpty()) {
            return field.difference;
        }
        return agreementLabel(field.agreement);
    case Qt::ToolTipRole: {
        const QString agreement = agreementLabel(field.agreement);
        return field.difference.isEmpty() ? agreement : QString(agreement + QStringLiteral(": ") + field.difference);
    }
    case AgreementRole:
        return static_cast<int>(field.agreement);
    case FieldNameRole:
        return field.field;
    case EvidenceRole:
        if (isRecordColumn) {
            return QVariant::fromValue(m_comparison.records().at(record).evidence.value(field.field));
        }
        return {};
    case StatedRole:
        if (isRecordColumn) {
            return !field.values.value(record).isEmpty();
        }
        return {};
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == FieldColumn) {
        return tr("Field");
    }
    const int record = section - 1;
    if (record >= 0 && record < m_comparison.records().size()) {
        const IncidentRecord &incident = m_comparison.records().at(record);
        const QString name
            = incident.organization.isEmpty() ? tr("incident %1").arg(incident.id) : incident.organization.simplified();
        return QStringLiteral("%1 · %2").arg(RecordComparison::recordLetter(record), name);
    }
    if (section == differenceColumn()) {
        return tr("Difference");
    }
    return {};
}

} // namespace Iwb
