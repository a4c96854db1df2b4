#!/usr/bin/env bash
# Runs the README's test command the way CI does, on a machine that may lack what the tests need:
#   - a JDK 25 (JAVA_HOME is pointed at one when the default java is older),
#   - Debian's chromium and chromium-driver (installed when missing; browser journeys are required here),
#   - the local MariaDB on 127.0.0.1:3306 (started when installed but stopped; used when it answers,
#     otherwise the tests fall back to the embedded MariaDB).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[ci] %s\n' "$*"; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# --- JDK 25 ---------------------------------------------------------------------------------------
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
  :
elif command -v java >/dev/null && [ "$(java_major java)" -ge 25 ] 2>/dev/null; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
else
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /opt/java/*25*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 25 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      break
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    log "No JDK 25 found: install one (e.g. Temurin 25) and set JAVA_HOME."
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
log "Using JDK at $JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"

# --- Chromium and its driver ---------------------------------------------------------------------
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "Installing Debian's chromium and chromium-driver for the browser journeys"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
export CHROME_BIN="$(command -v chromium)"
export CHROMEDRIVER="$(command -v chromedriver)"
export SE_OFFLINE=true
log "Browser: $("$CHROME_BIN" --version 2>/dev/null | head -1)"

# --- The local MariaDB, when there is one ----------------------------------------------------------
db_answers() {
  if command -v mariadb-admin >/dev/null; then
    mariadb-admin --connect-timeout=2 -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1
  else
    (exec 3<>/dev/tcp/127.0.0.1/3306) >/dev/null 2>&1
  fi
}
if ! db_answers && [ -x /usr/sbin/mariadbd ]; then
  log "Starting the installed MariaDB server"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do db_answers && break; sleep 1; done
fi
if db_answers; then
  export CROSSFIELD_TEST_DB_URL="${CROSSFIELD_TEST_DB_URL:-jdbc:mysql://127.0.0.1:3306/crossfield_test}"
  export CROSSFIELD_TEST_DB_USER="${CROSSFIELD_TEST_DB_USER:-root}"
  export CROSSFIELD_TEST_DB_PASSWORD="${CROSSFIELD_TEST_DB_PASSWORD:-}"
  log "Tests use the MariaDB at $CROSSFIELD_TEST_DB_URL"
else
  log "No MariaDB answers on 127.0.0.1:3306: tests use the embedded MariaDB"
fi

# --- The README's test command, with browser journeys required ------------------------------------
log "Running: ./mvnw verify"
./mvnw -B -ntp verify -Dcrossfield.browser.required=true "$@"

# --- The container image (docs/deploy/README.md): Jib without a Docker engine, then started from its own files ----
log "Building and testing the container image: ci/image-test.sh"
ci/image-test.sh
