package org.crossfield.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.CvUpload;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.testsupport.BackendTestApplication;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup and restore procedure of docs/operations.md, run for real: a dump of the database
 * ({@code mariadb-dump --single-transaction --routines}) and an archive of the file storage directory, taken together;
 * restored into an empty database and an empty directory; the application starts on the restore (Liquibase finds
 * nothing to do) and every stored file's SHA-256 matches its record.
 */
@CrossfieldIntegrationTest
class BackupRestoreIntegrationTest {

    private static final Pattern URL = Pattern.compile("^jdbc:(?:mysql|mariadb)://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+).*$");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationService applications;
    @Autowired
    RunAs runAs;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${crossfield.files.directory}")
    String filesDirectory;

    @Test
    void aDumpAndTheFilesRestoreIntoAnEmptyDatabaseAndEveryFileMatchesItsRecord() throws Exception {
        storeSomeCvs();
        Matcher db = URL.matcher(url);
        assertThat(db.matches()).as(url).isTrue();
        String host = db.group(1);
        String port = db.group(2) == null ? "3306" : db.group(2);
        String name = db.group(3);
        Path backup = Files.createDirectories(Path.of("target/backup-restore"));
        Path dump = backup.resolve("crossfield.sql");
        Path files = Path.of(filesDirectory).toAbsolutePath().normalize();

        // the backup: database dump and file archive, one after the other (docs/operations.md)
        run(List.of(client("mariadb-dump", "mysqldump"), "-h", host, "-P", port, "-u", "root", "--single-transaction",
                "--routines", name), null, dump);
        run(List.of("tar", "czf", backup.resolve("files.tar.gz").toString(), "-C", files.getParent().toString(),
                files.getFileName().toString()), null, null);

        // the restore: an empty database and an empty directory
        String restored = name + "_restored";
        Path restoredFiles = backup.resolve("restored");
        deleteRecursively(restoredFiles);
        Files.createDirectories(restoredFiles);
        jdbc.execute("drop database if exists `" + restored + "`");
        jdbc.execute("create database `" + restored + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        try {
            run(List.of(client("mariadb", "mysql"), "-h", host, "-P", port, "-u", "root", restored), dump, null);
            run(List.of("tar", "xzf", backup.resolve("files.tar.gz").toString(), "-C", restoredFiles.toString()), null, null);
            Path restoredStore = restoredFiles.resolve(files.getFileName());

            List<Map<String, Object>> records = jdbc.queryForList("select storage_key, sha256 from stored_file order by id");
            assertThat(records).as("the backup has files").hasSizeGreaterThanOrEqualTo(3);
            int changeSets = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BackendTestApplication.class)
                    .profiles("test").run(
                            "--spring.datasource.url=jdbc:mysql://" + host + ":" + port + "/" + restored,
                            "--crossfield.database.recreate=false",
                            "--crossfield.files.directory=" + restoredStore)) {
                JdbcTemplate restoredDb = app.getBean(JdbcTemplate.class);
                assertThat(restoredDb.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class))
                        .as("Liquibase found the restored schema complete").isEqualTo(changeSets);
                assertThat(restoredDb.queryForObject("select count(*) from app_user", Long.class))
                        .isEqualTo(jdbc.queryForObject("select count(*) from app_user", Long.class));
                List<Map<String, Object>> restoredRecords = restoredDb.queryForList(
                        "select storage_key, sha256 from stored_file order by id");
                assertThat(restoredRecords).isEqualTo(records);
                for (Map<String, Object> record : restoredRecords) {
                    Path file = restoredStore.resolve((String) record.get("storage_key"));
                    assertThat(sha256(file)).as("SHA-256 of %s", file).isEqualTo(record.get("sha256"));
                }
            }
        } finally {
            jdbc.execute("drop database if exists `" + restored + "`");
        }
    }

    /** Three students save a draft with a CV each: files in the directory, records in stored_file. */
    private void storeSomeCvs() {
        List<Long> projects = jdbc.queryForList("""
                select id from phd_project where status = 'OPEN' and demo
                  and id not in (select posting_id from application where demo) order by id limit 3""", Long.class);
        List<String> students = jdbc.queryForList("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> 'student@demo.crossfield.org' order by u.id desc limit 3""", String.class);
        for (int i = 0; i < 3; i++) {
            byte[] pdf = pdf("Backup test CV " + i + " " + System.nanoTime());
            long project = projects.get(i);
            runAs.run(students.get(i), () -> applications.saveDraft(new SaveApplicationCmd(PostingType.PROJECT, project,
                    "Backed up", Map.of(), new CvUpload("cv.pdf", pdf))));
        }
    }

    /** A real one-page PDF (uploads are parsed), different for each comment. */
    private static byte[] pdf(String comment) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.getDocumentInformation().setTitle(comment);
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The client programs of the server the tests run on, or of the embedded MariaDB when that is the one. */
    private static String client(String... names) {
        List<Path> places = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            places.add(Path.of(dir));
        }
        places.add(Path.of("target/embedded-mariadb/base/bin"));
        for (String name : names) {
            for (Path dir : places) {
                if (Files.isExecutable(dir.resolve(name))) {
                    return dir.resolve(name).toString();
                }
            }
        }
        throw new AssertionError("No " + String.join(" or ", names) + " found: install the MariaDB or MySQL client");
    }

    private static void run(List<String> command, Path input, Path output) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (input != null) {
            process.redirectInput(input.toFile());
        }
        if (output != null) {
            process.redirectOutput(output.toFile());
        }
        assertThat(process.start().waitFor()).as(String.join(" ", command)).isZero();
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
