// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// Google Benchmark of the whole extraction pipeline (sentences, one Hyperscan
// pass, confirmation, normalization, negation, record) on the bundled sample
// articles, and of its parts. Run: build/dev/bin/bench_extraction
// Reports bytes/s (MB/s) and items/s (articles/s) per benchmark.

#include "document/documentimporter.h"
#include "extraction/extractionengine.h"

#include <QCoreApplication>
#include <QDir>

#include <benchmark/benchmark.h>

using namespace Iwb;

namespace {

const ExtractionEngine &engine()
{
    static ExtractionEngine instance;
    static const bool loaded = [] {
        QString error;
        if (!instance.load(&error)) {
            qFatal("cannot load the rules: %s", qPrintable(error));
        }
        return true;
    }();
    Q_UNUSED(loaded);
    return instance;
}

QList<Document> samples(const QString &languagePrefix)
{
    QList<Document> documents;
    const QDir dir(QStringLiteral(IWB_SOURCE_DIR "/resources/samples"));
    for (const QString &name : dir.entryList({ languagePrefix + QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        ImportResult result = DocumentImporter().importFile(dir.filePath(name));
        if (result.isValid()) {
            documents.append(result.document);
        }
    }
    return documents;
}

void runPipeline(benchmark::State &state, const QList<Document> &documents)
{
    qint64 bytes = 0;
    for (const Document &document : documents) {
        bytes += document.text().toUtf8().size();
    }
    for (auto _ : state) {
        for (const Document &document : documents) {
            benchmark::DoNotOptimize(engine().extract(document));
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(state.iterations() * documents.size());
}

void germanSamples(benchmark::State &state)
{
    static const QList<Document> documents = samples(QStringLiteral("de-"));
    runPipeline(state, documents);
}
BENCHMARK(germanSamples)->Unit(benchmark::kMillisecond);

void englishSamples(benchmark::State &state)
{
    static const QList<Document> documents = samples(QStringLiteral("en-"));
    runPipeline(state, documents);
}
BENCHMARK(englishSamples)->Unit(benchmark::kMillisecond);

/// One long article (all German samples repeated to about 1 MB): time must grow linearly.
void longGermanArticle(benchmark::State &state)
{
    static const QList<Document> documents = [] {
        QString text;
        const QList<Document> parts = samples(QStringLiteral("de-"));
        while (text.size() < 1000000) {
            for (const Document &part : parts) {
                text += part.text() + QStringLiteral("\n\n");
            }
        }
        Document document;
        document.setText(text);
        document.setLanguage(QStringLiteral("de"));
        document.setPublished(QStringLiteral("2026-01-16"));
        return QList<Document> { document };
    }();
    runPipeline(state, documents);
}
BENCHMARK(longGermanArticle)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Load the rules before any benchmark runs: compiling them for Hyperscan (when no cached
    // database fits) takes seconds, which the first benchmark would otherwise report.
    engine();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
