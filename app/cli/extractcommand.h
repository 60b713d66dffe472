// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Iwb {

struct CliContext;

struct ExtractOptions
{
    bool json = false;
    QString language; ///< empty: detect
    QString published; ///< empty: from the document
    QString rulesRoot; ///< empty: user data folder, then built-in
    QString model; ///< a learned model's JSON (learn --out); empty: the rules alone
    bool store = false; ///< also save documents, facts and draft records (a record only when it states something)
};

/// `incident-cli extract [--json] [--language de|en] [--published DATE] [--rules DIR] [--db FILE] FILES...`.
/// One JSON object per file (JSON Lines) or a readable summary; a bad file gets an
/// error and the rest are still processed. Returns 0, or 1 when any file failed.
int runExtractCommand(const CliContext &context, const QStringList &paths, const ExtractOptions &options);

/// `incident-cli bench [--lines] FILES...`: runs the whole pipeline over the files, streamed in
/// chunks, and reports MB/s, articles/s and peak memory. With --lines every line is an article.
int runBenchCommand(const CliContext &context, const QStringList &paths, const QString &rulesRoot,
    bool linesAreArticles, const QString &modelPath = {});

class ExtractionEngine;
/// Loads the model at @p path (learn --out's JSON) into @p engine; false with the reason in @p error.
bool loadModelFile(ExtractionEngine &engine, const QString &path, QString *error);

} // namespace Iwb
