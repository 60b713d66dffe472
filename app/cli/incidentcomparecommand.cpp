// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "incidentcomparecommand.h"

#include "clicontext.h"
#include "comparison/incidenttimeline.h"
#include "comparison/recordcomparison.h"
#include "comparison/similarincidents.h"
#include "storage/incidentstore.h"
#include "storage/storeprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>

namespace Iwb {

namespace {

    /// The limit "find similar" uses in the GUI too.
    constexpr int defaultSimilarLimit = 20;

    /// One compared record with what its timeline row and the table's header need.
    struct ComparedIncident
    {
        IncidentRecord record;
        QString title; ///< the first source article's title; empty without a source
        TimelineRow row;
    };

    QString precisionName(TimePrecision precision)
    {
        switch (precision) {
        case TimePrecision::Year:
            return QStringLiteral("year");
        case TimePrecision::Month:
            return QStringLiteral("month");
        case TimePrecision::Day:
            return QStringLiteral("day");
        case TimePrecision::Minute:
            return QStringLiteral("minute");
        }
        return {};
    }

    /// A positive store id, or nullopt.
    std::optional<qint64> parseId(const QString &text)
    {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }

    QString nameOf(const IncidentRecord &record)
    {
        return record.organization.isEmpty() ? QStringLiteral("incident %1").arg(record.id)
                                             : record.organization.simplified();
    }

    /// Opens @p path only when it already is a store: a comparison reads, and IncidentStore::open() would
    /// create a missing file (a mistyped --db) or migrate a foreign SQLite file.
    bool openForReading(const CliContext &context, IncidentStore &store, const QString &command)
    {
        QString error;
        if (!StoreProbe::isExistingStore(context.databasePath, &error)) {
            context.err << "incident-cli " << command << ": " << error << Qt::endl;
            return false;
        }
        if (!store.open(context.databasePath)) {
            context.err << "incident-cli " << command << ": " << store.errorString() << Qt::endl;
            return false;
        }
        return true;
    }

    /// Minutes from the row's start to @p point; nullopt for the start itself or a row without a start.
    std::optional<qint64> minutesAfterStart(const TimelineRow &row, const TimelinePoint &point)
    {
        const auto start = row.point(TimelinePointKind::Start);
        if (!start || point.kind == TimelinePointKind::Start) {
            return std::nullopt;
        }
        return start->at.secsTo(point.at) / 60;
    }

    QString offsetText(const TimelineRow &row, const TimelinePoint &point)
    {
        const auto minutes = minutesAfterStart(row, point);
        if (!minutes || *minutes == 0) {
            return {};
        }
        if (point.precision != TimePrecision::Minute) {
            // A point known to the day sits at midnight: "13 h 11 min after the start" would claim a precision
            // the text does not give. Whole days then, between the calendar days.
            const qint64 days = row.point(TimelinePointKind::Start)->at.date().daysTo(point.at.date());
            if (days == 0) {
                return {};
            }
            const QString count
                = std::abs(days) == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(std::abs(days));
            return days > 0 ? QStringLiteral("%1 after the start").arg(count)
                            : QStringLiteral("%1 before the start").arg(count);
        }
        return *minutes > 0 ? QStringLiteral("%1 after the start").arg(RecordComparison::durationText(*minutes))
                            : QStringLiteral("%1 before the start").arg(RecordComparison::durationText(-*minutes));
    }

    /// Reads the records and, from each one's first source article, its timeline row.
    std::optional<QList<ComparedIncident>> loadIncidents(
        const CliContext &context, const IncidentStore &store, const QList<qint64> &ids)
    {
        QList<ComparedIncident> incidents;
        for (const qint64 id : ids) {
            const auto record = store.incident(id);
            if (!record) {
                context.err << "incident-cli compare: " << store.errorString() << Qt::endl;
                return std::nullopt;
            }
            ComparedIncident incident { *record, {}, {} };
            Document document;
            QList<Fact> facts;
            if (!record->sourceDocumentIds.isEmpty()) {
                const qint64 documentId = record->sourceDocumentIds.first();
                const auto stored = store.document(documentId);
                const auto storedFacts = stored ? store.facts(documentId) : std::nullopt;
                if (!stored || !storedFacts) {
                    context.err << "incident-cli compare: " << store.errorString() << Qt::endl;
                    return std::nullopt;
                }
                document = *stored;
                facts = *storedFacts;
                incident.title = document.title();
            }
            incident.row = IncidentTimeline::rowFor(*record, document, facts);
            incidents.append(incident);
        }
        return incidents;
    }

