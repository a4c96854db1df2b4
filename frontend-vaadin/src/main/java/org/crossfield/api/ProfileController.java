package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.ProfileChange;
import org.crossfield.competency.ProfileService;
import org.crossfield.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own competency profile through {@link ProfileService}, as on the "My profile" screen. */
@RestController
@RequestMapping(path = "/api/v1/me/profile", produces = "application/json")
@Tag(name = "Me", description = "The person a token acts for")
class ProfileController {

    /** One change: a competency's new self-assessed level (1–5) and evidence; no level removes the competency. */
    public record ProfileChangeRequest(@NotBlank(message = "Name the competency.") String competencyCode,
                                       @Schema(description = "1 to 5; absent or null removes the competency") Integer level,
                                       @Size(max = ProfileService.MAX_EVIDENCE_LENGTH) String evidence) {
    }

    /** Changes to apply together: all or nothing. */
    public record ProfileUpdateRequest(@NotEmpty(message = "List at least one change.") @Size(max = 200)
                                       List<@Valid ProfileChangeRequest> changes) {
    }

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "My competency profile", description = "Levels, evidence and whether each is self-assessed or"
            + " verified.")
    CompetencyProfile mine() {
        return profiles.profileOf(CurrentUser.require().getId());
    }

    @PatchMapping(consumes = "application/json")
    @Operation(summary = "Change my competency profile", description = "Applies the listed changes, all or nothing;"
            + " competencies not listed stay as they are. Students, supervisors and mentors.")
    CompetencyProfile change(@Valid @RequestBody ProfileUpdateRequest request) {
        return profiles.updateProfile(CurrentUser.require().getId(), request.changes().stream()
                .map(c -> new ProfileChange(c.competencyCode(), c.level(), c.evidence())).toList());
    }
}
