package org.crossfield.identity;

public enum OrganisationType {
    UNIVERSITY("University"),
    HOSPITAL("Hospital"),
    RESEARCH_INSTITUTE("Research institute"),
    COMPANY("Company"),
    PUBLIC_BODY("Public body");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
