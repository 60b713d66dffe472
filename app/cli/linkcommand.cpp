// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "linkcommand.h"

#include "clicontext.h"
#include "sources/sourcelinking.h"
#include "sources/sourcerecordbuilder.h"
#include "storage/incidentstore.h"
#include "storage/storeprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Iwb {

namespace {

    int usage(const CliContext &context, const QString &command, const QString &message)
    {
        context.err << "incident-cli " << command << ": " << message << Qt::endl;
        return 2;
    }

    int failure(const CliContext &context, const QString &command, const QString &message)
    {
        context.err << "incident-cli " << command << ": " << message << Qt::endl;
        return 1;
    }

    /// A positive store id, or nullopt.
    std::optional<qint64> parseId(const QString &text)
    {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }

    QString shortened(const QString &text, qsizetype length = 50)
    {
        return text.size() > length ? text.left(length - 1) + QChar(0x2026) : text;
    }

    QString nameOf(const IncidentRecord &record)
    {
        return record.organization.isEmpty() ? QStringLiteral("no organization") : record.organization;
    }

    QJsonArray idArray(const QList<qint64> &ids)
    {
        QJsonArray array;
        for (const qint64 id : ids) {
            array.append(id);
        }
        return array;
    }

    /// "[1,2]": ids as the JSON output writes them.
    QString idList(const QList<qint64> &ids)
    {
        return QString::fromLatin1(QJsonDocument(idArray(ids)).toJson(QJsonDocument::Compact));
    }

    int rulesFailure(const CliContext &context, const QString &command, const QString &error)
    {
        return failure(context, command,
            QStringLiteral("the rules for assembling the article's record could not be loaded: %1").arg(error));
    }

    QJsonObject evidenceJson(const IncidentRecord &record)
    {
        QJsonObject evidence;
        for (const QString &field : IncidentRecord::fieldNames()) {
            if (const QList<qint64> ids = record.evidence.value(field); !ids.isEmpty()) {
                evidence.insert(field, idArray(ids));
            }
        }
        return evidence;
    }

    /// The ids both commands take; a usage message when one is missing or not an id.
    struct LinkIds
    {
        qint64 document = 0;
        qint64 incident = 0;
    };

    std::optional<LinkIds> parseIds(
        const CliContext &context, const QString &command, const LinkOptions &options, int *exitCode)
    {
        *exitCode = 2;
        if (!options.arguments.isEmpty()) {
            usage(context, command,
                QStringLiteral(
                    "unexpected argument '%1'; name the article and the incident with --document ID --incident ID")
                    .arg(options.arguments.first()));
            return std::nullopt;
        }
        if (options.document.isEmpty() || options.incident.isEmpty()) {
            usage(context, command,
                QStringLiteral("name the article and the incident: %1 --document ID --incident ID").arg(command));
            return std::nullopt;
        }
        const auto document = parseId(options.document);
        if (!document) {
            usage(context, command,
                QStringLiteral("--document takes a document id (see incident-cli list), not '%1'")
                    .arg(options.document));
            return std::nullopt;
        }
        const auto incident = parseId(options.incident);
        if (!incident) {
            usage(context, command,
                QStringLiteral("--incident takes an incident record id, not '%1'").arg(options.incident));
            return std::nullopt;
        }
        return LinkIds { *document, *incident };
    }

    /// Opens the store only when it already is one: linking needs stored articles and records, and
    /// IncidentStore::open() would create a missing file (a mistyped --db).
    bool openExisting(const CliContext &context, IncidentStore &store, const QString &command)
    {
        QString error;
        if (!StoreProbe::isExistingStore(context.databasePath, &error)) {
            failure(context, command, error);
            return false;
        }
        if (!store.open(context.databasePath)) {
            failure(context, command, store.errorString());
            return false;
        }
        return true;
    }

