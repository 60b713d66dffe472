// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "agreementtable.h"

#include <QSet>

#include <algorithm>

namespace Iwb {

void AgreementTable::add(const QString &reference, const QString &other, int count)
{
    if (count <= 0) {
        return;
    }
    m_cells[{ reference, other }] += count;
    m_referenceTotals[reference] += count;
    m_otherTotals[other] += count;
    m_units += count;
    if (reference == other) {
        m_agreements += count;
    }
}

void AgreementTable::merge(const AgreementTable &table)
{
    for (auto it = table.m_cells.cbegin(); it != table.m_cells.cend(); ++it) {
        add(it.key().first, it.key().second, it.value());
    }
}

int AgreementTable::count(const QString &reference, const QString &other) const
{
    return m_cells.value({ reference, other });
}

QStringList AgreementTable::labels() const
{
    QSet<QString> labels;
    for (auto it = m_referenceTotals.cbegin(); it != m_referenceTotals.cend(); ++it) {
        labels.insert(it.key());
    }
    for (auto it = m_otherTotals.cbegin(); it != m_otherTotals.cend(); ++it) {
        labels.insert(it.key());
    }
    QStringList sorted(labels.cbegin(), labels.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::optional<double> AgreementTable::observed() const
{
    if (m_units == 0) {
        return std::nullopt;
    }
    return static_cast<double>(m_agreements) / m_units;
}

std::optional<double> AgreementTable::expected() const
{
    if (m_units == 0) {
        return std::nullopt;
    }
    // Summed in integers and divided once, so that p_e = 1 is detected exactly.
    qint64 products = 0;
    for (auto it = m_referenceTotals.cbegin(); it != m_referenceTotals.cend(); ++it) {
        products += static_cast<qint64>(it.value()) * m_otherTotals.value(it.key());
    }
    return static_cast<double>(products) / (static_cast<double>(m_units) * m_units);
}

std::optional<double> AgreementTable::kappa() const
{
    if (m_units == 0) {
        return std::nullopt;
    }
    qint64 products = 0;
    for (auto it = m_referenceTotals.cbegin(); it != m_referenceTotals.cend(); ++it) {
        products += static_cast<qint64>(it.value()) * m_otherTotals.value(it.key());
    }
    const qint64 squared = static_cast<qint64>(m_units) * m_units;
    if (products == squared) {
        return std::nullopt;
    }
    // κ = (p_o − p_e) / (1 − p_e) = (n·a − Σ) / (n² − Σ) with a the agreements and Σ the products of the marginals.
    return static_cast<double>(static_cast<qint64>(m_units) * m_agreements - products)
        / static_cast<double>(squared - products);
}

} // namespace Iwb
