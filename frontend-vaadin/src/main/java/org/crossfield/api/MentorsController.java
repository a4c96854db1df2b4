package org.crossfield.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.crossfield.marketplace.ProjectPostingService;
import org.crossfield.matching.MatchingService;
import org.crossfield.matching.MentorRecommendations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mentor recommendations for a PhD project, as on the screen "Recommended mentors", through {@link MatchingService}:
 * the best mentors with free capacity, each with the explanation per required competency, and who was left out.
 */
@RestController
@RequestMapping(path = "/api/v1/projects", produces = "application/json")
@Tag(name = "PhD projects")
class MentorsController {

    private final MatchingService matching;
    private final ProjectPostingService projects;

    MentorsController(MatchingService matching, ProjectPostingService projects) {
        this.matching = matching;
        this.projects = projects;
    }

    @GetMapping("/{id}/mentors")
    @Operation(summary = "Recommended mentors for a project", description = "The top k mentors (excluding the project's"
            + " own organisation, declared conflicts and mentors at capacity), explained. Whoever manages the project:"
            + " its supervisor, the programme's coordinators.")
    MentorRecommendations mentors(@PathVariable long id,
                                  @Parameter(description = "How many, 1 to 50") @RequestParam(defaultValue = "10") @Min(1) @Max(50) int k) {
        Visible.or404("project " + id, () -> projects.posting(id));
        return matching.recommendMentors(id, k);
    }
}
