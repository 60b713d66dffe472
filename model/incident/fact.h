// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Iwb {

/// The kinds of fact the extraction contract knows (docs/extraction-output.md).
enum class FactType {
    Organization,
    Date,
    Time,
    Duration,
    Count,
    DataCategory,
    Cause,
    Attack,
    Discovery,
    Notification,
    Remediation,
};

/// Whether the text asserts the fact or denies it ("keine Kartendaten").
enum class Polarity { Positive, Negative };

/// Whether the text states the fact or hedges it ("könnten", "may have been").
enum class Certainty { Certain, Uncertain };

/// Where a fact stands in the analyst's review.
enum class FactStatus {
    Suggested, ///< made by a rule, not looked at yet
    Accepted, ///< confirmed by the analyst
    Rejected, ///< the analyst says it is wrong; kept so re-extraction does not bring it back
    Edited, ///< made or changed by the analyst
};

/**
 * One annotation: a span of a document's text with a type and a normalized
 * value, and the trail of who made it and why.
 *
 * Offsets are UTF-16 indices into Document::text() (end exclusive); they turn
 * into code points only where data leaves the program.
 */
struct Fact
{
    qint64 id = 0; ///< store id; 0 until saved
    qint64 documentId = 0;
    FactType type = FactType::Organization;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< the covered text, kept so a fact stays readable without its document
    QJsonValue value; ///< normalized value in the contract's JSON form; null when none
    Polarity polarity = Polarity::Positive;
    Certainty certainty = Certainty::Certain;
    QString origin; ///< the id of the rule that produced it, or analystOrigin()
    FactStatus status = FactStatus::Suggested;
    QString author; ///< who made the last change
    QDateTime modifiedAt;

    /// The origin of facts made by hand.
    static QString analystOrigin() { return QStringLiteral("analyst"); }
    bool isAnalystMade() const { return origin == analystOrigin(); }
    /// Facts the analyst has decided on; re-running extraction must leave them alone.
    bool isDecided() const { return status != FactStatus::Suggested || isAnalystMade(); }
    qsizetype length() const { return end - start; }

    friend bool operator==(const Fact &, const Fact &) = default;
};

QString factTypeName(FactType type);
std::optional<FactType> factTypeFromName(const QString &name);
QList<FactType> allFactTypes();

QString polarityName(Polarity polarity);
std::optional<Polarity> polarityFromName(const QString &name);

QString certaintyName(Certainty certainty);
std::optional<Certainty> certaintyFromName(const QString &name);

QString factStatusName(FactStatus status);
std::optional<FactStatus> factStatusFromName(const QString &name);

} // namespace Iwb
