package org.crossfield.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crossfield.platform.files.FileNames;
import org.crossfield.platform.pdf.PdfCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** CV files: checks that an upload really is a PDF of at most 5 MB, stores it and keeps its metadata. */
@Component
class CvFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CvFiles.class);
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** How far from the end %%EOF may be (writers add line ends and sometimes a little padding). */
    private static final int TRAILER_WINDOW = 1024;

    private final FileStorage storage;
    private final JdbcTemplate jdbc;

    CvFiles(FileStorage storage, JdbcTemplate jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    record StoredCv(long id, String key, String originalName, long size) {
    }

    /** Refuses anything that is not a PDF of at most 5 MB, with a message for the student. */
    static void check(CvUpload cv) {
        byte[] content = cv.content();
        if (content == null || content.length == 0) {
            throw new InvalidApplicationException("application.error.cv-empty", "The CV file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidApplicationException("application.error.cv-too-large", "The CV is larger than 5 MB ("
                    + (content.length + 1023) / 1024 + " KB); please upload a smaller PDF.", (content.length + 1023) / 1024);
        }
        if (!startsWith(content, PDF_HEADER) || !trailerNearEnd(content)) {
            throw new InvalidApplicationException("application.error.cv-not-pdf", "The CV must be a PDF file; \""
                    + safeName(cv.fileName()) + "\" is not a PDF (whatever its name says).", safeName(cv.fileName()));
        }
        // parsed, not only sniffed: an HTML/PDF polyglot has both markers too
        PdfCheck.problem(content).ifPresent(problem -> {
            throw new InvalidApplicationException("application.error.cv-unreadable", "The CV must be a PDF file; \""
                    + safeName(cv.fileName()) + "\" cannot be accepted: " + problem + ".", safeName(cv.fileName()));
        });
    }

    /** Stores a checked CV; if the surrounding transaction rolls back, the bytes are removed again. */
    StoredCv store(long ownerId, CvUpload cv, Instant now) {
        check(cv);
        String key = "cv-" + UUID.randomUUID();
        try {
            storage.store(key, cv.content());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the CV", e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(key);
                    }
                }
            });
        }
        String name = safeName(cv.fileName());
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into stored_file (storage_key, owner_id, original_name, content_type, size_bytes, sha256, created_at)
                    values (?, ?, ?, 'application/pdf', ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, key);
            ps.setLong(2, ownerId);
            ps.setString(3, name);
            ps.setLong(4, cv.content().length);
            ps.setString(5, sha256(cv.content()));
            ps.setTimestamp(6, Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS)));
            return ps;
        }, keys);
        return new StoredCv(keys.getKey().longValue(), key, name, cv.content().length);
    }

    Optional<StoredCv> find(long fileId) {
        List<StoredCv> rows = jdbc.query("select id, storage_key, original_name, size_bytes from stored_file where id = ?",
                (rs, i) -> new StoredCv(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)), fileId);
        return rows.stream().findFirst();
    }

    byte[] read(StoredCv cv) {
        try (InputStream in = storage.open(cv.key())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CV " + cv.key(), e);
        }
    }

    /** Forgets a CV that an application no longer uses; the bytes go once the transaction has committed. */
    void delete(long fileId) {
        find(fileId).ifPresent(cv -> {
            jdbc.update("delete from stored_file where id = ?", fileId);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        deleteQuietly(cv.key());
                    }
                });
            } else {
                deleteQuietly(cv.key());
            }
        });
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored file {}: {}", key, e.toString());
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean trailerNearEnd(byte[] content) {
        int from = Math.max(0, content.length - TRAILER_WINDOW);
        outer:
        for (int i = content.length - PDF_TRAILER.length; i >= from; i--) {
            for (int j = 0; j < PDF_TRAILER.length; j++) {
                if (content[i + j] != PDF_TRAILER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The name stored and shown: the uploader's, sanitised, always ending in .pdf (FileNames). */
    static String safeName(String fileName) {
        return FileNames.withExtension(FileNames.sanitise(fileName, "cv.pdf"), "pdf");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
