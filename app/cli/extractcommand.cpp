// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "extractcommand.h"

#include "clicontext.h"
#include "document/documentimporter.h"
#include "document/textdecoder.h"
#include "extraction/extractionengine.h"
#include "extraction/extractionjson.h"
#include "incident/factjson.h"
#include "storage/incidentstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Iwb {

namespace {

    bool isValidPublished(const QString &value)
    {
        static const QRegularExpression format(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
        return format.match(value).hasMatch();
    }

    QString describe(const Fact &fact)
    {
        const QString value = jsonValueText(fact.value);
        QString flags;
        if (fact.polarity == Polarity::Negative) {
            flags += QStringLiteral(" [negated]");
        }
        if (fact.certainty == Certainty::Uncertain) {
            flags += QStringLiteral(" [uncertain]");
        }
        return QStringLiteral("  %1 %2  \u201C%3\u201D -> %4%5")
            .arg(factTypeName(fact.type), -14)
            .arg(fact.start, 6)
            .arg(fact.text, value, flags);
    }

    void printSummary(QTextStream &out, const QString &path, const Document &document, const ExtractionResult &result)
    {
        out << path << " [" << result.language << "] " << document.title() << Qt::endl;
        for (const Fact &fact : result.facts) {
            out << describe(fact) << Qt::endl;
        }
        const QJsonObject record = result.record.toContractJson();
        out << "  record:" << Qt::endl;
        for (const QString &field : IncidentRecord::fieldNames()) {
            out << "    " << qSetFieldWidth(20) << Qt::left << field << qSetFieldWidth(0)
                << jsonValueText(record.value(field)) << Qt::endl;
        }
    }

    /// Saves the document, its new suggestions and a draft record; the analyst's
    /// decided facts and an existing record are left as they are. An article that
    /// states nothing about an incident (a storm report) gets no record: an empty
    /// draft would only fill the register and the exports with blank rows.
    bool storeResult(IncidentStore &store, Document &document, const ExtractionResult &result, QString *error)
    {
        const auto added = store.addDocument(document);
        if (!added) {
            *error = store.errorString();
            return false;
        }
        const auto existing = store.facts(added->id);
        if (!existing) {
            *error = store.errorString();
            return false;
        }
        QList<Fact> facts;
        for (const Fact &fact : *existing) {
            if (fact.isDecided()) {
                facts.append(fact);
            }
        }
        const qsizetype decidedCount = facts.size();
        QHash<qsizetype, qsizetype> indexToPosition;
        for (qsizetype i = 0; i < result.facts.size(); ++i) {
            const Fact &fact = result.facts.at(i);
            const auto sameAsDecided
                = std::find_if(facts.cbegin(), facts.cbegin() + decidedCount, [&fact](const Fact &decided) {
                      return decided.type == fact.type && decided.start == fact.start && decided.end == fact.end;
                  });
            if (sameAsDecided != facts.cbegin() + decidedCount) {
                indexToPosition.insert(i, sameAsDecided - facts.cbegin());
                continue;
            }
            indexToPosition.insert(i, facts.size());
            facts.append(fact);
        }
        if (!store.saveFacts(added->id, facts)) {
            *error = store.errorString();
            return false;
        }
        if (!result.record.statesAnything() || !store.incidentIdsForDocument(added->id).isEmpty()) {
            return true;
        }
        IncidentRecord record = result.record;
        record.sourceDocumentIds = { added->id };
        record.evidence.clear();
        for (auto it = result.record.evidence.cbegin(); it != result.record.evidence.cend(); ++it) {
            for (const qint64 index : it.value()) {
                record.evidence[it.key()].append(facts.at(indexToPosition.value(index)).id);
            }
        }
        if (!store.saveIncident(record)) {
            *error = store.errorString();
            return false;
        }
        return true;
    }

    qint64 peakMemoryKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly)) {
            return -1;
        }
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
        }
        return -1;
    }

} // namespace

