#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The longest event-loop stall of each GUI action on a large store: runs the
# widget test tst_guistalls (a store of RECORDS articles and incident records,
# the real window driven through its widgets, a 2 ms probe timer on the event
# loop) and prints its table of gaps, ready for docs/reliability.md.
#
# Usage: packaging/bench-gui-stalls.sh [RECORDS]   (default 20000; builds first,
#        runs inside the build environment through packaging/dev.sh shell)
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-20000}"
if [[ "${IWB_IN_BUILD_ENV:-}" != 1 ]]; then
    ./packaging/dev.sh build >&2
    exec ./packaging/dev.sh shell env IWB_IN_BUILD_ENV=1 bash packaging/bench-gui-stalls.sh "$records"
fi
log=$(mktemp /tmp/bench-gui-stalls.XXXXXX)
trap 'rm -f "$log"' EXIT
status=0
QT_QPA_PLATFORM=offscreen IWB_STALL_RECORDS="$records" build/dev/bin/tst_guistalls >"$log" 2>&1 || status=$?
# The table the test prints at its end, without QtTest's prefix.
sed -n 's/^QINFO  : TestGuiStalls::cleanupTestCase() //p' "$log"
grep -E '^(FAIL!|QWARN)' "$log" | grep -v propagateSizeHints >&2 || true
exit $status
