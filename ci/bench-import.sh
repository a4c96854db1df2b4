#!/usr/bin/env bash
# On-demand benchmark of the bibliography import: a 2,000-entry BibTeX file read, previewed and imported in portions of
# 250 as the import dialog does, on the test database (CROSSFIELD_TEST_DB_URL). Results: docs/performance.md,
# "Bibliography import".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl backend -am test -Dtest=BibliographyImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "IMPORT BENCHMARK|ERROR|FAIL" || true
