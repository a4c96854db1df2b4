package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.application.ApplicationDetails;
import org.crossfield.application.ApplicationReviewService;
import org.crossfield.application.ApplicationService;
import org.crossfield.application.ApplicationSummary;
import org.crossfield.application.PostingType;
import org.crossfield.application.QuestionAnswer;
import org.crossfield.application.RejectCmd;
import org.crossfield.application.RejectionReason;
import org.crossfield.application.SaveApplicationCmd;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications through {@link ApplicationService}, the screens' service: students draft, submit and withdraw their own;
 * the posting's owners and review team list the applications they receive; owners shortlist, offer and reject (with a
 * reason). CVs stay on the screens.
 */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = "application/json")
@Tag(name = "Applications", description = "Students apply; posting owners decide")
class ApplicationsController {

    /** A student's application (a draft until submitted); {@code answers} maps question ids to answers. */
    public record ApplicationRequest(
            @NotNull(message = "Choose what to apply to: CHALLENGE or PROJECT.") PostingType postingType,
            @NotNull(message = "Choose the posting to apply to.") @Positive Long postingId,
            @Size(max = ApplicationService.MAX_MOTIVATION) String motivation,
            Map<Long, String> answers) {
    }

    /** A rejection: a reason from the fixed list and an optional explanation the student sees (required for OTHER). */
    public record RejectRequest(@NotNull(message = "Choose a reason for the rejection.") RejectionReason reason,
                                @Size(max = 1000) String text) {
    }

    @Schema(description = "An application as its student and its reviewers see it (never the internal notes)")
    public record ApplicationResponse(ApplicationSummary summary, String motivation, List<QuestionAnswer> answers,
                                      String cvFileName) {

        static ApplicationResponse of(ApplicationDetails d) {
            return new ApplicationResponse(d.summary(), d.motivation(), d.answers(), d.cvFileName());
        }
    }

    private final ApplicationService applications;
    private final ApplicationReviewService reviews;

    ApplicationsController(ApplicationService applications, ApplicationReviewService reviews) {
        this.applications = applications;
        this.reviews = reviews;
    }

    @GetMapping("/mine")
    @Operation(summary = "My applications", description = "The caller's own, newest first. Students.")
    List<ApplicationSummary> mine() {
        return applications.myApplications();
    }

    @GetMapping("/received")
    @Operation(summary = "Applications to my postings", description = "Submitted applications to the postings the"
            + " caller owns or reviews, newest first. Supervisors, partners, mentors on review teams.")
    List<ApplicationSummary> received() {
        return reviews.applicationsToMyPostings();
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create or update my draft", description = "One application per posting: a second call saves"
            + " the same draft. Nothing is sent. Students.")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<ApplicationResponse> saveDraft(@Valid @RequestBody ApplicationRequest request) {
        ApplicationDetails saved = applications.saveDraft(new SaveApplicationCmd(request.postingType(), request.postingId(),
                request.motivation(), request.answers() == null ? Map.of() : request.answers(), null));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + saved.id())).body(ApplicationResponse.of(saved));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application", description = "For its student, the posting's owners and review team, the"
            + " programme's coordinators.")
    ApplicationResponse one(@PathVariable long id) {
        return ApplicationResponse.of(read(id));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit my draft", description = "Refused, with nothing changed, while the motivation or a"
            + " required answer is missing. Its student.")
    ApplicationResponse submit(@PathVariable long id) {
        ApplicationDetails draft = read(id);
        Map<Long, String> answers = new HashMap<>();
        draft.answers().stream().filter(a -> a.answer() != null && !a.answer().isBlank())
                .forEach(a -> answers.put(a.questionId(), a.answer()));
        return ApplicationResponse.of(applications.submit(new SaveApplicationCmd(draft.summary().postingType(),
                draft.summary().postingId(), draft.motivation(), answers, null)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw my application", description = "Before a decision. Its student.")
    ApplicationResponse withdraw(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(applications.withdraw(id));
    }

    @PostMapping("/{id}/shortlist")
    @Operation(summary = "Shortlist", description = "The posting's owners.")
    ApplicationResponse shortlist(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(reviews.shortlist(id));
    }

    @PostMapping("/{id}/offer")
    @Operation(summary = "Make an offer", description = "To a shortlisted application. The posting's owners.")
    ApplicationResponse offer(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(reviews.offer(id));
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(summary = "Reject with a reason", description = "The student sees the reason. The posting's owners.")
    ApplicationResponse reject(@PathVariable long id, @Valid @RequestBody RejectRequest request) {
        read(id);
        return ApplicationResponse.of(reviews.reject(id, new RejectCmd(request.reason(), request.text())));
    }

    /** Why the current reviewer may not judge this application (e.g. a former colleague). */
    public record ConflictRequest(@jakarta.validation.constraints.NotBlank(message = "Say why you have a conflict of"
            + " interest.") @Size(max = 1000) String reason) {
    }

    /** An internal note of the review team (never shown to the student). */
    public record NoteRequest(@jakarta.validation.constraints.NotBlank(message = "Write the note.") @Size(max = 4000) String text) {
    }

    /** The current reviewer's scores, one per criterion of the posting (1–5, optional comment). */
    public record ScoreRequest(@NotNull(message = "Give a score per criterion.") @Size(min = 1) List<org.crossfield.application.ScoreCmd.CriterionScore> scores) {
    }

    @PostMapping("/{id}/under-review")
    @Operation(summary = "Take into review", description = "A submitted application becomes \"under review\" (as when a"
            + " reviewer first opens it on the screen); later calls change nothing. The posting's owners and review team.")
    ApplicationResponse underReview(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(reviews.openForReview(id));
    }

    @GetMapping("/{id}/review")
    @Operation(summary = "The review", description = "The posting's criteria, every reviewer's scores and their averages,"
            + " and what the caller may do. The posting's owners and review team.")
    org.crossfield.application.ApplicationReview review(@PathVariable long id) {
        read(id);
        return reviews.review(id);
    }

    @PostMapping(path = "/{id}/scores", consumes = "application/json")
    @Operation(summary = "Score it", description = "Replaces the caller's scores of this application. Review team and"
            + " owners without a declared conflict.")
    org.crossfield.application.ApplicationReview score(@PathVariable long id, @Valid @RequestBody ScoreRequest request) {
        read(id);
        return reviews.score(new org.crossfield.application.ScoreCmd(id, request.scores()));
    }

    @PostMapping(path = "/{id}/conflict", consumes = "application/json")
    @Operation(summary = "Declare a conflict of interest, with a reason", description = "The caller's scores of it are"
            + " withdrawn and they can no longer score it. The posting's owners and review team.")
    org.crossfield.application.ApplicationReview conflict(@PathVariable long id, @Valid @RequestBody ConflictRequest request) {
        read(id);
        return reviews.declareConflict(id, request.reason());
    }

    @GetMapping("/{id}/notes")
    @Operation(summary = "The review team's notes", description = "Oldest first; never shown to the student. The"
            + " posting's owners and review team.")
    List<org.crossfield.application.ReviewNoteEntry> notes(@PathVariable long id) {
        read(id);
        return reviews.notes(id);
    }

    @PostMapping(path = "/{id}/notes", consumes = "application/json")
    @Operation(summary = "Add a note", description = "Returns all the notes. The posting's owners and review team.")
    List<org.crossfield.application.ReviewNoteEntry> addNote(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
        read(id);
        return reviews.addNote(id, request.text());
    }

    private ApplicationDetails read(long id) {
        return Visible.or404("application " + id, () -> applications.application(id));
    }
}
