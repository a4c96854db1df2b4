package org.crossfield.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crossfield.matching.ContributionLine;
import org.junit.jupiter.api.Test;

/** A match is explained in words first; the formula stays available on demand. */
class ExplanationsTest {

    private static final Map<String, String> NAMES = Map.of("HDS-01", "Data stewardship", "DSDA02", "Quantitative methods");

    @Test
    void saysHowManyRequirementsAreMetAndWhatIsMissingByName() {
        List<ContributionLine> lines = List.of(
                new ContributionLine("DSDA02", 4, 3, 2, false, 0.4),
                new ContributionLine("HDS-01", 2, 4, 3, true, 0.115),
                new ContributionLine("DSDA01", 3, 3, 1, false, 0.2),
                new ContributionLine("DSDA03", 5, 2, 1, false, 0.2));
        assertThat(Explanations.inWords(lines, NAMES))
                .isEqualTo("Meets 3 of 4 required competencies. Data stewardship (must-have): asked level 4, has 2.");
    }

    @Test
    void allMetAndNothingAskedAreSaidPlainly() {
        assertThat(Explanations.inWords(List.of(new ContributionLine("HDS-01", 4, 4, 1, false, 1)), NAMES))
                .isEqualTo("Meets the one required competency.");
        assertThat(Explanations.inWords(List.of(), NAMES)).isEqualTo("The posting asks for no particular competencies.");
        assertThat(Explanations.inWords(List.of(new ContributionLine("XX-9", 0, 2, 1, false, 0)), NAMES))
                .isEqualTo("Meets 0 of 1 required competencies. XX-9: asked level 2, has none.");
    }
}
