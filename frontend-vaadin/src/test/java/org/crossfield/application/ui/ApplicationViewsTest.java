package org.crossfield.application.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.crossfield.Application;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.RejectionReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = Application.class)
@ActiveProfiles("test")
class ApplicationViewsTest extends SpringBrowserlessTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcTemplate jdbc;

    /** An open project the demo student has not applied to. */
    private long freshProject() {
        return jdbc.queryForObject("""
                select max(p.id) from phd_project p where p.status = 'OPEN' and not exists (select 1 from application a
                join app_user u on u.id = a.student_id where a.posting_id = p.id and u.email = 'student@demo.crossfield.org')""",
                Long.class);
    }

    private String status(long project) {
        return jdbc.queryForObject("""
                select a.status from application a join app_user u on u.id = a.student_id
                where a.posting_id = ? and u.email = 'student@demo.crossfield.org'""", String.class, project);
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentIsToldWhatIsMissingRejectsANonPdfAndSubmitsWithACv() {
        long project = freshProject();
        navigate("projects/" + project + "/apply", ApplyView.class);
        test($(Button.class).id("submit-application")).click();
        assertThat($(TextArea.class).id("motivation").isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from application where posting_id = ?", Integer.class, project)).isZero();

        test($(Upload.class).id("cv-upload")).upload("cv.pdf", "application/pdf", "plain text".getBytes(StandardCharsets.UTF_8));
        assertThat(test($(Notification.class).last()).getText()).contains("must be a PDF");
        test($(Upload.class).id("cv-upload")).upload("cv.pdf", "application/pdf", PDF);
        assertThat($(Span.class).id("cv-state").getText()).contains("cv.pdf");

        test($(TextArea.class).id("motivation")).setValue("I have analysed registry data for three years.");
        test($(Button.class).id("save-draft")).click();
        assertThat(status(project)).isEqualTo("DRAFT");
        test($(Button.class).id("submit-application")).click();
        assertThat(status(project)).isEqualTo("SUBMITTED");
        assertThat(getCurrentView()).isInstanceOf(MyApplicationsView.class);
        assertThat(test($(Grid.class).id("my-applications-grid")).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    void aSupervisorOpensShortlistsAndRejectsWithAReasonAndKeepsNotes() {
        navigate(ApplicationsReviewView.class);
        @SuppressWarnings("unchecked")
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications-grid");
        int submitted = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).status().name().equals("SUBMITTED")) {
                submitted = i;
                break;
            }
        }
        assertThat(submitted).isNotNegative();
        long id = test(grid).getRow(submitted).id();
        test(grid).select(submitted);
        assertThat($(Paragraph.class).id("application-status").getText()).contains("Under review");
        // the list says so too
        assertThat(test(grid).getCellText(submitted, 2)).isEqualTo("Under review");

        test($(TextArea.class).id("note-text")).setValue("Good fit for the causal inference part.");
        test($(Button.class).id("add-note")).click();
        assertThat(jdbc.queryForObject("select count(*) from review_note where application_id = ?", Integer.class, id)).isOne();

        test($(Button.class).id("shortlist")).click();
        assertThat($(Paragraph.class).id("application-status").getText()).contains("Shortlisted");
        test($(Button.class).id("reject")).click();
        test($(Button.class).id("confirm-reject")).click();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id)).isEqualTo("SHORTLISTED");
        @SuppressWarnings("unchecked")
        Select<RejectionReason> reason = $(Select.class).id("reject-reason");
        test(reason).selectItem(RejectionReason.POSITION_FILLED.label());
        test($(Button.class).id("confirm-reject")).click();
        assertThat(jdbc.queryForObject("select reject_reason from application where id = ?", String.class, id)).isEqualTo("POSITION_FILLED");
        assertThat($(Anchor.class).withId("cv-download").exists()).isFalse();
    }
}
