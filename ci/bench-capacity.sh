#!/usr/bin/env bash
# Capacity benchmarks (issue 15), on demand — never part of the test suite. Figures go into docs/performance.md.
#   ci/bench-capacity.sh [sessions] [users] [minutes]     # defaults: 100 sessions, 50 users, 3 minutes
# Builds the jar, starts Crossfield in demo mode (small sandbox, fresh embedded MariaDB under target/) on port 8095,
# then, with one headless Chromium and one browser context per person (ci/load/capacity.mjs):
#   1. logs in `sessions` people, each left on their dashboard, and reports the heap used per session after a full GC;
#   2. restarts Crossfield and lets `users` students at once search postings, open a project and save a draft
#      application for `minutes` minutes, and reports the server's response-time percentiles and the errors.
# Needs Node.js 20+, npm (playwright-core is installed into ci/load/node_modules) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
SESSIONS="${1:-100}"; USERS="${2:-50}"; MINUTES="${3:-3}"
PORT=8095
OUT=target/bench-capacity
mkdir -p "$OUT"
[ -f frontend-vaadin/target/crossfield.jar ] && [ "${REBUILD:-0}" = 0 ] \
  || ./mvnw -B -ntp -q -DskipTests package -pl frontend-vaadin -am
(cd ci/load && npm install --no-audit --no-fund --silent)

start() {
  local log="$OUT/server-$1.log"
  java -Xmx2g -jar frontend-vaadin/target/crossfield.jar --server.port=$PORT \
    --crossfield.embedded-database.directory="$PWD/$OUT/db" --crossfield.embedded-database.fresh=true \
    --logging.level.root=WARN --logging.level.org.crossfield=INFO > "$log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$SERVER" 2>/dev/null || { echo "Crossfield did not start: see $log"; exit 1; }
    sleep 1
  done
  DB_PORT=$(sed -n 's/.*Starting embedded MariaDB on port \([0-9]*\).*/\1/p' "$log" | head -1)
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; }
query() { mysql -h127.0.0.1 -P"$DB_PORT" -uroot ${CROSSFIELD_EMBEDDED_DATABASE_PASSWORD:+-p"$CROSSFIELD_EMBEDDED_DATABASE_PASSWORD"} -N crossfield -e "$1"; }

start sessions
query "select email from app_user u join user_role r on r.user_id = u.id where r.role = 'STUDENT' and u.enabled order by u.id" > "$OUT/students.txt"
echo "[capacity] $(wc -l < "$OUT/students.txt") students; measuring $SESSIONS sessions (server pid $SERVER)"
node ci/load/capacity.mjs sessions --base "http://localhost:$PORT" --users "$OUT/students.txt" --count "$SESSIONS" --pid "$SERVER" \
  | tee "$OUT/sessions.txt"
stop

start journey
query "select id from phd_project where status = 'OPEN' order by id" > "$OUT/projects.txt"
echo "[capacity] $(wc -l < "$OUT/projects.txt") open projects; $USERS students for $MINUTES minutes"
node ci/load/capacity.mjs journey --base "http://localhost:$PORT" --users "$OUT/students.txt" --projects "$OUT/projects.txt" \
  --count "$USERS" --minutes "$MINUTES" | tee "$OUT/journey.txt"
stop
echo "[capacity] machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
