// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The rule-pack word-list reader on arbitrary files (rule packs can come from the internet): a list
// loads or is refused with "file:line: problem"; a loaded list answers for its own keys and builds
// a regex alternation that compiles.

#include "extraction/wordlist.h"
#include "fuzzinput.h"

#include <QRegularExpression>

using namespace Iwb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const bool restricted = input.byte() & 1;
    const QString text = QString::fromUtf8(input.rest());
    QString error;
    const QStringList allowed
        = restricted ? QStringList { QStringLiteral("pre"), QStringLiteral("post") } : QStringList {};
    const std::optional<WordList> list = WordList::parse(text, QStringLiteral("fuzz.tsv"), &error, allowed);
    if (!list) {
        FUZZ_REQUIRE(error.startsWith(QLatin1String("fuzz.tsv")));
        return 0;
    }
    for (const QString &key : list->keys()) {
        FUZZ_REQUIRE(list->contains(key));
        FUZZ_REQUIRE(list->value(key).has_value());
    }
    if (!list->isEmpty()) {
        const QRegularExpression alternation(list->alternation());
        FUZZ_REQUIRE(alternation.isValid());
    }
    return 0;
}
