package org.crossfield.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeSet;
import org.crossfield.testsupport.Changelog;
import org.junit.jupiter.api.Test;

/**
 * An applied changeset is never edited (Liquibase would refuse to start on every installed database that ran the old
 * text): every changeset's checksum, computed by Liquibase itself, must equal the one recorded in
 * {@code src/test/resources/db/changeset-checksums.txt}. A new changeset needs its line there; the failure message
 * prints it. To record all new changesets at once (after a merge, say), run from the repository root:
 *
 * <pre>./mvnw -B -ntp -q -pl backend -am test -Dtest=ChangesetChecksumTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrossfield.checksums.record=true</pre>
 *
 * Recording only appends the missing lines: it never rewrites a recorded checksum, so an edited changeset still fails.
 * See docs/adr/0036-changeset-checksums.md.
 */
class ChangesetChecksumTest {

    static final Path RECORDED = Path.of("src/test/resources/db/changeset-checksums.txt");

    @Test
    void everyChangesetHasItsRecordedChecksum() throws Exception {
        Map<String, String> actual = currentChecksums();
        if (Boolean.getBoolean("crossfield.checksums.record")) {
            recordMissing(actual, readRecorded());
        }
        Map<String, String> recorded = readRecorded();

        List<String> problems = new ArrayList<>();
        List<String> linesToAdd = new ArrayList<>();
        actual.forEach((key, checksum) -> {
            String expected = recorded.get(key);
            if (expected == null) {
                linesToAdd.add(key + " = " + checksum);
            } else if (!expected.equals(checksum)) {
                problems.add("Changeset " + key + " was edited after it was recorded (checksum " + expected
                        + ", now " + checksum + "). Installed databases ran the old text and Liquibase would refuse to"
                        + " start on them: undo the edit and put the change into a new changeset.");
            }
        });
        recorded.keySet().stream().filter(key -> !actual.containsKey(key)).forEach(key -> problems.add(
                "Changeset " + key + " is recorded but no longer in the changelog. Applied changesets are never removed:"
                        + " restore it."));
        if (!linesToAdd.isEmpty()) {
            problems.add("New changesets have no recorded checksum. If they are new (never applied anywhere with a"
                    + " different text), add these lines to backend/" + RECORDED + ":\n    "
                    + String.join("\n    ", linesToAdd)
                    + "\n  or record them all with -Dcrossfield.checksums.record=true (see this test's Javadoc).");
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** Checksums as Liquibase computes them when it validates the changelog, keyed "file::id::author". */
    static Map<String, String> currentChecksums() throws Exception {
        return Changelog.inScope(() -> {
            Map<String, String> checksums = new LinkedHashMap<>();
            for (ChangeSet changeSet : Changelog.changeSets()) {
                checksums.put(key(changeSet), changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
            }
            return checksums;
        });
    }

    static String key(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    private static Map<String, String> readRecorded() throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RECORDED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            recorded.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return recorded;
    }

    private static void recordMissing(Map<String, String> actual, Map<String, String> recorded) throws IOException {
        StringBuilder lines = new StringBuilder();
        actual.forEach((key, checksum) -> {
            if (!recorded.containsKey(key)) {
                lines.append(key).append(" = ").append(checksum).append('\n');
            }
        });
        Files.writeString(RECORDED, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