    /// A stored article with its facts, the record it shows in the workbench (its first incident, or a blank
    /// one of its own) and every incident it is a source of.
    struct StoredArticle
    {
        Document document;
        QList<Fact> facts;
        QList<qint64> factIds; ///< the facts' store ids, in the order of facts: the evidence references used here
        IncidentRecord shown;
        QList<qint64> incidentIds;
    };

    std::optional<StoredArticle> loadArticle(const IncidentStore &store, qint64 documentId, QString *error)
    {
        const auto document = store.document(documentId);
        const auto facts = document ? store.facts(documentId) : std::nullopt;
        if (!document || !facts) {
            *error = store.errorString();
            return std::nullopt;
        }
        StoredArticle article { *document, *facts, {}, {}, store.incidentIdsForDocument(documentId) };
        for (const Fact &fact : std::as_const(article.facts)) {
            article.factIds.append(fact.id);
        }
        // As AnnotationSession::load: the article shows its first incident's record.
        if (!article.incidentIds.isEmpty()) {
            const auto record = store.incident(article.incidentIds.first());
            if (!record) {
                *error = store.errorString();
                return std::nullopt;
            }
            article.shown = *record;
        }
        if (article.shown.sourceDocumentIds.isEmpty()) {
            article.shown.sourceDocumentIds = { documentId };
        }
        return article;
    }

    /// Evidence by store fact id -> the references IncidentStore::saveAnnotations() takes: the article's own facts
    /// by their index in @p facts, other articles' facts as -id.
    IncidentRecord withSaveReferences(const IncidentRecord &record, const QList<Fact> &facts)
    {
        QHash<qint64, qint64> indexForId;
        for (qsizetype i = 0; i < facts.size(); ++i) {
            indexForId.insert(facts.at(i).id, i);
        }
        IncidentRecord result = record;
        for (auto it = result.evidence.begin(); it != result.evidence.end(); ++it) {
            for (qint64 &reference : it.value()) {
                reference = indexForId.contains(reference) ? indexForId.value(reference) : -reference;
            }
        }
        return result;
    }

    /// What becomes of another incident the article is a source of when it is saved to a different record
    /// (IncidentStore::OtherIncidents::Release): the record is deleted when the article is its only source.
    struct Released
    {
        qint64 incidentId = 0;
        bool deleted = false;
        QList<qint64> sourcesAfter;
    };

    std::optional<QList<Released>> releasedIncidents(
        const IncidentStore &store, const StoredArticle &article, qint64 keptIncidentId, QString *error)
    {
        QList<Released> released;
        for (const qint64 id : article.incidentIds) {
            if (id == keptIncidentId) {
                continue;
            }
            const auto record = store.incident(id);
            if (!record) {
                *error = store.errorString();
                return std::nullopt;
            }
            QList<qint64> after = record->sourceDocumentIds;
            after.removeAll(article.document.id());
            released.append({ id, after.isEmpty(), after });
        }
        return released;
    }

    QJsonArray releasedJson(const QList<Released> &released)
    {
        QJsonArray array;
        for (const Released &entry : released) {
            array.append(QJsonObject { { QStringLiteral("incident_id"), entry.incidentId },
                { QStringLiteral("action"), entry.deleted ? QStringLiteral("delete") : QStringLiteral("leave") },
                { QStringLiteral("source_document_ids"), idArray(entry.sourcesAfter) } });
        }
        return array;
    }

