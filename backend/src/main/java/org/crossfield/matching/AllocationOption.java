package org.crossfield.matching;

import java.util.List;

/**
 * One method's proposed allocation of a programme, with the figures a coordinator compares.
 *
 * @param method         {@code stable}, {@code greedy} or {@code generous}
 * @param runId          the stored proposal
 * @param allocated      students given a project
 * @param notAllocated   students who ranked a project and got none
 * @param profile        element i: students allocated their (i+1)-th choice (as long as the longest ranking)
 * @param worstRank      the worst choice number given to anyone (0: nobody allocated)
 * @param blockingPairs  student–project pairs that would both rather be together (0 for stable)
 * @param supervisorLoads each supervisor's allocated students against their capacity, by name
 */
public record AllocationOption(String method, long runId, int allocated, int notAllocated, List<Integer> profile,
                               int worstRank, int blockingPairs, List<SupervisorLoad> supervisorLoads) {

    public AllocationOption {
        profile = List.copyOf(profile);
        supervisorLoads = List.copyOf(supervisorLoads);
    }
}
