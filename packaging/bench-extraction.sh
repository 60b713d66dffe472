#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Measures the extraction pipeline on German news text: throughput per article,
# and whether time grows linearly with input size (the same text once and twice,
# each streamed as one document in chunks), with peak memory.
#
# Usage: packaging/bench-extraction.sh [CORPUS.csv] [MEGABYTES]
#   CORPUS.csv  lines of "label;text" (default ../shared/corpus/gnad/articles.csv)
#   MEGABYTES   size of the single-size stream (default 25; the double is twice that)
#
# Environment:
#   INCIDENT_WORKBENCH_CLI  the incident-cli command to measure (default "./packaging/dev.sh cli",
#                           which builds first); e.g. build/dev/bin/incident-cli inside
#                           "./packaging/dev.sh shell", to measure a build without rebuilding
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/gnad/articles.csv}"
megabytes="${2:-25}"
[[ -f "$corpus" ]] || { echo "bench-extraction: no corpus at $corpus" >&2; exit 1; }
read -r -a cli <<<"${INCIDENT_WORKBENCH_CLI:-./packaging/dev.sh cli}"
work="$(mktemp -d /tmp/iwb-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

python3 - "$corpus" "$work" "$megabytes" <<'PY'
import sys
corpus, work, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
body = '\n'.join(line.split(';', 1)[1] for line in open(corpus, encoding='utf-8') if ';' in line) + '\n'
single = body * max(1, (megabytes * 1_000_000) // len(body.encode('utf-8')))
open(f'{work}/single.txt', 'w', encoding='utf-8').write(single)
open(f'{work}/double.txt', 'w', encoding='utf-8').write(single * 2)
PY

echo "per article:"
"${cli[@]}" bench --lines "$corpus" 2>/dev/null
echo "one stream, single and double size:"
single=$("${cli[@]}" bench "$work/single.txt" 2>/dev/null)
double=$("${cli[@]}" bench "$work/double.txt" 2>/dev/null)
echo "  $single"
echo "  $double"
python3 - "$single" "$double" <<'PY'
import re, sys
seconds = [float(re.search(r'in ([0-9.]+) s', line).group(1)) for line in sys.argv[1:3]]
print(f"time ratio double/single: {seconds[1] / seconds[0]:.2f} (linear is 2.00)")
PY
