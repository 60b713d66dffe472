#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Imports pathological web pages of doubling sizes with `incident-cli read` and
# prints the time and peak memory of each: the HTML import is linear when the
# time doubles with the size (ratio about 2), not quadruples. Shapes: nested
# divs, sibling paragraphs, one huge text node, nested tables, unclosed
# formatting elements, one tag with very many attributes, and a normal article
# repeated to a large page.
#
# Usage: packaging/bench-html-shapes.sh [CLI]   (default: build/dev/bin/incident-cli,
#        run inside the build environment through packaging/dev.sh shell)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -eq 0 ]]; then
    ./packaging/dev.sh build >&2
    exec ./packaging/dev.sh shell bash packaging/bench-html-shapes.sh build/dev/bin/incident-cli
fi
CLI="$1"
work=$(mktemp -d /tmp/bench-html-shapes.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$CLI" <<'PY'
import os, resource, subprocess, sys, time

work, cli = sys.argv[1], sys.argv[2]
paragraph = ("<p>Die Stadtwerke Wiesenfurt meldeten am Montag einen Zugriff auf ihr Kundenportal, "
             "betroffen seien Namen und Anschriften von rund 12.000 Kunden.</p>\n")
shapes = {
    "nested divs": (lambda n: "<div>wort " * n, [50000, 100000, 200000]),
    "sibling paragraphs": (lambda n: "<p>wort wort wort</p>" * n, [100000, 200000, 400000]),
    "one text node (chars)": (lambda n: "<p>" + "wort " * (n // 5) + "</p>", [2500000, 5000000, 10000000]),
    "nested tables": (lambda n: "<table><tr><td>wort " * n, [2500, 5000, 10000]),
    "unclosed formatting": (lambda n: "<b class=x>wort " * n, [50000, 100000, 200000]),
    "attributes in one tag": (lambda n: "<p " + "a=1 " * n + ">wort</p>", [25000, 50000, 100000]),
    "article repeated (paragraphs)": (lambda n: "<article>" + paragraph * n + "</article>", [20000, 40000, 80000]),
}

def run(path):
    # A fresh process per page, so that its children's peak memory is this page's alone.
    measure = ("import resource, subprocess, sys; "
               "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode; "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", measure, cli, "read", "--json", path], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kb, code = (int(x) for x in done.stdout.split())
    return seconds, peak_kb, code

print(f"{'shape':32} {'size':>10} {'MB':>7} {'seconds':>8} {'ratio':>6} {'peak MB':>8}")
for name, (make, sizes) in shapes.items():
    previous = None
    for n in sizes:
        path = os.path.join(work, "page.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html><html><head><title>Test</title></head><body>" + make(n) + "</body></html>")
        megabytes = os.path.getsize(path) / 1e6
        seconds, peak_kb, code = run(path)
        ratio = f"{seconds / previous:.2f}" if previous else "-"
        previous = seconds
        status = "" if code == 0 else f"  (exit {code})"
        print(f"{name:32} {n:>10} {megabytes:>7.1f} {seconds:>8.3f} {ratio:>6} {peak_kb / 1024:>8.0f}{status}")
PY
