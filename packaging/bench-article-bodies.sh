#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The HTML importer side by side with Mozilla Readability (@mozilla/readability
# on jsdom, from the npm registry) and readability-lxml (Debian's
# python3-readability) on the article-body benchmarks in
# ../shared/corpus/article-bodies: F1 with the benchmarks' own scorer
# (../shared/eval/body_score.py) and pages per second for each tool.
#
# The importer is timed twice: reading only (incident-cli read) and importing
# into a store (incident-cli import: decoding, extraction of the body, language,
# database writes), the way body_bench.sh runs it.
#
# The peers run in the build root; their packages (nodejs, npm,
# python3-readability) are installed there on the first run, and the npm
# packages into /tmp/incident-workbench-bench (outside the checkout).
#
# Usage: packaging/bench-article-bodies.sh [CORPUS]   (default ../shared/corpus/article-bodies)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="$(cd "${1:-../shared/corpus/article-bodies}" && pwd)"
SCORER="$(cd ../shared/eval && pwd)/body_score.py"
NODE_DIR=/tmp/incident-workbench-bench  # the build root sees /tmp, not /var/tmp
mkdir -p "$NODE_DIR"

./packaging/dev.sh build >&2
./packaging/dev.sh shell bash -c '
    dpkg -s nodejs npm python3-readability >/dev/null 2>&1 \
        || { DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm python3-readability python3-lxml >/dev/null; }' >&2
# Behind a proxy with its own certificate authority the host's bundle names it, the root's does not:
# npm in the root is given the host's bundle.
cafile=""
host_bundle="${NODE_EXTRA_CA_CERTS:-${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}}"
if [[ -r "$host_bundle" ]]; then
    cp "$host_bundle" "$NODE_DIR/host-ca.crt"
    cafile="--cafile $NODE_DIR/host-ca.crt"
fi
./packaging/dev.sh shell bash -c "
    [ -d '$NODE_DIR/node_modules/@mozilla/readability' ] && [ -d '$NODE_DIR/node_modules/jsdom' ] \
        || (cd '$NODE_DIR' && npm install --silent --no-audit --no-fund $cafile @mozilla/readability@0.5 jsdom@24 >/dev/null)" >&2

work=$(mktemp -d /tmp/bench-article-bodies.XXXXXX)
trap 'rm -rf "$work"' EXIT
for set in aeb tf; do
    mkdir -p "$work/$set"
    for f in "$CORPUS/$set"/html/*.gz; do gunzip -c "$f" >"$work/$set/$(basename "$f" .gz)"; done
done

cat >"$work/readability.js" <<'JS'
// Mozilla Readability on jsdom: {page file name: text content} for every page of a folder.
const fs = require("fs"), path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const [folder, out] = process.argv.slice(2);
const result = {};
const quiet = new VirtualConsole();
for (const name of fs.readdirSync(folder).sort()) {
    const html = fs.readFileSync(path.join(folder, name), "utf8");
    try {
        const dom = new JSDOM(html, { url: "https://example.org/", virtualConsole: quiet });
        const article = new Readability(dom.window.document).parse();
        result[name] = article ? article.textContent : "";
        dom.window.close();
    } catch (e) {
        result[name] = "";
    }
}
fs.writeFileSync(out, JSON.stringify(result));
JS

cat >"$work/readability_lxml.py" <<'PY'
# readability-lxml: {page file name: text content} for every page of a folder.
import json, os, sys
import lxml.html
from readability import Document
folder, out = sys.argv[1:3]
result = {}
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name), "rb") as f:
        raw = f.read()
    try:
        summary = Document(raw).summary(html_partial=True)
        result[name] = lxml.html.fromstring(summary).text_content()
    except Exception:
        result[name] = ""
with open(out, "w", encoding="utf-8") as f:
    json.dump(result, f, ensure_ascii=False)
PY

cat >"$work/importer.py" <<'PY'
# incident-cli read --json output (JSON Lines) -> {page file name: text}.
import json, os, sys
result = {}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    result[os.path.basename(d["path"])] = d.get("text", "")
json.dump(result, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

cat >"$work/store.py" <<'PY'
# A store exported as JSON -> {page file name: text}.
import json, os, sys
store = json.load(open(sys.argv[1], encoding="utf-8"))
result = {os.path.basename(d.get("source") or ""): d.get("text", "") for d in store.get("documents", [])}
json.dump(result, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

cat >"$work/keys.py" <<'PY'
# Predictions keyed by file name -> keyed as the benchmark's truth is (aeb: the file's stem).
import json, sys
pred = json.load(open(sys.argv[1], encoding="utf-8"))
if sys.argv[3] == "aeb":
    pred = {name.split(".html")[0]: text for name, text in pred.items()}
json.dump(pred, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

# Runs "$@" in the build root and prints the seconds it took.
timed() {
    local start end
    start=$(date +%s%N)
    ./packaging/dev.sh shell "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}

score() { # tool set milliseconds
    local tool="$1" set="$2" ms="$3" truth metric pages
    python3 "$work/keys.py" "$work/$tool-$set.json" "$work/$tool-$set.keyed.json" "$set"
    if [[ $set == aeb ]]; then truth="$CORPUS/aeb/ground-truth.json"; metric=shingle
    else truth="$CORPUS/tf/evaldata.json"; metric=segments; fi
    pages=$(ls "$work/$set" | wc -l)
    printf '%-28s %-4s %s  %6.1f pages/s\n' "$tool" "$set" \
        "$(python3 "$SCORER" --metric $metric --truth "$truth" --pred "$work/$tool-$set.keyed.json")" \
        "$(python3 -c "print($pages * 1000 / $ms)")"
}

for set in aeb tf; do
    ms=$(timed bash -c "build/dev/bin/incident-cli read --json '$work/$set' > '$work/read-$set.jsonl'")
    python3 "$work/importer.py" "$work/read-$set.jsonl" "$work/importer-read-$set.json"
    score importer-read "$set" "$ms"

    ms=$(timed bash -c "build/dev/bin/incident-cli import '$work/$set' --db '$work/$set.sqlite'")
    ./packaging/dev.sh shell build/dev/bin/incident-cli export --format json --db "$work/$set.sqlite" \
        --out "$work/$set-store.json" >/dev/null 2>&1
    python3 "$work/store.py" "$work/$set-store.json" "$work/importer-import-$set.json"
    score importer-import "$set" "$ms"

    ms=$(timed bash -c "NODE_PATH='$NODE_DIR/node_modules' node '$work/readability.js' '$work/$set' '$work/mozilla-readability-$set.json'")
    score mozilla-readability "$set" "$ms"

    ms=$(timed python3 "$work/readability_lxml.py" "$work/$set" "$work/readability-lxml-$set.json")
    score readability-lxml "$set" "$ms"
done
