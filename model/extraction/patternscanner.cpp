// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "patternscanner.h"

#include <QRegularExpression>

#include <hs/hs.h>

#include <mutex>
#include <vector>

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

int collectHit(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/, void *context)
{
    static_cast<QList<ScanHit> *>(context)->append({static_cast<int>(id), static_cast<qsizetype>(to)});
    return 0; // keep scanning
}

} // namespace

struct PatternScanner::Private {
    QStringList patterns;
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

int PatternScanner::addPattern(const QString &pattern)
{
    d->patterns.append(pattern);
    return static_cast<int>(d->patterns.size() - 1);
}

int PatternScanner::patternCount() const
{
    return static_cast<int>(d->patterns.size());
}

bool PatternScanner::compile(QString *error)
{
    std::vector<QByteArray> expressions;
    std::vector<const char *> pointers;
    std::vector<unsigned int> flags;
    std::vector<unsigned int> ids;
    for (qsizetype i = 0; i < d->patterns.size(); ++i) {
        expressions.push_back(toHyperscanSyntax(d->patterns.at(i)));
        flags.push_back(HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY);
        ids.push_back(static_cast<unsigned int>(i));
    }
    for (const QByteArray &expression : expressions) {
        pointers.push_back(expression.constData());
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
    hs_scan(d->database.get(), utf8.constData(), static_cast<unsigned int>(utf8.size()), 0, scratch, collectHit, &hits);
    d->giveBack(scratch);
    return hits;
}

} // namespace Iwb
