#!/usr/bin/env bash
# On-demand benchmark of a matching round in the application: 2,000 projects × 100,000 mentors (the large sandbox,
# generated once into backend/target/bench-mariadb; the first run spends a few minutes generating it).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -pl backend -am test -Dtest=RoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "run [0-9]+:|ROUND BENCHMARK|Loaded the sandbox|Mentor directory|Matching round|ERROR|FAIL" || true
