#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Fails when a C++ file is not formatted as .clang-format says. Usage:
#   check-format.sh CLANG_FORMAT SOURCE_DIR
# Formatting differs between clang-format releases; the project formats with
# the one of Debian 13 (19). With another release the check is skipped
# (exit 77, which ctest reports as skipped), not failed.
set -euo pipefail
clang_format="$1"
source_dir="$2"
major=$("$clang_format" --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
if [[ "$major" != 19 ]]; then
    echo "clang-format $major is not the project's (19): format check skipped"
    exit 77
fi
cd "$source_dir"
mapfile -t files < <(find app model widgets tests -name '*.cpp' -o -name '*.h' | sort)
if ! "$clang_format" --dry-run -Werror "${files[@]}" 2>/tmp/iwb-format-check.$$; then
    grep -m 20 'error:' /tmp/iwb-format-check.$$ || true
    rm -f /tmp/iwb-format-check.$$
    echo "not formatted: run clang-format -i on the files above (packaging/dev.sh format does all)"
    exit 1
fi
rm -f /tmp/iwb-format-check.$$
echo "${#files[@]} files formatted as .clang-format says"
