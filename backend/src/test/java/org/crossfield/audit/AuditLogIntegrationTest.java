package org.crossfield.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crossfield.identity.PeopleAdminService;
import org.crossfield.identity.Roles;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditDetail;
import org.crossfield.platform.audit.AuditEvent;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log on the real database: entries are appended in a chain that {@code audit verify} checks, an altered or a
 * removed entry is found (each test puts the row back), only administrators search it, everyone reads the entries
 * about themselves.
 */
@CrossfieldIntegrationTest
class AuditLogIntegrationTest {

    private static final String ADMIN = "admin@demo.crossfield.org";
    private static final List<String> NOT_ADMINS = List.of("student@demo.crossfield.org", "supervisor@demo.crossfield.org",
            "mentor@demo.crossfield.org", "partner@demo.crossfield.org", "coordinator@demo.crossfield.org");

    @Autowired
    AuditLog log;
    @Autowired
    AuditCommand command;
    @Autowired
    AuditRetention retention;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PeopleAdminService people;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditAppender appender;

    @Test
    void eventsAreAppendedAfterTheirTransactionCommitsAndNotWhenItRollsBack() {
        String object = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status ->
                events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object).withDetail(AuditDetail.VERSION, 1)));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object).withDetail(AuditDetail.VERSION, 2));
            status.setRollbackOnly();
        });
        long student = runAs.idOf("student@demo.crossfield.org");
        runAs.run("student@demo.crossfield.org", () -> events.publishEvent(
                AuditEvent.of(AuditActions.CV_DOWNLOADED, "TEST", object).about(student)));

        List<AuditEntry> found = runAs.as(ADMIN, () -> log.search(new AuditFilter(null, null, "TEST", object, null, null),
                PageRequest.of(0, 10)).getContent());
        assertThat(found).extracting(AuditEntry::action).containsExactly(AuditActions.CV_DOWNLOADED, AuditActions.REPORT_EXPORTED);
        assertThat(found.get(0).actorId()).isEqualTo(student);
        assertThat(found.get(0).subjectId()).isEqualTo(student);
        assertThat(found.get(1).details()).isEqualTo("Version 1");
        assertThat(found.get(1).actorId()).as("no one logged in").isNull();
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
    }

    @Test
    void signInFailuresAndAccountChangesAreRecordedWithoutTheTypedAddress() {
        long mentor = runAs.idOf("mentor@demo.crossfield.org");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("mentor@demo.crossfield.org", "wrong"),
                new BadCredentialsException("bad")));
        events.publishEvent(new AuthenticationFailureLockedEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("mentor@demo.crossfield.org", "wrong"),
                new LockedException("locked")));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(unknown, "wrong"), new BadCredentialsException("bad")));

        List<AuditEntry> aboutMentor = runAs.as(ADMIN, () -> log.search(new AuditFilter(Long.toString(mentor), "SIGN_IN*",
                null, null, null, null), PageRequest.of(0, 2)).getContent());
        assertThat(aboutMentor).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditActions.SIGN_IN_LOCKED, "DENIED"),
                org.assertj.core.groups.Tuple.tuple(AuditActions.SIGN_IN_FAILED, "FAILURE"));
        Integer withAddress = jdbc.queryForObject("select count(*) from audit_entry where details like ?", Integer.class,
                "%" + unknown + "%");
        assertThat(withAddress).as("a typed address without an account is not kept").isZero();
        assertThat(aboutMentor.get(1)).satisfies(e -> {
            assertThat(e.details()).isEqualTo("BadCredentialsException");
            assertThat(e.detailKey()).isEqualTo("audit.detail.sign-in-refused");
            assertThat(e.detailArguments()).containsExactly("BadCredentialsException");
        });

        long coordinator = runAs.idOf("coordinator@demo.crossfield.org");
        Set<String> roles = Set.copyOf(jdbc.queryForList("select role from user_role where user_id = ?", String.class, coordinator));
        runAs.run(ADMIN, () -> people.changeRoles(coordinator, union(roles, Roles.MENTOR)));
        try {
            List<AuditEntry> aboutCoordinator = runAs.as(ADMIN, () -> log.search(new AuditFilter(Long.toString(coordinator),
                    "ACCOUNT_ROLES_CHANGED", null, null, null, null), PageRequest.of(0, 1)).getContent());
            assertThat(aboutCoordinator).singleElement().satisfies(e -> {
                assertThat(e.actorId()).isEqualTo(runAs.idOf(ADMIN));
                assertThat(e.subjectId()).isEqualTo(coordinator);
                assertThat(e.details()).contains("Mentor").contains(" → ");
                assertThat(e.detailKey()).isEqualTo(AuditDetail.ROLES_CHANGED.key());
                assertThat(e.detailArguments()).hasSize(2);
                assertThat(e.detailArguments().get(1).split(",")).contains(Roles.MENTOR, Roles.COORDINATOR);
                assertThat(e.detailArguments().get(0).split(",")).doesNotContain(Roles.MENTOR);
            });
        } finally {
            runAs.run(ADMIN, () -> people.changeRoles(coordinator, roles));
        }
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        String object = UUID.randomUUID().toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Integer.class, object)).isEqualTo(40);
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
    }

    @Test
    void anAlteredEntryIsFoundAndNamed() {
        long seq = append(1);
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
        String details = jdbc.queryForObject("select details from audit_entry where seq = ?", String.class, seq);
        jdbc.update("update audit_entry set details = ? where seq = ?", "innocent", seq);
        try {
            AuditVerification result = runAs.as(ADMIN, () -> log.verify());
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(seq);
            assertThat(result.problem()).contains("altered");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = command.run(new String[] {"verify"}, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Audit log broken at entry " + seq + ":");
        } finally {
            jdbc.update("update audit_entry set details = ? where seq = ?", details, seq);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(new String[] {"verify"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit log intact:");
    }

    @Test
    void aRemovedEntryIsFoundInTheMiddleAndAtTheEnd() {
        long middle = append(2);
        append(3);
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", middle);
        jdbc.update("delete from audit_entry where seq = ?", middle);
        try {
            AuditVerification result = runAs.as(ADMIN, () -> log.verify());
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(middle);
            assertThat(result.problem()).isEqualTo("Entry " + middle + " is missing.");
        } finally {
            reinsert(row);
        }
        long last = append(4);
        Map<String, Object> lastRow = jdbc.queryForMap("select * from audit_entry where seq = ?", last);
        jdbc.update("delete from audit_entry where seq = ?", last);
        try {
            AuditVerification result = runAs.as(ADMIN, () -> log.verify());
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(last);
        } finally {
            reinsert(lastRow);
        }
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
        assertThat(command.run(new String[] {"nonsense"}, System.out, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void retentionRemovesAPrefixAndTheChainStillVerifies() {
        append(5);
        java.time.Instant cutoff = jdbc.queryForObject("select max(occurred_at) from audit_entry", java.time.LocalDateTime.class)
                .toInstant(java.time.ZoneOffset.UTC).plusNanos(1_000);
        // only entries strictly before the cutoff go; there is at least the one just appended
        int removed = retention.removeEntriesBefore(cutoff);
        assertThat(removed).isPositive();
        append(6);
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
    }

    @Test
    void onlyAdministratorsReadTheLogAndEveryoneReadsWhatIsAboutThem() {
        for (String person : NOT_ADMINS) {
            assertThatThrownBy(() -> runAs.as(person, () -> log.search(AuditFilter.ALL, PageRequest.of(0, 10))))
                    .as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(person, () -> log.writeCsv(AuditFilter.ALL, new StringWriter())))
                    .as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(person, () -> log.verify())).as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(person, () -> log.actions())).as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(person, () -> log.entriesAbout(runAs.idOf(ADMIN))))
                    .as(person).isInstanceOf(AccessDeniedException.class);
        }
        long student = runAs.idOf("student@demo.crossfield.org");
        runAs.run("student@demo.crossfield.org", () -> events.publishEvent(
                AuditEvent.of(AuditActions.PERSONAL_DATA_EXPORTED, "PERSON", student).about(student)));
        List<AuditEntry> mine = runAs.as("student@demo.crossfield.org", () -> log.entriesAbout(student));
        assertThat(mine).isNotEmpty().allSatisfy(e -> assertThat(e.actorId() != null && e.actorId() == student
                || e.subjectId() != null && e.subjectId() == student).isTrue());
    }

    @Test
    void theCsvExportNeutralisesFormulas() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object).withDetail(AuditDetail.ORGANISATION_CHANGED, "=HYPERLINK(\"x\")", ""));
        StringWriter csv = new StringWriter();
        int rows = runAs.as(ADMIN, () -> log.writeCsv(new AuditFilter(null, null, "TEST", object, null, null), csv));
        assertThat(rows).isEqualTo(1);
        assertThat(csv.toString()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void aDetailIsStoredWithItsKeyAndArgumentsBesideTheEnglishTextAndTheHashCoversThem() {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.KPI_CHANGED, "TEST", object).withDetail(AuditDetail.TARGET_SET,
                new java.math.BigDecimal("1250.5"), java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 3, 31)));
        Map<String, Object> row = jdbc.queryForMap("select seq, details, detail_key, detail_args from audit_entry where object_id = ?",
                object);
        assertThat(row.get("details")).as("the English text, as before, for logs and scripts")
                .isEqualTo("Target 1250.5 for 2027-01-01 to 2027-03-31");
        assertThat(row.get("detail_key")).isEqualTo("audit.detail.target-set");
        assertThat(row.get("detail_args")).isEqualTo("[\"1250.5\",\"2027-01-01\",\"2027-03-31\"]");
        List<AuditEntry> found = runAs.as(ADMIN, () -> log.search(new AuditFilter(null, null, "TEST", object, null, null),
                PageRequest.of(0, 10)).getContent());
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.detailKey()).isEqualTo(AuditDetail.TARGET_SET.key());
            assertThat(e.detailArguments()).containsExactly("1250.5", "2027-01-01", "2027-03-31");
        });
        StringWriter machine = new StringWriter();
        runAs.run(ADMIN, () -> log.writeCsv(new AuditFilter(null, null, "TEST", object, null, null), machine));
        assertThat(machine.toString()).contains(",Target 1250.5 for 2027-01-01 to 2027-03-31,");
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();

        long seq = ((Number) row.get("seq")).longValue();
        jdbc.update("update audit_entry set detail_args = ? where seq = ?", "[\"9999\",\"2027-01-01\",\"2027-03-31\"]", seq);
        try {
            AuditVerification result = runAs.as(ADMIN, () -> log.verify());
            assertThat(result.intact()).as("altered arguments").isFalse();
            assertThat(result.brokenSeq()).isEqualTo(seq);
        } finally {
            jdbc.update("update audit_entry set detail_args = ? where seq = ?", row.get("detail_args"), seq);
        }
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
    }

    @Test
    void anEntryWrittenBeforeDetailKeysReadsWithItsEnglishTextAndStillVerifies() {
        String object = UUID.randomUUID().toString();
        // what the appender wrote before keys existed: the English text alone, hashed over the same fields as then
        appender.append(new AuditAppender.Draft(null, null, AuditActions.TEMPLATE_CHANGED, "TEST", object, null, "SUCCESS",
                "Version 7"));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where object_id = ?", object);
        assertThat(row.get("detail_key")).isNull();
        assertThat(row.get("detail_args")).isNull();
        java.time.LocalDateTime at = (java.time.LocalDateTime) row.get("occurred_at");
        String legacy = AuditChain.sha256(String.join("|", field(row.get("prev_hash")), field(row.get("seq")),
                field(AuditChain.TIME.format(at)), "~", "~", field(AuditActions.TEMPLATE_CHANGED), field("TEST"), field(object),
                "~", field("SUCCESS"), field("Version 7")) + "|");
        assertThat(row.get("hash")).as("hashed as entries were before keys existed").isEqualTo(legacy);

        List<AuditEntry> found = runAs.as(ADMIN, () -> log.search(new AuditFilter(null, null, "TEST", object, null, null),
                PageRequest.of(0, 10)).getContent());
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.details()).isEqualTo("Version 7");
            assertThat(e.detailKey()).isNull();
            assertThat(e.detailArguments()).isEmpty();
        });
        assertThat(runAs.as(ADMIN, () -> log.verify()).intact()).isTrue();
    }

    private static String field(Object value) {
        String text = String.valueOf(value);
        return text.length() + ":" + text;
    }

    private long append(int version) {
        String object = UUID.randomUUID().toString();
        events.publishEvent(AuditEvent.of(AuditActions.REPORT_EXPORTED, "TEST", object).withDetail(AuditDetail.VERSION, version));
        return jdbc.queryForObject("select seq from audit_entry where object_id = ?", Long.class, object);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (seq, occurred_at, actor_id, remote_address, action, object_type, object_id,"
                        + " subject_id, result, details, detail_key, detail_args, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"), row.get("occurred_at"), row.get("actor_id"), row.get("remote_address"), row.get("action"),
                row.get("object_type"), row.get("object_id"), row.get("subject_id"), row.get("result"), row.get("details"),
                row.get("detail_key"), row.get("detail_args"), row.get("prev_hash"), row.get("hash"));
    }

    private static Set<String> union(Set<String> roles, String role) {
        java.util.Set<String> all = new java.util.TreeSet<>(roles);
        all.add(role);
        return all;
    }
}
