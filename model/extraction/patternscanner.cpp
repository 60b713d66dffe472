// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "patternscanner.h"

#include "patternreverser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <hs/hs.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstring>
#include <mutex>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcScanner, "iwb.extraction.scanner", QtWarningMsg)

namespace Iwb {

namespace {

    /// Hyperscan fails a scan only when something is broken (no memory, a scratch used by two threads
    /// at once): the scan's hits so far are kept, and the failure is logged with what was scanned, so a
    /// missing fact has a trace instead of a silent gap.
    void checkScan(hs_error_t result, const char *what)
    {
        if (result != HS_SUCCESS && result != HS_SCAN_TERMINATED) {
            qCWarning(lcScanner) << "Hyperscan could not scan" << what << "(error" << result << ")";
        }
    }

    struct DatabaseDeleter
    {
        void operator()(hs_database_t *database) const { hs_free_database(database); }
    };
    struct ScratchDeleter
    {
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

    /// Whether @p expression is only literal words in an alternation ("(?:Datenleck|Daten\-Panne)").
    /// Hyperscan knows where such a match starts from the word's length: tracking starts costs it
    /// almost nothing, unlike for patterns with repeats, and saves a backwards scan for every hit.
    bool isLiteralAlternation(const QByteArray &expression)
    {
        for (qsizetype i = 0; i < expression.size(); ++i) {
            const char c = expression.at(i);
            if (c == '\\') {
                if (i + 1 >= expression.size() || std::isalnum(static_cast<unsigned char>(expression.at(i + 1)))) {
                    return false; // a class such as \d or \s, or a broken escape
                }
                ++i;
            } else if (c == '(') {
                if (!expression.mid(i).startsWith("(?:")) {
                    return false;
                }
                i += 2;
            } else if (c == 0 || std::strchr(".[]*+?{}^$", c)) {
                return false;
            }
        }
        return true;
    }

    /// @p offset moved back to the start of the character it falls in (Hyperscan wants whole characters).
    qsizetype characterStartAtOrBefore(const QByteArray &utf8, qsizetype offset)
    {
        while (offset > 0 && offset < utf8.size() && (static_cast<unsigned char>(utf8.at(offset)) & 0xC0) == 0x80) {
            --offset;
        }
        return offset;
    }

    /// @p offset moved on to the start of the next character if it falls inside one.
    qsizetype characterStartAtOrAfter(const QByteArray &utf8, qsizetype offset)
    {
        while (offset < utf8.size() && (static_cast<unsigned char>(utf8.at(offset)) & 0xC0) == 0x80) {
            ++offset;
        }
        return offset;
    }

    struct ScanContext
    {
        QList<ScanHit> *hits;
        const QList<bool> *tracksStart; // per pattern: compiled with start-of-match tracking
        bool longRepeats = false; // a long-repeat pattern matched
    };

    int collectHit(
        unsigned int id, unsigned long long from, unsigned long long to, unsigned int /*flags*/, void *context)
    {
        auto *scan = static_cast<ScanContext *>(context);
        if (id >= static_cast<unsigned int>(scan->tracksStart->size())) {
            scan->longRepeats = true;
            return 0;
        }
        scan->hits->append({ static_cast<int>(id), static_cast<qsizetype>(to),
            scan->tracksStart->at(id) ? static_cast<qsizetype>(from) : -1 });
        return 0; // keep scanning
    }

    /// For a reversed pattern: its longest match, in bytes.
    int collectLongest(
        unsigned int /*id*/, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/, void *context)
    {
        auto &longest = *static_cast<qsizetype *>(context);
        longest = std::max(longest, static_cast<qsizetype>(to));
        return 0;
    }

    /// Expressions for one Hyperscan database.
    struct Expressions
    {
        std::vector<QByteArray> expressions;
        std::vector<unsigned int> flags;
        std::vector<unsigned int> ids;

        void add(const QByteArray &expression, unsigned int flag, unsigned int id)
        {
            expressions.push_back(expression);
            flags.push_back(flag);
            ids.push_back(id);
        }
    };

    constexpr unsigned int prefilterFlags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY;
    constexpr unsigned int exactFlags = HS_FLAG_CASELESS | HS_FLAG_UTF8;
    constexpr unsigned int startTrackingFlags = exactFlags | HS_FLAG_SOM_LEFTMOST;

