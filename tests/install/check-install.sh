#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The install test: `cmake --install` of this build into a temporary prefix, then the installed
# programs run from there as a user would, with the source and build folders out of reach
# (hidden under empty tmpfs mounts where the test may mount, i.e. as root in the build root) and
# the prefix read-only. They must find their rules, samples and helper in the prefix, write the
# store, settings and caches into the user's folders (a fresh HOME), and extract exactly what the
# golden file says.
# Usage: check-install.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$(cd "$1" && pwd)
build_dir=$(cd "$2" && pwd)
work=$(mktemp -d /tmp/iwb-install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; echo "FAIL: cmake --install"; exit 1; }

# What the install must hold (docs/packaging.md).
app_id=org.incidentworkbench.workbench
missing=0
for file in bin/incident-workbench bin/incident-cli libexec/incident-workbench/incident-parse \
    share/incident-workbench/rules/de/data-categories.tsv share/incident-workbench/rules/en/data-categories.tsv \
    share/incident-workbench/samples/de-app-update-fremde-daten.txt \
    share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg share/icons/hicolor/48x48/apps/$app_id.png \
    share/icons/hicolor/256x256/apps/$app_id.png share/man/man1/incident-cli.1 \
    share/bash-completion/completions/incident-cli; do
    if [[ ! -e "$prefix/$file" ]]; then echo "FAIL: the install has no $file"; missing=1; fi
done
[[ $missing -eq 0 ]] || exit 1
# The manual page is incident-cli's, made from its --help (nothing else on stderr crept in).
grep -q '^\.TH INCIDENT-CLI "1"' "$prefix/share/man/man1/incident-cli.1" \
    || { head -n 3 "$prefix/share/man/man1/incident-cli.1"; echo "FAIL: the manual page is not titled INCIDENT-CLI"; exit 1; }
grep -q 'paths' "$prefix/share/man/man1/incident-cli.1" || { echo "FAIL: the manual page lacks the command paths"; exit 1; }

# What the programs are compared with, copied before the source tree goes out of reach.
cp "$source_dir/tests/data/golden/de-app-update-fremde-daten.json" "$work/golden.json"

cat >"$work/run.sh" <<'INNER'
set -euo pipefail
work="$1" prefix="$2" source_dir="$3" build_dir="$4" hidden="$5"
fail() { echo "FAIL: $*"; exit 1; }
if [[ $hidden == yes ]]; then
    [[ ! -e "$source_dir/CMakeLists.txt" ]] || fail "the source tree is still visible"
    [[ ! -e "$build_dir/bin/incident-cli" ]] || fail "the build folder is still visible"
    touch "$prefix/share/incident-workbench/write-test" 2>/dev/null && fail "the prefix is writable"
fi
export HOME="$work/home"
mkdir -p "$HOME"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME INCIDENT_WORKBENCH_PARSER
export XDG_DATA_DIRS="$work/no-data"   # not /usr/share: an installed package must not stand in
export QT_QPA_PLATFORM=offscreen
cd "$work"
cli="$prefix/bin/incident-cli"

# 1. Where the installed program looks: everything in the prefix or in HOME.
"$cli" paths --json >paths.json
python3 - "$prefix" "$HOME" <<'PY'
import json, sys
prefix, home = sys.argv[1], sys.argv[2]
p = json.load(open("paths.json"))
expect = {
    "installed": True,
    "rules_de": prefix + "/share/incident-workbench/rules/de",
    "rules_en": prefix + "/share/incident-workbench/rules/en",
    "samples": prefix + "/share/incident-workbench/samples",
    "parse_helper": prefix + "/libexec/incident-workbench/incident-parse",
    "store": home + "/.local/share/IncidentWorkbench/incident-workbench/incidents.sqlite",
    "settings": home + "/.config/IncidentWorkbench/incident-workbench.conf",
    "recovery_drafts": home + "/.local/share/IncidentWorkbench/incident-workbench/recovery",
}
bad = [f"{k}: {p.get(k)!r}, expected {v!r}" for k, v in expect.items() if p.get(k) != v]
if bad:
    sys.exit("FAIL: incident-cli paths:\n  " + "\n  ".join(bad))
