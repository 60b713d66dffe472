// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "learncommand.h"

#include "clicontext.h"
#include "document/documentimporter.h"
#include "extraction/extractionengine.h"
#include "extraction/extractionjson.h"
#include "extraction/learning/casiecorpus.h"
#include "extraction/learning/crossvalidation.h"
#include "extraction/learning/curatedtraining.h"
#include "extraction/learning/recordcrossvalidation.h"
#include "storage/incidentstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace Iwb {

namespace {

    const QStringList scoredRows { QStringLiteral("count"), QStringLiteral("data_category"),
        QStringLiteral("date/time"), QStringLiteral("organization") };

    QString cell(double value)
    {
        return QString::number(value, 'f', 3);
    }

    bool writeModel(const CliContext &context, const FactClassifier &classifier, const QString &path)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(classifier.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            context.err << "incident-cli learn: " << path << ": cannot be written (" << file.errorString() << ")"
                        << Qt::endl;
            return false;
        }
        return true;
    }

    // Every labelled proposal as an SVMlight line "label qid:ARTICLE index:1 ...", for comparing learners
    // outside the program on exactly our features (docs/extraction.md#learning).
    bool writeExamples(
        const CliContext &context, const CrossValidation &validation, qsizetype articles, const QString &path)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << "incident-cli learn: " << path << ": cannot be written (" << file.errorString() << ")"
                        << Qt::endl;
            return false;
        }
        QHash<QString, int> columns;
        for (qsizetype article = 0; article < articles; ++article) {
            for (const TrainingExample &example : validation.examples({ article })) {
                QList<int> indexes;
                for (const QString &feature : example.features) {
                    indexes.append(columns.contains(feature)
                            ? columns.value(feature)
                            : columns.insert(feature, int(columns.size()) + 1).value());
                }
                std::sort(indexes.begin(), indexes.end());
                QByteArray line = example.isFact ? "1" : "0";
                line += " qid:" + QByteArray::number(article + 1);
                for (const int index : std::as_const(indexes)) {
                    line += ' ' + QByteArray::number(index) + ":1";
                }
                file.write(line + '\n');
            }
        }
        if (!file.commit()) {
            context.err << "incident-cli learn: " << path << ": cannot be written (" << file.errorString() << ")"
                        << Qt::endl;
            return false;
        }
        return true;
    }

    void printCurve(const CliContext &context, const QList<CurvePoint> &curve)
    {
        context.out << QStringLiteral("%1  %2  %3  %4 | %5 %6 %7 %8  (lenient F1 per row)\n")
                           .arg(QStringLiteral("trained on"), QStringLiteral("micro-F1"), QStringLiteral("P    "),
                               QStringLiteral("R    "), QStringLiteral("count"), QStringLiteral("data "),
                               QStringLiteral("date "), QStringLiteral("org  "));
        for (const CurvePoint &point : curve) {
            const SpanCounts micro = point.micro();
            QString label
                = point.trainingArticles == 0 ? QStringLiteral("0 (rules)") : QString::number(point.trainingArticles);
            context.out << label.leftJustified(10) << "  " << cell(micro.f1()) << "     " << cell(micro.precision())
                        << "  " << cell(micro.recall()) << " |";
            for (const QString &row : scoredRows) {
                context.out << ' ' << cell(point.rows.value(row).f1());
            }
            context.out << '\n';
        }
    }

    void printRows(const CliContext &context, const CurvePoint &point)
    {
        context.out
            << QStringLiteral("\nper row, trained on %1 articles per fold (lenient):\n").arg(point.trainingArticles);
        context.out << "row            gold  pred  match  P      R      F1\n";
        for (const QString &row : scoredRows) {
            const SpanCounts counts = point.rows.value(row);
            context.out << row.leftJustified(
                13) << QStringLiteral("%1 %2 %3  ").arg(counts.gold, 5).arg(counts.predicted, 5).arg(counts.matched, 5)
                        << cell(counts.precision()) << "  " << cell(counts.recall()) << "  " << cell(counts.f1())
                        << '\n';
        }
    }

    // The trainer with the options' settings; false (and the reason printed) for a bad value.
    bool trainerFrom(const CliContext &context, const LearnOptions &options, FactClassifierTrainer *trainer)
    {
        bool ok = true;
        if (!options.threshold.isEmpty()) {
            trainer->threshold = options.threshold.toDouble(&ok);
            if (!ok || trainer->threshold <= 0 || trainer->threshold >= 1) {
                context.err << "incident-cli learn: --threshold must lie between 0 and 1" << Qt::endl;
                return false;
            }
        }
        if (!options.positiveWeight.isEmpty()) {
            trainer->positiveWeight = options.positiveWeight.toDouble(&ok);
            if (!ok || trainer->positiveWeight <= 0) {
                context.err << "incident-cli learn: --positive-weight must be a positive number" << Qt::endl;
                return false;
            }
        }
        return true;
    }

    int evaluateSpans(const CliContext &context, const ExtractionEngine &engine, const LearnOptions &options, int folds)
    {
        QString error;
        const auto articles = CasieCorpus::read(options.gold, &error);
        if (!articles) {
            context.err << "incident-cli learn: " << error << Qt::endl;
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const CrossValidation validation(engine, *articles, CasieCorpus::types());
        const qint64 rulesMs = timer.elapsed();
        FactClassifierTrainer trainer;
        if (!trainerFrom(context, options, &trainer)) {
            return 2;
        }
        timer.restart();
        const QList<CurvePoint> curve = validation.learningCurve(folds, { 10, 25, 50, 100, 150, 200, 400 }, trainer);
        const qint64 curveMs = timer.elapsed();
        context.out << QStringLiteral("%1 articles from %2, %3-fold cross-validation, curation simulated "
                                      "(proposals overlapping gold accepted, the others rejected)\n\n")
                           .arg(articles->size())
                           .arg(options.gold)
                           .arg(folds);
        printCurve(context, curve);
        printRows(context, curve.last());

        QList<qsizetype> all(articles->size());
        std::iota(all.begin(), all.end(), 0);
        timer.restart();
        ModelProvenance provenance;
        provenance.trainingArticles = static_cast<int>(articles->size());
        provenance.trainedAt = QDateTime::currentDateTimeUtc();
        provenance.source = QDir(options.gold).dirName();
        const FactClassifier classifier = trainer.train(validation.examples(all), provenance);
        const qint64 trainMs = timer.elapsed();
        context.out << QStringLiteral("\nrules over all articles %1 ms; the curve %2 ms; training on all %3 "
                                      "articles (%4 examples, %5 features) %6 ms\n")
                           .arg(rulesMs)
                           .arg(curveMs)
                           .arg(articles->size())
                           .arg(classifier.provenance().trainingExamples)
                           .arg(classifier.featureCount())
                           .arg(trainMs);
        context.out.flush();
        if (!options.examples.isEmpty() && !writeExamples(context, validation, articles->size(), options.examples)) {
            return 1;
        }
        return options.out.isEmpty() || writeModel(context, classifier, options.out) ? 0 : 1;
    }

    // A folder of record gold: its first annotation has a "gold" object.
    bool isRecordGold(const QString &folder)
    {
        const QDir dir(folder);
        const QStringList annotations = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        if (annotations.isEmpty()) {
            return false;
        }
        QFile file(dir.filePath(annotations.first()));
        return file.open(QIODevice::ReadOnly)
            && QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("gold")).isObject();
    }

    std::optional<QList<RecordGoldArticle>> readRecordGold(const QString &folder, QString *error)
    {
        const QDir dir(folder);
        const DocumentImporter importer;
        QList<RecordGoldArticle> articles;
        for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
            const QString id = name.chopped(4);
            QFile annotation(dir.filePath(id + QStringLiteral(".json")));
            if (!annotation.exists()) {
                continue;
            }
            if (!annotation.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("%1: cannot be read (%2)").arg(annotation.fileName(), annotation.errorString());
                return std::nullopt;
            }
            const QJsonObject gold
                = QJsonDocument::fromJson(annotation.readAll()).object().value(QLatin1String("gold")).toObject();
            if (gold.isEmpty()) {
                *error = QStringLiteral("%1: no \"gold\" record").arg(annotation.fileName());
                return std::nullopt;
            }
            ImportResult imported = importer.importFile(dir.filePath(name));
            if (!imported.isValid()) {
                *error = imported.error;
                return std::nullopt;
            }
            articles.append({ id, imported.document, gold });
        }
        if (articles.isEmpty()) {
            *error = QStringLiteral("%1: no <id>.txt with <id>.json").arg(folder);
            return std::nullopt;
        }
        return articles;
    }

    int evaluateRecords(const CliContext &context, ExtractionEngine &engine, const LearnOptions &options, int folds)
    {
        if (options.pred.isEmpty()) {
            context.err << "incident-cli learn --evaluate: record gold is scored by score_records.py; name the "
                           "folder for the predictions with --pred DIR"
                        << Qt::endl;
            return 2;
        }
        QString error;
        const auto articles = readRecordGold(options.gold, &error);
        if (!articles) {
            context.err << "incident-cli learn: " << error << Qt::endl;
            return 1;
        }
        FactClassifierTrainer trainer;
        if (!trainerFrom(context, options, &trainer)) {
            return 2;
        }
        const RecordCrossValidation validation(engine, *articles);
        const auto predictions = validation.predictions(engine, folds, { 10, 20, 30, 50, 100 }, trainer);
        context.out << QStringLiteral("%1 articles from %2, %3-fold cross-validation of the record ranker\n")
                           .arg(articles->size())
                           .arg(options.gold)
                           .arg(folds);
        for (const auto &[n, results] : predictions) {
            const QDir out(QDir(options.pred).filePath(QString::number(n)));
            if (!QDir().mkpath(out.path())) {
                context.err << "incident-cli learn: " << out.path() << ": cannot be made" << Qt::endl;
                return 1;
            }
            for (qsizetype i = 0; i < articles->size(); ++i) {
                const RecordGoldArticle &article = articles->at(i);
                QSaveFile file(out.filePath(article.id + QStringLiteral(".json")));
                const QString path = QDir(options.gold).filePath(article.id + QStringLiteral(".txt"));
                if (!file.open(QIODevice::WriteOnly)
                    || file.write(QJsonDocument(ExtractionJson::toJson(article.document, results.at(i), path))
                               .toJson(QJsonDocument::Compact))
                        < 0
                    || !file.commit()) {
                    context.err << "incident-cli learn: " << file.fileName() << ": cannot be written ("
                                << file.errorString() << ")" << Qt::endl;
                    return 1;
                }
            }
            context.out << QStringLiteral("trained on %1 articles per fold%2: %3\n")
                               .arg(n)
                               .arg(n == 0 ? QStringLiteral(" (the rules alone)") : QString())
                               .arg(out.path());
        }
        context.out << "score each with: python3 ../shared/eval/score_records.py --gold " << options.gold
                    << " --pred DIR\n";
        QList<qsizetype> all(articles->size());
        std::iota(all.begin(), all.end(), 0);
        ModelProvenance provenance;
        provenance.trainingArticles = static_cast<int>(articles->size());
        provenance.trainedAt = QDateTime::currentDateTimeUtc();
        provenance.source = QDir(options.gold).dirName();
        const FactClassifier classifier = trainer.train(validation.examples(all), provenance);
        context.out.flush();
        return options.out.isEmpty() || writeModel(context, classifier, options.out) ? 0 : 1;
    }

    int trainFromStore(const CliContext &context, const ExtractionEngine &engine, const LearnOptions &options)
    {
        IncidentStore store;
        if (!context.openStore(store)) {
            return 1;
        }
        QString error;
        QElapsedTimer timer;
        timer.start();
        FactClassifierTrainer trainer;
        if (!trainerFrom(context, options, &trainer)) {
            return 2;
        }
        const auto trained = CuratedTraining::train(store, engine, trainer, &error);
        if (!trained) {
            context.err << "incident-cli learn: " << error << Qt::endl;
            return 1;
        }
        if (trained->examples == 0 && trained->spanExamples == 0) {
            context.err << "incident-cli learn: no curated article in " << context.databasePath
                        << " (accept or reject facts first)" << Qt::endl;
            return 1;
        }
        const auto version = store.addExtractionModel(CuratedTraining::storedModel(*trained));
        if (!version) {
            context.err << "incident-cli learn: " << store.errorString() << Qt::endl;
            return 1;
        }
        context.out << QStringLiteral("model version %1: %2 curated articles, %3 decisions (%4 facts, %5 rejected), "
                                      "%6 tokens for the name tagger, %7 features, trained in %8 ms\n")
                           .arg(*version)
                           .arg(trained->articles)
                           .arg(trained->examples)
                           .arg(trained->positives)
                           .arg(trained->examples - trained->positives)
                           .arg(trained->spanExamples)
                           .arg(trained->classifier.featureCount())
                           .arg(timer.elapsed());
        context.out.flush();
        return options.out.isEmpty() || writeModel(context, trained->classifier, options.out) ? 0 : 1;
    }

} // namespace

int runLearnCommand(const CliContext &context, const LearnOptions &options)
{
    if (options.evaluate && options.gold.isEmpty()) {
        context.err << "incident-cli learn --evaluate: name the gold folder with --gold DIR" << Qt::endl;
        return 2;
    }
    ExtractionEngine engine;
    QString error;
    if (!engine.load(&error, options.rulesRoot)) {
        context.err << "incident-cli learn: " << error << Qt::endl;
        return 1;
    }
    if (!options.evaluate) {
        return trainFromStore(context, engine, options);
    }
    bool foldsOk = true;
    const int folds = options.folds.isEmpty() ? 5 : options.folds.toInt(&foldsOk);
    if (!foldsOk || folds < 2) {
        context.err << "incident-cli learn: --folds must be a number of at least 2" << Qt::endl;
        return 2;
    }
    return isRecordGold(options.gold) ? evaluateRecords(context, engine, options, folds)
                                      : evaluateSpans(context, engine, options, folds);
}

} // namespace Iwb
