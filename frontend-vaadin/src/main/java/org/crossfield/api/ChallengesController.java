package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.marketplace.ChallengeDetails;
import org.crossfield.marketplace.ChallengeDraft;
import org.crossfield.marketplace.ChallengeService;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.VersionedChallenge;
import org.crossfield.marketplace.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners' challenges through {@link ChallengeService} (create a draft, read, update with {@code If-Match}, submit)
 * and coordinators' decisions through {@link ApprovalService} (approve, send back): the screens' services and rules.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Challenges", description = "Partners post challenges; coordinators approve them")
class ChallengesController {

    /** What a partner writes into a challenge (create and update alike). */
    public record ChallengeRequest(
            @NotNull(message = "Choose the programme.") @Positive Long programmeId,
            @NotBlank(message = "The title is required.") @Size(max = 200) String title,
            @NotBlank(message = "The summary is required.") @Size(max = 500) String summary,
            @NotBlank(message = "The description is required.") @Size(max = 4000) String description,
            @Size(max = 2000) String deliverables,
            @Size(max = 1000) String timeline,
            @NotNull(message = "Give the challenge a deadline.") LocalDate deadline,
            @Size(max = 500) String compensation,
            @io.swagger.v3.oas.annotations.media.Schema(description = "An IP regime code, e.g. LAMBERT_1") String ipRegimeCode,
            @NotNull(message = "Choose who may see the challenge.") Visibility visibility,
            Set<Long> inviteeIds,
            @NotEmpty(message = "Name at least one required competency.") @Size(max = 40) List<@Valid RequiredCompetencyRequest> requirements,
            @NotNull(message = "Choose the data tier and the access model.") @Valid GovernanceRequest governance) {

        ChallengeDraft toDraft() {
            return new ChallengeDraft(programmeId, title, summary, description, deliverables, timeline, deadline,
                    compensation, ipRegimeCode, visibility, inviteeIds == null ? Set.of() : inviteeIds,
                    RequiredCompetencyRequest.toRequirements(requirements), governance == null ? null : governance.toTerms());
        }
    }

    /** A challenge as the caller may see it; {@code version} is also its {@code ETag}. */
    public record ChallengeResponse(long id, ProjectStatus status, String programmeName, String organisationName,
                                    String country, String reviewComment, Instant publishedAt, ChallengeDraft content,
                                    long version) {

        static ChallengeResponse of(VersionedChallenge v) {
            ChallengeDetails c = v.challenge();
            return new ChallengeResponse(c.id(), c.status(), c.programmeName(), c.organisationName(), c.country(),
                    c.reviewComment(), c.publishedAt(), c.content(), v.version());
        }
    }

    /** Why a challenge goes back to its partner. */
    public record SendBackRequest(@NotBlank(message = "Say what needs to change.") @Size(max = 2000) String comment) {
    }

    private final ChallengeService challenges;
    private final ApprovalService approvals;

    ChallengesController(ChallengeService challenges, ApprovalService approvals) {
        this.challenges = challenges;
        this.approvals = approvals;
    }

    @GetMapping("/challenges")
    @Operation(summary = "My organisation's challenges", description = "Every status, newest first. Partners.")
    List<PostingSummary> mine() {
        return challenges.myChallenges();
    }

    @PostMapping(path = "/challenges", consumes = "application/json")
    @Operation(summary = "Create a challenge draft", description = "A draft of the caller's organisation. Partners.")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    ResponseEntity<ChallengeResponse> create(@Valid @RequestBody ChallengeRequest request) {
        long id = challenges.createDraft(request.toDraft());
        VersionedChallenge created = challenges.versioned(id);
        return ResponseEntity.created(URI.create("/api/v1/challenges/" + id)).eTag(ETags.of(created.version()))
                .body(ChallengeResponse.of(created));
    }

    @GetMapping("/challenges/{id}")
    @Operation(summary = "One challenge", description = "With its ETag for a later update.")
    ResponseEntity<ChallengeResponse> one(@PathVariable long id) {
        VersionedChallenge challenge = read(id);
        return ResponseEntity.ok().eTag(ETags.of(challenge.version())).body(ChallengeResponse.of(challenge));
    }

    @PutMapping(path = "/challenges/{id}", consumes = "application/json")
    @Operation(summary = "Update a draft", description = "Only with If-Match: the ETag of the challenge as last read;"
            + " 409 when it changed since. Partners of the posting organisation.")
    ResponseEntity<ChallengeResponse> update(@PathVariable long id,
            @Parameter(description = "The ETag of the challenge as last read", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ChallengeRequest request) {
        read(id);
        long expected = ETags.required(ifMatch);
        VersionedChallenge updated = challenges.updateDraft(id, expected, request.toDraft());
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(ChallengeResponse.of(updated));
    }

    @PostMapping("/challenges/{id}/submit")
    @Operation(summary = "Submit a draft for approval", description = "To the programme's coordinators. Partners of the"
            + " posting organisation.")
    ResponseEntity<ChallengeResponse> submit(@PathVariable long id) {
        read(id);
        challenges.submit(id);
        return current(id);
    }

    @GetMapping("/approvals")
    @Operation(summary = "Postings waiting for my review", description = "Submitted postings of the programmes I"
            + " coordinate, oldest first. Coordinators and administrators.")
    List<PostingSummary> awaitingReview() {
        return approvals.awaitingReview();
    }

    @PostMapping("/challenges/{id}/approve")
    @Operation(summary = "Approve a submitted challenge", description = "It opens. Coordinators of its programme.")
    ResponseEntity<ChallengeResponse> approve(@PathVariable long id) {
        read(id);
        approvals.approve(PostingKind.CHALLENGE, id);
        return current(id);
    }

    @PostMapping(path = "/challenges/{id}/send-back", consumes = "application/json")
    @Operation(summary = "Send a submitted challenge back", description = "To draft, with a comment for the partner."
            + " Coordinators of its programme.")
    ResponseEntity<ChallengeResponse> sendBack(@PathVariable long id, @Valid @RequestBody SendBackRequest request) {
        read(id);
        approvals.sendBack(PostingKind.CHALLENGE, id, request.comment());
        return current(id);
    }

    private VersionedChallenge read(long id) {
        return Visible.or404("challenge " + id, () -> challenges.versioned(id));
    }

    private ResponseEntity<ChallengeResponse> current(long id) {
        VersionedChallenge challenge = challenges.versioned(id);
        return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(challenge.version())).body(ChallengeResponse.of(challenge));
    }
}
