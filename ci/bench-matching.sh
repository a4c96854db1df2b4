#!/usr/bin/env bash
# Matching-engine benchmarks (JMH + CLI end to end on generated 10,000 x 100,000 / 100,000-student instances).
# Usage: ci/bench-matching.sh [jmh-regex|-] [cli-runs]
#   ci/bench-matching.sh                      # everything (about 10 minutes on 2 cores)
#   ci/bench-matching.sh topK 0               # only the top-k benchmarks
#   ci/bench-matching.sh - 3                  # only the CLI end-to-end timing
# Results: backend/target/bench/ (jmh-result.json, generated instances, CLI outputs). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -pl backend -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd backend
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
exec "$JAVA_HOME/bin/java" -Xmx12g --enable-native-access=ALL-UNNAMED -cp "$CP" \
  org.crossfield.matching.bench.BenchMain "$@"
