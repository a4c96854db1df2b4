package org.crossfield.application;

/** Why an application was rejected; the student sees the label (and the reviewer's optional text). */
public enum RejectionReason {
    PROFILE_MISMATCH("Your profile does not match what the posting needs"),
    POSITION_FILLED("The position has been filled"),
    INCOMPLETE("The application was incomplete"),
    OTHER("Other");

    private final String label;

    RejectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
