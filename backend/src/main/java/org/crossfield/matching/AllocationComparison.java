package org.crossfield.matching;

import java.util.List;

/** The stable, greedy and generous allocations of one programme, computed on the same input. */
public record AllocationComparison(long programmeId, List<AllocationOption> options) {

    public AllocationComparison {
        options = List.copyOf(options);
    }

    /** The option computed with {@code method}. */
    public AllocationOption option(String method) {
        return options.stream().filter(o -> o.method().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + method + " option"));
    }

    /** The length of the longest profile: the number of choice columns to show. */
    public int ranks() {
        return options.stream().mapToInt(o -> o.profile().size()).max().orElse(0);
    }
}
