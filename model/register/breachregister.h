// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Iwb {

/// Which deadlines a register's entries carry: the GDPR's (Art. 33: 72 hours), or also NIS2's (Art. 23:
/// early warning 24 hours, incident notification 72 hours, final report one month) for an essential or
/// important entity whose DPO keeps both.
enum class RegisterRegime { Gdpr, GdprAndNis2 };

/// How hours are counted from the moment of awareness. Elapsed: 72 hours of elapsed time from the instant.
/// SkipAwarenessHour: Regulation (EEC, Euratom) No 1182/71 Art. 3(1), the hour in which the event happened
/// does not count, so the period starts at the beginning of the next hour. Not every authority applies it
/// to Art. 33, so it is a per-register setting, off by default.
enum class HourCounting { Elapsed, SkipAwarenessHour };

QString regimeId(RegisterRegime regime);
std::optional<RegisterRegime> regimeFromId(const QString &id);
QString hourCountingId(HourCounting counting);
std::optional<HourCounting> hourCountingFromId(const QString &id);

/**
 * A breach register kept for one controller (Art. 33(5)): a DPO's own, or one of an external DPO's clients.
 * Its contact is what Art. 33(3)(b) asks for; its authority is where notifications go.
 */
struct BreachRegister
{
    qint64 id = 0; ///< store id; 0 until saved
    QString controllerName;
    QString controllerAddress;
    QString contactName; ///< the DPO or another contact point (Art. 33(3)(b))
    QString contactEmail;
    QString contactPhone;
    QString authority; ///< the competent supervisory authority, e.g. "LfD Niedersachsen"
    QByteArray timeZone = "Europe/Berlin"; ///< where times are entered unless said otherwise
    RegisterRegime regime = RegisterRegime::Gdpr;
    HourCounting hourCounting = HourCounting::Elapsed;

    bool operator==(const BreachRegister &other) const = default;
};

} // namespace Iwb
