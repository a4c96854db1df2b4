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
    @Operation(summary = "My applications", description = "The caller's own, newest first. Students. Scope: read.")
    List<ApplicationSummary> mine() {
        return applications.myApplications();
    }

    @GetMapping("/received")
    @Operation(summary = "Applications to my postings", description = "Submitted applications to the postings the"
            + " caller owns or reviews, newest first. Supervisors, partners, mentors on review teams. Scope: read.")
    List<ApplicationSummary> received() {
        return reviews.applicationsToMyPostings();
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create or update my draft", description = "One application per posting: a second call saves"
            + " the same draft. Nothing is sent. Students. Scope: write.")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<ApplicationResponse> saveDraft(@Valid @RequestBody ApplicationRequest request) {
        ApplicationDetails saved = applications.saveDraft(new SaveApplicationCmd(request.postingType(), request.postingId(),
                request.motivation(), request.answers() == null ? Map.of() : request.answers(), null));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + saved.id())).body(ApplicationResponse.of(saved));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application", description = "For its student, the posting's owners and review team, the"
            + " programme's coordinators. Scope: read.")
    ApplicationResponse one(@PathVariable long id) {
        return ApplicationResponse.of(read(id));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit my draft", description = "Refused, with nothing changed, while the motivation or a"
            + " required answer is missing. Its student. Scope: write.")
    ApplicationResponse submit(@PathVariable long id) {
        ApplicationDetails draft = read(id);
        Map<Long, String> answers = new HashMap<>();
        draft.answers().stream().filter(a -> a.answer() != null && !a.answer().isBlank())
                .forEach(a -> answers.put(a.questionId(), a.answer()));
        return ApplicationResponse.of(applications.submit(new SaveApplicationCmd(draft.summary().postingType(),
                draft.summary().postingId(), draft.motivation(), answers, null)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw my application", description = "Before a decision. Its student. Scope: write.")
    ApplicationResponse withdraw(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(applications.withdraw(id));
    }

    @PostMapping("/{id}/shortlist")
    @Operation(summary = "Shortlist", description = "The posting's owners. Scope: write.")
    ApplicationResponse shortlist(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(reviews.shortlist(id));
    }

    @PostMapping("/{id}/offer")
    @Operation(summary = "Make an offer", description = "To a shortlisted application. The posting's owners. Scope: write.")
    ApplicationResponse offer(@PathVariable long id) {
        read(id);
        return ApplicationResponse.of(reviews.offer(id));
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(summary = "Reject with a reason", description = "The student sees the reason. The posting's owners."
            + " Scope: write.")
    ApplicationResponse reject(@PathVariable long id, @Valid @RequestBody RejectRequest request) {
        read(id);
        return ApplicationResponse.of(reviews.reject(id, new RejectCmd(request.reason(), request.text())));
    }

    private ApplicationDetails read(long id) {
        return Visible.or404("application " + id, () -> applications.application(id));
    }
}
