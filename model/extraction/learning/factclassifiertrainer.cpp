// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "factclassifiertrainer.h"

#include <linear.h>

#include <algorithm>
#include <memory>

namespace Iwb {

namespace {

    // LIBLINEAR prints its iterations to stdout unless told otherwise.
    void silent(const char *) { }

    struct ModelDeleter
    {
        void operator()(model *trained) const { free_and_destroy_model(&trained); }
    };

    // Every type seen, with a log-odds bias from its share of true facts: what a model learns from
    // examples of only one kind.
    QHash<QString, double> biasOnly(const QList<TrainingExample> &examples)
    {
        QHash<QString, double> weights;
        for (const TrainingExample &example : examples) {
            for (const QString &feature : example.features) {
                if (feature.endsWith(QLatin1String("|bias"))) {
                    weights.insert(feature, example.isFact ? 3.0 : -3.0);
                }
            }
        }
        return weights;
    }

} // namespace

FactClassifier FactClassifierTrainer::train(const QList<TrainingExample> &examples, ModelProvenance provenance) const
{
    provenance.trainingExamples = static_cast<int>(examples.size());
    const bool bothKinds = std::any_of(examples.cbegin(), examples.cend(), [](const auto &e) { return e.isFact; })
        && std::any_of(examples.cbegin(), examples.cend(), [](const auto &e) { return !e.isFact; });
    if (!bothKinds) {
        FactClassifier classifier(biasOnly(examples), provenance);
        classifier.setThreshold(threshold);
        return classifier;
    }

    // Columns: one per distinct feature, numbered from 1 as LIBLINEAR wants.
    QHash<QString, int> columns;
    QStringList names;
    std::vector<std::vector<feature_node>> rows(examples.size());
    std::vector<double> labels(examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i) {
        std::vector<feature_node> &row = rows[i];
        for (const QString &feature : examples.at(i).features) {
            auto it = columns.constFind(feature);
            if (it == columns.cend()) {
                names.append(feature);
                it = columns.insert(feature, static_cast<int>(names.size()));
            }
            row.push_back({ it.value(), 1.0 });
        }
        std::sort(
            row.begin(), row.end(), [](const feature_node &a, const feature_node &b) { return a.index < b.index; });
        row.erase(std::unique(row.begin(), row.end(),
                      [](const feature_node &a, const feature_node &b) { return a.index == b.index; }),
            row.end());
        row.push_back({ -1, 0.0 });
        labels[i] = examples.at(i).isFact ? 1.0 : -1.0;
    }
    std::vector<feature_node *> rowPointers(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        rowPointers[i] = rows[i].data();
    }
    problem data {};
    data.l = static_cast<int>(examples.size());
    data.n = static_cast<int>(names.size());
    data.y = labels.data();
    data.x = rowPointers.data();
    data.bias = -1; // each type has its own bias feature

    int weightLabels[] = { 1 };
    double classWeights[] = { positiveWeight };
    parameter settings {};
    settings.solver_type = L2R_LR;
    settings.eps = 0.01;
    settings.C = cost;
    settings.nr_weight = 1;
    settings.weight_label = weightLabels;
    settings.weight = classWeights;
    set_print_string_function(&silent);
    const std::unique_ptr<model, ModelDeleter> trained(::train(&data, &settings));

    // LIBLINEAR's binary weights favour its first label; ours is "is a fact".
    const double sign = trained->label[0] == 1 ? 1.0 : -1.0;
    QHash<QString, double> weights;
    weights.reserve(names.size());
    for (qsizetype column = 0; column < names.size(); ++column) {
        const double weight = sign * trained->w[column];
        if (weight != 0) {
            weights.insert(names.at(column), weight);
        }
    }
    FactClassifier classifier(std::move(weights), provenance);
    classifier.setThreshold(threshold);
    return classifier;
}

} // namespace Iwb
