#!/usr/bin/env bash
# Capacity benchmarks (issue 15), on demand — never part of the test suite. Figures go into docs/performance.md.
#   ci/bench-capacity.sh [sessions] [users] [minutes]     # defaults: 100 sessions, 50 users, 3 minutes
# Builds the jar, starts Crossfield in demo mode (small sandbox, fresh embedded MariaDB under target/) on port 8095,
# then, with one headless Chromium and one browser context per person (ci/load/capacity.mjs):
#   1. logs in `sessions` people, each left on their dashboard, and reports the heap used per session after a full GC;
#   2. restarts Crossfield and lets `users` students at once search postings, open a project and save a draft
#      application for `minutes` minutes, and reports the server's response-time percentiles and the errors. The
#      students are driven by a protocol-level driver (ci/load/uidl-client.mjs: Vaadin's own protocol, no rendering);
#      DRIVER=browser drives each in a browser context instead (needs far more cores than the server).
# PIN=1 gives the server (and the embedded MariaDB it starts) the first core and the browsers the others (taskset), so
# that on a small machine the server's figures are those of a server with one core of its own.
# Needs Node.js 20+, npm (playwright-core is installed into ci/load/node_modules) and Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
SESSIONS="${1:-100}"; USERS="${2:-50}"; MINUTES="${3:-3}"; ONLY="${ONLY:-}"  # ONLY=sessions|journey
PORT=8095
OUT=target/bench-capacity
mkdir -p "$OUT"
[ -f frontend-vaadin/target/crossfield.jar ] && [ "${REBUILD:-0}" = 0 ] \
  || ./mvnw -B -ntp -q -DskipTests package -pl frontend-vaadin -am
(cd ci/load && npm install --no-audit --no-fund --silent)

SERVER_CPUS=(); BROWSER_CPUS=()
if [ "${PIN:-0}" = 1 ]; then
  SERVER_CPUS=(taskset -c 0); BROWSER_CPUS=(taskset -c "1-$(( $(nproc) - 1 ))")
fi

start() {
  local log="$OUT/server-$1.log"
  rm -f "$OUT/access-$1.log" # Tomcat appends: a previous run's marks must not be read as this run's
  "${SERVER_CPUS[@]}" java -Xmx2g -jar frontend-vaadin/target/crossfield.jar --server.port=$PORT \
    --crossfield.embedded-database.directory="$PWD/$OUT/db" --crossfield.embedded-database.fresh=true \
    --logging.level.root=WARN --logging.level.org.crossfield=INFO \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/$OUT" \
    --server.tomcat.accesslog.prefix="access-$1" --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
    '--server.tomcat.accesslog.pattern=%m %U%q %s %{ms}T' > "$log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$SERVER" 2>/dev/null || { echo "Crossfield did not start: see $log"; exit 1; }
    sleep 1
  done
  # The embedded MariaDB's port: the one its server process (running on our data folder) listens on.
  local db_pid
  db_pid=$(pgrep -f -- "--datadir=$PWD/$OUT/db/data" | head -1)
  DB_PORT=$(ss -ltnpH | grep "pid=$db_pid," | awk '{print $4}' | sed 's/.*://' | head -1)
}
stop() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap stop EXIT
# The embedded database's account and the password generated for its data folder (kept beside the data).
query() { mysql -h127.0.0.1 -P"$DB_PORT" -ucrossfield -p"$(sed -n 's/^password=//p' "$OUT/db/credentials")" -N crossfield -e "$1"; }

if [ "$ONLY" != journey ]; then
start sessions
query "select email from app_user u join user_role r on r.user_id = u.id where r.role = 'STUDENT' and u.enabled order by u.id" > "$OUT/students.txt"
echo "[capacity] $(wc -l < "$OUT/students.txt") students; measuring $SESSIONS sessions (server pid $SERVER)"
node ci/load/capacity.mjs sessions --base "http://localhost:$PORT" --users "$OUT/students.txt" --count "$SESSIONS" --pid "$SERVER" \
  | tee "$OUT/sessions.txt"
stop
fi

if [ "$ONLY" != sessions ]; then
start journey
query "select email from app_user u join user_role r on r.user_id = u.id where r.role = 'STUDENT' and u.enabled order by u.id" > "$OUT/students.txt"
query "select id from phd_project where status = 'OPEN' order by id" > "$OUT/projects.txt"
echo "[capacity] $(wc -l < "$OUT/projects.txt") open projects; $USERS students for $MINUTES minutes"
# Browsers run under `nice -n 19` so that the server is served first; the protocol driver needs little CPU and runs at
# normal priority, so that its own timings are not stretched by waiting for a core.
MODE=journey; NICE=(); [ "${DRIVER:-protocol}" = browser ] && { MODE=journey-browser; NICE=(nice -n 19); }
"${BROWSER_CPUS[@]}" "${NICE[@]}" node ci/load/capacity.mjs "$MODE" --base "http://localhost:$PORT" --users "$OUT/students.txt" --projects "$OUT/projects.txt" \
  --count "$USERS" --minutes "$MINUTES" --rampMs "${RAMP_MS:-1000}" --thinkMs "${THINK_MS:-5000}" | tee "$OUT/journey.txt"
stop
# Server-side response times between the marks: every request but static resources and the marks themselves.
python3 - "$OUT/access-journey.log" <<'PY' | tee -a "$OUT/journey.txt"
import re, sys
lines = open(sys.argv[1]).read().splitlines()
start = next(i for i, l in enumerate(lines) if 'bench=start' in l)
end = next(i for i, l in enumerate(lines) if 'bench=end' in l)
times, errors, kinds = [], 0, {}
for line in lines[start + 1:end]:
    method, url, status, ms = line.rsplit(' ', 3)[0].split(' ', 1)[0], line.split(' ')[1], int(line.split(' ')[-2]), float(line.split(' ')[-1])
    if '/VAADIN/' in url or re.search(r'\.(js|css|woff2?|png|svg|ico)(\?|$)', url) or url.startswith('/actuator'):
        continue
    kind = 'uidl' if 'v-r=uidl' in url else 'heartbeat' if 'v-r=heartbeat' in url else 'init' if 'v-r=init' in url else 'page'
    kinds[kind] = kinds.get(kind, 0) + 1
    times.append(ms)
    errors += status >= 500
times.sort()
pct = lambda p: times[min(len(times) - 1, max(0, -(-p * len(times) // 100) - 1))]
print(f"SERVER requests={len(times)} {kinds} p50={pct(50):.0f}ms p95={pct(95):.0f}ms p99={pct(99):.0f}ms max={times[-1]:.0f}ms errors(5xx)={errors}")
PY
fi
echo "[capacity] machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average now $(cut -d' ' -f1-3 /proc/loadavg)"
