package org.crossfield.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The embedded (demo, zero-configuration) MariaDB is reachable from this machine only and has a password: it listened
 * on every interface with a password-less root account (anyone on the network read the password hashes).
 */
class EmbeddedDatabaseSecurityTest {

    @Test
    void itListensOnLoopbackOnlyAndRefusesAnEmptyPassword() throws Exception {
        Path dir = Path.of("target", "embedded-security-mariadb");
        EmbeddedDatabase server = EmbeddedDatabase.startOrGet(dir, true);
        try {
            String url = "jdbc:mysql://127.0.0.1:" + server.port() + "/";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                    .as("root without a password").isInstanceOf(SQLException.class);
            assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
            try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select @@bind_address")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                }
                try (ResultSet rs = s.executeQuery("select count(*) from mysql.user where user = ''")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("no anonymous account").isZero();
                }
            }
            assertThat(Files.getPosixFilePermissions(dir.resolve("credentials")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            server.createDatabaseIfMissing("crossfield_security_check");

            Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                    .filter(i -> !isLoopback(i)).flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()).findFirst();
            if (external.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(external.get(), server.port()), 2_000);
                    }
                }).as("not reachable on %s", external.get()).isInstanceOf(java.io.IOException.class);
            }

            // a restart (same directory, data kept) reads the same password back
            server.stop();
            server.start();
            try (Connection c = DriverManager.getConnection(url, server.username(), server.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            server.stop();
        }
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
