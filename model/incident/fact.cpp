// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "fact.h"

#include <array>
#include <utility>

namespace Iwb {

namespace {

    // The names are part of the extraction contract and the store's schema: never
    // rename one without a schema bump.
    template<typename Enum, std::size_t N> using NameTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

    constexpr NameTable<FactType, 11> factTypeNames { {
        { FactType::Organization, QLatin1StringView("organization") },
        { FactType::Date, QLatin1StringView("date") },
        { FactType::Time, QLatin1StringView("time") },
        { FactType::Duration, QLatin1StringView("duration") },
        { FactType::Count, QLatin1StringView("count") },
        { FactType::DataCategory, QLatin1StringView("data_category") },
        { FactType::Cause, QLatin1StringView("cause") },
        { FactType::Attack, QLatin1StringView("attack") },
        { FactType::Discovery, QLatin1StringView("discovery") },
        { FactType::Notification, QLatin1StringView("notification") },
        { FactType::Remediation, QLatin1StringView("remediation") },
    } };

    constexpr NameTable<Polarity, 2> polarityNames { {
        { Polarity::Positive, QLatin1StringView("positive") },
        { Polarity::Negative, QLatin1StringView("negative") },
    } };

    constexpr NameTable<Certainty, 2> certaintyNames { {
        { Certainty::Certain, QLatin1StringView("certain") },
        { Certainty::Uncertain, QLatin1StringView("uncertain") },
    } };

    constexpr NameTable<FactStatus, 4> statusNames { {
        { FactStatus::Suggested, QLatin1StringView("suggested") },
        { FactStatus::Accepted, QLatin1StringView("accepted") },
        { FactStatus::Rejected, QLatin1StringView("rejected") },
        { FactStatus::Edited, QLatin1StringView("edited") },
    } };

    template<typename Enum, std::size_t N> QString nameOf(const NameTable<Enum, N> &table, Enum value)
    {
        for (const auto &[candidate, name] : table) {
            if (candidate == value) {
                return name;
            }
        }
        return {};
    }

    template<typename Enum, std::size_t N>
    std::optional<Enum> valueOf(const NameTable<Enum, N> &table, const QString &name)
    {
        for (const auto &[candidate, candidateName] : table) {
            if (name == candidateName) {
                return candidate;
            }
        }
        return std::nullopt;
    }

} // namespace

QString factTypeName(FactType type)
{
    return nameOf(factTypeNames, type);
}
std::optional<FactType> factTypeFromName(const QString &name)
{
    return valueOf(factTypeNames, name);
}

QList<FactType> allFactTypes()
{
    QList<FactType> types;
    for (const auto &entry : factTypeNames) {
        types.append(entry.first);
    }
    return types;
}

QString polarityName(Polarity polarity)
{
    return nameOf(polarityNames, polarity);
}
std::optional<Polarity> polarityFromName(const QString &name)
{
    return valueOf(polarityNames, name);
}

QString certaintyName(Certainty certainty)
{
    return nameOf(certaintyNames, certainty);
}
std::optional<Certainty> certaintyFromName(const QString &name)
{
    return valueOf(certaintyNames, name);
}

QString factStatusName(FactStatus status)
{
    return nameOf(statusNames, status);
}
std::optional<FactStatus> factStatusFromName(const QString &name)
{
    return valueOf(statusNames, name);
}

} // namespace Iwb
