package org.crossfield.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.crossfield.marketplace.RequiredCompetency;

/**
 * A required competency of a posting as the API takes it ({@link RequiredCompetency}): level, weight and must-have are
 * boxed, so that one left out is named among the invalid fields (422) instead of failing the body or counting as 0 or
 * false. Ranges and known codes are the service's rules (PostingRules), as on the screens.
 */
@Schema(name = "RequiredCompetencyRequest", description = "A competency the posting needs")
public record RequiredCompetencyRequest(
        @NotBlank(message = "Name the competency, e.g. HDS-04.") String competencyCode,
        @NotNull(message = "Give the level needed, 1 to 5.") @Schema(minimum = "1", maximum = "5") Integer level,
        @NotNull(message = "Give the weight in the score, e.g. 1.0.") Double weight,
        @NotNull(message = "Say whether it is a must-have: true or false.") Boolean mustHave) {

    RequiredCompetency toRequirement() {
        return new RequiredCompetency(competencyCode, level, weight, mustHave);
    }

    static List<RequiredCompetency> toRequirements(List<RequiredCompetencyRequest> requests) {
        return requests == null ? null : requests.stream().map(RequiredCompetencyRequest::toRequirement).toList();
    }
}