    /// Prints the one-line JSON report of link or unlink: the fields both have, then @p fields.
    void printJsonReport(const CliContext &context, const QString &command, bool dryRun, qint64 documentId,
        qint64 incidentId, const QJsonObject &fields)
    {
        QJsonObject report {
            { QStringLiteral("command"), command },
            { QStringLiteral("dry_run"), dryRun },
            { QStringLiteral("document_id"), documentId },
            { QStringLiteral("incident_id"), incidentId },
        };
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            report.insert(it.key(), it.value());
        }
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)) << Qt::endl;
    }

    void printReleased(const CliContext &context, const QList<Released> &released, bool dryRun)
    {
        for (const Released &entry : released) {
            if (entry.deleted) {
                context.out << (dryRun ? "would delete" : "deleted") << " incident " << entry.incidentId
                            << ": its only source was this article (its values are the article's side above)"
                            << Qt::endl;
            } else {
                context.out << "the article " << (dryRun ? "would leave" : "left") << " incident " << entry.incidentId
                            << " (sources now " << idList(entry.sourcesAfter) << ")" << Qt::endl;
            }
        }
    }

    /// Splits the values of --take and --both ("a,b" and repeated options) into field names, checking each.
    std::optional<QStringList> parseFields(
        const CliContext &context, const QString &option, const QStringList &values, bool listsOnly)
    {
        QStringList fields;
        for (const QString &value : values) {
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString field = part.trimmed();
                if (field.isEmpty() || fields.contains(field)) {
                    continue;
                }
                if (!IncidentRecord::fieldNames().contains(field)) {
                    usage(context, QStringLiteral("link"),
                        QStringLiteral("%1: '%2' is not a field of the incident record (fields: %3)")
                            .arg(option, field, IncidentRecord::fieldNames().join(QStringLiteral(", "))));
                    return std::nullopt;
                }
                if (listsOnly && !SourceConflicts::isListField(field)) {
                    usage(context, QStringLiteral("link"),
                        QStringLiteral(
                            "%1: '%2' holds one value; only the list fields data_exposed and data_not_exposed "
                            "can keep both sides (use --take, or leave it to keep the record's)")
                            .arg(option, field));
                    return std::nullopt;
                }
                fields.append(field);
            }
        }
        return fields;
    }

    QString kindName(SourceDifference kind)
    {
        return kind == SourceDifference::Fill ? QStringLiteral("fill") : QStringLiteral("conflict");
    }

    QString padded(const QString &text, qsizetype width)
    {
        return text.size() >= width ? text + QLatin1Char(' ') : text.leftJustified(width);
    }

} // namespace

