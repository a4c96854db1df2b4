package org.crossfield.collaboration;

/** Where a dissemination activity stands (the {@code status} codes of dissemination.csv). */
public enum ActivityStatus {
    DELIVERED("Delivered"), ONGOING("Ongoing"), POSTPONED("Postponed");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
