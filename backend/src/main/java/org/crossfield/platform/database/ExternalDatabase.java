package org.crossfield.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test support for an external MySQL/MariaDB: drops and recreates the database named in the URL. */
final class ExternalDatabase {

    private static final Pattern URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private static final java.util.Set<String> RECREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ExternalDatabase() {
    }

    /** Once per JVM and URL: later Spring contexts of the same test run share the database. */
    static void recreate(String url, String user, String password) {
        if (!RECREATED.add(url)) {
            return;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Cannot recreate the database of " + url + ": expected jdbc:mysql://host:port/name");
        }
        String name = m.group(2);
        if (!name.contains("test")) {
            throw new IllegalStateException("Refusing to drop database '" + name + "': only databases named *test* are recreated");
        }
        String serverUrl = m.group(1) + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate test database " + name + " at " + serverUrl + ": " + e.getMessage(), e);
        }
    }
}