int runLinkCommand(const CliContext &context, const LinkOptions &options)
{
    const QString command = QStringLiteral("link");
    int exitCode = 0;
    const auto ids = parseIds(context, command, options, &exitCode);
    if (!ids) {
        return exitCode;
    }
    const auto take = parseFields(context, QStringLiteral("--take"), options.take, false);
    const auto both = take ? parseFields(context, QStringLiteral("--both"), options.both, true) : std::nullopt;
    if (!take || !both) {
        return 2;
    }
    for (const QString &field : *take) {
        if (both->contains(field)) {
            return usage(
                context, command, QStringLiteral("'%1' is given to both --take and --both; choose one").arg(field));
        }
    }

    IncidentStore store;
    if (!openExisting(context, store, command)) {
        return 1;
    }
    QString error;
    const auto article = loadArticle(store, ids->document, &error);
    if (!article) {
        return failure(context, command, error);
    }
    auto target = store.incident(ids->incident);
    if (!target) {
        return failure(context, command, store.errorString());
    }
    if (target->sourceDocumentIds.contains(ids->document)) {
        return failure(context, command,
            QStringLiteral("document %1 is already a source of incident %2; nothing to link")
                .arg(ids->document)
                .arg(ids->incident));
    }

    SourceRecordBuilder builder;
    if (!options.rulesRoot.isEmpty() && !builder.load(&error, options.rulesRoot)) {
        return failure(context, command, error);
    }
    const auto side = SourceLinking::articleSide(
        article->shown, article->document, article->facts, article->factIds, builder, &error);
    if (!side) {
        return rulesFailure(context, command, error);
    }
    // Store ids name every fact here, the article's own and the incident's other articles' alike.
    const EvidenceFactLookup lookup
        = [&store](qint64 reference) { return reference > 0 ? store.fact(reference) : std::nullopt; };
    if (target->analyst.isEmpty()) {
        target->analyst = store.author(); // as the workbench's session does for a record without one
    }
    const LinkedRecord linked = SourceLinking::link(*target, *side, ids->document, lookup);

    QHash<QString, FieldResolution> choices = SourceLinking::defaultChoices(linked.differences);
    QStringList ignored;
    for (const auto &[fields, resolution] :
        { std::pair(*take, FieldResolution::Take), std::pair(*both, FieldResolution::Both) }) {
        for (const QString &field : fields) {
            if (choices.contains(field)) {
                choices.insert(field, resolution);
            } else {
                ignored.append(field);
            }
        }
    }
    IncidentRecord result = SourceLinking::resolve(linked.record, linked.articleSide, choices, lookup);
    const auto released = releasedIncidents(store, *article, ids->incident, &error);
    if (!released) {
        return failure(context, command, error);
    }
    for (const QString &field : std::as_const(ignored)) {
        context.err << "incident-cli link: " << field
                    << ": the article does not differ from the record here; nothing to decide" << Qt::endl;
    }

    if (!options.dryRun) {
        QList<Fact> facts = article->facts;
        IncidentRecord saved = withSaveReferences(result, facts);
        // As the workbench's save after linking: the article leaves the other records it was a source of.
        if (!store.saveAnnotations(ids->document, facts, saved, IncidentStore::OtherIncidents::Release)) {
            return failure(context, command, store.errorString());
        }
        result = saved;
    }

    const QJsonObject values = result.toContractJson();
    if (options.json) {
        QJsonArray differences;
        for (const FieldConflict &difference : linked.differences) {
            differences.append(QJsonObject { { QStringLiteral("field"), difference.field },
                { QStringLiteral("kind"), kindName(difference.kind) }, { QStringLiteral("record"), difference.current },
                { QStringLiteral("article"), difference.incoming },
                { QStringLiteral("decision"), resolutionName(choices.value(difference.field)) },
                { QStringLiteral("value"), values.value(difference.field) } });
        }
        printJsonReport(context, command, options.dryRun, ids->document, result.id,
            {
                { QStringLiteral("differences"), differences },
                { QStringLiteral("no_difference"), QJsonArray::fromStringList(ignored) },
                { QStringLiteral("incident"), values },
                { QStringLiteral("source_document_ids"), idArray(result.sourceDocumentIds) },
                { QStringLiteral("evidence"), evidenceJson(result) },
                { QStringLiteral("released"), releasedJson(*released) },
            });
        return 0;
    }

    context.out << (options.dryRun ? "Would link" : "Linked") << " document " << ids->document
                << QStringLiteral(" \u2018") << shortened(article->document.title())
                << QStringLiteral("\u2019 to incident ") << ids->incident << " (" << nameOf(*target) << ")" << Qt::endl;
    if (linked.differences.isEmpty()) {
        context.out << "No differences: where the article states a field, it agrees with the record." << Qt::endl;
    } else {
        // Columns as wide as their values, up to a limit: a long category list pushes only its own row.
        constexpr qsizetype widest = 40;
        qsizetype recordWidth = 6;
        qsizetype articleWidth = 7;
        for (const FieldConflict &difference : linked.differences) {
            recordWidth = std::clamp(SourceConflicts::displayText(difference.current).size(), recordWidth, widest);
            articleWidth = std::clamp(SourceConflicts::displayText(difference.incoming).size(), articleWidth, widest);
        }
        context.out << padded(QStringLiteral("FIELD"), 18) << padded(QStringLiteral("KIND"), 10)
                    << padded(QStringLiteral("RECORD"), recordWidth + 2)
                    << padded(QStringLiteral("ARTICLE"), articleWidth + 2) << "DECISION" << Qt::endl;
        for (const FieldConflict &difference : linked.differences) {
            const FieldResolution decision = choices.value(difference.field);
            context.out << padded(difference.field, 18) << padded(kindName(difference.kind), 10)
                        << padded(SourceConflicts::displayText(difference.current), recordWidth + 2)
                        << padded(SourceConflicts::displayText(difference.incoming), articleWidth + 2)
                        << resolutionName(decision) << QStringLiteral(" \u2192 ")
                        << SourceConflicts::displayText(values.value(difference.field)) << Qt::endl;
        }
    }
    context.out << "sources: " << idList(result.sourceDocumentIds) << Qt::endl;
    printReleased(context, *released, options.dryRun);
    if (options.dryRun) {
        context.out << "dry run: nothing written to " << store.path() << Qt::endl;
    } else {
        context.out << "saved incident " << result.id << " in " << store.path() << Qt::endl;
    }
    return 0;
}

