#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Runs the libFuzzer harnesses (tests/fuzz) of the sanitized build for a given time each and prints
# a table: executions per second, coverage (edges, features), new inputs, peak memory, crashes.
# New inputs collect in build/asan/tests/fuzz/long-run/<harness>; crash inputs land in
# build/asan/tests/fuzz/artifacts/ — keep each crash as tests/fuzz/regressions/<harness>/<name>
# (the suite replays that folder) and fix it.
#
# Usage: packaging/fuzz.sh [SECONDS] [HARNESS...]   (default 600 s, every harness; two at a time)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-600}"
shift || true
if [[ "${IWB_FUZZ_INSIDE:-}" != 1 ]]; then
    ./packaging/dev.sh build --sanitize >&2
    exec ./packaging/dev.sh shell env IWB_FUZZ_INSIDE=1 bash packaging/fuzz.sh "$SECONDS_EACH" "$@"
fi

bin=build/asan/bin
fuzz=build/asan/tests/fuzz
harnesses=("$@")
if [[ ${#harnesses[@]} -eq 0 ]]; then
    harnesses=()
    for f in tests/fuzz/fuzz_*.cpp; do harnesses+=("$(basename "$f" .cpp | sed 's/^fuzz_//')"); done
fi
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen

run_one() {
    local name="$1" log="$fuzz/long-run/$1.log" dict=()
    mkdir -p "$fuzz/long-run/$name" "$fuzz/artifacts"
    [[ -f tests/fuzz/dict/$name.dict ]] && dict=(-dict=tests/fuzz/dict/$name.dict)
    local inputs=(tests/fuzz/corpus/"$name")
    [[ -d tests/fuzz/regressions/$name ]] && inputs+=(tests/fuzz/regressions/"$name")
    "$bin/fuzz_$name" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        "${dict[@]}" -artifact_prefix="$fuzz/artifacts/$name-" "$fuzz/long-run/$name" "${inputs[@]}" \
        >"$log" 2>&1 || true
}

# Two at a time: the machine has two cores.
pids=()
for name in "${harnesses[@]}"; do
    run_one "$name" &
    pids+=($!)
    if [[ ${#pids[@]} -ge 2 ]]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
wait

printf '%-16s %10s %8s %8s %8s %7s %8s %s\n' harness executions "exec/s" cov ft "new" "peak MB" crashes
for name in "${harnesses[@]}"; do
    log="$fuzz/long-run/$name.log"
    stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n1; }
    last=$(grep -E '^#[0-9]+' "$log" | tail -n1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    crashes=$(ls "$fuzz/artifacts" 2>/dev/null | grep -c "^$name-" || true)
    printf '%-16s %10s %8s %8s %8s %7s %8s %s\n' "$name" "$(stat number_of_executed_units)" \
        "$(stat average_exec_per_sec)" "${cov:-?}" "${ft:-?}" "$(stat new_units_added)" "$(stat peak_rss_mb)" \
        "$crashes"
done
