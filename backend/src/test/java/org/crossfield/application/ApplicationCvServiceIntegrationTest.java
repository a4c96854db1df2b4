package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A posting that asks for a CV gets no submission without one; a student replaces the CV until the decision. */
@CrossfieldIntegrationTest
class ApplicationCvServiceIntegrationTest {

    static final byte[] PDF = ApplicationServiceIntegrationTest.PDF;

    @Autowired
    ApplicationCvService cvs;
    @Autowired
    ApplicationService service;
    @Autowired
    ApplicationReviewService reviews;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * An open project nobody has applied to, taken from the other end of the list than the other application tests
     * take theirs, so the tests never share a project.
     */
    private long openProject(int n) {
        return jdbc.queryForObject("""
                select id from phd_project where status = 'OPEN'
                  and id not in (select posting_id from application where posting_type = 'PROJECT')
                  and id not in (select posting_id from posting_question where posting_type = 'PROJECT' and required)
                order by id limit 1 offset ?""", Long.class, n);
    }

    private String supervisorOf(long project) {
        return jdbc.queryForObject("select u.email from phd_project p join app_user u on u.id = p.supervisor_id where p.id = ?",
                String.class, project);
    }

    private String student(int n) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> 'student@demo.crossfield.org' order by u.id desc limit 1 offset ?""", String.class, n);
    }

    private static SaveApplicationCmd cmd(long project, CvUpload cv) {
        return new SaveApplicationCmd(PostingType.PROJECT, project, "Registry data is what I know best.", Map.of(), cv);
    }

    @Test
    void aPostingThatAsksForACvRefusesASubmissionWithoutOne() {
        long project = openProject(0);
        String supervisor = supervisorOf(project);
        String student = student(0);
        assertThat(runAs.as(student, () -> cvs.cvRequired(PostingType.PROJECT, project))).isFalse();
        runAs.run(supervisor, () -> cvs.requireCv(PostingType.PROJECT, project, true));
        assertThat(runAs.as(student, () -> cvs.cvRequired(PostingType.PROJECT, project))).isTrue();

        assertThatThrownBy(() -> runAs.as(student, () -> service.submit(cmd(project, null))))
                .isInstanceOf(InvalidApplicationException.class).hasMessage(CvRules.MISSING);
        assertThat(jdbc.queryForObject("select count(*) from application where posting_type = 'PROJECT' and posting_id = ? and status <> 'DRAFT'",
                Integer.class, project)).isZero();
        ApplicationDetails submitted = runAs.as(student, () -> service.submit(cmd(project, new CvUpload("cv.pdf", PDF))));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.cvFileName()).isEqualTo("cv.pdf");

        runAs.run(supervisor, () -> cvs.requireCv(PostingType.PROJECT, project, false));
        assertThat(runAs.as(student, () -> cvs.cvRequired(PostingType.PROJECT, project))).isFalse();
    }

    @Test
    void aStudentReplacesTheCvUntilTheApplicationIsDecided() {
        long project = openProject(1);
        String supervisor = supervisorOf(project);
        String student = student(1);
        long id = runAs.as(student, () -> service.submit(cmd(project, null))).id();
        byte[] second = (new String(PDF, StandardCharsets.US_ASCII) + "% second\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> runAs.as(student, () -> cvs.replaceCv(id, new CvUpload("fake.pdf",
                "not a pdf".getBytes(StandardCharsets.UTF_8))))).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("must be a PDF");
        assertThat(runAs.as(student, () -> cvs.replaceCv(id, new CvUpload("first.pdf", PDF))).cvFileName()).isEqualTo("first.pdf");
        int files = jdbc.queryForObject("select count(*) from stored_file", Integer.class);
        assertThat(runAs.as(student, () -> cvs.replaceCv(id, new CvUpload("second.pdf", second))).cvFileName()).isEqualTo("second.pdf");
        assertThat(jdbc.queryForObject("select count(*) from stored_file", Integer.class)).as("the old file is gone").isEqualTo(files);
        assertThat(runAs.as(supervisor, () -> service.cv(id)).orElseThrow().content()).isEqualTo(second);

        runAs.run(supervisor, () -> reviews.shortlist(id));
        runAs.as(student, () -> cvs.replaceCv(id, new CvUpload("third.pdf", PDF)));
        runAs.run(supervisor, () -> reviews.offer(id));
        assertThatThrownBy(() -> runAs.as(student, () -> cvs.replaceCv(id, new CvUpload("late.pdf", PDF))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("can no longer be changed");
    }

    @Test
    void everyOtherRoleIsRefused() {
        long project = openProject(2);
        String supervisor = supervisorOf(project);
        String student = student(2);
        long id = runAs.as(student, () -> service.submit(cmd(project, null))).id();
        for (String other : new String[] {"mentor@demo.crossfield.org", "partner@demo.crossfield.org",
                "coordinator@demo.crossfield.org", "admin@demo.crossfield.org", student(3), supervisor}) {
            assertThatThrownBy(() -> runAs.as(other, () -> cvs.replaceCv(id, new CvUpload("cv.pdf", PDF))))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        for (String other : new String[] {"mentor@demo.crossfield.org", "partner@demo.crossfield.org",
                "coordinator@demo.crossfield.org", "admin@demo.crossfield.org", student, "supervisor@demo.crossfield.org"}) {
            if (other.equals(supervisor)) {
                continue;
            }
            assertThatThrownBy(() -> runAs.run(other, () -> cvs.requireCv(PostingType.PROJECT, project, true)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from posting_cv_rule where posting_id = ?", Integer.class, project)).isZero();
    }
}
