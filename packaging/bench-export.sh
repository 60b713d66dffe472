#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#
# Compares `incident-cli export --format csv` with `sqlite3 -csv` dumping the
# same incidents table, on a generated store of 100,000 records (best of 3
# runs each), and prints the ratio. The goal (issue 14) is a ratio of at most 1.0:
# not slower than sqlite3 -csv, though the export also joins each record's sources.
#
# Runs inside the build environment, after a build:
#   ./packaging/dev.sh shell packaging/bench-export.sh [RECORDS]
# IWB_BENCH_KEEP=1 keeps the generated store and outputs (the folder is in /tmp/iwb-bench-export.*).
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-100000}"
cli="${IWB_CLI:-build/dev/bin/incident-cli}"
[[ -x "$cli" ]] || { echo "bench-export: no $cli; build first (./packaging/dev.sh build)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench-export: sqlite3 is not installed" >&2; exit 1; }
work="$(mktemp -d /tmp/iwb-bench-export.XXXXXX)"
[[ -n "${IWB_BENCH_KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT
db="$work/bench.sqlite"

# The program creates the schema; Python fills it.
"$cli" list --db "$db" >/dev/null
python3 - "$db" "$records" <<'PY'
import json, random, sqlite3, sys
db, count = sys.argv[1], int(sys.argv[2])
random.seed(42)
con = sqlite3.connect(db)
organizations = ["Lumera Pay", "Kreisklinikum Sellheim", "Stadtwerke Mühlbrück", "Northwind Insurance",
                 "Bäckerei Groß & Söhne", 'Verein "Freunde der Straße" e.V.', "Zahlfalke GmbH", "Ölmühle Nord AG",
                 "Contoso Health", "Fabrikam; Ltd."]
causes = ["misconfiguration", "software_error", "human_error", "attack", "insider_misuse", "loss_or_theft", "unknown", ""]
units = ["users", "customers", "accounts", "patients", "records", "employees", ""]
categories = ["names", "email_addresses", "phone_numbers", "postal_addresses", "credentials", "payment_cards",
              "bank_accounts", "health_data", "account_data"]
notes = ["", "", "Kunden sahen fremde Umsätze.\nNachtrag: Behörde informiert.", 'Laut Sprecher "kein Angriff"',
         "=HYPERLINK(\"http://example.org\")", "Prüfung läuft; Zahlen können sich ändern", "-"]
documents = max(1, count // 5)
text = ("Bei einem Fehler im Kundenportal sahen Nutzerinnen und Nutzer für 31 Minuten fremde Daten. "
        "Betroffen waren nach Angaben des Unternehmens rund 9.500 Konten; Zahlungsdaten seien nicht betroffen.")
con.execute("BEGIN")
con.executemany(
    "INSERT INTO documents (id, sha256, title, language, published, source, format, text, raw_source, imported_at) "
    "VALUES (?, ?, ?, 'de', '2026-01-16', ?, 'txt', ?, '', '2026-01-16T08:00:00.000Z')",
    ((i, f"{i:064x}", f"Datenpanne Nr. {i}: „{random.choice(organizations)}“ | Bericht", f"/articles/{i}.txt",
      f"{text} ({i})") for i in range(1, documents + 1)))
def incident(i):
    cause = random.choice(causes)
    count_value = random.choice([None, random.randint(1, 5_000_000)])
    return (i, random.choice(organizations), f"20{random.randint(10, 26)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
            random.choice(["", "10:49", "08:00"]), random.choice(["", "11:20", "18:00"]), random.choice([None, 31, 600, 4320]),
            count_value, random.choice(units) if count_value else "",
            json.dumps(random.sample(categories, random.randint(0, 4))), json.dumps(random.sample(categories, random.randint(0, 2))),
            cause, random.choice(["yes", "no", "unknown", ""]), random.choice(["internal", "customer", "researcher", ""]),
            random.choice([None, 0, 1]), random.choice([None, 0, 1]), random.choice(["draft", "first_pass", "reviewed"]),
            random.choice(["", "Jana", "Jörg"]), random.choice(notes), "2026-01-16T08:00:00.000Z", "2026-01-17T09:30:00.000Z")
con.executemany("INSERT INTO incidents (id, organization, incident_date, start_time, end_time, duration_minutes, affected_count, "
                "affected_unit, data_exposed, data_not_exposed, cause, external_attack, discovered_by, authority_notified, "
                "affected_notified, review_status, analyst, notes, created_at, modified_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (incident(i) for i in range(1, count + 1)))
con.executemany("INSERT INTO incident_sources (incident_id, document_id) VALUES (?, ?)",
                ((i, (i - 1) % documents + 1) for i in range(1, count + 1)))
con.commit()
con.close()
PY

best() { # best wall time of 3 runs of the command, in seconds
    local best=""
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        best=$(python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); b=sys.argv[3]; print(t if not b or t<float(b) else b)" "$start" "$end" "$best")
    done
    echo "$best"
}
sqlite_dump() { sqlite3 -csv "$db" "SELECT * FROM incidents" >"$work/sqlite.csv"; }
cli_export() { "$cli" export --format csv --db "$db" --out "$work/export.csv"; }

sqlite_seconds=$(best sqlite_dump)
cli_seconds=$(best cli_export)
rows=$(( $(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8', newline=''))))" "$work/export.csv") - 1 ))
python3 - "$records" "$rows" "$sqlite_seconds" "$cli_seconds" "$work/sqlite.csv" "$work/export.csv" <<'PY'
import os, sys
records, rows, sqlite_s, cli_s, sqlite_csv, export_csv = sys.argv[1:7]
mb = lambda path: os.path.getsize(path) / 1e6
print(f"records: {records} (exported rows: {rows})")
print(f"sqlite3 -csv 'SELECT * FROM incidents': {float(sqlite_s):.3f} s ({mb(sqlite_csv):.1f} MB)")
print(f"incident-cli export --format csv:     {float(cli_s):.3f} s ({mb(export_csv):.1f} MB, with source ids and titles)")
print(f"ratio export/sqlite3: {float(cli_s) / float(sqlite_s):.2f} (goal <= 1.0)")
PY
