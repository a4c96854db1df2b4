#!/usr/bin/env bash
# On-demand benchmark of the coordinator's report: the dashboard's query set and each export (CSV, XLSX, PDF), median
# and p95, over 1,000,000 outcomes and 1,000,000 dissemination activities (generated once in SQL into
# backend/target/report-bench-mariadb; the first run spends a few minutes on it). A smaller first check:
# ci/bench-reports.sh 100000 (delete backend/target/report-bench-mariadb before going back to a million).
# Results: docs/performance.md, "Reports".
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
./mvnw -B -ntp -pl backend -am test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcrossfield.bench.rows="$ROWS" 2>&1 \
  | grep -E "REPORT|Loaded|ERROR|FAIL" || true
