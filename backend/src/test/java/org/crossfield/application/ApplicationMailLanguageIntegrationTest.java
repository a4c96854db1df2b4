package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Status e-mails about applications reach each side in their own language. */
@CrossfieldIntegrationTest
class ApplicationMailLanguageIntegrationTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    ApplicationReviewService reviews;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStudentIsToldInGermanAndTheSupervisorInEnglish() {
        long id = jdbc.queryForObject("select min(id) from application where status = 'SHORTLISTED'", Long.class);
        long studentId = jdbc.queryForObject("select student_id from application where id = ?", Long.class, id);
        String student = jdbc.queryForObject("select email from app_user where id = ?", String.class, studentId);
        String title = jdbc.queryForObject("select p.title from application a join phd_project p on p.id = a.posting_id where a.id = ?",
                String.class, id);
        jdbc.update("update app_user set locale = 'de' where id = ?", studentId);
        try {
            runAs.run("supervisor@demo.crossfield.org", () -> reviews.offer(id));
            String subject = jdbc.queryForObject("select subject from mail_outbox where recipient_user_id = ? and template = 'application-update'"
                    + " order by id desc limit 1", String.class, studentId);
            assertThat(subject).isEqualTo("Sie haben ein Angebot: " + title);
            String text = jdbc.queryForObject("select text_body from mail_outbox where recipient_user_id = ? and template = 'application-update'"
                    + " order by id desc limit 1", String.class, studentId);
            assertThat(text).contains("„" + title + "“").contains("Meine Bewerbungen");

            runAs.run(student, () -> applications.acceptOffer(id));
            long supervisor = runAs.idOf("supervisor@demo.crossfield.org");
            String toSupervisor = jdbc.queryForObject("select subject from mail_outbox where recipient_user_id = ?"
                    + " and template = 'application-update' order by id desc limit 1", String.class, supervisor);
            assertThat(toSupervisor).isEqualTo("Offer accepted: " + title);
            assertThat(jdbc.queryForObject("select title from notification where user_id = ? order by id desc limit 1", String.class,
                    supervisor)).isEqualTo("Offer accepted: " + title);
        } finally {
            jdbc.update("update app_user set locale = 'en' where id = ?", studentId);
        }
    }
}
