// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "breachregister.h"

namespace Iwb {

QString regimeId(RegisterRegime regime)
{
    return regime == RegisterRegime::GdprAndNis2 ? QStringLiteral("gdpr_nis2") : QStringLiteral("gdpr");
}

std::optional<RegisterRegime> regimeFromId(const QString &id)
{
    if (id == QLatin1String("gdpr")) {
        return RegisterRegime::Gdpr;
    }
    if (id == QLatin1String("gdpr_nis2")) {
        return RegisterRegime::GdprAndNis2;
    }
    return std::nullopt;
}

QString hourCountingId(HourCounting counting)
{
    return counting == HourCounting::SkipAwarenessHour ? QStringLiteral("skip_awareness_hour")
                                                       : QStringLiteral("elapsed");
}

std::optional<HourCounting> hourCountingFromId(const QString &id)
{
    if (id == QLatin1String("elapsed")) {
        return HourCounting::Elapsed;
    }
    if (id == QLatin1String("skip_awareness_hour")) {
        return HourCounting::SkipAwarenessHour;
    }
    return std::nullopt;
}

} // namespace Iwb