    QString cacheFileFor(
        const QString &folder, const Expressions &expressions, const QString &suffix = QStringLiteral(".hsdb"))
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayView(hs_version()));
        for (std::size_t i = 0; i < expressions.expressions.size(); ++i) {
            hash.addData(QByteArray(
                QByteArray::number(expressions.flags[i]) + ' ' + QByteArray::number(expressions.ids[i]) + ' '));
            hash.addData(expressions.expressions[i]);
            hash.addData(QByteArrayView("\0", 1));
        }
        return folder + QStringLiteral("/") + QString::fromLatin1(hash.result().toHex().left(32)) + suffix;
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

    /// Compiles @p expressions (or loads them from the cache); nullptr, the index of the expression
    /// that fails (-1: none in particular) and why when they do not compile.
    hs_database_t *buildDatabase(
        const Expressions &expressions, const QString &cacheFolder, int *failed, QString *error)
    {
        const QString cacheFile = cacheFolder.isEmpty() ? QString() : cacheFileFor(cacheFolder, expressions);
        if (!cacheFile.isEmpty()) {
            if (hs_database_t *cached = loadCached(cacheFile)) {
                return cached;
            }
        }
        std::vector<const char *> pointers;
        pointers.reserve(expressions.expressions.size());
        for (const QByteArray &expression : expressions.expressions) {
            pointers.push_back(expression.constData());
        }
        // QT_LOGGING_RULES="iwb.extraction.scanner.debug=true" shows what each pattern costs to compile.
        if (lcScanner().isDebugEnabled()) {
            for (std::size_t i = 0; i < pointers.size(); ++i) {
                QElapsedTimer timer;
                timer.start();
                hs_database_t *single = nullptr;
                hs_compile_error_t *singleError = nullptr;
                const bool ok
                    = hs_compile(pointers[i], expressions.flags[i], HS_MODE_BLOCK, nullptr, &single, &singleError)
                    == HS_SUCCESS;
                qCDebug(lcScanner) << "expression" << i << (ok ? "compiles in" : "fails after") << timer.elapsed()
                                   << "ms," << expressions.expressions[i].size() << "bytes";
                ok ? hs_free_database(single) : hs_free_compile_error(singleError);
            }
        }
        hs_database_t *database = nullptr;
        hs_compile_error_t *compileError = nullptr;
        if (hs_compile_multi(pointers.data(), expressions.flags.data(), expressions.ids.data(),
                static_cast<unsigned int>(pointers.size()), HS_MODE_BLOCK, nullptr, &database, &compileError)
            != HS_SUCCESS) {
            *failed = compileError->expression;
            *error = QString::fromUtf8(compileError->message);
            hs_free_compile_error(compileError);
            return nullptr;
        }
        if (!cacheFile.isEmpty()) {
            storeCached(cacheFile, database);
        }
        return database;
    }

    /// How long the matches of @p expression can be, in bytes (UINT_MAX: unbounded); std::nullopt when it does not
    /// compile.
    std::optional<unsigned int> maximumWidth(const QByteArray &expression, unsigned int flags)
    {
        hs_expr_info_t *info = nullptr;
        hs_compile_error_t *error = nullptr;
        if (hs_expression_info(expression.constData(), flags, &info, &error) != HS_SUCCESS) {
            hs_free_compile_error(error);
            return std::nullopt;
        }
        const unsigned int width = info->max_width;
        free(info);
        return width;
    }

    /// maximumWidth(), kept in @p cacheFolder like the databases: Hyperscan analyses a long pattern
    /// about as long as it compiles it, which made every start a fifth of a second slower.
    std::optional<unsigned int> cachedMaximumWidth(
        const QByteArray &expression, unsigned int flags, const QString &cacheFolder)
    {
        Expressions key;
        key.add(expression, flags, 0);
        const QString file
            = cacheFolder.isEmpty() ? QString() : cacheFileFor(cacheFolder, key, QStringLiteral(".width"));
        QFile cached(file);
        if (!file.isEmpty() && cached.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const unsigned int width = cached.readAll().trimmed().toUInt(&ok);
            if (ok) {
                return width;
            }
        }
        const std::optional<unsigned int> width = maximumWidth(expression, flags);
        if (width && !file.isEmpty()) {
            QDir().mkpath(QFileInfo(file).absolutePath());
            QSaveFile out(file);
            if (out.open(QIODevice::WriteOnly)) {
                out.write(QByteArray::number(*width));
                out.commit();
            }
        }
        return width;
    }

} // namespace

struct PatternScanner::Private
{
    /// An exact pattern's start finder: the pattern reversed and anchored, matched on the
    /// reversed text from a hit's end.
    struct Backwards
    {
        std::unique_ptr<hs_database_t, DatabaseDeleter> database;
        /// How far back from its end a match can start, in a text without long repeats.
        qsizetype reach = 0;
    };

