package org.crossfield.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    private static final Project P1 = new Project("p1", "uni-a", 1, List.of(
            new Requirement("DSDA01", 3, 2.0, false),
            new Requirement("HDS-03", 4, 1.0, false)));

    @Test
    void workedExampleFromTheDocs() {
        Mentor m = new Mentor("m1", "acme", 2, Map.of("DSDA01", 4, "HDS-03", 2));
        Explanation e = Scoring.explain(P1, m);
        // (2 * min(4,3)/3 + 1 * min(2,4)/4) / (2 + 1) = (2 + 0.5) / 3
        assertThat(e.score()).isEqualTo(2.5 / 3.0, within(1e-15));
        assertThat(e.unmet()).isEqualTo(1);
        assertThat(e.eligible()).isTrue();
        assertThat(e.contributions()).containsExactly(
                Map.entry("DSDA01", 2.0 / 3.0), Map.entry("HDS-03", 0.5 / 3.0));
    }

    @Test
    void allRequirementsMetScoresExactlyOne() {
        Project p = new Project("p", null, 1, List.of(
                new Requirement("A", 3, 0.1, false), new Requirement("B", 5, 0.7, false),
                new Requirement("C", 1, 0.3, false)));
        Mentor m = new Mentor("m", null, 1, Map.of("A", 5, "B", 5, "C", 1));
        assertThat(Scoring.explain(p, m).score()).isEqualTo(1.0);
        assertThat(Scoring.explain(p, m).unmet()).isZero();
    }

    @Test
    void missingCompetencyIsLevelZero() {
        Explanation e = Scoring.explain(P1, new Mentor("m", null, 1, Map.of()));
        assertThat(e.score()).isZero();
        assertThat(e.unmet()).isEqualTo(2);
        assertThat(e.eligible()).isTrue();
    }

    @Test
    void projectWithoutRequirementsScoresOne() {
        Project p = new Project("p", "x", 1, List.of());
        Explanation e = Scoring.explain(p, new Mentor("m", "y", 1, Map.of()));
        assertThat(e.score()).isEqualTo(1.0);
        assertThat(e.unmet()).isZero();
        assertThat(e.contributions()).isEmpty();
    }

    @Test
    void ineligibilityReasons() {
        Project p = new Project("p", "uni-a", 1, List.of(new Requirement("DSDA01", 3, 1.0, true)));
        Mentor same = new Mentor("m1", "uni-a", 1, Map.of("DSDA01", 5));
        Mentor weak = new Mentor("m2", "acme", 1, Map.of("DSDA01", 2));
        Mentor ok = new Mentor("m3", "acme", 1, Map.of("DSDA01", 3));
        assertThat(Scoring.explain(p, same).eligibility()).isEqualTo(Eligibility.SAME_ORGANISATION);
        assertThat(Scoring.explain(p, weak).eligibility()).isEqualTo(Eligibility.MISSING_MUST_HAVE);
        assertThat(Scoring.explain(p, ok).eligibility()).isEqualTo(Eligibility.ELIGIBLE);
        assertThat(Scoring.explain(p, ok, Eligibility.CONFLICT).eligibility()).isEqualTo(Eligibility.CONFLICT);
        assertThat(Scoring.explain(p, ok, Eligibility.FORBIDDEN).eligibility()).isEqualTo(Eligibility.FORBIDDEN);
        // a must-have met exactly counts as met
        assertThat(Scoring.explain(p, ok).score()).isEqualTo(1.0);
    }

    @Test
    void nullOrganisationsNeverMatch() {
        Project p = new Project("p", null, 1, List.of());
        assertThat(Scoring.explain(p, new Mentor("m", null, 1, Map.of())).eligible()).isTrue();
    }

    @Test
    void recordsRejectOutOfRangeValues() {
        assertThatThrownBy(() -> new Requirement("A", 0, 1, false)).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Requirement("A", 6, 1, false)).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Requirement("A", 3, 0, false)).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Requirement("A", 3, Double.NaN, false)).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Mentor("m", null, -1, Map.of())).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Mentor("m", null, 1, Map.of("A", 6))).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Project("p", null, -1, List.of())).isInstanceOf(InvalidInstanceException.class);
        assertThatThrownBy(() -> new Project("p", null, 1, List.of(new Requirement("A", 1, 1, false),
                new Requirement("A", 2, 1, false)))).isInstanceOf(InvalidInstanceException.class);
    }
}
