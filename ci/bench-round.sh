#!/usr/bin/env bash
# On-demand benchmark of a matching round in the application: 2,000 projects × 100,000 mentors (the large sandbox,
# generated once into backend/target/bench-mariadb, which takes a few minutes the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp -DskipTests install -pl backend -am
./mvnw -B -ntp -pl backend test -Dtest=RoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.main.banner-mode=off 2>&1 | grep -E "run [0-9]+:|ROUND BENCHMARK|Loaded the sandbox|Mentor directory|ERROR|FAIL"
