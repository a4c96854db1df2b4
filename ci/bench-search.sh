#!/usr/bin/env bash
# On-demand benchmark of the posting search ("Find postings"): median and p95 latency of representative queries over
# the large sandbox's 100,000+ postings (generated once into backend/target/search-bench-mariadb; the first run spends a
# few minutes generating it). Results: docs/performance.md, "Posting search".
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl backend -am test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "SEARCH|Loaded|ERROR|FAIL" || true
