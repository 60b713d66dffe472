#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# The README's screenshots in German (or LANGUAGE): the main window, two incidents compared, the
# settings and the export dialog, taken under Xvfb from a fresh store of the sample articles.
#
# Usage: packaging/screenshots.sh [LANGUAGE]     (from the source folder; writes docs/images/<LANGUAGE>-*.png)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LANGUAGE="${1:-de}"
./packaging/dev.sh shell bash -c "cmake --build build/dev --target iwb-screenshots incident-parse >/dev/null \
    && LANG=de_DE.UTF-8 QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1920x1200x24' \
       build/dev/bin/iwb-screenshots docs/images '$LANGUAGE'"
