// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The whole rule-pack loader on a pack with one file replaced by arbitrary bytes (rule packs can come
// from the internet): the word lists and the normalizers' vocabularies, settings and grammars (PCRE2).
// A pack loads and its normalizers read the phrases they are made for, or it is refused with a message
// that names the file. fuzz_wordlist covers one list's reader alone. The recognizers' compilation
// (FactFinder::create, Hyperscan) is left out: about a second per pack under ASan, too slow to fuzz;
// tst_pathological loads whole packs with hostile entries instead.

#include "extraction/normalizers/datenormalizer.h"
#include "extraction/normalizers/durationnormalizer.h"
#include "extraction/normalizers/numbernormalizer.h"
#include "extraction/normalizers/timenormalizer.h"
#include "extraction/rulepack.h"
#include "fuzzinput.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Iwb;

namespace {

QTemporaryDir *root = nullptr;
QString folder; // the German pack, copied
QStringList files; // its file names, sorted
QList<QByteArray> originals; // their bytes

void writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(folder).filePath(name));
    FUZZ_REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_REQUIRE(file.write(bytes) == bytes.size());
}

const QStringList phrases { QStringLiteral("27. Februar 2026"), QStringLiteral("rund 1.200"),
    QStringLiteral("mehr als zwei Millionen"), QStringLiteral("14:30 Uhr"), QStringLiteral("drei Stunden"),
    QStringLiteral("zwischen dem 3. und 5. März"), QStringLiteral("gegen 9 Uhr morgens") };

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    root = new QTemporaryDir;
    const QDir source(QStringLiteral(IWB_SOURCE_DIR "/resources/rules/de"));
    folder = root->filePath(QStringLiteral("de"));
    FUZZ_REQUIRE(QDir().mkpath(folder));
    files = source.entryList(QDir::Files, QDir::Name);
    for (const QString &name : std::as_const(files)) {
        QFile file(source.filePath(name));
        FUZZ_REQUIRE(file.open(QIODevice::ReadOnly));
        originals.append(file.readAll());
        writeFile(name, originals.last());
    }
    FUZZ_REQUIRE(!files.isEmpty());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const qsizetype replaced = input.byte() % files.size();
    writeFile(files.at(replaced), input.rest());

    QString error;
    const std::unique_ptr<RulePack> pack = RulePack::load(QStringLiteral("de"), folder, &error);
    if (!pack) {
        // Every refusal names the file (or the folder) it comes from.
        FUZZ_REQUIRE(error.startsWith(folder));
    } else {
        const QDate anchor(2026, 3, 2);
        for (const QString &phrase : phrases) {
            (void)pack->numbers().normalize(phrase);
            (void)pack->dates().normalize(phrase, anchor);
            (void)pack->times().normalize(phrase);
            (void)pack->durations().normalize(phrase, anchor);
        }
    }
    writeFile(files.at(replaced), originals.at(replaced));
    return 0;
}
