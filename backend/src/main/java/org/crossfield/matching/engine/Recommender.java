package org.crossfield.matching.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Top-k recommendations for every project of an instance (mode topk). */
public final class Recommender {

    /** Default number of recommendations per project. */
    public static final int DEFAULT_K = 10;

    private Recommender() {
    }

    /**
     * For every project (in input order), the k eligible mentors with the highest score; ties broken by fewer unmet
     * requirements, then mentor id ascending. Conflicts and forbids are honoured; pins, slots and capacities are not
     * considered (a recommendation is about fit, not availability).
     */
    public static Map<String, List<Explanation>> recommend(AssignmentProblem problem, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        MentorIndex index = MentorIndex.of(problem.mentors());
        Map<String, Map<String, Eligibility>> listed = problem.listedExclusions();
        List<Project> projects = problem.projects();
        @SuppressWarnings("unchecked")
        List<Explanation>[] out = new List[projects.size()];
        int chunk = 32;
        IntStream.range(0, (projects.size() + chunk - 1) / chunk).parallel().forEach(c -> {
            MentorIndex.Selection sel = new MentorIndex.Selection();
            for (int i = c * chunk; i < Math.min(projects.size(), (c + 1) * chunk); i++) {
                Project p = projects.get(i);
                ProjectProfile profile = Scoring.profile(p);
                Collection<String> excluded = listed.getOrDefault(p.id(), Map.of()).keySet();
                int found = index.select(profile, index.organisationId(p.organisation()), index.positions(excluded),
                        null, k, sel);
                List<Explanation> list = new ArrayList<>(found);
                for (int r = 0; r < found; r++) {
                    list.add(index.explainAt(profile, sel.idx[r]));
                }
                out[i] = list;
            }
        });
        Map<String, List<Explanation>> result = new LinkedHashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            result.put(projects.get(i).id(), List.copyOf(out[i]));
        }
        return result;
    }
}
