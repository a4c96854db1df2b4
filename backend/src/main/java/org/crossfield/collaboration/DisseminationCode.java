package org.crossfield.collaboration;

/** One code of dissemination.csv, e.g. kind {@code activity}, code {@code PART_CONFERENCE}. */
public record DisseminationCode(String kind, String code, String title) {

    public static final String ACTIVITY = "activity";
    public static final String AUDIENCE = "audience";
    public static final String REACH = "reach";
}