bool loadModelFile(ExtractionEngine &engine, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    QString reason;
    auto classifier = FactClassifier::fromJson(json.object(), &reason);
    if (!classifier) {
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    engine.setClassifier(std::make_shared<const FactClassifier>(std::move(*classifier)));
    return true;
}

int runExtractCommand(const CliContext &context, const QStringList &paths, const ExtractOptions &options)
{
    if (paths.isEmpty()) {
        context.err << "incident-cli extract: name at least one file" << Qt::endl;
        return 2;
    }
    if (!options.language.isEmpty() && !ExtractionEngine::languages().contains(options.language)) {
        context.err << "incident-cli extract: --language must be one of "
                    << ExtractionEngine::languages().join(QStringLiteral(", ")) << Qt::endl;
        return 2;
    }
    if (!options.published.isEmpty() && !isValidPublished(options.published.left(10))) {
        context.err << "incident-cli extract: --published must be YYYY-MM-DD (or YYYY-MM, YYYY), not '"
                    << options.published << "'" << Qt::endl;
        return 2;
    }
    ExtractionEngine engine;
    QString error;
    if (!engine.load(&error, options.rulesRoot)
        || (!options.model.isEmpty() && !loadModelFile(engine, options.model, &error))) {
        context.err << "incident-cli extract: " << error << Qt::endl;
        return 1;
    }
    IncidentStore store;
    if (options.store && !context.openStore(store)) {
        return 1;
    }
    const DocumentImporter importer;
    int failed = 0;
    for (const QString &path : DocumentImporter::expandPaths(paths)) {
        ImportResult imported = importer.importFile(path);
        if (!imported.isValid()) {
            context.err << "incident-cli extract: " << imported.error << Qt::endl;
            ++failed;
            continue;
        }
        Document &document = imported.document;
        if (!options.published.isEmpty()) {
            document.setPublished(options.published.left(10));
        }
        const ExtractionResult result = engine.extract(document, options.language);
        if (options.json) {
            context.out << QString::fromUtf8(
                QJsonDocument(ExtractionJson::toJson(document, result, path)).toJson(QJsonDocument::Compact))
                        << '\n';
        } else {
            printSummary(context.out, path, document, result);
        }
        if (options.store && !storeResult(store, document, result, &error)) {
            context.err << "incident-cli extract: " << path << ": not stored: " << error << Qt::endl;
            ++failed;
        } else if (options.store && !options.json && !result.record.statesAnything()) {
            context.out << "  no incident stated: the article is stored without a record" << Qt::endl;
        }
    }
    context.out.flush();
    return failed > 0 ? 1 : 0;
}

int runBenchCommand(const CliContext &context, const QStringList &paths, const QString &rulesRoot,
    bool linesAreArticles, const QString &modelPath)
{
    if (paths.isEmpty()) {
        context.err << "incident-cli bench: name at least one file" << Qt::endl;
        return 2;
    }
    ExtractionEngine engine;
    QString error;
    if (!engine.load(&error, rulesRoot) || (!modelPath.isEmpty() && !loadModelFile(engine, modelPath, &error))) {
        context.err << "incident-cli bench: " << error << Qt::endl;
        return 1;
    }
    // Read in chunks of about this many bytes, split at line ends: memory stays flat however big the input.
    constexpr qint64 chunkBytes = 1 << 20;
    qint64 bytes = 0;
    qint64 articles = 0;
    qint64 facts = 0;
    qint64 nanoseconds = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << "incident-cli bench: " << path << ": cannot be read (" << file.errorString() << ")"
                        << Qt::endl;
            return 1;
        }
        QList<QByteArray> batch;
        qint64 batchBytes = 0;
        const auto runBatch = [&] {
            QList<Document> documents;
            if (linesAreArticles) {
                for (const QByteArray &line : std::as_const(batch)) {
                    Document document;
                    document.setText(QString::fromUtf8(line));
                    documents.append(document);
                }
            } else if (!batch.isEmpty()) {
                Document document;
                document.setText(TextDecoder::normalizeLineEndings(QString::fromUtf8(batch.join('\n'))));
                documents.append(document);
            }
            QElapsedTimer timer;
            timer.start();
            for (const Document &document : std::as_const(documents)) {
                facts += engine.extract(document).facts.size();
            }
            nanoseconds += timer.nsecsElapsed();
            articles += linesAreArticles ? documents.size() : 0;
            bytes += batchBytes;
            batch.clear();
            batchBytes = 0;
        };
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            if (line.endsWith('\n')) {
                line.chop(1);
            }
            if (linesAreArticles && line.trimmed().isEmpty()) {
                continue;
            }
            batchBytes += line.size() + 1;
            batch.append(line);
            if (batchBytes >= chunkBytes) {
                runBatch();
            }
        }
        runBatch();
        articles += linesAreArticles ? 0 : 1;
    }
    const double seconds = static_cast<double>(nanoseconds) / 1e9;
    const double megabytes = static_cast<double>(bytes) / 1e6;
    context.out << QStringLiteral("%1 MB, %2 articles, %3 facts in %4 s: %5 MB/s, %6 articles/s, peak memory %7 MB")
                       .arg(megabytes, 0, 'f', 2)
                       .arg(articles)
                       .arg(facts)
                       .arg(seconds, 0, 'f', 3)
                       .arg(seconds > 0 ? megabytes / seconds : 0.0, 0, 'f', 1)
                       .arg(seconds > 0 ? static_cast<double>(articles) / seconds : 0.0, 0, 'f', 0)
                       .arg(static_cast<double>(peakMemoryKiB()) / 1024.0, 0, 'f', 0)
                << Qt::endl;
    return 0;
}

} // namespace Iwb
