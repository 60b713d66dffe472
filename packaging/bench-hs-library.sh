#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Hyperscan against Vectorscan under the same incident-cli: both install libhs.so.5 with the same
# API, so one build runs with either library (LD_LIBRARY_PATH). Measures, in alternating rounds so
# that a busy neighbour slows both, `incident-cli bench --lines` on a corpus, and the first start
# that compiles the rules (an empty cache each time); checks that both extract the same on the
# golden articles (docs/packaging.md#vectorscan).
#
# Usage (inside the build environment, e.g. packaging/dev.sh shell):
#   packaging/bench-hs-library.sh LIBDIR_A LIBDIR_B [CORPUS.csv] [ROUNDS]
#   LIBDIR_*: a folder with libhs.so.5, e.g. the usr/lib/x86_64-linux-gnu of an unpacked
#             libhyperscan5 or libvectorscan5 (dpkg-deb -x)
set -euo pipefail
cd "$(dirname "$0")/.."
a="$1" b="$2" corpus="${3:-../shared/corpus/gnad/articles.csv}" rounds="${4:-5}"
cli=build/dev/bin/incident-cli
work=$(mktemp -d /tmp/iwb-hs-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# A library folder's name for the output: the package folder it was unpacked into.
label() { local dir="$1"; while [[ $dir == */usr* ]]; do dir=$(dirname "$dir"); done; basename "$dir"; }
with() { local dir="$1"; shift; LD_LIBRARY_PATH="$dir" XDG_CACHE_HOME="$work/cache-$(label "$dir")" "$@"; }

for lib in "$a" "$b"; do
    echo "== $lib: $(with "$lib" python3 -c 'import ctypes; h=ctypes.CDLL("libhs.so.5"); h.hs_version.restype=ctypes.c_char_p; print(h.hs_version().decode())')"
done
# The same extraction: every golden article through both.
for article in resources/samples/*.txt tests/model/data/articles/*; do
    [[ -f $article ]] || continue
    with "$a" "$cli" extract --json "$article" >"$work/a.json" 2>/dev/null
    with "$b" "$cli" extract --json "$article" >"$work/b.json" 2>/dev/null
    cmp -s "$work/a.json" "$work/b.json" || { echo "DIFFERENT: $article"; diff "$work/a.json" "$work/b.json" | head; }
done
echo "extraction compared on $(ls resources/samples/*.txt tests/model/data/articles/* | wc -l) articles"
for ((round = 1; round <= rounds; ++round)); do
    for lib in "$a" "$b"; do
        rm -rf "$work/cache-"*
        start=$(date +%s%N)
        with "$lib" "$cli" extract resources/samples/en-lost-laptop.txt >/dev/null 2>&1
        compile_ms=$(( ($(date +%s%N) - start) / 1000000 ))
        speed=$(with "$lib" "$cli" bench --lines "$corpus" 2>&1 | grep -o '[0-9.]* MB/s' | head -n 1)
        echo "round $round $(label "$lib"): first start (compiling the rules) $compile_ms ms, bench $speed"
    done
done
