package org.crossfield.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crossfield.testsupport.CrossfieldIntegrationTest;
import org.crossfield.testsupport.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@CrossfieldIntegrationTest
class ApplicationServiceIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    ApplicationService service;
    @Autowired
    ApplicationReviewService reviews;
    @Autowired
    PostingQuestionService postingQuestions;
    @Autowired
    Postings postings;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    /** The n-th open project that the sandbox's demo applications leave alone; each test takes its own. */
    private long openProject(int n) {
        return jdbc.queryForObject("""
                select id from phd_project where status = 'OPEN' and demo
                  and id not in (select posting_id from application where demo)
                order by id desc limit 1 offset ?""", Long.class, n);
    }

    private String supervisorOf(long project) {
        return jdbc.queryForObject("select u.email from phd_project p join app_user u on u.id = p.supervisor_id where p.id = ?",
                String.class, project);
    }

    /** The n-th sandbox student other than the demo student. */
    private String student(int n) {
        return jdbc.queryForObject("""
                select u.email from app_user u join user_role r on r.user_id = u.id and r.role = 'STUDENT'
                where u.email <> 'student@demo.crossfield.org' order by u.id limit 1 offset ?""", String.class, n);
    }

    private static SaveApplicationCmd cmd(long project, String motivation, CvUpload cv) {
        return new SaveApplicationCmd(PostingType.PROJECT, project, motivation, Map.of(), cv);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private int notificationsOf(String email) {
        return jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id where u.email = ?",
                Integer.class, email);
    }

    @Test
    void aStudentAppliesWithACvAndTheSupervisorReviewsShortlistsAndOffersUntilTheStudentAccepts() {
        long project = openProject(0);
        String supervisor = supervisorOf(project);
        String student = student(0);
        int studentNotes = notificationsOf(student);
        int supervisorNotes = notificationsOf(supervisor);

        ApplicationDetails draft = runAs.as(student, () -> service.saveDraft(cmd(project, "", new CvUpload("C:\\me\\my cv.pdf", PDF))));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.cvFileName()).isEqualTo("my cv.pdf");
        long id = draft.id();
        // a draft is the student's alone
        assertThat(runAs.as(supervisor, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> runAs.as(supervisor, () -> service.application(id))).isInstanceOf(AccessDeniedException.class);

        ApplicationDetails submitted = runAs.as(student, () -> service.submit(cmd(project, "Health data is my thing.", null)));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.cvFileName()).as("the CV stays attached").isEqualTo("my cv.pdf");
        assertThat(notificationsOf(supervisor)).isEqualTo(supervisorNotes + 1);

        assertThat(runAs.as(supervisor, reviews::applicationsToMyPostings)).extracting(ApplicationSummary::id).contains(id);
        assertThat(runAs.as(supervisor, () -> reviews.openForReview(id)).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(runAs.as(supervisor, () -> reviews.openForReview(id)).status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(runAs.as(supervisor, () -> service.cv(id)).orElseThrow().content()).isEqualTo(PDF);
        assertThat(runAs.as("admin@demo.crossfield.org", () -> service.cv(id))).isPresent();
        runAs.as(supervisor, () -> reviews.addNote(id, "Strong statistics, weak on governance."));
        assertThat(runAs.as(supervisor, () -> reviews.notes(id))).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("Strong statistics"));

        assertThatThrownBy(() -> runAs.as(supervisor, () -> reviews.offer(id)))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("under review");
        runAs.as(supervisor, () -> reviews.shortlist(id));
        runAs.as(supervisor, () -> reviews.offer(id));
        assertThat(runAs.as(student, () -> service.acceptOffer(id)).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        // under review, shortlisted, offered for the student; submitted and accepted for the supervisor
        assertThat(notificationsOf(student)).isEqualTo(studentNotes + 3);
        assertThat(notificationsOf(supervisor)).isEqualTo(supervisorNotes + 2);
        assertThatThrownBy(() -> runAs.as(student, () -> service.withdraw(id)))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("accepted");
    }

    @Test
    void filesThatAreNotSmallPdfsAreRefusedAndNothingIsStored() {
        long project = openProject(1);
        String student = student(1);
        byte[] tooBig = Arrays.copyOf(PDF, CvFiles.MAX_BYTES + 1);
        System.arraycopy(PDF, PDF.length - 6, tooBig, tooBig.length - 6, 6);
        int applications = count("application");
        int files = count("stored_file");
        for (var bad : Map.of(
                "cv.pdf", PNG,
                "notes.pdf", "Just some text, renamed to .pdf".getBytes(StandardCharsets.UTF_8),
                "cut.pdf", "%PDF-1.7\n truncated".getBytes(StandardCharsets.US_ASCII)).entrySet()) {
            assertThatThrownBy(() -> runAs.as(student, () -> service.saveDraft(cmd(project, "Hi", new CvUpload(bad.getKey(), bad.getValue())))))
                    .as(bad.getKey()).isInstanceOf(InvalidApplicationException.class)
                    .hasMessageContaining("must be a PDF").hasMessageContaining(bad.getKey());
        }
        assertThatThrownBy(() -> runAs.as(student, () -> service.saveDraft(cmd(project, "Hi", new CvUpload("big.pdf", tooBig)))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("larger than 5 MB");
        assertThat(count("application")).isEqualTo(applications);
        assertThat(count("stored_file")).isEqualTo(files);
    }

    @Test
    void onlyOpenPostingsTakeApplicationsOnePerStudentAndOnlyOnce() {
        String student = student(2);
        long draftProject = jdbc.queryForObject("select min(id) from phd_project where status = 'DRAFT'", Long.class);
        long closed = openProject(2);
        jdbc.update("update phd_project set status = 'CLOSED' where id = ?", closed);
        int applications = count("application");
        for (long project : List.of(draftProject, closed)) {
            assertThatThrownBy(() -> runAs.as(student, () -> service.saveDraft(cmd(project, "Please", null))))
                    .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("is not open for applications");
        }
        assertThat(count("application")).isEqualTo(applications);

        long project = openProject(3);
        runAs.as(student, () -> service.submit(cmd(project, "Motivated.", null)));
        assertThatThrownBy(() -> runAs.as(student, () -> service.submit(cmd(project, "Motivated again.", null))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("already submitted");
        long id = runAs.as(student, () -> service.myApplicationFor(PostingType.PROJECT, project)).orElseThrow().id();
        runAs.as(student, () -> service.withdraw(id));
        assertThatThrownBy(() -> runAs.as(student, () -> service.saveDraft(cmd(project, "Let me back in.", null))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("one application per posting");
        assertThat(count("application")).isEqualTo(applications + 1);
    }

    @Test
    void aSubmissionNeedsAMotivationOfAtMost5000CharactersAndTheRequiredAnswers() {
        long project = openProject(4);
        String student = student(3);
        String supervisor = supervisorOf(project);
        int applications = count("application");
        assertThatThrownBy(() -> runAs.as(student, () -> service.submit(cmd(project, "  ", null))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("write a motivation");
        assertThatThrownBy(() -> runAs.as(student, () -> service.saveDraft(cmd(project, "x".repeat(5001), null))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("at most 5000");
        assertThat(count("application")).isEqualTo(applications);

        List<PostingQuestionSummary> questions = runAs.as(supervisor,
                () -> postingQuestions.addQuestion(new AddQuestionCmd(PostingType.PROJECT, project, "Which cohort data have you used?", true)));
        long question = questions.getFirst().id();
        assertThatThrownBy(() -> runAs.as(student, () -> service.submit(cmd(project, "x".repeat(5000), null))))
                .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("Which cohort data");
        ApplicationDetails done = runAs.as(student, () -> service.submit(new SaveApplicationCmd(PostingType.PROJECT, project,
                "x".repeat(5000), Map.of(question, "UK Biobank"), null)));
        assertThat(done.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(done.answers()).singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo("UK Biobank"));

        // only the posting's owner manages its questions
        for (String other : List.of(student, "supervisor@demo.crossfield.org", "mentor@demo.crossfield.org")) {
            if (!other.equals(supervisor)) {
                assertThatThrownBy(() -> runAs.as(other, () -> postingQuestions.addQuestion(new AddQuestionCmd(PostingType.PROJECT, project, "?", false))))
                        .as(other).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> runAs.run(other, () -> postingQuestions.removeQuestion(question))).as(other)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void eachRoleSeesOnlyWhatConcernsItAndNotesNeverReachTheStudent() {
        long project = openProject(5);
        String supervisor = supervisorOf(project);
        String student = student(4);
        String otherStudent = student(5);
        long id = runAs.as(student, () -> service.submit(cmd(project, "Here I am.", new CvUpload("cv.pdf", PDF)))).id();
        runAs.as(supervisor, () -> reviews.addNote(id, "Internal: ask about the gap year."));
        runAs.as(supervisor, () -> reviews.reject(id, new RejectCmd(RejectionReason.PROFILE_MISMATCH, "We need more statistics.")));

        // the student sees the reason but never the notes
        ApplicationSummary mine = runAs.as(student, service::myApplications).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        assertThat(mine.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(mine.rejectionReason()).isEqualTo(RejectionReason.PROFILE_MISMATCH);
        assertThat(mine.rejectionText()).isEqualTo("We need more statistics.");
        assertThat(runAs.as(student, () -> service.application(id)).toString()).doesNotContain("gap year");
        assertThat(runAs.as(student, () -> service.cv(id))).isPresent();
        assertThatThrownBy(() -> runAs.as(student, () -> reviews.notes(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(student, () -> reviews.addNote(id, "me too"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(student, () -> reviews.shortlist(id))).isInstanceOf(AccessDeniedException.class);

        // another student, another supervisor, a mentor and a partner: nothing
        assertThat(runAs.as(otherStudent, service::myApplications)).extracting(ApplicationSummary::id).doesNotContain(id);
        for (String other : List.of(otherStudent, "supervisor@demo.crossfield.org", "mentor@demo.crossfield.org",
                "partner@demo.crossfield.org")) {
            if (other.equals(supervisor)) {
                continue;
            }
            assertThatThrownBy(() -> runAs.as(other, () -> service.application(id))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(other, () -> service.cv(id))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(other, () -> reviews.notes(id))).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runAs.as(other, () -> service.withdraw(id))).as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(runAs.as("supervisor@demo.crossfield.org", reviews::applicationsToMyPostings))
                .extracting(ApplicationSummary::id).doesNotContain(id);
        for (String role : List.of("mentor", "partner")) {
            assertThatThrownBy(() -> runAs.as(role + "@demo.crossfield.org", service::myApplications)).isInstanceOf(AccessDeniedException.class);
            // mentors and partners review only what they own or are assigned to
            assertThat(runAs.as(role + "@demo.crossfield.org", reviews::applicationsToMyPostings))
                    .extracting(ApplicationSummary::id).doesNotContain(id);
        }
        assertThatThrownBy(() -> runAs.as(otherStudent, reviews::applicationsToMyPostings)).isInstanceOf(AccessDeniedException.class);
        // a rejected application cannot be offered or withdrawn
        assertThatThrownBy(() -> runAs.as(supervisor, () -> reviews.offer(id))).isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> runAs.as(student, () -> service.withdraw(id))).isInstanceOf(InvalidApplicationException.class);
    }

    @Test
    void theDemoSupervisorHasApplicationsToReview() {
        assertThat(runAs.as("supervisor@demo.crossfield.org", reviews::applicationsToMyPostings)).extracting(ApplicationSummary::status)
                .contains(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED)
                .doesNotContain(ApplicationStatus.DRAFT);
        // the demo applications (submitted, offered), the accepted one behind the demo student's collaboration, one to the
        // demo partner's challenge (ApplicationSandbox), and one submitted application behind each ranked project
        assertThat(runAs.as("student@demo.crossfield.org", service::myApplications)).extracting(ApplicationSummary::status)
                .contains(ApplicationStatus.SUBMITTED, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED,
                        ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void theListAndTheSingleReadSeeTheSamePostingThroughOneRoute() {
        long project = openProject(6);
        String student = student(6);
        ApplicationDetails draft = runAs.as(student, () -> service.saveDraft(cmd(project, "", null)));
        ApplicationSummary listed = runAs.as(student, service::myApplications).stream().filter(a -> a.id() == draft.id())
                .findFirst().orElseThrow();
        ApplicationSummary read = runAs.as(student, () -> service.application(draft.id())).summary();
        Map<String, Object> row = jdbc.queryForMap("select title, supervisor_id, programme_id from phd_project where id = ?", project);
        for (ApplicationSummary summary : List.of(draft.summary(), listed, read)) {
            assertThat(summary.postingType()).isEqualTo(PostingType.PROJECT);
            assertThat(summary.postingId()).isEqualTo(project);
            assertThat(summary.postingTitle()).isEqualTo(row.get("title"));
        }
        assertThat(postings.find(PostingType.PROJECT, project)).contains(new Postings.Posting(PostingType.PROJECT, project,
                (String) row.get("title"), ((Number) row.get("supervisor_id")).longValue(), null,
                ((Number) row.get("programme_id")).longValue(), true, false));

        Map<String, Object> challenge = jdbc.queryForMap("""
                select id, title, created_by, organisation_id, programme_id, status, visibility from challenge
                where status <> 'DRAFT' order by id limit 1""");
        long challengeId = ((Number) challenge.get("id")).longValue();
        assertThat(postings.find(PostingType.CHALLENGE, challengeId)).contains(new Postings.Posting(PostingType.CHALLENGE,
                challengeId, (String) challenge.get("title"), ((Number) challenge.get("created_by")).longValue(),
                ((Number) challenge.get("organisation_id")).longValue(), ((Number) challenge.get("programme_id")).longValue(),
                "OPEN".equals(challenge.get("status")), "INVITE_ONLY".equals(challenge.get("visibility"))));
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from phd_project", Long.class);
        assertThat(postings.find(PostingType.PROJECT, missing)).isEmpty();
        assertThat(postings.find(null, project)).isEmpty();
    }
}
