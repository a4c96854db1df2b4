package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.crossfield.marketplace.ApprovalService;
import org.crossfield.marketplace.PostingKind;
import org.crossfield.marketplace.PostingSummary;
import org.crossfield.marketplace.ProjectDraft;
import org.crossfield.marketplace.ProjectPosting;
import org.crossfield.marketplace.ProjectPostingService;
import org.crossfield.marketplace.ProjectStatus;
import org.crossfield.marketplace.VersionedProject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors' PhD project postings through {@link ProjectPostingService} (create a draft, read, update with
 * {@code If-Match}, submit) and coordinators' decisions through {@link ApprovalService}: the screens' services.
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
@Tag(name = "PhD projects", description = "Supervisors post PhD projects; coordinators approve them")
class ProjectsController {

    /** What a supervisor writes into a PhD project (create and update alike); the institution is their organisation. */
    public record ProjectRequest(
            @NotNull(message = "Choose the programme.") @Positive Long programmeId,
            @NotBlank(message = "The title is required.") @Size(max = 200) String title,
            @NotBlank(message = "The research question is required.") @Size(max = 2000) String researchQuestion,
            @NotNull(message = "Say how many mentors the project takes: 1 or 2.") @Min(1) @Max(2) Integer mentorSlots,
            String ipRegimeCode,
            @NotEmpty(message = "Name at least one required competency.") @Size(max = 40) List<@Valid RequiredCompetencyRequest> requirements,
            Set<Long> linkedChallengeIds,
            @NotNull(message = "Choose the data tier and the access model.") @Valid GovernanceRequest governance) {

        ProjectDraft toDraft() {
            return new ProjectDraft(programmeId, title, researchQuestion, mentorSlots, ipRegimeCode,
                    RequiredCompetencyRequest.toRequirements(requirements),
                    linkedChallengeIds == null ? Set.of() : linkedChallengeIds, governance == null ? null : governance.toTerms());
        }
    }

    /** A project as its supervisor and its reviewers see it; {@code version} is also its {@code ETag}. */
    public record ProjectResponse(long id, ProjectStatus status, String programmeName, String institution,
                                  String reviewComment, ProjectDraft content, List<PostingSummary> linkedChallenges,
                                  long version) {

        static ProjectResponse of(VersionedProject v) {
            ProjectPosting p = v.project();
            return new ProjectResponse(p.id(), p.status(), p.programmeName(), p.institution(), p.reviewComment(),
                    p.content(), p.linkedChallenges(), v.version());
        }
    }

    private final ProjectPostingService projects;
    private final ApprovalService approvals;

    ProjectsController(ProjectPostingService projects, ApprovalService approvals) {
        this.projects = projects;
        this.approvals = approvals;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a PhD project draft", description = "Supervisors.")
    ResponseEntity<ProjectResponse> create(@Valid @RequestBody ProjectRequest request) {
        long id = projects.createDraft(request.toDraft());
        VersionedProject created = projects.versioned(id);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).eTag(ETags.of(created.version()))
                .body(ProjectResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my PhD projects, or one I review", description = "With its ETag. Its supervisor and"
            + " the programme's coordinators.")
    ResponseEntity<ProjectResponse> one(@PathVariable long id) {
        VersionedProject project = read(id);
        return ResponseEntity.ok().eTag(ETags.of(project.version())).body(ProjectResponse.of(project));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Update a draft", description = "Only with If-Match: the ETag as last read; 409 when it changed"
            + " since. Its supervisor.")
    ResponseEntity<ProjectResponse> update(@PathVariable long id,
            @Parameter(description = "The ETag of the project as last read", required = true)
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ProjectRequest request) {
        read(id);
        VersionedProject updated = projects.updateDraft(id, ETags.required(ifMatch), request.toDraft());
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(ProjectResponse.of(updated));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for approval", description = "Its supervisor.")
    ResponseEntity<ProjectResponse> submit(@PathVariable long id) {
        read(id);
        projects.submit(id);
        return current(id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted project", description = "It opens. Coordinators of its programme.")
    ResponseEntity<ProjectResponse> approve(@PathVariable long id) {
        read(id);
        approvals.approve(PostingKind.PROJECT, id);
        return current(id);
    }

    @PostMapping(path = "/{id}/send-back", consumes = "application/json")
    @Operation(summary = "Send a submitted project back", description = "To draft, with a comment for the supervisor."
            + " Coordinators of its programme.")
    ResponseEntity<ProjectResponse> sendBack(@PathVariable long id,
                                             @Valid @RequestBody ChallengesController.SendBackRequest request) {
        read(id);
        approvals.sendBack(PostingKind.PROJECT, id, request.comment());
        return current(id);
    }

    private VersionedProject read(long id) {
        return Visible.or404("PhD project " + id, () -> projects.versioned(id));
    }

    private ResponseEntity<ProjectResponse> current(long id) {
        VersionedProject project = projects.versioned(id);
        return ResponseEntity.ok().eTag(ETags.of(project.version())).body(ProjectResponse.of(project));
    }
}
