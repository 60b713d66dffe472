// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "similarincidents.h"

#include "organizationkey.h"
#include "storage/incidentstore.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Iwb {

namespace {

    QDate partialDate(const QString &iso)
    {
        // "2025-12-09", "2025-12" and "2025" are all dates the extraction gives.
        if (iso.size() == 4) {
            return QDate(iso.toInt(), 1, 1);
        }
        if (iso.size() == 7) {
            return QDate::fromString(iso + QStringLiteral("-01"), Qt::ISODate);
        }
        return QDate::fromString(iso.left(10), Qt::ISODate);
    }

    QString dayText(qint64 days)
    {
        if (days == 0) {
            return QStringLiteral("the same day");
        }
        const QString count = QLocale(QLocale::English).toString(days);
        return days == 1 ? QStringLiteral("1 day apart") : QStringLiteral("%1 days apart").arg(count);
    }

} // namespace

double SimilarIncidents::jaccard(const QStringList &a, const QStringList &b)
{
    const QSet<QString> first(a.cbegin(), a.cend());
    const QSet<QString> second(b.cbegin(), b.cend());
    QSet<QString> all = first;
    all.unite(second);
    if (all.isEmpty()) {
        return 0;
    }
    QSet<QString> common = first;
    common.intersect(second);
    return static_cast<double>(common.size()) / static_cast<double>(all.size());
}

QSet<QString> SimilarIncidents::wordSet(const QString &text)
{
    QSet<QString> words;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 4) {
            words.insert(word);
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toCaseFolded());
        } else {
            flush();
        }
    }
    flush();
    return words;
}

double SimilarIncidents::textSimilarity(const QString &a, const QString &b)
{
    const QSet<QString> first = wordSet(a);
    const QSet<QString> second = wordSet(b);
    if (first.isEmpty() || second.isEmpty()) {
        return 0;
    }
    QSet<QString> common = first;
    common.intersect(second);
    return static_cast<double>(common.size())
        / std::sqrt(static_cast<double>(first.size()) * static_cast<double>(second.size()));
}

std::optional<qint64> SimilarIncidents::daysApart(const QString &a, const QString &b)
{
    const QDate first = partialDate(a);
    const QDate second = partialDate(b);
    if (!first.isValid() || !second.isValid()) {
        return std::nullopt;
    }
    return std::abs(first.daysTo(second));
}

SimilarIncident SimilarIncidents::score(const Candidate &target, const Candidate &candidate)
{
    SimilarIncident result;
    result.record = candidate.record;
    const IncidentRecord &a = target.record;
    const IncidentRecord &b = candidate.record;

    if (!a.cause.isEmpty() && a.cause == b.cause && a.cause != QLatin1String("unknown")) {
        result.score += causeWeight;
        result.reasons.append(QStringLiteral("same cause: %1").arg(a.cause));
    }

    if (const double categories = jaccard(a.dataExposed, b.dataExposed); categories > 0) {
        result.score += categoryWeight * categories;
        QSet<QString> all(a.dataExposed.cbegin(), a.dataExposed.cend());
        QSet<QString> common = all;
        const QSet<QString> other(b.dataExposed.cbegin(), b.dataExposed.cend());
        all.unite(other);
        common.intersect(other);
        result.reasons.append(QStringLiteral("%1 of %2 data categories in common").arg(common.size()).arg(all.size()));
    }

    const QString key = organizationKey(a.organization);
    if (!key.isEmpty() && key == organizationKey(b.organization)) {
        result.score += organizationWeight;
        result.reasons.append(QStringLiteral("same organization: %1").arg(b.organization.simplified()));
    }

    if (const auto days = daysApart(a.incidentDate, b.incidentDate)) {
        const double closeness = 1.0 / (1.0 + static_cast<double>(*days) / 30.0);
        result.score += dateWeight * closeness;
        // Far-apart dates add almost nothing; naming them as a reason would mislead.
        if (*days <= 365) {
            result.reasons.append(dayText(*days));
        }
    }

    if (const double text = textSimilarity(target.text, candidate.text); text > 0) {
        result.score += textWeight * text;
        if (text >= 0.1) {
            result.reasons.append(QStringLiteral("articles %1% alike in wording").arg(std::lround(text * 100)));
        }
    }
    return result;
}

QList<SimilarIncident> SimilarIncidents::rank(const Candidate &target, const QList<Candidate> &candidates, int limit)
{
    QList<SimilarIncident> ranked;
    for (const Candidate &candidate : candidates) {
        if (candidate.record.id != 0 && candidate.record.id == target.record.id) {
            continue;
        }
        SimilarIncident similar = score(target, candidate);
        if (similar.score >= minimumScore) {
            ranked.append(similar);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const SimilarIncident &x, const SimilarIncident &y) {
        if (x.score != y.score) {
            return x.score > y.score;
        }
        return x.record.id < y.record.id;
    });
    if (limit >= 0 && ranked.size() > limit) {
        ranked.resize(limit);
    }
    return ranked;
}

std::optional<QList<SimilarIncident>> SimilarIncidents::find(
    const IncidentStore &store, qint64 incidentId, int limit, QString *error)
{
    const auto textOf = [&store](const IncidentRecord &record) {
        QStringList texts;
        for (const qint64 documentId : record.sourceDocumentIds) {
            if (const auto document = store.document(documentId)) {
                texts.append(document->text());
            }
        }
        return texts.join(QLatin1Char('\n'));
    };
    const auto target = store.incident(incidentId);
    if (!target) {
        if (error) {
            *error = store.errorString().isEmpty()
                ? QStringLiteral("%1: there is no incident record %2").arg(store.path()).arg(incidentId)
                : store.errorString();
        }
        return std::nullopt;
    }
    QList<Candidate> candidates;
    for (const IncidentRecord &record : store.incidents()) {
        if (record.id != incidentId) {
            candidates.append({ record, textOf(record) });
        }
    }
    return rank({ *target, textOf(*target) }, candidates, limit);
}

} // namespace Iwb
