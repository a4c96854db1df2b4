package org.crossfield.sandbox;

/**
 * A feature's part of the demo sandbox. Features implement it as a Spring bean in their own package (so the sandbox
 * knows nothing of them); the loader calls every contribution after the core sandbox (organisations, people,
 * postings, applications) is written, in the same transaction, lowest {@link #order()} first. A contribution writes only
 * demo rows (demo = true where the table has the column) and must be deterministic for a given seed.
 */
public interface SandboxContribution {

    /** Contributions run in ascending order; features that build on another's demo rows use a higher number. */
    default int order() {
        return 0;
    }

    void contribute(SandboxContext context);
}
