package org.crossfield.sandbox;

/**
 * A feature's part of the demo sandbox: the feature writes its own demo rows, and only its own tables (docs/adr/0037).
 * Features implement it as a Spring bean in their own package (so the sandbox knows nothing of them); the loader calls
 * every contribution in one transaction, lowest {@link #order()} first. Contributions pass ids on through the
 * {@link SandboxContext} (identity records its people, marketplace its open projects…), or read what earlier ones wrote
 * through published read models. A contribution writes only demo rows (demo = true where the table has the column) and
 * must be deterministic for a given seed.
 *
 * <p>The order of the features: identity (-50: organisations, programmes, people), competency (-40: profiles),
 * marketplace (-30: projects, challenges), application (-20: the demo applications), matching (-15: mentors, rankings),
 * application (-10: an application behind every ranking), collaboration (8: plans collaborations), application (9: their
 * accepted applications), collaboration (10), then outcomes, agreements, challenge applications (20) and reporting (50).
 */
public interface SandboxContribution {

    /** Contributions run in ascending order; features that build on another's demo rows use a higher number. */
    default int order() {
        return 0;
    }

    void contribute(SandboxContext context);
}
