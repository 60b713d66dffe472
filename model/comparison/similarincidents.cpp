// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "similarincidents.h"

#include "organizationkey.h"
#include "storage/incidentstore.h"
#include "storage/storetables.h"

#include <QCoreApplication>
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

    /// |A ∩ B| / √(|A|·|B|); 0 when one is empty.
    double cosine(const QSet<QString> &first, const QSet<QString> &second)
    {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        const QSet<QString> &smaller = first.size() <= second.size() ? first : second;
        const QSet<QString> &larger = first.size() <= second.size() ? second : first;
        qsizetype common = 0;
        for (const QString &word : smaller) {
            common += larger.contains(word) ? 1 : 0;
        }
        return static_cast<double>(common)
            / std::sqrt(static_cast<double>(first.size()) * static_cast<double>(second.size()));
    }

    QString dayText(qint64 days)
    {
        if (days == 0) {
            return QCoreApplication::translate("Iwb::SimilarIncidents", "the same day");
        }
        const QString count = QLocale(QLocale::English).toString(days);
        return days == 1 ? QCoreApplication::translate("Iwb::SimilarIncidents", "1 day apart")
                         : QCoreApplication::translate("Iwb::SimilarIncidents", "%1 days apart").arg(count);
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
    return cosine(wordSet(a), wordSet(b));
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
    return scoreWords(target.record, wordSet(target.text), candidate.record, wordSet(candidate.text));
}

SimilarIncident SimilarIncidents::scoreWords(const IncidentRecord &a, const QSet<QString> &targetWords,
    const IncidentRecord &b, const QSet<QString> &candidateWords)
{
    SimilarIncident result;
    result.record = b;

    if (!a.cause.isEmpty() && a.cause == b.cause && a.cause != QLatin1String("unknown")) {
        result.score += causeWeight;
        result.reasons.append(QCoreApplication::translate("Iwb::SimilarIncidents", "same cause: %1").arg(a.cause));
    }

    if (const double categories = jaccard(a.dataExposed, b.dataExposed); categories > 0) {
        result.score += categoryWeight * categories;
        QSet<QString> all(a.dataExposed.cbegin(), a.dataExposed.cend());
        QSet<QString> common = all;
        const QSet<QString> other(b.dataExposed.cbegin(), b.dataExposed.cend());
        all.unite(other);
        common.intersect(other);
        result.reasons.append(QCoreApplication::translate("Iwb::SimilarIncidents", "%1 of %2 data categories in common")
                .arg(common.size())
                .arg(all.size()));
    }

    const QString key = organizationKey(a.organization);
    if (!key.isEmpty() && key == organizationKey(b.organization)) {
        result.score += organizationWeight;
        result.reasons.append(QCoreApplication::translate("Iwb::SimilarIncidents", "same organization: %1")
                .arg(b.organization.simplified()));
    }

    if (const auto days = daysApart(a.incidentDate, b.incidentDate)) {
        const double closeness = 1.0 / (1.0 + static_cast<double>(*days) / 30.0);
        result.score += dateWeight * closeness;
        // Far-apart dates add almost nothing; naming them as a reason would mislead.
        if (*days <= 365) {
            result.reasons.append(dayText(*days));
        }
    }

    if (const double text = cosine(targetWords, candidateWords); text > 0) {
        result.score += textWeight * text;
        if (text >= 0.1) {
            result.reasons.append(QCoreApplication::translate("Iwb::SimilarIncidents", "articles %1% alike in wording")
                    .arg(std::lround(text * 100)));
        }
    }
    return result;
}

namespace {

    /// Best first; equal scores by id.
    void sortAndLimit(QList<SimilarIncident> &ranked, int limit)
    {
        std::stable_sort(ranked.begin(), ranked.end(), [](const SimilarIncident &x, const SimilarIncident &y) {
            if (x.score != y.score) {
                return x.score > y.score;
            }
            return x.record.id < y.record.id;
        });
        if (limit >= 0 && ranked.size() > limit) {
            ranked.resize(limit);
        }
    }

} // namespace

QList<SimilarIncident> SimilarIncidents::rank(const Candidate &target, const QList<Candidate> &candidates, int limit)
{
    const QSet<QString> targetWords = wordSet(target.text);
    QList<SimilarIncident> ranked;
    for (const Candidate &candidate : candidates) {
        if (candidate.record.id != 0 && candidate.record.id == target.record.id) {
            continue;
        }
        SimilarIncident similar = scoreWords(target.record, targetWords, candidate.record, wordSet(candidate.text));
        if (similar.score >= minimumScore) {
            ranked.append(similar);
        }
    }
    sortAndLimit(ranked, limit);
    return ranked;
}

std::optional<QList<SimilarIncident>> SimilarIncidents::find(
    const IncidentStore &store, qint64 incidentId, int limit, QString *error, const Progress &progress)
{
    const auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    const auto target = store.incident(incidentId);
    if (!target) {
        return fail(store.errorString().isEmpty()
                ? QCoreApplication::translate("Iwb::SimilarIncidents", "%1: there is no incident record %2")
                      .arg(store.path())
                      .arg(incidentId)
                : store.errorString());
    }
    const QList<IncidentRecord> records = store.incidents();
    // The texts in one read transaction, one record at a time: only their word sets are kept, never the
    // whole store's text. A text that cannot be read (the article was just deleted) counts as empty.
    StoreTables tables(store);
    if (!tables.beginRead()) {
        return fail(tables.errorString());
    }
    const auto textOf = [&tables](const IncidentRecord &record) {
        QStringList texts;
        for (const qint64 documentId : record.sourceDocumentIds) {
            if (const auto text = tables.documentText(documentId)) {
                texts.append(*text);
            }
        }
        return texts.join(QLatin1Char('\n'));
    };
    const QSet<QString> targetWords = wordSet(textOf(*target));
    const int total = static_cast<int>(records.size());
    QList<SimilarIncident> ranked;
    for (int index = 0; index < total; ++index) {
        // Asked now and then, not for every record: a stop takes effect within a few milliseconds.
        if (progress && index % 256 == 0 && !progress(index, total)) {
            return fail(QStringLiteral("cancelled"));
        }
        const IncidentRecord &record = records.at(index);
        if (record.id == incidentId) {
            continue;
        }
        SimilarIncident similar = scoreWords(*target, targetWords, record, wordSet(textOf(record)));
        if (similar.score >= minimumScore) {
            ranked.append(std::move(similar));
        }
    }
    if (progress) {
        progress(total, total);
    }
    sortAndLimit(ranked, limit);
    return ranked;
}

SimilarSearch SimilarIncidents::findInStore(
    const QString &storePath, qint64 incidentId, int limit, const Progress &progress)
{
    SimilarSearch search;
    IncidentStore store;
    if (!store.open(storePath)) {
        search.error = store.errorString();
        return search;
    }
    bool stopped = false;
    const auto found = find(store, incidentId, limit, &search.error, [&](int done, int total) {
        stopped = progress && !progress(done, total);
        return !stopped;
    });
    if (stopped) {
        search.cancelled = true;
        search.error.clear();
        return search;
    }
    if (found) {
        search.target = store.incident(incidentId);
        search.similar = *found;
        if (!search.target) {
            search.error = store.errorString();
        }
    }
    return search;
}

} // namespace Iwb