    QJsonValue textOrNull(const QString &text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

    QJsonObject comparisonJson(const QString &database, const QList<ComparedIncident> &incidents,
        const RecordComparison &comparison, const IncidentTimeline &timeline)
    {
        QJsonArray records;
        for (int i = 0; i < incidents.size(); ++i) {
            const IncidentRecord &record = incidents.at(i).record;
            QJsonArray sources;
            for (const qint64 id : record.sourceDocumentIds) {
                sources.append(id);
            }
            records.append(QJsonObject { { QStringLiteral("letter"), RecordComparison::recordLetter(i) },
                { QStringLiteral("id"), record.id }, { QStringLiteral("name"), nameOf(record) },
                { QStringLiteral("review_status"), reviewStatusName(record.reviewStatus) },
                { QStringLiteral("source_document_ids"), sources },
                { QStringLiteral("title"), textOrNull(incidents.at(i).title) },
                { QStringLiteral("incident"), record.toContractJson() } });
        }
        QJsonArray fields;
        for (const FieldComparison &field : comparison.fields()) {
            QJsonArray values;
            for (const QString &value : field.values) {
                values.append(textOrNull(value));
            }
            QJsonObject object { { QStringLiteral("field"), field.field },
                { QStringLiteral("label"), RecordComparison::fieldLabel(field.field) },
                { QStringLiteral("agreement"), fieldAgreementName(field.agreement) },
                { QStringLiteral("values"), values }, { QStringLiteral("difference"), textOrNull(field.difference) } };
            if (!field.onlyIn.isEmpty()) {
                QJsonObject onlyIn;
                for (int i = 0; i < field.onlyIn.size(); ++i) {
                    onlyIn.insert(RecordComparison::recordLetter(i), QJsonArray::fromStringList(field.onlyIn.at(i)));
                }
                object.insert(QStringLiteral("common"), QJsonArray::fromStringList(field.common));
                object.insert(QStringLiteral("only_in"), onlyIn);
            }
            fields.append(object);
        }
        QJsonArray rows;
        for (int i = 0; i < timeline.rowCount(); ++i) {
            const TimelineRow &row = timeline.rows().at(i);
            QJsonArray points;
            for (const TimelinePoint &point : row.points) {
                const auto minutes = minutesAfterStart(row, point);
                points.append(QJsonObject { { QStringLiteral("kind"), timelinePointKindName(point.kind) },
                    { QStringLiteral("at"), point.at.toString(Qt::ISODate) },
                    { QStringLiteral("time"), point.timeText() },
                    { QStringLiteral("precision"), precisionName(point.precision) },
                    { QStringLiteral("minutes_after_start"),
                        minutes ? QJsonValue(*minutes) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("fact_id"),
                        point.factId > 0 ? QJsonValue(point.factId) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("evidence"), point.evidence } });
            }
            rows.append(QJsonObject { { QStringLiteral("letter"), RecordComparison::recordLetter(i) },
                { QStringLiteral("id"), row.incidentId }, { QStringLiteral("label"), row.label },
                { QStringLiteral("points"), points } });
        }
        return { { QStringLiteral("database"), database }, { QStringLiteral("incidents"), records },
            { QStringLiteral("fields"), fields }, { QStringLiteral("disagreements"), comparison.disagreementCount() },
            { QStringLiteral("timeline"),
                QJsonObject {
                    { QStringLiteral("scale"),
                        timeline.automaticScale() == IncidentTimeline::Scale::Elapsed ? QStringLiteral("elapsed")
                                                                                      : QStringLiteral("calendar") },
                    { QStringLiteral("rows"), rows } } } };
    }

    /// @p text in lines of at most @p width characters, broken at spaces; a longer word keeps a line of its own.
    QStringList wrap(const QString &text, int width)
    {
        QStringList lines;
        QString line;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            line += line.isEmpty() ? word : QLatin1Char(' ') + word;
        }
        lines.append(line);
        return lines;
    }