int runUnlinkCommand(const CliContext &context, const LinkOptions &options)
{
    const QString command = QStringLiteral("unlink");
    int exitCode = 0;
    const auto ids = parseIds(context, command, options, &exitCode);
    if (!ids) {
        return exitCode;
    }
    if (!options.take.isEmpty() || !options.both.isEmpty()) {
        return usage(
            context, command, QStringLiteral("--take and --both belong to link; unlink keeps the incident's values"));
    }
    IncidentStore store;
    if (!openExisting(context, store, command)) {
        return 1;
    }
    QString error;
    const auto article = loadArticle(store, ids->document, &error);
    if (!article) {
        return failure(context, command, error);
    }
    const auto incident = store.incident(ids->incident);
    if (!incident) {
        return failure(context, command, store.errorString());
    }
    if (!incident->sourceDocumentIds.contains(ids->document)) {
        return failure(context, command,
            QStringLiteral("document %1 is not a source of incident %2; nothing to unlink")
                .arg(ids->document)
                .arg(ids->incident));
    }
    if (incident->sourceDocumentIds.size() < 2) {
        return failure(context, command,
            QStringLiteral("document %1 is the only source of incident %2; there is nothing to unlink it from")
                .arg(ids->document)
                .arg(ids->incident));
    }
    SourceRecordBuilder builder;
    if (!options.rulesRoot.isEmpty() && !builder.load(&error, options.rulesRoot)) {
        return failure(context, command, error);
    }
    auto own = SourceLinking::ownRecord(
        article->document, article->facts, article->factIds, store.author(), builder, &error);
    if (!own) {
        return rulesFailure(context, command, error);
    }
    // The new record is kept (id 0 until saved); every incident the article was a source of lets it go.
    const auto released = releasedIncidents(store, *article, 0, &error);
    if (!released) {
        return failure(context, command, error);
    }
    if (!options.dryRun) {
        QList<Fact> facts = article->facts;
        IncidentRecord saved = withSaveReferences(*own, facts);
        if (!store.saveAnnotations(ids->document, facts, saved, IncidentStore::OtherIncidents::Release)) {
            return failure(context, command, store.errorString());
        }
        own = saved;
    }
    if (options.json) {
        printJsonReport(context, command, options.dryRun, ids->document, ids->incident,
            {
                { QStringLiteral("own_incident_id"), own->id > 0 ? QJsonValue(own->id) : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("incident"), own->toContractJson() },
                { QStringLiteral("evidence"), evidenceJson(*own) },
                { QStringLiteral("released"), releasedJson(*released) },
            });
        return 0;
    }
    context.out << (options.dryRun ? "Would unlink" : "Unlinked") << " document " << ids->document
                << QStringLiteral(" \u2018") << shortened(article->document.title())
                << QStringLiteral("\u2019 from incident ") << ids->incident << " (" << nameOf(*incident) << ")"
                << Qt::endl;
    printReleased(context, *released, options.dryRun);
    if (options.dryRun) {
        context.out
            << "the article would get a record of its own, assembled from its facts; dry run: nothing written to "
            << store.path() << Qt::endl;
    } else {
        context.out << "the article's own record, assembled from its facts: incident " << own->id << " in "
                    << store.path() << Qt::endl;
    }
    return 0;
}

} // namespace Iwb
