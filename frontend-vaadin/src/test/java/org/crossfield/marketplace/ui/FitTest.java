package org.crossfield.marketplace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crossfield.competency.Assessment;
import org.crossfield.competency.CompetencyProfile;
import org.crossfield.competency.ProfileLevel;
import org.crossfield.marketplace.RequiredCompetency;
import org.junit.jupiter.api.Test;

/** A student reads how they fit a posting in words before applying. */
class FitTest {

    @Test
    void saysWhatIsMetAndWhatIsMissingByName() {
        CompetencyProfile profile = new CompetencyProfile(1, List.of(
                new ProfileLevel("DSDA02", 4, null, Assessment.values()[0], null, null),
                new ProfileLevel("HDS-01", 2, null, Assessment.values()[0], null, null)));
        List<RequiredCompetency> asked = List.of(new RequiredCompetency("DSDA02", 3, 1, false),
                new RequiredCompetency("HDS-01", 4, 2, true), new RequiredCompetency("DSDA05", 2, 1, false));
        assertThat(Fit.inWords(asked, profile, Map.of("HDS-01", "Data stewardship")))
                .isEqualTo("You meet 1 of 3 required competencies. Data stewardship (must-have): asked level 4, you have 2."
                        + " DSDA05: asked level 2, not in your profile.");
        assertThat(Fit.inWords(List.of(new RequiredCompetency("DSDA02", 4, 1, false)), profile, Map.of()))
                .isEqualTo("You meet every required competency at the level asked.");
    }
}