    QStringList patterns;
    QList<bool> exact;
    QList<bool> nearby; // per pattern: Pass::Nearby
    /// All Nearby patterns, for scanStretches().
    std::unique_ptr<hs_database_t, DatabaseDeleter> nearbyDatabase;
    qsizetype nearbyReach = 0; // the longest match of any Nearby pattern, in bytes (-1: unbounded)
    /// Per pattern: compiled with Hyperscan's start-of-match tracking (an exact pattern that reversePattern() cannot
    /// take apart).
    QList<bool> tracksStart;
    /// Per pattern: how its starts are found backwards (no database: not so).
    std::vector<Backwards> backwards;
    bool findsStartsBackwards = false;
    std::unique_ptr<hs_database_t, DatabaseDeleter> database;
    // Scratch space is per scan; this prototype (for all databases) is cloned for each call.
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
        if (hs_clone_scratch(scratchPrototype.get(), &scratch) != HS_SUCCESS) {
            qCWarning(lcScanner) << "Hyperscan could not allocate scratch space for a scan";
            return nullptr; // the scan then fails and says so (checkScan)
        }
        return scratch;
    }

    void giveBack(hs_scratch_t *scratch) const
    {
        if (!scratch) {
            return;
        }
        std::lock_guard lock(scratchPoolMutex);
        scratchPool.push_back(scratch);
    }

    void findStarts(const QByteArray &utf8, ScanEnds &scanned, QList<ScanHit> &hits, hs_scratch_t *scratch) const;
};

PatternScanner::PatternScanner()
    : d(std::make_unique<Private>())
{
}

PatternScanner::~PatternScanner() = default;
PatternScanner::PatternScanner(PatternScanner &&) noexcept = default;
PatternScanner &PatternScanner::operator=(PatternScanner &&) noexcept = default;

int PatternScanner::addPattern(const QString &pattern, Mode mode, Pass pass)
{
    d->patterns.append(pattern);
    d->exact.append(mode == Mode::Exact);
    d->nearby.append(pass == Pass::Nearby);
    return static_cast<int>(d->patterns.size() - 1);
}

int PatternScanner::patternCount() const
{
    return static_cast<int>(d->patterns.size());
}

