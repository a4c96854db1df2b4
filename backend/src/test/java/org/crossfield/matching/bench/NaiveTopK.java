package org.crossfield.matching.bench;

import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.Project;
import org.crossfield.matching.engine.Requirement;
import org.crossfield.matching.engine.Scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The baseline a Java developer would write: a stream over mentor records with map look-ups, then sort + limit. */
public final class NaiveTopK {

    public record Scored(String mentor, double score, int unmet) {
    }

    private static final Comparator<Scored> ORDER = ((Comparator<Scored>) (a, b) -> Scoring.compareScores(b.score(), a.score()))
            .thenComparingInt(Scored::unmet).thenComparing(Scored::mentor);

    private NaiveTopK() {
    }

    public static List<Scored> topK(Project p, List<Mentor> mentors, Set<String> excluded, int k) {
        return mentors.stream()
                .filter(m -> !Objects.equals(m.organisation(), p.organisation()) || m.organisation() == null)
                .filter(m -> !excluded.contains(m.id()))
                .filter(m -> p.requirements().stream().filter(Requirement::mustHave)
                        .allMatch(r -> m.levels().getOrDefault(r.competency(), 0) >= r.level()))
                .map(m -> {
                    double num = 0;
                    double den = 0;
                    int unmet = 0;
                    for (Requirement r : p.requirements()) {
                        int l = m.levels().getOrDefault(r.competency(), 0);
                        num += r.weight() * (Math.min(l, r.level()) / (double) r.level());
                        den += r.weight();
                        if (l < r.level()) {
                            unmet++;
                        }
                    }
                    return new Scored(m.id(), den == 0 ? 1.0 : num / den, unmet);
                })
                .sorted(ORDER)
                .limit(k)
                .toList();
    }
}
