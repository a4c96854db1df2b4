#!/usr/bin/env bash
# Builds the root filesystem that the container image adds to an empty ("scratch") base: a Java runtime cut from the
# JDK that builds Crossfield (jlink), the shared libraries it needs from this machine, and a non-root user. No base
# image is downloaded: the image is made from what the build machine has (docs/deploy/README.md).
# Usage: make-runtime.sh <output directory>
set -euo pipefail

out=$(realpath -m "${1:?output directory}")
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,\
java.sql,java.sql.rowset,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.cryptoki,jdk.localedata,\
jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,jdk.jfr,jdk.management.jfr

rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/data/files" "$out/home/crossfield"
"$java_home/bin/jlink" --add-modules "$modules" --output "$out/opt/java" --strip-debug --no-header-files \
    --no-man-pages --include-locales=en,de,fr,nl

# every shared library the runtime loads from the system, with the dynamic loader, at the paths it asks for
find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
    xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3} /^\s*\/lib/ {print $1}' | grep -v "^$out" | sort -u |
    while read -r lib; do
        mkdir -p "$out$(dirname "$lib")"
        cp -L "$lib" "$out$lib"
    done
# the loader is asked for as /lib64/ld-linux-x86-64.so.2 on x86-64
if [ -e /lib64/ld-linux-x86-64.so.2 ] && [ ! -e "$out/lib64/ld-linux-x86-64.so.2" ]; then
    mkdir -p "$out/lib64" && cp -L /lib64/ld-linux-x86-64.so.2 "$out/lib64/"
fi

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
crossfield:x:10001:10001:Crossfield:/home/crossfield:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
crossfield:x:10001:
GROUP
echo 'hosts: files dns' > "$out/etc/nsswitch.conf"
echo "Runtime for the image in $out: $(du -sh "$out" | cut -f1)"
