package org.crossfield.application.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
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
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.PostingType;
import org.crossfield.application.SaveApplicationCmd;
import org.crossfield.application.RejectionReason;
import org.crossfield.platform.ui.ApplicantFit;
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
    @Autowired
    ApplicationService applications;

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
        assertThat($(Paragraph.class).id("confirmation-told").getElement().getTextRecursively()).contains("is told");
        test($(Button.class).id("confirm-shortlist")).click();
        assertThat($(Paragraph.class).id("application-status").getText()).contains("Shortlisted");
        test($(Button.class).id("reject")).click();
        assertThat($(Paragraph.class).id("confirmation-told").getElement().getTextRecursively()).contains("with the reason");
        test($(Button.class).id("confirm-reject")).click();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id)).isEqualTo("SHORTLISTED");
        @SuppressWarnings("unchecked")
        Select<RejectionReason> reason = $(Select.class).id("reject-reason");
        test(reason).selectItem(RejectionReason.POSITION_FILLED.label());
        test($(Button.class).id("confirm-reject")).click();
        assertThat(jdbc.queryForObject("select reject_reason from application where id = ?", String.class, id)).isEqualTo("POSITION_FILLED");
        assertThat($(Anchor.class).withId("cv-download").exists()).isFalse();
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aPostingThatAsksForACvTakesNoSubmissionWithoutOneAndARefusedFileMakesRoomForTheRightOne() {
        long project = freshProject();
        jdbc.update("""
                insert into posting_cv_rule (posting_type, posting_id, cv_required, changed_by, changed_at)
                values ('PROJECT', ?, true, 1, current_timestamp)""", project);
        navigate("projects/" + project + "/apply", ApplyView.class);
        assertThat($(H3.class).id("cv-heading").getText()).contains("required");
        test($(TextArea.class).id("motivation")).setValue("I have analysed registry data for three years.");
        test($(Button.class).id("submit-application")).click();
        assertThat(test($(Notification.class).last()).getText()).contains("asks for a CV");
        assertThat(jdbc.queryForObject("select count(*) from application where posting_id = ? and status <> 'DRAFT'", Integer.class,
                project)).isZero();

        // the refused file leaves the widget and says what to do; the right one is then taken
        test($(Upload.class).id("cv-upload")).upload("fake.pdf", "application/pdf", "plain text".getBytes(StandardCharsets.UTF_8));
        assertThat(test($(Notification.class).last()).getText()).contains("must be a PDF").contains("Choose a PDF")
                .doesNotContain("Too Many Files");
        assertThat($(Span.class).id("cv-state").getText()).contains("Choose a PDF");
        test($(Upload.class).id("cv-upload")).upload("cv.pdf", "application/pdf", PDF);
        assertThat($(Span.class).id("cv-state").getText()).startsWith("Ready to attach: cv.pdf");
        test($(Button.class).id("submit-application")).click();
        assertThat(status(project)).isEqualTo("SUBMITTED");

        // the student reads what was sent and replaces the CV until a decision is made
        navigate("projects/" + project + "/apply", ApplyView.class);
        assertThat($(Paragraph.class).id("sent-motivation").getText()).contains("registry data");
        assertThat($(Span.class).id("cv-state").getText()).isEqualTo("Attached: cv.pdf");
        test($(Upload.class).id("cv-replace")).upload("fake.pdf", "application/pdf", "plain text".getBytes(StandardCharsets.UTF_8));
        assertThat(test($(Notification.class).last()).getText()).contains("The CV attached before stays");
        test($(Upload.class).id("cv-replace")).upload("newer cv.pdf", "application/pdf", PDF);
        assertThat($(Span.class).id("cv-state").getText()).isEqualTo("Attached: newer cv.pdf");
    }

    @Test
    @WithUserDetails("student@demo.crossfield.org")
    void aStudentWithdrawsAndDeclinesAnOfferOnlyAfterConfirming() {
        long project = freshProject();
        long id = applications.saveDraft(new SaveApplicationCmd(PostingType.PROJECT, project, "Motivated.", java.util.Map.of(), null)).id();
        jdbc.update("update application set status = 'SUBMITTED', submitted_at = current_timestamp where id = ?", id);
        long offered = freshProject();
        long offer = applications.saveDraft(new SaveApplicationCmd(PostingType.PROJECT, offered, "Motivated.", java.util.Map.of(), null)).id();
        jdbc.update("update application set status = 'OFFERED', submitted_at = current_timestamp where id = ?", offer);
        navigate(MyApplicationsView.class);
        test(myAction("withdraw-", id)).click();
        assertThat($(Dialog.class).id("confirmation").isOpened()).isTrue();
        assertThat($(Paragraph.class).id("confirmation-happens").getElement().getTextRecursively()).contains("cannot be undone");
        assertThat($(Paragraph.class).id("confirmation-told").getElement().getTextRecursively()).contains("supervisor");
        assertThat($(Button.class).id("confirm-withdraw").getText()).isEqualTo("Withdraw application");
        assertThat(status(project)).as("nothing happens until confirmed").isEqualTo("SUBMITTED");
        test($(Button.class).id("confirmation-cancel")).click();
        assertThat(status(project)).isEqualTo("SUBMITTED");
        test(myAction("withdraw-", id)).click();
        test($(Button.class).id("confirm-withdraw")).click();
        assertThat(status(project)).isEqualTo("WITHDRAWN");

        test(myAction("decline-", offer)).click();
        assertThat($(Button.class).id("confirm-decline").getText()).isEqualTo("Decline offer");
        assertThat(status(offered)).isEqualTo("OFFERED");
        test($(Button.class).id("confirm-decline")).click();
        assertThat(status(offered)).isEqualTo("DECLINED");
        assertThat(test(myGrid()).size()).isPositive();
    }

    /** Issue 17: the list shows each applicant's fit for the posting; the details explain it requirement by requirement. */
    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aSupervisorSeesEachApplicantsFitAndReadsItInWords() {
        navigate(ApplicationsReviewView.class);
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications-grid");
        int fitColumn = grid.getColumns().indexOf(grid.getColumnByKey("fit"));
        assertThat(test(grid).size()).isPositive();
        java.util.List<Long> mine = jdbc.queryForList("""
                select p.id from phd_project p join app_user u on u.id = p.supervisor_id
                where u.email = 'supervisor@demo.crossfield.org'""", Long.class);
        int scored = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            String cell = test(grid).getCellText(i, fitColumn);
            assertThat(cell).matches("\\d{1,3} %|–");
            if (scored < 0 && !cell.equals("–")) {
                scored = i;
            }
            if (test(grid).getRow(i).postingType() == PostingType.PROJECT && mine.contains(test(grid).getRow(i).postingId())) {
                assertThat(cell).as("a supervisor reads the profiles of their projects' applicants").isNotEqualTo("–");
            }
        }
        assertThat(scored).isNotNegative();
        String score = test(grid).getCellText(scored, fitColumn);
        test(grid).select(scored);
        assertThat($(Paragraph.class).id("application-fit-words").getText()).startsWith("Fit " + score + ": meets ");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("application-fit-lines").getElement().getTextRecursively())
                .containsPattern("[✓✗] .+: asked level \\d, has \\d");
    }

    /**
     * Issue 17: partner managers read the fit of the applicants to their organisation's challenges (until the profile
     * rule was widened, docs/adr/0063-reviewers-read-applicants-profiles.md, they saw "–" everywhere).
     */
    @Test
    @WithUserDetails("partner@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aPartnerSeesTheFitOfTheApplicantsToTheirOrganisationsChallenges() {
        navigate(ApplicationsReviewView.class);
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications-grid");
        int fitColumn = grid.getColumns().indexOf(grid.getColumnByKey("fit"));
        java.util.List<Long> ours = jdbc.queryForList("""
                select c.id from challenge c join app_user u on u.organisation_id = c.organisation_id
                where u.email = 'partner@demo.crossfield.org'""", Long.class);
        int owned = 0;
        for (int i = 0; i < test(grid).size(); i++) {
            ApplicationSummary row = test(grid).getRow(i);
            if (row.postingType() == PostingType.CHALLENGE && ours.contains(row.postingId())) {
                owned++;
                assertThat(test(grid).getCellText(i, fitColumn)).as("the fit of an applicant to " + row.postingTitle())
                        .matches("\\d{1,3} %");
            }
        }
        assertThat(owned).as("applications to the demo partner's challenges").isPositive();
    }

    @Test
    @WithUserDetails("supervisor@demo.crossfield.org")
    @SuppressWarnings("unchecked")
    void aSupervisorFiltersCountsSortsAndExportsTheList() {
        navigate(ApplicationsReviewView.class);
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications-grid");
        int all = test(grid).size();
        assertThat(all).isPositive();
        assertThat($(Paragraph.class).id("applications-counts").getText()).startsWith("Showing " + all + " of " + all);

        com.vaadin.flow.component.combobox.ComboBox<org.crossfield.application.ApplicationStatus> status =
                $(com.vaadin.flow.component.combobox.ComboBox.class).id("filter-status");
        status.setValue(org.crossfield.application.ApplicationStatus.SUBMITTED);
        int submitted = test(grid).size();
        assertThat(submitted).isPositive().isLessThanOrEqualTo(all);
        for (int i = 0; i < submitted; i++) {
            assertThat(test(grid).getRow(i).status().name()).isEqualTo("SUBMITTED");
        }
        assertThat($(Paragraph.class).id("applications-counts").getText())
                .isEqualTo("Showing " + submitted + " of " + all + " applications: " + submitted + " submitted.");
        status.clear();

        com.vaadin.flow.component.combobox.ComboBox<String> posting = $(com.vaadin.flow.component.combobox.ComboBox.class).id("filter-posting");
        String first = posting.getListDataView().getItems().findFirst().orElseThrow();
        posting.setValue(first);
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getCellText(i, 1)).isEqualTo(first);
        }

        // the export carries each applicant's fit, the percentage and the sentence, and says where the profile is not shared
        ApplicantFit.Fit fit = new ApplicantFit.Fit(50, "Fit 50 %: meets 1 of 2 required competencies. Data stewardship"
                + " (must-have): asked level 4, has 2.", java.util.List.of());
        String csv = new String(ApplicationsReviewView.csv(java.util.List.of(new ApplicationSummary(1, PostingType.PROJECT, 2,
                "Sepsis, early", 3, "=HYPERLINK(\"x\")", org.crossfield.application.ApplicationStatus.SUBMITTED, null, null,
                java.time.Instant.parse("2026-12-01T10:00:00Z"), null), new ApplicationSummary(4, PostingType.PROJECT, 2,
                "Sepsis, early", 5, "Ada", org.crossfield.application.ApplicationStatus.SUBMITTED, null, null,
                java.time.Instant.parse("2026-12-02T10:00:00Z"), null)), java.util.Map.of(1L, fit)), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("student,posting,status,submitted,reason,fit (%),fit in words\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",\"Project: Sepsis, early\",Submitted,1 Dec 2026,,50,"
                + "\"Fit 50 %: meets 1 of 2 required competencies. Data stewardship (must-have): asked level 4, has 2.\"\n"
                + "Ada,\"Project: Sepsis, early\",Submitted,2 Dec 2026,,,The applicant’s competency profile is not shared with you.\n");
    }

    @SuppressWarnings("unchecked")
    private Grid<ApplicationSummary> myGrid() {
        return $(Grid.class).id("my-applications-grid");
    }

    /** A button in the actions column of the student's list (the grid renders them, so they are found through it). */
    private Button myAction(String prefix, long applicationId) {
        Grid<ApplicationSummary> grid = myGrid();
        java.util.List<ApplicationSummary> rows = grid.getListDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == applicationId).findFirst()
                .orElseThrow();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(row, 4);
        return actions.getChildren().filter(c -> c.getId().orElse("").equals(prefix + applicationId)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }
}
