// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Iwb {

/**
 * A contingency table of two raters' labels for the same units, and Cohen's
 * kappa over it:
 *
 *     p_o = (units both label alike) / n
 *     p_e = Σ_k (n_reference(k) / n) · (n_other(k) / n)
 *     κ   = (p_o − p_e) / (1 − p_e)
 *
 * κ is undefined (std::nullopt) when there are no units, and when p_e = 1,
 * i.e. both raters gave every unit the same single label: the formula is 0/0
 * there and no chance correction is possible (p_o is then 1 and says so).
 */
class AgreementTable
{
public:
    /// One unit: the reference's label and the other's.
    void add(const QString &reference, const QString &other, int count = 1);
    /// Adds all units of @p table (pooling several tables into one).
    void merge(const AgreementTable &table);

    int unitCount() const { return m_units; }
    int agreements() const { return m_agreements; }
    /// How many units got @p reference from the reference and @p other from the other rater.
    int count(const QString &reference, const QString &other) const;
    /// All labels either rater used, sorted.
    QStringList labels() const;

    /// Observed agreement p_o; nullopt without units.
    std::optional<double> observed() const;
    /// Agreement expected by chance p_e from the two raters' label frequencies; nullopt without units.
    std::optional<double> expected() const;
    /// Cohen's kappa; nullopt without units or when p_e = 1.
    std::optional<double> kappa() const;

private:
    QHash<std::pair<QString, QString>, int> m_cells;
    QHash<QString, int> m_referenceTotals;
    QHash<QString, int> m_otherTotals;
    int m_units = 0;
    int m_agreements = 0;
};

} // namespace Iwb
