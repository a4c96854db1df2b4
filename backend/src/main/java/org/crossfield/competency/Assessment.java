package org.crossfield.competency;

/** Whether a profile level is the person's own claim or was confirmed by someone else. */
public enum Assessment {
    SELF_ASSESSED("Self-assessed"),
    VERIFIED("Verified");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
