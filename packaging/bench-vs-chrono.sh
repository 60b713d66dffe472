#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The issue's speed reference, measured side by side on this machine: chrono-node's German date
# parser alone (a popular JavaScript library) against the whole extraction pipeline, on the same
# German news, one article at a time, one core each. Rounds alternate between the two programs,
# so that a busy neighbour slows both; the ratio of the medians is the number to compare
# (the goal: the pipeline at least twice as fast as the date parser alone).
#
# Usage: packaging/bench-vs-chrono.sh [CORPUS.csv] [ROUNDS]
#   CORPUS.csv  lines of "label;text" (default ../shared/corpus/gnad/articles.csv)
#   ROUNDS      rounds per program (default 5)
#
# Needs node and npm on the host (not in the build root); chrono-node is installed once from the
# npm registry into ~/.cache/incident-workbench/chrono-node.
#
# Environment:
#   INCIDENT_WORKBENCH_CLI  the incident-cli command to measure (default "./packaging/dev.sh cli")
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/gnad/articles.csv}"
rounds="${2:-5}"
chrono_version=2.10.3
[[ -f "$corpus" ]] || { echo "bench-vs-chrono: no corpus at $corpus" >&2; exit 1; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "bench-vs-chrono: needs node and npm" >&2; exit 1; }
read -r -a cli <<<"${INCIDENT_WORKBENCH_CLI:-./packaging/dev.sh cli}"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/incident-workbench/chrono-node-$chrono_version"
if [[ ! -d "$cache/node_modules/chrono-node" ]]; then
    echo "bench-vs-chrono: installing chrono-node $chrono_version into $cache" >&2
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --no-save "chrono-node@$chrono_version" >&2
fi

"${cli[@]}" bench --lines "$corpus" >/dev/null 2>&1 # builds, and warms the rule cache
results="$(mktemp /tmp/iwb-vs-chrono.XXXXXX)"
trap 'rm -f "$results"' EXIT
for ((round = 1; round <= rounds; ++round)); do
    echo "chrono $(NODE_PATH="$cache/node_modules" node packaging/chrono/time-chrono-de.js "$corpus")" | tee -a "$results"
    echo "pipeline $("${cli[@]}" bench --lines "$corpus" 2>/dev/null)" | tee -a "$results"
done
python3 - "$results" <<'PY'
import re, statistics, sys
speeds = {'chrono': [], 'pipeline': []}
for line in open(sys.argv[1]):
    program = line.split()[0]
    speeds[program].append(float(re.search(r'([0-9.]+) MB/s', line).group(1)))
chrono, pipeline = (statistics.median(speeds[p]) for p in ('chrono', 'pipeline'))
print(f"median: chrono-node de (dates only) {chrono:.1f} MB/s, whole pipeline {pipeline:.1f} MB/s, "
      f"ratio {pipeline / chrono:.2f} (goal: 2.00, 20 against chrono-node's 10 MB/s)")
PY
