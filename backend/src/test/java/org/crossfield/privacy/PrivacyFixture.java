package org.crossfield.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.crossfield.application.FileStorage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People of their own for the privacy tests (the test database outlives a run, so names carry a random part): a student
 * with a profile, applications, a CV, notifications, a collaboration with an outcome and a signed agreement — every kind
 * of data erasure has to deal with.
 */
final class PrivacyFixture {

    static final String STUDENT = "student@demo.crossfield.org";
    static final String SUPERVISOR = "supervisor@demo.crossfield.org";
    static final String MENTOR = "mentor@demo.crossfield.org";
    static final String PARTNER = "partner@demo.crossfield.org";
    static final String COORDINATOR = "coordinator@demo.crossfield.org";
    static final String ADMIN = "admin@demo.crossfield.org";

    private final JdbcTemplate jdbc;
    private final FileStorage files;

    PrivacyFixture(JdbcTemplate jdbc, FileStorage files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    record Person(long id, String name, String email) {
    }

    /** The data a fresh student was given. */
    record StudentData(Person person, long collaboration, long agreement, long submittedApplication, long draftApplication,
                       long outcome, long programme, long cvFile) {
    }

    /** An active student (who can log in) in the demo student's organisation, named uniquely. */
    Person freshPerson(String role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Quirina Vantablack " + suffix;
        String email = "quirina." + suffix + "@erasure-test.example";
        Long organisation = jdbc.queryForObject("select organisation_id from app_user where email = ?", Long.class, STUDENT);
        jdbc.update("""
                insert into app_user (email, display_name, password_hash, organisation_id, enabled, locale, demo, created_at,
                    version, status, session_epoch)
                values (?, ?, '{noop}not-used', ?, true, 'en', false, ?, 0, 'ACTIVE', 0)""", email, name, organisation,
                Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
        jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role);
        return new Person(id, name, email);
    }

    /** A fresh student with something of every kind, their name in texts of their own and of others. */
    StudentData studentWithEverything() {
        try {
            return everything();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private StudentData everything() throws java.io.IOException {
        Person p = freshPerson("STUDENT");
        Timestamp now = Timestamp.from(Instant.now());
        // profile
        jdbc.update("""
                insert into profile_entry (user_id, competency_code, level, evidence, assessment, updated_at, version)
                select ?, code, 3, ?, 'SELF_ASSESSED', ?, 0 from competency order by id limit 2""",
                p.id(), "Course work by " + p.name(), now);
        // applications: one submitted with answers and a CV, one draft
        long project = jdbc.queryForObject("select min(id) from phd_project where status = 'OPEN'", Long.class);
        long otherProject = jdbc.queryForObject("select min(id) from phd_project where status = 'OPEN' and id > ?", Long.class, project);
        String key = "privacy-test-" + UUID.randomUUID();
        files.store(key, "%PDF-1.4 test CV %%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        jdbc.update("""
                insert into stored_file (storage_key, owner_id, original_name, content_type, size_bytes, sha256, created_at)
                values (?, ?, 'cv.pdf', 'application/pdf', 10, repeat('0', 64), ?)""", key, p.id(), now);
        long cv = jdbc.queryForObject("select max(id) from stored_file where owner_id = ?", Long.class, p.id());
        jdbc.update("""
                insert into application (posting_type, posting_id, student_id, status, motivation, cv_file_id, created_at,
                    updated_at, submitted_at, demo, version)
                values ('PROJECT', ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, false, 0)""", project, p.id(),
                "I am " + p.name() + ", write to " + p.email(), cv, now, now, now);
        long submitted = jdbc.queryForObject("select max(id) from application where student_id = ?", Long.class, p.id());
        jdbc.update("""
                insert into application (posting_type, posting_id, student_id, status, motivation, created_at, updated_at, demo, version)
                values ('PROJECT', ?, ?, 'DRAFT', 'A draft', ?, ?, false, 0)""", otherProject, p.id(), now, now);
        long draft = jdbc.queryForObject("select max(id) from application where student_id = ?", Long.class, p.id());
        long supervisor = jdbc.queryForObject("select supervisor_id from phd_project where id = ?", Long.class, project);
        jdbc.update("insert into review_note (application_id, author_id, text, created_at) values (?, ?, ?, ?)",
                submitted, supervisor, "Interviewed " + p.name() + " today", now);
        // notifications: their own, and one to the supervisor that names them
        jdbc.update("""
                insert into notification (user_id, kind, title, body, created_at, version) values (?, 'generic', 'Welcome', ?, ?, 0)""",
                p.id(), "Hello " + p.name(), now);
        jdbc.update("""
                insert into notification (user_id, kind, title, body, created_at, version) values (?, 'generic', ?, 'See the list', ?, 0)""",
                supervisor, p.name() + " applied to your project", now);
        jdbc.update("""
                insert into mail_outbox (recipient_user_id, to_address, locale, template, subject, html_body, text_body, status,
                    transport, attempts, next_attempt_at, created_at, sent_at, version)
                values (?, ?, 'en', 'generic', 'Welcome', ?, ?, 'SENT', 'CAPTURED', 1, ?, ?, ?, 0)""",
                p.id(), p.email(), "<p>Hello " + p.name() + "</p>", "Hello " + p.name(), now, now, now);
        // a collaboration (a copy of the demo student's, with this student) with an outcome and a signed agreement
        long demoCollaboration = jdbc.queryForObject("""
                select min(c.id) from collaboration c join app_user u on u.id = c.student_id
                where u.email = ? and c.status = 'ACTIVE' and c.partner_organisation_id is not null""", Long.class, STUDENT);
        jdbc.update("""
                insert into collaboration (programme_id, title, origin, project_id, student_id, supervisor_id, mentor_id,
                    partner_organisation_id, academic_organisation_id, status, started_at, demo, version)
                select programme_id, ?, origin, project_id, ?, supervisor_id, mentor_id, partner_organisation_id,
                    academic_organisation_id, 'ACTIVE', started_at, false, 0 from collaboration where id = ?""",
                "Collaboration of " + p.name(), p.id(), demoCollaboration);
        long collaboration = jdbc.queryForObject("select max(id) from collaboration where student_id = ?", Long.class, p.id());
        long programme = jdbc.queryForObject("select programme_id from collaboration where id = ?", Long.class, collaboration);
        jdbc.update("""
                insert into outcome (collaboration_id, type_code, title, description, occurred_on, recorded_by, authors,
                    joint_public_private, is_public, created_at, demo, version)
                select ?, min(code), ?, 'A study', '2024-03-10', ?, ?, false, true, ?, false, 0 from outcome_type""",
                collaboration, "Results by " + p.name(), p.id(), p.name() + "; A. Other", now);
        long outcome = jdbc.queryForObject("select max(id) from outcome where recorded_by = ?", Long.class, p.id());
        jdbc.update("""
                insert into collaboration_meeting (collaboration_id, met_on, attendees, notes, recorded_by, created_at, demo, version)
                values (?, '2024-03-01', ?, 'Kick-off', ?, ?, false, 0)""", collaboration, p.name() + ", the supervisor",
                supervisor, now);
        // a signed agreement whose text names the student
        long template = jdbc.queryForObject("select min(id) from agreement_template", Long.class);
        String regime = jdbc.queryForObject("select regime_code from agreement_template where id = ?", String.class, template);
        String text = "Agreement between " + p.name() + " (" + p.email() + ") and the university.";
        String sha = jdbc.queryForObject("select sha2(?, 256)", String.class, text);
        jdbc.update("""
                insert into agreement (collaboration_id, programme_id, title, regime_code, template_id, status, current_version,
                    started_by, created_at, status_changed_at, signed_version, signed_sha256, signed_at, demo, version)
                values (?, ?, ?, ?, ?, 'ACTIVE', 1, ?, ?, ?, 1, ?, ?, false, 0)""", collaboration, programme,
                "Agreement of " + p.name(), regime, template, supervisor, now, now, sha, now);
        long agreement = jdbc.queryForObject("select max(id) from agreement where collaboration_id = ?", Long.class, collaboration);
        jdbc.update("insert into agreement_party (agreement_id, user_id, role) values (?, ?, 'STUDENT')", agreement, p.id());
        jdbc.update("""
                insert into agreement_version (agreement_id, version_no, terms_json, rendered_text, sha256, proposed_by, created_at)
                values (?, 1, ?, ?, ?, ?, ?)""", agreement, "{\"student\":\"" + p.name() + "\"}", text, sha, supervisor, now);
        jdbc.update("""
                insert into agreement_approval (agreement_id, version_no, user_id, decision, sha256, decided_at)
                values (?, 1, ?, 'APPROVED', ?, ?)""", agreement, p.id(), sha, now);
        return new StudentData(p, collaboration, agreement, submitted, draft, outcome, programme, cv);
    }
}
