// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

#include "library/documentlistmodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "storage/incidentstore.h"

#include <QTest>

#include <memory>

/// What the widget tests share: a real workbench window on a store of their own, and the bundled samples.
namespace IwbTest {

/// A shown main window on the store at @p databasePath (created when missing); without @p engine it offers
/// no extraction. A test cannot go on without its window, so failures end the run.
inline std::unique_ptr<Iwb::MainWindow> openWorkbench(
    const QString &databasePath, std::shared_ptr<const Iwb::ExtractionEngine> engine = {})
{
    auto store = std::make_unique<Iwb::IncidentStore>();
    if (!store->open(databasePath)) {
        qFatal("cannot open the test store %s", qPrintable(databasePath));
    }
    auto window = std::make_unique<Iwb::MainWindow>(std::move(store), std::move(engine));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qFatal("window not exposed");
    }
    return window;
}

/// Imports the bundled samples (once; later calls find them stored) and opens the one whose title starts
/// with @p titleStart, as a click in the library would. Returns its document id, 0 when there is none.
inline qint64 openSampleArticle(Iwb::MainWindow &window, const QString &titleStart)
{
    window.importPaths({ QStringLiteral(IWB_SOURCE_DIR "/resources/samples") }, true);
    for (const Iwb::DocumentSummary &summary : window.store().documentSummaries()) {
        if (summary.title.startsWith(titleStart)) {
            window.library()->selectDocument(summary.id);
            return summary.id;
        }
    }
    return 0;
}

} // namespace IwbTest
