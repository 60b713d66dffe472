// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// DocxText on arbitrary bytes as word/document.xml and as docProps/core.xml (the XML the Word
// reader unpacks): text or a reason; the text has no CR; dates are ISO dates (YYYY, YYYY-MM or
// YYYY-MM-DD, as W3CDTF allows) or empty.

#include "document/docxtext.h"
#include "fuzzinput.h"

#include <QRegularExpression>

using namespace Iwb;

namespace {

bool isIsoDateOrEmpty(const QString &date)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    return date.isEmpty() || iso.match(date).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const DocxBody body = DocxText::readDocument(input.bytes());
    if (body.isValid()) {
        FUZZ_REQUIRE(!body.text.contains(QLatin1Char('\r')));
    } else {
        FUZZ_REQUIRE(body.text.isEmpty());
    }
    const DocxCoreProperties core = DocxText::readCoreProperties(input.bytes());
    FUZZ_REQUIRE(isIsoDateOrEmpty(core.created));
    FUZZ_REQUIRE(isIsoDateOrEmpty(core.modified));
    return 0;
}