    void printComparison(QTextStream &out, const QString &database, const QList<ComparedIncident> &incidents,
        const RecordComparison &comparison, const IncidentTimeline &timeline)
    {
        out << "Comparing " << incidents.size() << " incidents of " << database << '\n';
        for (int i = 0; i < incidents.size(); ++i) {
            const IncidentRecord &record = incidents.at(i).record;
            out << "  " << RecordComparison::recordLetter(i) << ": incident " << record.id << ", " << nameOf(record)
                << " (" << reviewStatusName(record.reviewStatus) << ")";
            if (!incidents.at(i).title.isEmpty()) {
                out << " \u2014 " << incidents.at(i).title;
            }
            out << '\n';
        }
        out << '\n';

        // Value columns as wide as their widest cell up to maximumValueWidth; a longer value (a list of data
        // categories) wraps onto continuation lines, so nothing is cut off and the columns stay aligned. The
        // difference comes last, unpadded, on the field's first line.
        constexpr int maximumValueWidth = 30;
        constexpr int agreementWidth = 10; // "not stated"
        const QString notStated = QStringLiteral("\u2014");
        int fieldWidth = 5;
        for (const FieldComparison &field : comparison.fields()) {
            fieldWidth = std::max(fieldWidth, static_cast<int>(RecordComparison::fieldLabel(field.field).size()));
        }
        QList<int> valueWidths(incidents.size(), 1);
        for (const FieldComparison &field : comparison.fields()) {
            for (int i = 0; i < field.values.size() && i < valueWidths.size(); ++i) {
                valueWidths[i]
                    = std::clamp(static_cast<int>(field.values.at(i).size()), valueWidths.at(i), maximumValueWidth);
            }
        }
        const auto cell = [&out](const QString &text, int width) {
            out << qSetFieldWidth(width) << Qt::left << text << qSetFieldWidth(0) << "  ";
        };
        cell(QStringLiteral("field"), fieldWidth);
        for (int i = 0; i < incidents.size(); ++i) {
            cell(RecordComparison::recordLetter(i), valueWidths.at(i));
        }
        cell(QStringLiteral("agreement"), agreementWidth);
        out << "difference\n";
        for (const FieldComparison &field : comparison.fields()) {
            QList<QStringList> wrapped;
            qsizetype lineCount = 1;
            for (int i = 0; i < incidents.size(); ++i) {
                const QString value = i < field.values.size() ? field.values.at(i) : QString();
                wrapped.append(wrap(value.isEmpty() ? notStated : value, valueWidths.at(i)));
                lineCount = std::max(lineCount, wrapped.last().size());
            }
            for (qsizetype line = 0; line < lineCount; ++line) {
                cell(line == 0 ? RecordComparison::fieldLabel(field.field) : QString(), fieldWidth);
                for (int i = 0; i < incidents.size(); ++i) {
                    cell(line < wrapped.at(i).size() ? wrapped.at(i).at(line) : QString(), valueWidths.at(i));
                }
                if (line == 0) {
                    cell(fieldAgreementName(field.agreement), agreementWidth);
                    out << field.difference;
                }
                out << '\n';
            }
        }
        out << "Fields that differ or are missing: " << comparison.disagreementCount() << " of "
            << comparison.fields().size() << "\n\n";

        // The scale the compare window would pick: it says whether the rows' times can be read against one calendar.
        out << "Timeline (scale: "
            << (timeline.automaticScale() == IncidentTimeline::Scale::Elapsed ? "time since each start"
                                                                              : "shared calendar")
            << ")\n";
        for (int i = 0; i < timeline.rowCount(); ++i) {
            const TimelineRow &row = timeline.rows().at(i);
            out << "  " << RecordComparison::recordLetter(i) << ": " << row.label << '\n';
            if (row.points.isEmpty()) {
                out << "    no dated points\n";
            }
            for (const TimelinePoint &point : row.points) {
                const QString offset = offsetText(row, point);
                out << "    " << qSetFieldWidth(13) << Qt::left << timelinePointKindName(point.kind)
                    << qSetFieldWidth(17) << point.timeText() << qSetFieldWidth(0) << ' ' << qSetFieldWidth(30)
                    << (offset.isEmpty() ? QString() : QStringLiteral("(%1)").arg(offset)) << qSetFieldWidth(0)
                    << " \u201C" << point.evidence << "\u201D\n";
            }
        }
    }

    QJsonObject similarJson(
        const QString &database, const IncidentRecord &target, const QList<SimilarIncident> &similar)
    {
        QJsonArray ranked;
        for (int i = 0; i < similar.size(); ++i) {
            const SimilarIncident &candidate = similar.at(i);
            ranked.append(
                QJsonObject { { QStringLiteral("rank"), i + 1 }, { QStringLiteral("id"), candidate.record.id },
                    { QStringLiteral("name"), nameOf(candidate.record) }, { QStringLiteral("score"), candidate.score },
                    { QStringLiteral("reasons"), QJsonArray::fromStringList(candidate.reasons) } });
        }
        return { { QStringLiteral("database"), database },
            { QStringLiteral("incident"),
                QJsonObject { { QStringLiteral("id"), target.id }, { QStringLiteral("name"), nameOf(target) } } },
            { QStringLiteral("similar"), ranked } };
    }

