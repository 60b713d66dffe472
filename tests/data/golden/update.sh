#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Rewrites the golden extraction files from what incident-cli extracts now.
# Read `git diff tests/data/golden` before committing: every change there is a
# change in what analysts see.
set -euo pipefail
cd "$(dirname "$0")/../../.."
./packaging/dev.sh shell bash -c 'cmake --build build/dev --target tst_golden incident-cli >/dev/null \
    && IWB_UPDATE_GOLDEN=1 build/dev/bin/tst_golden >/dev/null'
git status --short tests/data/golden
