package org.crossfield.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Crossfield runs as several instances on one database (docs/adr/0034): a {@code @Scheduled} job must run once per
 * period across them all, so every one carries ShedLock's {@code @SchedulerLock}. Work each instance must do for itself
 * registers through a {@code SchedulingConfigurer} and says so.
 */
class ScheduledJobsArchitectureTest {

    private final JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crossfield");

    @Test
    void everyScheduledJobTakesTheClusterWideLock() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class)
                .check(backend);
    }

    @Test
    void theLockedJobsExist() {
        // the rule above would pass on no jobs at all: make sure it sees the ones we know
        assertThat(backend.stream()
                        .flatMap(c -> c.getMethods().stream())
                        .filter(m -> m.isAnnotatedWith(Scheduled.class))
                        .map(m -> m.getOwner().getSimpleName()))
                .contains("ChallengeClosing", "AgreementDeadlines", "ReportingReminders", "MentorChangeFeed", "RetentionJob");
        // start-up work that must run once across instances takes the same kind of lock
        assertThat(backend.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(SchedulerLock.class) && !m.isAnnotatedWith(Scheduled.class))
                .map(m -> m.getOwner().getSimpleName())).containsExactlyInAnyOrder("DemoMode", "OutcomeTotals");
    }

    @Test
    void nothingReliesOnNamedLocksOrTableLocks() throws IOException {
        // Galera does not replicate GET_LOCK() and refuses LOCK TABLES: locks are rows (SKIP LOCKED, ShedLock) instead
        List<Path> sources = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("../db/src/main"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|yaml|sql|xml)$"))
                        .forEach(sources::add);
            }
        }
        assertThat(sources).hasSizeGreaterThan(100);
        for (Path source : sources) {
            String text = Files.readString(source).toUpperCase(java.util.Locale.ROOT);
            assertThat(text).as(source.toString()).doesNotContain("GET_LOCK(").doesNotContain("LOCK TABLES")
                    .doesNotContain("LOCK TABLE ");
        }
    }
}