    void printSimilar(
        QTextStream &out, const QString &database, const IncidentRecord &target, const QList<SimilarIncident> &similar)
    {
        out << "Incidents similar to incident " << target.id << " (" << nameOf(target) << ") in " << database << '\n';
        if (similar.isEmpty()) {
            out << "No other record shares a cause, data categories, the organization, a close date or wording with "
                   "it.\n";
            return;
        }
        int nameWidth = 4;
        for (const SimilarIncident &candidate : similar) {
            nameWidth = std::max(nameWidth, static_cast<int>(nameOf(candidate.record).size()));
        }
        out << qSetFieldWidth(4) << Qt::right << "rank" << qSetFieldWidth(0) << "  " << qSetFieldWidth(6) << "id"
            << qSetFieldWidth(0) << "  " << qSetFieldWidth(5) << "score" << qSetFieldWidth(0) << "  "
            << qSetFieldWidth(nameWidth) << Qt::left << "name" << qSetFieldWidth(0) << "  reasons\n";
        for (int i = 0; i < similar.size(); ++i) {
            const SimilarIncident &candidate = similar.at(i);
            out << qSetFieldWidth(4) << Qt::right << i + 1 << qSetFieldWidth(0) << "  " << qSetFieldWidth(6)
                << candidate.record.id << qSetFieldWidth(0) << "  " << qSetFieldWidth(5)
                << QString::number(candidate.score, 'f', 3) << qSetFieldWidth(0) << "  " << qSetFieldWidth(nameWidth)
                << Qt::left << nameOf(candidate.record) << qSetFieldWidth(0) << "  "
                << candidate.reasons.join(QStringLiteral("; ")) << '\n';
        }
    }

} // namespace

int runIncidentCompareCommand(const CliContext &context, const IncidentCompareOptions &options)
{
    if (options.automatic || options.databaseCount > 1) {
        context.err << "incident-cli compare: --incidents compares records of one store: give --db at most once, "
                       "without --automatic"
                    << Qt::endl;
        return 2;
    }
    if (!options.arguments.isEmpty()) {
        context.err << "incident-cli compare: unexpected argument '" << options.arguments.first()
                    << "'; name the incidents with --incidents ID,ID" << Qt::endl;
        return 2;
    }
    // The same id twice counts once, as in the compare window: a record compared with itself shows nothing.
    QList<qint64> ids;
    for (const QString &part : options.incidents.split(QLatin1Char(','))) {
        const auto id = parseId(part);
        if (!id) {
            context.err << "incident-cli compare: --incidents takes incident ids separated by commas (1,4), not '"
                        << options.incidents << "'" << Qt::endl;
            return 2;
        }
        if (!ids.contains(*id)) {
            ids.append(*id);
        }
    }
    if (ids.size() < 2) {
        context.err << "incident-cli compare: --incidents needs at least two different incident ids" << Qt::endl;
        return 2;
    }
    IncidentStore store;
    if (!openForReading(context, store, QStringLiteral("compare"))) {
        return 1;
    }
    const auto incidents = loadIncidents(context, store, ids);
    if (!incidents) {
        return 1;
    }
    QList<IncidentRecord> records;
    IncidentTimeline timeline;
    for (const ComparedIncident &incident : *incidents) {
        records.append(incident.record);
        timeline.addRow(incident.row);
    }
    const RecordComparison comparison(records);
    if (options.json) {
        context.out << QString::fromUtf8(QJsonDocument(comparisonJson(store.path(), *incidents, comparison, timeline))
                .toJson(QJsonDocument::Compact))
                    << '\n';
    } else {
        printComparison(context.out, store.path(), *incidents, comparison, timeline);
    }
    context.out.flush();
    return 0;
}

int runSimilarCommand(const CliContext &context, const SimilarOptions &options)
{
    if (options.arguments.size() != 1) {
        context.err << "incident-cli similar: name one incident id: incident-cli similar ID [--limit N]" << Qt::endl;
        return 2;
    }
    const auto id = parseId(options.arguments.first());
    if (!id) {
        context.err << "incident-cli similar: '" << options.arguments.first() << "' is not an incident id" << Qt::endl;
        return 2;
    }
    int limit = defaultSimilarLimit;
    if (!options.limit.isEmpty()) {
        bool ok = false;
        limit = options.limit.toInt(&ok);
        if (!ok || limit < 1) {
            context.err << "incident-cli similar: --limit must be a whole number of at least 1, not '" << options.limit
                        << "'" << Qt::endl;
            return 2;
        }
    }
    if (options.databaseCount > 1) {
        context.err << "incident-cli similar: give --db at most once" << Qt::endl;
        return 2;
    }
    IncidentStore store;
    if (!openForReading(context, store, QStringLiteral("similar"))) {
        return 1;
    }
    QString error;
    const auto target = store.incident(*id);
    const auto similar = target ? SimilarIncidents::find(store, *id, limit, &error) : std::nullopt;
    if (!similar) {
        context.err << "incident-cli similar: " << (target ? error : store.errorString()) << Qt::endl;
        return 1;
    }
    if (options.json) {
        context.out << QString::fromUtf8(
            QJsonDocument(similarJson(store.path(), *target, *similar)).toJson(QJsonDocument::Compact))
                    << '\n';
    } else {
        printSimilar(context.out, store.path(), *target, *similar);
    }
    context.out.flush();
    return 0;
}

} // namespace Iwb
