package org.crossfield.matching.engine;

import java.util.List;
import java.util.Map;

/**
 * Result of {@link OptimalAssigner}.
 *
 * @param assignments assigned pairs (pins included), in project input order, then mentor id
 * @param unfilled    projects with free slots, in project input order
 * @param filledSlots number of assigned pairs
 * @param totalScore  sum of the exact scores of the assigned pairs
 * @param stats       how the optimum was found and proven
 * @param explanations the explanation of every assigned pair, as the solver scored it (its score is the pair's
 *                     {@link Assignment#score()}): callers show it instead of scoring the pair again
 */
public record AssignmentResult(List<Assignment> assignments, List<Unfilled> unfilled, int filledSlots,
                               double totalScore, Stats stats, Map<Pair, Explanation> explanations) {

    public AssignmentResult {
        assignments = List.copyOf(assignments);
        unfilled = List.copyOf(unfilled);
        explanations = Map.copyOf(explanations);
    }

    /** The solver's explanation of an assigned pair. */
    public Explanation explanation(Assignment a) {
        Explanation e = explanations.get(new Pair(a.project(), a.mentor()));
        if (e == null) {
            throw new IllegalArgumentException("not an assigned pair: " + a);
        }
        return e;
    }

    /**
     * @param pruned          whether candidate arcs were pruned (false: every eligible pair was in the model)
     * @param solves          number of min-cost-flow solves (1 + number of repair rounds)
     * @param candidateArcs   arcs in the final model (pins excluded)
     * @param addedArcs       arcs added by repair rounds because the certificate did not hold for them
     * @param scannedProjects project scans needed by the certificate (over all rounds)
     * @param scale           scores were quantised to integers as round(score · scale) for the solver
     * @param candidateNanos  time spent selecting candidate mentors
     * @param solveNanos      time spent in the min-cost-flow solver (all rounds, model building included)
     * @param certifyNanos    time spent computing and checking the optimality certificate (all rounds)
     */
    public record Stats(boolean pruned, int solves, long candidateArcs, long addedArcs, long scannedProjects,
                        long scale, long candidateNanos, long solveNanos, long certifyNanos) {
    }
}
