// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The extraction engine (the built-in German and English rule packs) on arbitrary text: every fact
// lies inside the text and quotes it exactly, and the record's evidence names facts that exist.

#include "document/document.h"
#include "extraction/extractionengine.h"
#include "fuzzinput.h"

#include <QCoreApplication>

using namespace Iwb;

namespace {
ExtractionEngine *engine = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    engine = new ExtractionEngine;
    QString error;
    if (!engine->load(&error, QStringLiteral(IWB_SOURCE_DIR "/resources/rules"))) {
        qFatal("cannot load the rules: %s", qPrintable(error));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QString language = (input.byte() & 1) ? QStringLiteral("de") : QStringLiteral("en");
    Document document;
    document.setText(QString::fromUtf8(input.rest()));
    const ExtractionResult result = engine->extract(document, language);
    const QString &text = document.text();
    for (const Fact &fact : result.facts) {
        FUZZ_REQUIRE(fact.start >= 0 && fact.start < fact.end && fact.end <= text.size());
        FUZZ_REQUIRE(fact.text == text.mid(fact.start, fact.end - fact.start));
    }
    // The draft record's evidence holds indices into the facts.
    for (auto it = result.record.evidence.cbegin(); it != result.record.evidence.cend(); ++it) {
        for (const qint64 index : it.value()) {
            FUZZ_REQUIRE(index >= 0 && index < result.facts.size());
        }
    }
    return 0;
}
