// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>

namespace Iwb {

struct CliContext;

struct LearnOptions
{
    bool evaluate = false; ///< cross-validate on --gold instead of training from the store
    QString gold; ///< a folder of CASIE <id>.txt/<id>.json
    QString folds; ///< k of the k-fold cross-validation (default 5)
    QString out; ///< also write the model as JSON here
    QString examples; ///< --evaluate: also write every labelled proposal in SVMlight form (qid = article) here
    QString pred; ///< --evaluate on record gold: write each training size's predictions to PRED/<n>/<id>.json
    QString threshold; ///< the probability from which a proposal is a fact (default 0.5)
    QString positiveWeight; ///< the weight of true facts against rejected ones in training (default 1)
    QString rulesRoot;
};

/// `incident-cli learn --db STORE [--out FILE]`: trains the fact classifier from the store's curated
/// articles and keeps it in the store as its newest model.
/// `incident-cli learn --evaluate --gold DIR [--folds K] [--out FILE]`: k-fold cross-validation with the
/// curation simulated, printed as a learning curve; --out writes the model trained on all of DIR.
/// A folder of record gold (<id>.txt with <id>.json holding "gold", as ../shared/corpus/de-dev) trains
/// the record ranker instead and writes the cross-validated `extract --json` output to --pred DIR/<n>/.
int runLearnCommand(const CliContext &context, const LearnOptions &options);

} // namespace Iwb
