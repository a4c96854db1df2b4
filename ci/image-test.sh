#!/usr/bin/env bash
# Builds the container image without a Docker engine (Jib, docs/deploy/README.md) and tests it without one: the OCI
# tar is unpacked layer by layer into a root filesystem, the image's configuration is checked (non-root user, port,
# entrypoint), and, when this runs as root, the application is started from that root filesystem with chroot, as the
# image's user, against the local MariaDB, until its readiness probe answers UP.
# Usage: ci/image-test.sh [--skip-build]      (needs JDK 25, jq, tar; the run needs root and a MariaDB on 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[image] %s\n' "$*"; }

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ "${1:-}" != "--skip-build" ]; then
    log "Building the image: ./mvnw -pl frontend-vaadin -am -Pimage -DskipTests package"
    ./mvnw -B -ntp -q -pl frontend-vaadin -am -Pimage -DskipTests package
fi
tar_file=frontend-vaadin/target/crossfield-image.tar
[ -s "$tar_file" ] || { log "no image at $tar_file"; exit 1; }
log "Image: $tar_file ($(du -h "$tar_file" | cut -f1))"

work=frontend-vaadin/target/image-test
rm -rf "$work" && mkdir -p "$work/oci" "$work/rootfs"
tar xf "$tar_file" -C "$work/oci" --warning=no-unknown-keyword
blob() { echo "$work/oci/blobs/${1/://}"; }
manifest=$(blob "$(jq -r '.manifests[0].digest' "$work/oci/index.json")")
config=$(blob "$(jq -r '.config.digest' "$manifest")")
for layer in $(jq -r '.layers[].digest' "$manifest"); do
    tar xzf "$(blob "$layer")" -C "$work/rootfs" --warning=no-unknown-keyword
done

user=$(jq -r '.config.User' "$config")
[ "$user" = "10001:10001" ] || { log "the image runs as '$user', not the non-root user 10001"; exit 1; }
jq -e '.config.ExposedPorts["8080/tcp"]' "$config" >/dev/null || { log "port 8080 is not exposed"; exit 1; }
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
log "Configuration: user $user, port 8080, entrypoint ${entrypoint[*]}"
[ -x "$work/rootfs/opt/java/bin/java" ] || { log "no Java runtime in the image"; exit 1; }

if [ "$(id -u)" -ne 0 ] || ! (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; then
    log "Not root or no MariaDB on 127.0.0.1:3306: the image was built and checked, but not started"
    exit 0
fi
mariadb -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS crossfield_image_test; CREATE DATABASE crossfield_image_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mkdir -p "$work/rootfs/proc" && mount -t proc proc "$work/rootfs/proc"
env_args=()
while IFS= read -r line; do env_args+=("$line"); done < <(jq -r '.config.Env[]' "$config")
port=18080
env -i "${env_args[@]}" SERVER_PORT=$port SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/crossfield_image_test \
    SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= \
    "$(command -v chroot)" --userspec=10001:10001 "$work/rootfs" "${entrypoint[@]}" > "$work/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; umount "$work/rootfs/proc" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
        log "The application started from the image answers: readiness UP ($(grep -o 'Started Application in [0-9.]* seconds' "$work/app.log" || true))"
        scrape=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/prometheus")
        login=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")
        log "Prometheus without the monitoring account: HTTP $scrape (401 expected); the login page: HTTP $login"
        [ "$scrape" = 401 ] && [ "$login" = 200 ] || exit 1
        mariadb -h 127.0.0.1 -u root -e "DROP DATABASE crossfield_image_test"
        exit 0
    fi
    kill -0 "$app" 2>/dev/null || break
    sleep 5
done
log "The application from the image did not become ready; its log:"
tail -50 "$work/app.log"
exit 1
