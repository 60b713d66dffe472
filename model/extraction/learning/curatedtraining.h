// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "factclassifiertrainer.h"

#include <optional>

namespace Iwb {

class ExtractionEngine;
class IncidentStore;

/// What training from a store found and made.
struct CuratedTrainingResult
{
    FactClassifier classifier;
    int articles = 0; ///< curated articles (at least one decided fact)
    int examples = 0; ///< labelled proposals
    int positives = 0;
};

/**
 * Trains the fact classifier from a store's curated articles: the rules run
 * again over each article that has a decided fact (accepted, rejected,
 * edited or hand-made), their proposals are labelled with the analyst's
 * decisions (CurationLabels::fromCurated), and the trainer learns from them.
 * Reads the store only; saving the model is the caller's choice.
 */
class CuratedTraining
{
public:
    /// Null when the store cannot be read; @p error says why.
    static std::optional<CuratedTrainingResult> train(const IncidentStore &store, const ExtractionEngine &engine,
        const FactClassifierTrainer &trainer, QString *error);
};

} // namespace Iwb
