// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "patternscanner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <hs/hs.h>

#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcScanner, "iwb.extraction.scanner", QtWarningMsg)

namespace Iwb {

namespace {

struct DatabaseDeleter {
    void operator()(hs_database_t *database) const { hs_free_database(database); }
};
struct ScratchDeleter {
    void operator()(hs_scratch_t *scratch) const { hs_free_scratch(scratch); }
};

/// The pattern as Hyperscan accepts it for prefiltering: named groups become plain
/// groups, and word boundaries go (Hyperscan refuses \\b with Unicode properties).
/// Dropping an assertion only widens what matches, which a prefilter may do.
QByteArray toHyperscanSyntax(const QString &pattern)
{
    static const QRegularExpression namedGroup(QStringLiteral("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>"));
    static const QRegularExpression wordBoundary(QStringLiteral("(?<!\\\\)((?:\\\\\\\\)*)\\\\[bB]"));
    QString converted = pattern;
    converted.replace(namedGroup, QStringLiteral("("));
    converted.replace(wordBoundary, QStringLiteral("\\1"));
    return converted.toUtf8();
}

struct ScanContext {
    QList<ScanHit> *hits;
    const QList<bool> *exact;
};

int collectHit(unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/, void *context)
{
    const auto *scan = static_cast<ScanContext *>(context);
    scan->hits->append({static_cast<int>(id), static_cast<qsizetype>(to), scan->exact->at(id) ? static_cast<qsizetype>(from) : -1});
    return 0; // keep scanning
}

} // namespace

struct PatternScanner::Private {
    QStringList patterns;
    QList<bool> exact;
    std::unique_ptr<hs_database_t, DatabaseDeleter> database;
    // Scratch space is per scan; this prototype is cloned for each call.
    std::unique_ptr<hs_scratch_t, ScratchDeleter> scratchPrototype;
    mutable std::mutex scratchPoolMutex;
    mutable std::vector<hs_scratch_t *> scratchPool;

    ~Private()
    {
        for (hs_scratch_t *scratch : scratchPool) {
            hs_free_scratch(scratch);
        }
    }

    hs_scratch_t *takeScratch() const
    {
        {
            std::lock_guard lock(scratchPoolMutex);
            if (!scratchPool.empty()) {
                hs_scratch_t *scratch = scratchPool.back();
                scratchPool.pop_back();
                return scratch;
            }
        }
        hs_scratch_t *scratch = nullptr;
        hs_clone_scratch(scratchPrototype.get(), &scratch);
        return scratch;
    }

    void giveBack(hs_scratch_t *scratch) const
    {
        std::lock_guard lock(scratchPoolMutex);
        scratchPool.push_back(scratch);
    }
};

PatternScanner::PatternScanner()
    : d(std::make_unique<Private>())
{
}

PatternScanner::~PatternScanner() = default;
PatternScanner::PatternScanner(PatternScanner &&) noexcept = default;
PatternScanner &PatternScanner::operator=(PatternScanner &&) noexcept = default;

int PatternScanner::addPattern(const QString &pattern, Mode mode)
{
    d->patterns.append(pattern);
    d->exact.append(mode == Mode::Exact);
    return static_cast<int>(d->patterns.size() - 1);
}

int PatternScanner::patternCount() const
{
    return static_cast<int>(d->patterns.size());
}

namespace {

constexpr unsigned int prefilterFlags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY;
constexpr unsigned int exactFlags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST;

QString cacheFileFor(const QString &folder, const QStringList &patterns, const QList<bool> &exact)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(hs_version()));
    hash.addData(QByteArray(QByteArray::number(prefilterFlags) + ' ' + QByteArray::number(exactFlags)));
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        hash.addData(exact.at(i) ? QByteArrayView("E") : QByteArrayView("P"));
        hash.addData(patterns.at(i).toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return folder + QStringLiteral("/") + QString::fromLatin1(hash.result().toHex().left(32)) + QStringLiteral(".hsdb");
}

hs_database_t *loadCached(const QString &file)
{
    QFile cached(file);
    if (!cached.open(QIODevice::ReadOnly)) {
        return nullptr;
    }
    const QByteArray bytes = cached.readAll();
    hs_database_t *database = nullptr;
    // A database from another Hyperscan build or CPU is refused here and compiled anew.
    if (hs_deserialize_database(bytes.constData(), static_cast<size_t>(bytes.size()), &database) != HS_SUCCESS) {
        return nullptr;
    }
    return database;
}

void storeCached(const QString &file, const hs_database_t *database)
{
    char *bytes = nullptr;
    size_t length = 0;
    if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) {
        return;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(bytes, static_cast<qint64>(length));
        out.commit();
    }
    free(bytes);
}

} // namespace

