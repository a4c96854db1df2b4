package org.crossfield.agreement;

/** The parties' roles under the GDPR for the personal (health) data of the collaboration. */
public enum GdprRoles {
    NO_PERSONAL_DATA("no personal data"),
    CONTROLLER_TO_CONTROLLER("independent controllers"),
    JOINT_CONTROLLERS("joint controllers"),
    CONTROLLER_PROCESSOR("controller (the University) and processor (the Sponsor)");

    private final String phrase;

    GdprRoles(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    public boolean personalData() {
        return this != NO_PERSONAL_DATA;
    }
}