bool PatternScanner::compile(QString *error, const QString &cacheFolder)
{
    const auto count = static_cast<unsigned int>(d->patterns.size());
    Expressions main;
    std::vector<Expressions> backwards(count);
    QList<QByteArray> longRepeats;
    d->tracksStart.fill(false, count);
    d->nearbyReach = 0;
    d->backwards.clear();
    d->backwards.resize(count);
    Expressions nearby;
    for (unsigned int i = 0; i < count; ++i) {
        const QByteArray expression = toHyperscanSyntax(d->patterns.at(i));
        if (!d->exact.at(i)) {
            main.add(expression, prefilterFlags, i);
            continue;
        }
        // Nearby patterns have a database of their own, for scanStretches(); their starts are found like the others'.
        Expressions &pass = d->nearby.at(i) ? nearby : main;
        const auto widenNearbyReach = [&](std::optional<unsigned int> width) {
            if (d->nearby.at(i) && d->nearbyReach >= 0) {
                d->nearbyReach = width && *width != UINT_MAX ? std::max<qsizetype>(d->nearbyReach, *width) : -1;
            }
        };
        if (isLiteralAlternation(expression)) {
            pass.add(expression, startTrackingFlags, i);
            d->tracksStart[i] = true;
            if (d->nearby.at(i)) {
                widenNearbyReach(cachedMaximumWidth(expression, exactFlags, cacheFolder));
            }
            qCDebug(lcScanner) << "pattern" << i << "is literal words: Hyperscan tracks their starts";
            continue;
        }
        const std::optional<Reversal> reversal = reversePattern(expression);
        const QByteArray anchored = reversal ? "^(?:" + reversal->reversed + ')' : QByteArray();
        const std::optional<unsigned int> longest
            = reversal ? cachedMaximumWidth(reversal->capped, exactFlags, cacheFolder) : std::nullopt;
        if (d->nearby.at(i)) {
            widenNearbyReach(longest ? longest : maximumWidth(expression, exactFlags));
        }
        if (longest && *longest != UINT_MAX) {
            pass.add(expression, exactFlags, i);
            backwards[i].add(anchored, exactFlags, i);
            d->backwards[i].reach = static_cast<qsizetype>(*longest);
            for (const QByteArray &longRepeat : reversal->longRepeats) {
                if (!longRepeats.contains(longRepeat)) {
                    longRepeats.append(longRepeat);
                }
            }
            qCDebug(lcScanner) << "pattern" << i << "finds its starts backwards, at most" << *longest << "bytes back";
        } else {
            pass.add(expression, startTrackingFlags, i);
            d->tracksStart[i] = true;
            qCDebug(lcScanner) << "pattern" << i << "keeps Hyperscan's start-of-match tracking";
        }
    }
    // After the patterns, so that an expression's index in the error is its pattern's.
    // Their ids come after every pattern's: a hit with such an id only says that a long repeat ran.
    for (qsizetype k = 0; k < longRepeats.size(); ++k) {
        main.add(longRepeats.at(k), exactFlags | HS_FLAG_SINGLEMATCH, count + static_cast<unsigned int>(k));
    }
    int failed = -1;
    QString message;
    d->database.reset(buildDatabase(main, cacheFolder, &failed, &message));
    if (!d->database) {
        *error = QStringLiteral("pattern %1 (%2): %3").arg(failed).arg(d->patterns.value(failed).left(80), message);
        return false;
    }
    hs_scratch_t *scratch = nullptr;
    bool scratchAllocated = hs_alloc_scratch(d->database.get(), &scratch) == HS_SUCCESS;
    d->findsStartsBackwards = false;
    for (unsigned int i = 0; i < count; ++i) {
        if (backwards[i].expressions.empty()) {
            continue;
        }
        d->backwards[i].database.reset(buildDatabase(backwards[i], cacheFolder, &failed, &message));
        if (!d->backwards[i].database) {
            d->database.reset();
            hs_free_scratch(scratch);
            *error = QStringLiteral("pattern %1 reversed: %2").arg(i).arg(message);
            return false;
        }
        scratchAllocated = scratchAllocated && hs_alloc_scratch(d->backwards[i].database.get(), &scratch) == HS_SUCCESS;
        d->findsStartsBackwards = true;
    }
    d->nearbyDatabase.reset();
    if (!nearby.expressions.empty()) {
        d->nearbyDatabase.reset(buildDatabase(nearby, cacheFolder, &failed, &message));
        if (!d->nearbyDatabase) {
            d->database.reset();
            hs_free_scratch(scratch);
            const int pattern = failed >= 0 && static_cast<std::size_t>(failed) < nearby.ids.size()
                ? static_cast<int>(nearby.ids[failed])
                : -1;
            *error
                = QStringLiteral("pattern %1 (%2): %3").arg(pattern).arg(d->patterns.value(pattern).left(80), message);
            return false;
        }
        scratchAllocated = scratchAllocated && hs_alloc_scratch(d->nearbyDatabase.get(), &scratch) == HS_SUCCESS;
    }
    d->scratchPrototype.reset(scratch);
    if (!scratchAllocated) {
        d->database.reset();
        *error = QStringLiteral("cannot allocate Hyperscan scratch space");
        return false;
    }
    return true;
}

bool PatternScanner::isCompiled() const
{
    return d->database != nullptr;
}

void PatternScanner::Private::findStarts(
    const QByteArray &utf8, ScanEnds &scanned, QList<ScanHit> &hits, hs_scratch_t *scratch) const
{
    // The leftmost start is where the longest match of the reversed pattern, read backwards from
    // the hit's end, ends. Without long repeats no match is longer than the reach, and only that
    // stretch before each hit is reversed, unless the stretches add up to more than the text: then
    // (and with long repeats, when a match may reach back to the text's start) the whole text is
    // reversed once.
    qsizetype stretches = 0;
    for (const ScanHit &hit : std::as_const(hits)) {
        if (backwards[hit.pattern].database && hit.start < 0) {
            stretches += std::min(hit.end, backwards[hit.pattern].reach);
        }
    }
    if ((scanned.longRepeats || stretches > utf8.size()) && scanned.reversedText.isEmpty()) {
        scanned.reversedText = reversedText(utf8);
    }
    QByteArray stretch;
    for (ScanHit &hit : hits) {
        const Backwards &finder = backwards[hit.pattern];
        if (!finder.database || hit.start >= 0) {
            continue;
        }
        // The stretch before the hit that a match can start in, read backwards.
        const qsizetype from
            = scanned.longRepeats ? 0 : characterStartAtOrBefore(utf8, std::max<qsizetype>(0, hit.end - finder.reach));
        QByteArrayView reversed;
        if (!scanned.reversedText.isEmpty()) {
            reversed = QByteArrayView(scanned.reversedText).sliced(utf8.size() - hit.end, hit.end - from);
        } else {
            stretch = reversedText(QByteArrayView(utf8).sliced(from, hit.end - from));
            reversed = stretch;
        }
        qsizetype longest = 0;
        checkScan(hs_scan(finder.database.get(), reversed.constData(), static_cast<unsigned int>(reversed.size()), 0,
                      scratch, collectLongest, &longest),
            "the text before a hit");
        hit.start = hit.end - longest;
    }
}