PY

# 2. Extraction with the installed rules gives exactly the golden file.
mkdir -p resources/samples
cp "$prefix/share/incident-workbench/samples/de-app-update-fremde-daten.txt" resources/samples/
"$cli" extract --json resources/samples/de-app-update-fremde-daten.txt >extract.json
python3 -c 'import json,sys; a=json.load(open("extract.json")); b=json.load(open("golden.json")); sys.exit(0 if a==b else "FAIL: the installed incident-cli extracts other facts than tests/data/golden/de-app-update-fremde-daten.json")'

# 3. First start creates the user's store; an e-mail goes through the installed helper.
cat >notice.eml <<'MAIL'
From: Datenschutz <datenschutz@example.org>
To: Register <register@example.org>
Subject: Meldung: Kundenportal zeigte fremde Rechnungen
Date: Tue, 3 Feb 2026 09:15:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Am 2. Februar 2026 zeigte das Kundenportal der Stadtwerke Talheim zwischen 14:05 und 14:40 Uhr
rund 1.200 Kundinnen und Kunden die Rechnungen anderer Haushalte an. Ursache war ein Fehler im
Zwischenspeicher. Die Aufsichtsbehörde wurde informiert.
MAIL
"$cli" import notice.eml resources/samples/de-app-update-fremde-daten.txt >import.log 2>&1 \
    || { cat import.log; fail "incident-cli import"; }
"$cli" list --json >list.json
python3 -c 'import json,sys; titles=[json.loads(l)["title"] for l in open("list.json") if l.strip()]; sys.exit(0 if len(titles)==2 and any("Kundenportal" in t for t in titles) else "FAIL: the store lists %r" % titles)'
[[ -f "$HOME/.local/share/IncidentWorkbench/incident-workbench/incidents.sqlite" ]] || fail "no store in the user's data folder"

# 4. The workbench starts from the install, loads the rules (the screenshot waits for the first
#    extraction) and opens a file given on its command line.
"$prefix/bin/incident-workbench" --screenshot shot.png "$prefix/share/incident-workbench/samples/en-lost-laptop.txt" \
    >gui.log 2>&1 || { cat gui.log; fail "incident-workbench --screenshot"; }
[[ -s shot.png ]] || fail "the workbench wrote no screenshot"
! grep -q "extraction is off" gui.log || { cat gui.log; fail "the workbench found no rules"; }
# To a file first: `| grep -q` under pipefail fails when grep exits before the last line is written.
"$cli" list --json >"$work/listed.json" || fail "incident-cli list"
grep -qi "laptop" "$work/listed.json" || fail "the file given to the workbench was not imported"
[[ -d "$HOME/.cache/IncidentWorkbench/incident-workbench" ]] || fail "no cache in the user's cache folder"
echo "install test: the installed programs run from $prefix with their data, the user's files in HOME"
INNER

# Hide the source and build folders and make the prefix read-only where mounts are allowed.
if unshare --mount --propagation unchanged true 2>/dev/null; then
    unshare --mount --propagation unchanged bash -c '
        set -e
        work="$1" prefix="$2" source_dir="$3" build_dir="$4"
        mount --bind "$prefix" "$prefix" && mount -o remount,bind,ro "$prefix"
        mount -t tmpfs none "$build_dir"
        mount -t tmpfs none "$source_dir"
        exec bash "$work/run.sh" "$work" "$prefix" "$source_dir" "$build_dir" yes
    ' bash "$work" "$prefix" "$source_dir" "$build_dir"
else
    echo "note: cannot mount here (not root); the source tree stays visible, the prefix writable"
    bash "$work/run.sh" "$work" "$prefix" "$source_dir" "$build_dir" no
fi
