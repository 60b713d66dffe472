#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Fails when code stands in the wrong layer (docs/architecture.md):
#  - only model/storage runs SQL: no other file of the program includes Qt SQL or sqlite3.h;
#  - the model library never includes Qt Widgets.
# Usage: check-layers.sh SOURCE_DIR
set -euo pipefail
cd "$1"
status=0
sql=$(grep -rlE '#include <((QtSql/)?QSql|sqlite3\.h)' app widgets model --include='*.cpp' --include='*.h' | grep -v '^model/storage/' || true)
if [[ -n "$sql" ]]; then
    echo "Qt SQL outside model/storage (move the query behind IncidentStore or StoreTables):"
    echo "$sql"
    status=1
fi
widgets=$(grep -rlE '#include <(QtWidgets/)?(QWidget|QApplication|QDialog|QMainWindow|QAbstractItemView|QMessageBox|QtWidgets)' \
    model --include='*.cpp' --include='*.h' || true)
if [[ -n "$widgets" ]]; then
    echo "Qt Widgets in the model library:"
    echo "$widgets"
    status=1
fi
[[ $status -ne 0 ]] || echo "layers hold: SQL only in model/storage, no widgets in model/"
exit $status
