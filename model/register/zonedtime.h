// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Iwb {

/**
 * An instant as the register keeps it: the UTC instant, and the IANA zone it was entered in
 * ("Europe/Berlin"), so that an entry shows its times as they were entered while every deadline
 * is computed on the instant (elapsed time, unaffected by daylight-saving changes).
 * A null ZonedTime means "not stated".
 */
struct ZonedTime
{
    QDateTime utc; ///< invalid: not stated
    QByteArray zone; ///< IANA id; "UTC" when entered without a zone

    bool isNull() const { return !utc.isValid(); }
    /// The instant in the zone it was entered in (UTC when the zone is unknown to this system).
    QDateTime local() const;
    /// "2026-03-27 10:00 (Europe/Berlin, UTC+01:00)": how reports and the command line write it.
    QString displayText() const;

    /// The wall-clock time @p date @p time in @p zone. In the hour a clock skips, the time after the gap; in
    /// the hour it repeats, the first occurrence (QDateTime's own choice); null for an unknown zone.
    static ZonedTime fromLocal(QDate date, QTime time, const QByteArray &zone);
    /// An instant, to be shown in @p zone.
    static ZonedTime fromUtc(const QDateTime &instant, const QByteArray &zone);

    /// The stored form of the instant: ISO 8601 UTC with milliseconds, empty when null.
    QString utcText() const;
    /// Reads utcText() and a zone back; null for empty or unreadable text.
    static ZonedTime fromStored(const QString &utcText, const QString &zone);

    bool operator==(const ZonedTime &other) const { return utc == other.utc && zone == other.zone; }
};

} // namespace Iwb
