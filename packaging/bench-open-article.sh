#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# How opening a long article in the workbench grows with its length: the
# workbench is started on generated articles of 1, 2 and 5 MB (our own sample
# articles joined into long paragraphs), imports and shows each, and renders a
# screenshot once the window is up. Prints the wall time of each run, the time
# per MB and incident-cli's import + extraction of the same file as the peer.
# Linear means the time per MB stays about the same.
#
# Runs inside the build environment, after a build:
#   ./packaging/dev.sh shell packaging/bench-open-article.sh
set -euo pipefail
cd "$(dirname "$0")/.."
gui="${IWB_GUI:-build/dev/bin/incident-workbench}"
cli="${IWB_CLI:-build/dev/bin/incident-cli}"
[[ -x "$gui" && -x "$cli" ]] || { echo "bench-open-article: build first (./packaging/dev.sh build)" >&2; exit 1; }
work="$(mktemp -d /tmp/iwb-bench-open.XXXXXX)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import glob, sys
work = sys.argv[1]
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("resources/samples/de-*.txt"))]
body = " ".join(t.replace("\n", " ") for t in texts)
for mb in (1, 2, 5):
    parts, size, i = ["Sammelbericht: Datenpannen im Überblick\n\n"], 0, 0
    while size < mb * 1_000_000:
        chunk = f"Abschnitt {i}. {body[:20000]}\n\n"
        parts.append(chunk); size += len(chunk.encode()); i += 1
    open(f"{work}/article-{mb}mb.txt", "w", encoding="utf-8").write("".join(parts))
PY
export QT_QPA_PLATFORM=offscreen
now() { date +%s%N; }
printf '%-8s %12s %12s %14s\n' size "workbench" "per MB" "cli extract"
for mb in 1 2 5; do
    file="$work/article-${mb}mb.txt"
    start=$(now)
    "$gui" --db "$work/gui-$mb.sqlite" --screenshot "$work/shot-$mb.png" "$file" 2>/dev/null
    gui_ms=$(( ($(now) - start) / 1000000 ))
    start=$(now)
    "$cli" extract --db "$work/cli-$mb.sqlite" "$file" >/dev/null
    cli_ms=$(( ($(now) - start) / 1000000 ))
    printf '%-8s %9d ms %9d ms %11d ms\n' "${mb} MB" "$gui_ms" $(( gui_ms / mb )) "$cli_ms"
done
echo "(the workbench time includes its start, the 300 ms before the screenshot and the background extraction's start)"
