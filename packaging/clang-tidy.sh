#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Runs clang-tidy (Debian 13's clang-tidy 19, the checks in .clang-tidy) on the project's C++ files
# with the compile commands of the dev build (build/dev/compile_commands.json: build it first).
# Prints every finding and fails when there is one. See docs/reliability.md for what it costs.
#
# Usage: packaging/clang-tidy.sh [--changed [BASE]] [FILE...]
#   (no arguments)    every .cpp file of app/, model/, widgets/ and tests/ (headers are checked
#                     through the files that include them): the full run
#   --changed [BASE]  the .cpp files that differ from the merge base with BASE (default: main, else
#                     origin/main; on BASE itself, the last commit), changed but uncommitted ones
#                     too, and for a changed header the .cpp file of the same name; what
#                     `./packaging/dev.sh test` runs. Every file when there is no such base.
#   FILE...           these files
# Environment: INCIDENT_WORKBENCH_JOBS parallel clang-tidy processes (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
database=build/dev

# The files a change touches, as paths in the checkout; "all" when no base is known. Runs outside the
# build root, which has no git.
changed_files() {
    local base="$1" merge_base
    if [[ -z "$base" ]]; then
        for candidate in main origin/main; do
            git rev-parse --verify -q "$candidate^{commit}" >/dev/null && { base=$candidate; break; }
        done
    fi
    if [[ -z "$base" ]] || ! merge_base=$(git merge-base HEAD "$base" 2>/dev/null); then
        echo all
        return
    fi
    if [[ "$merge_base" == "$(git rev-parse HEAD)" ]]; then
        merge_base=$(git rev-parse -q --verify HEAD~1) || { echo all; return; }
    fi
    { git diff --name-only --diff-filter=d "$merge_base"; git ls-files --others --exclude-standard; } \
        | grep -E '\.(cpp|h)$' | sed 's/\.h$/.cpp/' | sort -u || true
}

if [[ "${IWB_TIDY_INSIDE:-}" != 1 ]]; then
    if [[ "${1:-}" == --changed ]]; then
        mkdir -p build
        changed_files "${2:-}" >build/clang-tidy-changed.txt
        if [[ "$(head -n1 build/clang-tidy-changed.txt)" == all ]]; then
            echo "clang-tidy.sh: no merge base with ${2:-main}; checking every file" >&2
            set --
        else
            set -- --list build/clang-tidy-changed.txt
        fi
    fi
    exec ./packaging/dev.sh shell env IWB_TIDY_INSIDE=1 bash packaging/clang-tidy.sh "$@"
fi

[[ -f $database/compile_commands.json ]] \
    || { echo "clang-tidy.sh: build the dev preset first (./packaging/dev.sh build)" >&2; exit 2; }

# The files the compile commands know, inside the checkout and outside the build folders (no moc or
# resource files).
known_files() {
    python3 - "$database/compile_commands.json" "$PWD" <<'EOF'
import json, os, sys
source = sys.argv[2] + "/"
for f in sorted({os.path.normpath(e["file"]) for e in json.load(open(sys.argv[1]))}):
    if f.startswith(source) and not f.startswith(source + "build/"):
        print(f[len(source):])
EOF
}

files=()
if [[ "${1:-}" == --list ]]; then
    mapfile -t files < <(comm -12 <(sort -u "$2") <(known_files | sort -u))
elif [[ $# -gt 0 ]]; then
    files=("$@")
else
    mapfile -t files < <(known_files)
fi
if [[ ${#files[@]} -eq 0 ]]; then
    echo "clang-tidy.sh: no C++ file to check"
    exit 0
fi

start=$(date +%s)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# --quiet drops the "N warnings generated" lines; findings in headers outside our folders are left out
# by HeaderFilterRegex in .clang-tidy.
printf '%s\n' "${files[@]}" \
    | xargs -P "${INCIDENT_WORKBENCH_JOBS:-2}" -n 1 clang-tidy -p "$database" --quiet >"$log" 2>/dev/null || true
# A header's finding is reported by every file that includes it: count each once.
# (grep finds nothing in a clean run: that is success, not a failed pipeline.)
findings=$({ grep -E '^[^ ].*: (warning|error): ' "$log" || true; } | sort -u | wc -l)
cat "$log"
echo "clang-tidy.sh: ${#files[@]} files in $(($(date +%s) - start)) s, $findings findings"
[[ "$findings" -eq 0 ]]