bool PatternScanner::compile(QString *error, const QString &cacheFolder)
{
    const QString cacheFile = cacheFolder.isEmpty() ? QString() : cacheFileFor(cacheFolder, d->patterns, d->exact);
    if (!cacheFile.isEmpty()) {
        if (hs_database_t *cached = loadCached(cacheFile)) {
            d->database.reset(cached);
            hs_scratch_t *scratch = nullptr;
            if (hs_alloc_scratch(cached, &scratch) == HS_SUCCESS) {
                d->scratchPrototype.reset(scratch);
                return true;
            }
            d->database.reset();
        }
    }
    std::vector<QByteArray> expressions;
    std::vector<const char *> pointers;
    std::vector<unsigned int> flags;
    std::vector<unsigned int> ids;
    for (qsizetype i = 0; i < d->patterns.size(); ++i) {
        expressions.push_back(toHyperscanSyntax(d->patterns.at(i)));
        flags.push_back(d->exact.at(i) ? exactFlags : prefilterFlags);
        ids.push_back(static_cast<unsigned int>(i));
    }
    for (const QByteArray &expression : expressions) {
        pointers.push_back(expression.constData());
    }
    // QT_LOGGING_RULES="iwb.extraction.scanner.debug=true" shows what each pattern costs to compile.
    if (lcScanner().isDebugEnabled()) {
        for (std::size_t i = 0; i < pointers.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            hs_database_t *single = nullptr;
            hs_compile_error_t *singleError = nullptr;
            const bool ok = hs_compile(pointers[i], flags[i], HS_MODE_BLOCK, nullptr, &single, &singleError) == HS_SUCCESS;
            qCDebug(lcScanner) << "pattern" << i << (ok ? "compiles in" : "fails after") << timer.elapsed() << "ms,"
                               << expressions[i].size() << "bytes";
            ok ? hs_free_database(single) : hs_free_compile_error(singleError);
        }
    }
    hs_database_t *database = nullptr;
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_multi(pointers.data(), flags.data(), ids.data(), static_cast<unsigned int>(pointers.size()), HS_MODE_BLOCK,
                         nullptr, &database, &compileError)
        != HS_SUCCESS) {
        *error = QStringLiteral("pattern %1 (%2): %3")
                     .arg(compileError->expression)
                     .arg(compileError->expression >= 0 ? d->patterns.value(compileError->expression).left(80) : QString(),
                          QString::fromUtf8(compileError->message));
        hs_free_compile_error(compileError);
        return false;
    }
    d->database.reset(database);
    hs_scratch_t *scratch = nullptr;
    if (hs_alloc_scratch(database, &scratch) != HS_SUCCESS) {
        *error = QStringLiteral("cannot allocate Hyperscan scratch space");
        return false;
    }
    d->scratchPrototype.reset(scratch);
    if (!cacheFile.isEmpty()) {
        storeCached(cacheFile, database);
    }
    return true;
}

bool PatternScanner::isCompiled() const
{
    return d->database != nullptr;
}

QList<ScanHit> PatternScanner::scan(const QByteArray &utf8) const
{
    QList<ScanHit> hits;
    if (!d->database || utf8.isEmpty()) {
        return hits;
    }
    hs_scratch_t *scratch = d->takeScratch();
    ScanContext context{&hits, &d->exact};
    hs_scan(d->database.get(), utf8.constData(), static_cast<unsigned int>(utf8.size()), 0, scratch, collectHit, &context);
    d->giveBack(scratch);
    return hits;
}

} // namespace Iwb