ScanEnds PatternScanner::scanEnds(const QByteArray &utf8) const
{
    ScanEnds scanned;
    if (!d->database || utf8.isEmpty()) {
        return scanned;
    }
    hs_scratch_t *scratch = d->takeScratch();
    ScanContext context { &scanned.hits, &d->tracksStart };
    checkScan(hs_scan(d->database.get(), utf8.constData(), static_cast<unsigned int>(utf8.size()), 0, scratch,
                  collectHit, &context),
        "the text");
    d->giveBack(scratch);
    scanned.longRepeats = context.longRepeats;
    return scanned;
}

void PatternScanner::findStarts(const QByteArray &utf8, ScanEnds &scanned, QList<ScanHit> &hits) const
{
    if (!d->findsStartsBackwards || hits.isEmpty()) {
        return;
    }
    hs_scratch_t *scratch = d->takeScratch();
    d->findStarts(utf8, scanned, hits, scratch);
    d->giveBack(scratch);
}

QList<ScanHit> PatternScanner::scan(const QByteArray &utf8) const
{
    ScanEnds scanned = scanEnds(utf8);
    findStarts(utf8, scanned, scanned.hits);
    return scanned.hits;
}

QList<ScanHit> PatternScanner::scanStretches(
    const QByteArray &utf8, const ScanEnds &scanned, QList<std::pair<qsizetype, qsizetype>> stretches) const
{
    QList<ScanHit> hits;
    if (!d->nearbyDatabase || utf8.isEmpty()) {
        return hits;
    }
    // After long repeats a match may be longer than the caller's stretches allow for: the whole text.
    if (scanned.longRepeats) {
        stretches = { { 0, utf8.size() } };
    }
    std::sort(stretches.begin(), stretches.end());
    hs_scratch_t *scratch = d->takeScratch();
    ScanContext context { &hits, &d->tracksStart };
    for (qsizetype k = 0; k < stretches.size(); ++k) {
        qsizetype from = std::clamp<qsizetype>(stretches.at(k).first, 0, utf8.size());
        qsizetype to = std::clamp<qsizetype>(stretches.at(k).second, 0, utf8.size());
        while (k + 1 < stretches.size() && stretches.at(k + 1).first <= to) {
            to = std::max(to, std::clamp<qsizetype>(stretches.at(++k).second, 0, utf8.size()));
        }
        from = characterStartAtOrBefore(utf8, from);
        to = characterStartAtOrAfter(utf8, to);
        if (to <= from) {
            continue;
        }
        const qsizetype first = hits.size();
        checkScan(hs_scan(d->nearbyDatabase.get(), utf8.constData() + from, static_cast<unsigned int>(to - from), 0,
                      scratch, collectHit, &context),
            "a stretch near a unit word");
        for (qsizetype h = first; h < hits.size(); ++h) { // the stretch's offsets are the text's
            hits[h].end += from;
            if (hits[h].start >= 0) {
                hits[h].start += from;
            }
        }
    }
    d->giveBack(scratch);
    // Merged stretches overlap at most in the bytes of one character: a hit found twice is one.
    std::sort(hits.begin(), hits.end(),
        [](const ScanHit &a, const ScanHit &b) { return a.end != b.end ? a.end < b.end : a.pattern < b.pattern; });
    hits.erase(std::unique(hits.begin(), hits.end(),
                   [](const ScanHit &a, const ScanHit &b) { return a.end == b.end && a.pattern == b.pattern; }),
        hits.end());
    return hits;
}

qsizetype PatternScanner::nearbyReach() const
{
    return d->nearbyReach;
}

qsizetype PatternScanner::startReach(int pattern) const
{
    if (pattern < 0 || pattern >= static_cast<int>(d->backwards.size()) || !d->backwards[pattern].database) {
        return -1;
    }
    return d->backwards[pattern].reach;
}

} // namespace Iwb
